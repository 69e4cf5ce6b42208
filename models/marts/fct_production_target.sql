{#-
    One row per stated production figure. The same figure stated twice in one
    article is one row: natural key (article_id, quantity, unit, target_year,
    country_code, company_id), first statement kept. Incremental (per article).
-#}

with

candidates as (

    select c.*, b.load_id
    from {{ ref('stg_raw__production_candidates') }} as c
    {{ join_article_batch('c.article_id') }}

),

companies as (

    select name, company_id
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

plant_refs as (

    select article_id, fact_no, plant_id, country_code as plant_country_code
    from {{ ref('int_plant_references_keyed') }}
    where source_kind = 'production'
      and {{ in_article_batch('article_id') }}

),

countries as (

    select country_code from {{ ref('countries') }}

),

resolved as (

    select
        c.*,
        co.company_id,
        p.plant_id,
        coalesce(k.country_code, p.plant_country_code) as resolved_country_code
    from candidates as c
    left join companies as co
        on co.name = c.company_name
    left join countries as k
        on k.country_code = c.country_code
    left join plant_refs as p
        on p.article_id = c.article_id
       and p.fact_no = c.fact_no

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'article_id', key_number('quantity'), 'unit', 'target_year', 'resolved_country_code', 'company_id'
        ]) }} as production_target_id,
        row_number() over (
            partition by article_id, quantity, unit, target_year, resolved_country_code, company_id
            order by sentence_no, fact_no
        ) as statement_rank
    from resolved

)

select
    cast(production_target_id as {{ dbt.type_string() }}) as production_target_id,
    cast(company_id as {{ dbt.type_string() }}) as company_id,
    cast(plant_id as {{ dbt.type_string() }}) as plant_id,
    cast(resolved_country_code as {{ dbt.type_string() }}) as country_code,
    cast(quantity as double) as quantity,
    cast(unit as {{ dbt.type_string() }}) as unit,
    cast(target_year as integer) as target_year,
    cast(basis as {{ dbt.type_string() }}) as basis,
    cast(target_kind as {{ dbt.type_string() }}) as target_kind,
    cast(article_id as {{ dbt.type_string() }}) as article_id,
    cast(evidence as {{ dbt.type_string() }}) as evidence,
    cast(sentence_no as integer) as sentence_no,
    cast(qualifier as {{ dbt.type_string() }}) as qualifier,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    cast(product as {{ dbt.type_string() }}) as product,
    cast(load_id as {{ dbt.type_string() }}) as load_id
from keyed
where statement_rank = 1
