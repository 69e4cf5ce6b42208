{#-
    Real-world agreements (fct_agreement_event) by name: their parties as one
    text, their first report's evidence and article.
-#}

with

party_names as (

    select
        e.agreement_event_id,
        {{ sorted_listagg("case when b.party_type = 'company' then co.company_name end", "; ", distinct=true) }} as companies,
        {{ sorted_listagg("case when b.party_type = 'country' then c.country_name end", "; ", distinct=true) }} as countries
    from {{ ref('bridge_agreement_event') }} as e
    inner join {{ ref('bridge_agreement_party') }} as b on b.agreement_id = e.agreement_id
    left join {{ ref('dim_company') }} as co on co.company_id = b.company_id
    left join {{ ref('dim_country') }} as c on c.country_code = b.country_code
    group by e.agreement_event_id

)

select
    ev.agreement_event_id,
    ev.agreement_type,
    ev.status,
    ev.signed_date,
    ev.signed_date_precision,
    ev.agreement_count,
    ev.value_usd,
    ev.subject,
    n.companies,
    n.countries,
    ev.first_reported_date,
    ev.last_reported_date,
    ev.report_count,
    ev.article_count,
    f.evidence as first_evidence,
    a.title as first_title,
    a.source_name as first_source_name,
    a.url as first_url,
    ev.first_agreement_id,
    ev.agreement_ids
from {{ ref('fct_agreement_event') }} as ev
left join party_names as n on n.agreement_event_id = ev.agreement_event_id
left join {{ ref('fct_agreement') }} as f on f.agreement_id = ev.first_agreement_id
left join {{ ref('dim_article') }} as a on a.article_id = ev.first_article_id
