{#-
    Reconciled production (fct_production_reconciled) by name, with the
    statement behind the best figure and its article. One row per subject,
    year, kind and unit. Output by country and year: the rows with
    subject_level = 'country'.
-#}

select
    r.production_reconciled_id,
    r.subject_level,
    coalesce(p.plant_name, co.company_name, c.country_name) as subject_name,
    c.country_name,
    r.country_code,
    co.company_name,
    r.company_id,
    p.plant_name,
    r.plant_id,
    r.target_year,
    r.target_kind,
    r.quantity,
    r.unit,
    r.qualifier,
    r.product_category,
    r.period_label,
    r.period_months,
    r.is_whole_year,
    r.statement_count,
    r.article_count,
    r.period_statement_count,
    r.min_quantity,
    r.max_quantity,
    r.has_conflict,
    f.evidence,
    a.title,
    a.published_date,
    a.source_name,
    a.url,
    r.production_target_id,
    r.production_target_ids
from {{ ref('fct_production_reconciled') }} as r
inner join {{ ref('fct_production_target') }} as f on f.production_target_id = r.production_target_id
left join {{ ref('dim_country') }} as c on c.country_code = r.country_code
left join {{ ref('dim_company') }} as co on co.company_id = r.company_id
left join {{ ref('dim_plant') }} as p on p.plant_id = r.plant_id
left join {{ ref('dim_article') }} as a on a.article_id = r.article_id
