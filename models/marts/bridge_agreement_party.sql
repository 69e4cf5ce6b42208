{#- Parties of each agreement of fct_agreement: one row per agreement x party. Incremental (per agreement). -#}

with

agreements as (

    select agreement_id, article_id, fact_no, load_id
    from {{ ref('int_agreements_deduplicated') }}
    where {{ in_article_batch('article_id') }}

),

parties as (

    select * from {{ ref('int_agreement_parties_resolved') }}
    where {{ in_article_batch('article_id') }}

)

select distinct
    cast(a.agreement_id as {{ dbt.type_string() }}) as agreement_id,
    cast(p.party_type as {{ dbt.type_string() }}) as party_type,
    cast(p.company_id as {{ dbt.type_string() }}) as company_id,
    cast(p.country_code as {{ dbt.type_string() }}) as country_code,
    cast(p.party_id as {{ dbt.type_string() }}) as party_id,
    cast(a.load_id as {{ dbt.type_string() }}) as load_id
from agreements as a
inner join parties as p
    on p.article_id = a.article_id
   and p.fact_no = a.fact_no
