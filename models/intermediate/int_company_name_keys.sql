{#-
    Every distinct company name the loaders wrote, with its resolution keys
    (company_key, group_key) and display form (macros/company_names.sql).
    Grain: one row per name as written.

    All are functions of the name and the seeds alone, and the regular
    expressions behind them are the costliest step of company resolution, so
    each name is keyed once: incremental, a run adds the names of its batch of
    articles not keyed yet.
    (A changed seed changes keys: loaders/build.py then runs --full-refresh.)
    Computed over distinct names, never per occurrence: filtering on the key
    after an aggregation over occurrences lets the optimizer push the regexes
    below the aggregation.
-#}

with

names as (

    select entity_name as name
    from {{ ref('stg_raw__mentions') }}
    where entity_type = 'company' and entity_name is not null
      and {{ in_article_batch('article_id') }}

    union

    select company_name from {{ ref('stg_raw__production_candidates') }}
    where company_name is not null and {{ in_article_batch('article_id') }}

    union

    select company_name from {{ ref('stg_raw__trade_candidates') }}
    where company_name is not null and {{ in_article_batch('article_id') }}

    union

    select company_name from {{ ref('stg_raw__plant_candidates') }}
    where company_name is not null and {{ in_article_batch('article_id') }}

    union

    select company_name from {{ ref('stg_raw__agreement_party_candidates') }}
    where party_type = 'company' and company_name is not null
      and {{ in_article_batch('article_id') }}

),

new_names as (

    select name from names
    {% if building_increment() -%}
    where name not in (select name from {{ this }})
    {%- endif %}

),

worded as (

    select
        name,
        {{ company_words('name') }} as words
    from new_names

)

select
    name,
    {{ company_key_of_words('words') }} as name_key,
    {{ group_key_of_words('words') }} as group_key,
    {{ display_company_name('name') }} as display_name
from worded
