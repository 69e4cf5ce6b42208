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
    cast(article_id as {{ dbt.type_string() }}) as article_id,
    cast(file_name as {{ dbt.type_string() }}) as file_name,
    cast(title as {{ dbt.type_string() }}) as title,
    cast(published_date as date) as published_date,
    cast(dateline as {{ dbt.type_string() }}) as dateline,
    cast(source_name as {{ dbt.type_string() }}) as source_name,
    cast(url as {{ dbt.type_string() }}) as url,
    cast(source_path as {{ dbt.type_string() }}) as source_path,
    cast(char_count as integer) as char_count,
    cast(loaded_at as timestamp) as loaded_at,
    cast(load_id as {{ dbt.type_string() }}) as load_id
from articles
where rn = 1
