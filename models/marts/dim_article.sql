{#-
    One row per article. Incremental, and the ledger of the per-article models:
    int_article_batch reads it to find the articles not yet built, so it is
    built after every other per-article model (the depends_on lines below).
    An article enters it only when all its rows are in place.
-#}
-- depends_on: {{ ref('fct_production_target') }}
-- depends_on: {{ ref('fct_trade_volume') }}
-- depends_on: {{ ref('fct_agreement') }}
-- depends_on: {{ ref('bridge_agreement_party') }}
-- depends_on: {{ ref('fct_mention') }}

with

articles as (

    -- the columns it keeps, not *: the window would carry every article's text
    select
        article_id,
        file_name,
        title,
        published_date,
        dateline,
        source_name,
        url,
        source_path,
        char_count,
        load_id,
        loaded_at,
        row_number() over (partition by article_id order by loaded_at, file_name) as rn
    from {{ ref('stg_raw__articles') }}
    where {{ in_article_batch('article_id') }}

)

select
    cast(article_id as varchar) as article_id,
    cast(file_name as varchar) as file_name,
    cast(title as varchar) as title,
    cast(published_date as date) as published_date,
    cast(dateline as varchar) as dateline,
    cast(source_name as varchar) as source_name,
    cast(url as varchar) as url,
    cast(source_path as varchar) as source_path,
    cast(char_count as integer) as char_count,
    cast(load_id as varchar) as load_id,
    cast(loaded_at as timestamp) as loaded_at
from articles
where rn = 1
