{#-
    Which entities each article mentions. Grain: article_id x entity_type x entity_id.
      company: company mentions resolved to a company, plus the companies its
               facts, plants and agreement parties name (at least 1 each);
      country: country mentions resolved to a country, except those only
               implied through a city or region (var implied_country_vias);
      plant:   references to a plant (plant candidates, production figures with a plant).
    Incremental (per article).
-#}

with

companies as (

    select name, company_id
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

company_mentions as (

    select m.article_id, c.company_id as entity_id, 1 as weight
    from {{ ref('stg_raw__mentions') }} as m
    inner join companies as c
        on c.name = m.entity_name
    where m.entity_type = 'company'
      and {{ in_article_batch('m.article_id') }}

),

company_fact_names as (

    select article_id, company_name from {{ ref('stg_raw__production_candidates') }}
    where {{ in_article_batch('article_id') }}
    union all
    select article_id, company_name from {{ ref('stg_raw__trade_candidates') }}
    where {{ in_article_batch('article_id') }}
    union all
    select article_id, company_name from {{ ref('stg_raw__plant_candidates') }}
    where {{ in_article_batch('article_id') }}
    union all
    select article_id, company_name from {{ ref('stg_raw__agreement_party_candidates') }}
    where party_type = 'company'
      and {{ in_article_batch('article_id') }}

),

company_facts as (

    select f.article_id, c.company_id as entity_id, 0 as weight
    from company_fact_names as f
    inner join companies as c
        on c.name = f.company_name

),

company_counts as (

    select
        article_id,
        'company' as entity_type,
        entity_id,
        greatest(sum(weight), 1) as mention_count
    from (
        select * from company_mentions
        union all
        select * from company_facts
    ) as u
    group by article_id, entity_id

),

country_counts as (

    select
        article_id,
        'country' as entity_type,
        country_code as entity_id,
        count(*) as mention_count
    from {{ ref('int_country_mentions_resolved') }}
    where not is_implied
      and {{ in_article_batch('article_id') }}
    group by article_id, country_code

),

plant_counts as (

    select
        article_id,
        'plant' as entity_type,
        plant_id as entity_id,
        count(*) as mention_count
    from {{ ref('int_plant_references_keyed') }}
    where {{ in_article_batch('article_id') }}
    group by article_id, plant_id

),

mentions as (

    select * from company_counts
    union all
    select * from country_counts
    union all
    select * from plant_counts

)

select
    cast(m.article_id as {{ dbt.type_string() }}) as article_id,
    cast(m.entity_type as {{ dbt.type_string() }}) as entity_type,
    cast(m.entity_id as {{ dbt.type_string() }}) as entity_id,
    cast(m.mention_count as integer) as mention_count,
    cast(b.load_id as {{ dbt.type_string() }}) as load_id
from mentions as m
{{ join_article_batch('m.article_id') }}
