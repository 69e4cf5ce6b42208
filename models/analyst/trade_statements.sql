{#- Every trade statement (fct_trade_volume) with names and its article beside it. -#}

select
    f.trade_volume_id,
    r.country_name as reporter_name,
    f.reporter_country_code,
    coalesce(p.country_name, g.group_name, 'all partners') as partner_name,
    f.partner_country_code,
    f.partner_scope,
    co.company_name,
    f.company_id,
    f.flow,
    f.product,
    f.product_category,
    f.is_target,
    f.amount,
    f.unit,
    f.amount_usd,
    f.qualifier,
    f.period_label,
    f.period_months,
    f.is_whole_year,
    f.period_start,
    f.period_end,
    f.evidence,
    a.title,
    a.published_date,
    a.source_name,
    a.url,
    f.article_id
from {{ ref('fct_trade_volume') }} as f
left join {{ ref('dim_country') }} as r on r.country_code = f.reporter_country_code
left join {{ ref('dim_country') }} as p on p.country_code = f.partner_country_code
left join {{ ref('country_groups') }} as g on g.group_code = f.partner_group_code
left join {{ ref('dim_company') }} as co on co.company_id = f.company_id
left join {{ ref('dim_article') }} as a on a.article_id = f.article_id
