{#-
    One row per stated trade flow. The same figure stated twice in one article
    is one row: natural key (article_id, amount, unit, reporter, partner, flow,
    period_start, period_end, product), first statement kept; the product is
    keyed as in fct_production_target (a restatement without one joins the
    one product its figure was stated with). amount_usd from
    int_money_amounts_converted. Incremental (per article).

    Besides the contract columns, each row says what it measures: the period
    it covers (length, whole-year flag, label; macros/measures.sql), whether
    the partner is a country, a group of countries (seeds/country_groups.csv)
    or all partners, its unit in the vocabulary of seeds/unit_vocabulary.csv
    (money keeps its ISO code), its product category and its article's
    publication date.
-#}

with

candidates as (

    select c.*, b.load_id
    from {{ ref('stg_raw__trade_candidates') }} as c
    {{ join_article_batch('c.article_id') }}

),

companies as (

    select name, company_id
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

countries as (

    select country_code from {{ ref('countries') }}

),

groups as (

    select group_code from {{ ref('country_groups') }}

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

usd as (

    select article_id, fact_no, amount_usd
    from {{ ref('int_money_amounts_converted') }}
    where fact_kind = 'trade'
      and {{ in_article_batch('article_id') }}

),

resolved as (

    select
        c.*,
        co.company_id,
        reporter.country_code as reporter_code,
        partner.country_code as partner_code,
        partner_group.group_code as partner_group_code,
        u.amount_usd
    from candidates as c
    left join companies as co
        on co.name = c.company_name
    left join countries as reporter
        on reporter.country_code = c.reporter_country_code
    left join countries as partner
        on partner.country_code = c.partner_country_code
    left join groups as partner_group
        on partner_group.group_code = c.partner_country_code
    left join usd as u
        on u.article_id = c.article_id
       and u.fact_no = c.fact_no

),

products_keyed as (

    {{ with_product_key('resolved', ['article_id', 'amount', 'unit', 'reporter_code', 'partner_code', 'flow', 'period_start', 'period_end']) }}

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'article_id', key_number('amount'), 'unit', 'reporter_code', 'partner_code', 'flow', 'period_start', 'period_end',
            'product_key'
        ]) }} as trade_volume_id,
        row_number() over (
            partition by article_id, amount, unit, reporter_code, partner_code, flow, period_start, period_end, product_key
            order by sentence_no, fact_no
        ) as statement_rank
    from products_keyed

),

measured as (

    select
        k.*,
        a.published_date,
        case when k.is_money then k.unit else u.standard_unit end as standard_unit,
        case when k.is_money then k.amount else k.amount * u.factor end as standard_amount,
        coalesce(
            {{ product_category('k.product') }},
            case when k.is_money then 'all_goods' else u.default_product_category end,
            'unspecified'
        ) as product_category
    from keyed as k
    left join articles as a
        on a.article_id = k.article_id
    left join units as u
        on u.unit = k.unit
        and not k.is_money
    where k.statement_rank = 1

)

select
    cast(trade_volume_id as {{ dbt.type_string() }}) as trade_volume_id,
    cast(reporter_code as {{ dbt.type_string() }}) as reporter_country_code,
    cast(partner_code as {{ dbt.type_string() }}) as partner_country_code,
    cast(company_id as {{ dbt.type_string() }}) as company_id,
    cast(flow as {{ dbt.type_string() }}) as flow,
    cast(product as {{ dbt.type_string() }}) as product,
    cast(amount as double) as amount,
    cast(unit as {{ dbt.type_string() }}) as unit,
    cast(amount_usd as double) as amount_usd,
    cast(period_start as date) as period_start,
    cast(period_end as date) as period_end,
    cast(is_target as boolean) as is_target,
    cast(article_id as {{ dbt.type_string() }}) as article_id,
    cast(evidence as {{ dbt.type_string() }}) as evidence,
    cast(sentence_no as integer) as sentence_no,
    cast(qualifier as {{ dbt.type_string() }}) as qualifier,
    cast(is_money as boolean) as is_money,
    cast(range_bound as {{ dbt.type_string() }}) as range_bound,
    cast(published_date as date) as published_date,
    cast(case when company_id is not null then 'company' else 'country' end as {{ dbt.type_string() }}) as subject_level,
    cast(case
        when partner_code is not null then 'country'
        when partner_group_code is not null then 'group'
        else 'all'
    end as {{ dbt.type_string() }}) as partner_scope,
    cast(partner_group_code as {{ dbt.type_string() }}) as partner_group_code,
    cast({{ period_months('period_start', 'period_end') }} as integer) as period_months,
    cast({{ covers_whole_year('period_start', 'period_end') }} as boolean) as is_whole_year,
    cast(coalesce({{ period_label('period_start', 'period_end') }}, 'not stated') as {{ dbt.type_string() }}) as period_label,
    cast(extract(year from period_end) as integer) as period_year,
    cast(standard_unit as {{ dbt.type_string() }}) as standard_unit,
    cast(standard_amount as double) as standard_amount,
    cast(product_category as {{ dbt.type_string() }}) as product_category,
    cast(load_id as {{ dbt.type_string() }}) as load_id
from measured
