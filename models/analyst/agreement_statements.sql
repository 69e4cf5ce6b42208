{#- Every reported agreement row (fct_agreement) with its parties by name, its event and its article. -#}

with

party_names as (

    select
        b.agreement_id,
        {{ sorted_listagg("case when b.party_type = 'company' then co.company_name end", "; ", distinct=true) }} as companies,
        {{ sorted_listagg("case when b.party_type = 'country' then c.country_name end", "; ", distinct=true) }} as countries
    from {{ ref('bridge_agreement_party') }} as b
    left join {{ ref('dim_company') }} as co on co.company_id = b.company_id
    left join {{ ref('dim_country') }} as c on c.country_code = b.country_code
    group by b.agreement_id

)

select
    f.agreement_id,
    e.agreement_event_id,
    f.agreement_type,
    f.status,
    f.signed_date,
    f.signed_date_precision,
    f.agreement_count,
    f.value_usd,
    f.subject,
    n.companies,
    n.countries,
    f.evidence,
    a.title,
    a.published_date,
    a.source_name,
    a.url,
    f.article_id
from {{ ref('fct_agreement') }} as f
left join {{ ref('bridge_agreement_event') }} as e on e.agreement_id = f.agreement_id
left join party_names as n on n.agreement_id = f.agreement_id
left join {{ ref('dim_article') }} as a on a.article_id = f.article_id
