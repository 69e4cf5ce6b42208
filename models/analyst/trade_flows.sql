{#-
    Reconciled trade (fct_trade_reconciled) by name, with the statement behind
    the best figure and its article. For a turnover, country_a and country_b
    are the pair in alphabetical order of code, whichever side stated it.
-#}

select
    r.trade_reconciled_id,
    rc.country_name as reporter_name,
    r.reporter_country_code,
    coalesce(pc.country_name, g.group_name, 'all partners') as partner_name,
    r.partner_country_code,
    r.partner_scope,
    co.company_name,
    r.company_id,
    r.subject_level,
    r.flow,
    r.product_category,
    r.is_target,
    r.amount,
    r.unit,
    r.stated_amount,
    r.stated_unit,
    r.qualifier,
    r.period_label,
    r.period_months,
    r.is_whole_year,
    r.period_start,
    r.period_end,
    r.period_year,
    r.statement_count,
    r.article_count,
    r.sides_stated,
    r.min_amount,
    r.max_amount,
    r.has_conflict,
    f.evidence,
    a.title,
    a.published_date,
    a.source_name,
    a.url,
    r.trade_volume_id,
    r.trade_volume_ids
from {{ ref('fct_trade_reconciled') }} as r
inner join {{ ref('fct_trade_volume') }} as f on f.trade_volume_id = r.trade_volume_id
left join {{ ref('dim_country') }} as rc on rc.country_code = r.reporter_country_code
left join {{ ref('dim_country') }} as pc on pc.country_code = r.partner_country_code
left join {{ ref('country_groups') }} as g on g.group_code = r.partner_group_code
left join {{ ref('dim_company') }} as co on co.company_id = r.company_id
left join {{ ref('dim_article') }} as a on a.article_id = r.article_id
