{#-
    One row per stated production figure. The same figure stated twice in one
    article is one row: natural key (article_id, quantity, unit, target_year,
    country_code, company_id), first statement kept. Incremental (per article).
-#}

with

candidates as (

    select * from {{ ref('stg_raw__production_candidates') }}
    where {{ in_article_batch('article_id') }}

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
        coalesce(
            case when c.country_code in (select country_code from countries) then c.country_code end,
            p.plant_country_code
        ) as resolved_country_code
    from candidates as c
    left join companies as co
        on co.name = c.company_name
    left join plant_refs as p
        on p.article_id = c.article_id
       and p.fact_no = c.fact_no

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'article_id', 'quantity', 'unit', 'target_year', 'resolved_country_code', 'company_id'
        ]) }} as production_target_id,
        row_number() over (
            partition by article_id, quantity, unit, target_year, resolved_country_code, company_id
            order by sentence_no, fact_no
        ) as statement_rank
    from resolved

)

select
    cast(production_target_id as varchar) as production_target_id,
    cast(company_id as varchar) as company_id,
    cast(plant_id as varchar) as plant_id,
    cast(resolved_country_code as varchar) as country_code,
    cast(quantity as double) as quantity,
    cast(unit as varchar) as unit,
    cast(target_year as integer) as target_year,
    cast(basis as varchar) as basis,
    cast(target_kind as varchar) as target_kind,
    cast(article_id as varchar) as article_id,
    cast(evidence as varchar) as evidence,
    cast(sentence_no as integer) as sentence_no,
    cast(qualifier as varchar) as qualifier,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    cast(product as varchar) as product,
    cast(range_bound as varchar) as range_bound
from keyed
where statement_rank = 1
