-- Agreements per company: real-world agreements (one however many articles
-- report it), with the reports and articles behind them.
-- depends_on: {{ ref('agreement_parties') }}
select
    party_name as company_name,
    count(distinct agreement_event_id) as agreements,
    count(distinct agreement_id) as reports,
    count(distinct article_id) as articles,
    min(signed_date) as first_signed,
    max(signed_date) as last_signed
from analyst.agreement_parties
where party_type = 'company'
group by party_name
order by agreements desc, company_name
