{#-
    Every party of every reported agreement and of the real-world agreement it
    reports, by name: one row per agreement row x party (bridge_agreement_party),
    with its agreement_event_id (bridge_agreement_event). Count distinct
    agreement_event_id per company for "agreements per company".
-#}

select
    e.agreement_event_id,
    b.agreement_id,
    b.party_type,
    coalesce(co.company_name, c.country_name) as party_name,
    b.company_id,
    b.country_code,
    ag.agreement_type,
    ag.status,
    ag.signed_date,
    ag.published_date,
    ag.article_id
from {{ ref('bridge_agreement_party') }} as b
inner join {{ ref('bridge_agreement_event') }} as e on e.agreement_id = b.agreement_id
inner join {{ ref('fct_agreement') }} as ag on ag.agreement_id = b.agreement_id
left join {{ ref('dim_company') }} as co on co.company_id = b.company_id
left join {{ ref('dim_country') }} as c on c.country_code = b.country_code
