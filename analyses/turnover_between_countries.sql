-- Trade turnover between two countries over time, in US dollars: one row per
-- pair and period, whichever side stated it. A part-year figure is its own row
-- (period_months < 12): compare whole years with whole years.
-- depends_on: {{ ref('trade_flows') }}
select
    reporter_name as country_a,
    partner_name as country_b,
    period_label,
    period_end,
    max(period_months) as months,
    bool_and(is_whole_year) as is_whole_year,
    sum(amount) as turnover_usd,
    bool_or(has_conflict) as has_conflict,
    sum(statement_count) as statements
from analyst.trade_flows
where flow = 'turnover'
  and partner_scope = 'country'
  and subject_level = 'country'
  and product_category = 'all_goods'
  and unit = 'USD'
  and not is_target
  and period_end is not null
group by reporter_name, partner_name, period_label, period_end
order by country_a, country_b, period_end, months
