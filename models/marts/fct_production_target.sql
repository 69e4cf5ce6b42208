{#-
    One row per stated production figure. The same figure stated twice in one
    article is one row: natural key (article_id, quantity, unit, target_year,
    country_code, company_id, product), first statement kept. Two products of
    the same size are two rows; a restatement that names no product (or names
    a total, seeds/product_totals.csv) joins the one product its figure was
    stated with. Incremental (per article).

    Besides the contract columns, each row says what it measures: the level of
    its subject (plant, company or country), the period it covers (macros/measures.sql),
    its unit in the small vocabulary of seeds/unit_vocabulary.csv, its product
    category (seeds/product_categories.csv) and its article's publication date.
-#}

with

candidates as (

    select c.*, b.load_id
    from {{ ref('stg_raw__production_candidates') }} as c
    {{ join_article_batch('c.article_id') }}

),

companies as (

    select name, company_id
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

plant_refs as (

    select article_id, fact_no, plant_id, country_code as plant_country_code
    from {{ ref('int_plant_references_keyed') }}
    where source_kind = 'production'
      and {{ in_article_batch('article_id') }}

),

countries as (

    select country_code from {{ ref('countries') }}

),

articles as (

    select article_id, min_by(published_date, loaded_at) as published_date
    from {{ ref('stg_raw__articles') }}
    where {{ in_article_batch('article_id') }}
    group by article_id

),

units as (

    select unit, standard_unit, factor, default_product_category
    from {{ ref('unit_vocabulary') }}

),

resolved as (

    select
        c.*,
        co.company_id,
        p.plant_id,
        coalesce(k.country_code, p.plant_country_code) as resolved_country_code
    from candidates as c
    left join companies as co
        on co.name = c.company_name
    left join countries as k
        on k.country_code = c.country_code
    left join plant_refs as p
        on p.article_id = c.article_id
       and p.fact_no = c.fact_no

),

products_keyed as (

    {{ with_product_key('resolved', ['article_id', 'quantity', 'unit', 'target_year', 'resolved_country_code', 'company_id']) }}

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'article_id', key_number('quantity'), 'unit', 'target_year', 'resolved_country_code', 'company_id', 'product_key'
        ]) }} as production_target_id,
        row_number() over (
            partition by article_id, quantity, unit, target_year, resolved_country_code, company_id, product_key
            order by sentence_no, fact_no
        ) as statement_rank
    from products_keyed

),

measured as (

    select
        k.*,
        a.published_date,
        case
            when k.plant_id is not null then 'plant'
            when k.company_id is not null then 'company'
            when k.resolved_country_code is not null then 'country'
        end as subject_level,
        -- the period covered: as stated, else the target year of an annual figure
        case
            when k.period_start is not null and k.period_end is not null then k.period_start
            when k.basis = 'annual' and k.target_year is not null then make_date(k.target_year, 1, 1)
        end as covered_start,
        case
            when k.period_start is not null and k.period_end is not null then k.period_end
            when k.basis = 'annual' and k.target_year is not null then make_date(k.target_year, 12, 31)
        end as covered_end,
        u.standard_unit,
        k.quantity * u.factor as standard_quantity,
        coalesce({{ product_category('k.product') }}, u.default_product_category, 'unspecified') as product_category
    from keyed as k
    left join articles as a
        on a.article_id = k.article_id
    left join units as u
        on u.unit = k.unit
    where k.statement_rank = 1

)

select
    cast(production_target_id as {{ dbt.type_string() }}) as production_target_id,
    cast(company_id as {{ dbt.type_string() }}) as company_id,
    cast(plant_id as {{ dbt.type_string() }}) as plant_id,
    cast(resolved_country_code as {{ dbt.type_string() }}) as country_code,
    cast(quantity as double) as quantity,
    cast(unit as {{ dbt.type_string() }}) as unit,
    cast(target_year as integer) as target_year,
    cast(basis as {{ dbt.type_string() }}) as basis,
    cast(target_kind as {{ dbt.type_string() }}) as target_kind,
    cast(article_id as {{ dbt.type_string() }}) as article_id,
    cast(evidence as {{ dbt.type_string() }}) as evidence,
    cast(sentence_no as integer) as sentence_no,
    cast(qualifier as {{ dbt.type_string() }}) as qualifier,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    cast(product as {{ dbt.type_string() }}) as product,
    cast(range_bound as {{ dbt.type_string() }}) as range_bound,
    cast(published_date as date) as published_date,
    cast(subject_level as {{ dbt.type_string() }}) as subject_level,
    cast(covered_start as date) as covered_start,
    cast(covered_end as date) as covered_end,
    cast(case
        when basis = 'annual' then 12
        when covered_start is not null then {{ period_months('covered_start', 'covered_end') }}
    end as integer) as period_months,
    cast(case
        when basis = 'annual' then true
        when covered_start is not null then {{ covers_whole_year('covered_start', 'covered_end') }}
        else false
    end as boolean) as is_whole_year,
    cast(case
        when covered_start is not null then {{ period_label('covered_start', 'covered_end') }}
        when basis = 'annual' then 'per year'
        else 'cumulative'
    end as {{ dbt.type_string() }}) as period_label,
    cast(standard_unit as {{ dbt.type_string() }}) as standard_unit,
    cast(standard_quantity as double) as standard_quantity,
    cast(product_category as {{ dbt.type_string() }}) as product_category,
    cast(load_id as {{ dbt.type_string() }}) as load_id
from measured
