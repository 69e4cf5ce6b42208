{#-
    Parties of each agreement candidate, resolved: company names -> company_id
    (names that are not companies are dropped), country codes checked against
    seeds/countries.csv. Grain: article_id x fact_no x party_type x party_id
    (select distinct). Incremental (per article).
-#}

with

parties as (

    select p.*, b.load_id
    from {{ ref('stg_raw__agreement_party_candidates') }} as p
    {{ join_article_batch('p.article_id') }}

),

companies as (

    select name, company_id
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

countries as (

    select country_code from {{ ref('countries') }}

),

resolved as (

    select
        p.article_id,
        p.fact_no,
        p.party_type,
        case when p.party_type = 'company' then c.company_id end as company_id,
        case when p.party_type = 'country' then k.country_code end as country_code,
        p.load_id
    from parties as p
    left join companies as c
        on c.name = p.company_name
    left join countries as k
        on k.country_code = p.country_code

)

select distinct
    article_id,
    fact_no,
    party_type,
    company_id,
    country_code,
    coalesce(company_id, country_code) as party_id,
    load_id
from resolved
where (party_type = 'company' and company_id is not null)
   or (party_type = 'country' and country_code is not null)
