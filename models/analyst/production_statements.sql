{#- Every production statement (fct_production_target) with names and its article beside it. -#}

select
    f.production_target_id,
    f.subject_level,
    coalesce(p.plant_name, co.company_name, c.country_name) as subject_name,
    c.country_name,
    f.country_code,
    co.company_name,
    f.company_id,
    p.plant_name,
    f.plant_id,
    f.target_year,
    f.target_kind,
    f.quantity,
    f.unit,
    f.standard_quantity,
    f.standard_unit,
    f.product,
    f.product_category,
    f.qualifier,
    f.basis,
    f.period_label,
    f.period_months,
    f.is_whole_year,
    f.covered_start,
    f.covered_end,
    f.evidence,
    a.title,
    a.published_date,
    a.source_name,
    a.url,
    f.article_id
from {{ ref('fct_production_target') }} as f
left join {{ ref('dim_country') }} as c on c.country_code = f.country_code
left join {{ ref('dim_company') }} as co on co.company_id = f.company_id
left join {{ ref('dim_plant') }} as p on p.plant_id = f.plant_id
left join {{ ref('dim_article') }} as a on a.article_id = f.article_id
