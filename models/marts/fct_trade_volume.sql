{#-
    One row per stated trade flow. The same figure stated twice in one article
    is one row: natural key (article_id, amount, unit, reporter, partner, flow,
    period_start, period_end), first statement kept. amount_usd from
    int_money_amounts_converted. Incremental (per article).
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
        u.amount_usd
    from candidates as c
    left join companies as co
        on co.name = c.company_name
    left join countries as reporter
        on reporter.country_code = c.reporter_country_code
    left join countries as partner
        on partner.country_code = c.partner_country_code
    left join usd as u
        on u.article_id = c.article_id
       and u.fact_no = c.fact_no

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'article_id', key_number('amount'), 'unit', 'reporter_code', 'partner_code', 'flow', 'period_start', 'period_end'
        ]) }} as trade_volume_id,
        row_number() over (
            partition by article_id, amount, unit, reporter_code, partner_code, flow, period_start, period_end
            order by sentence_no, fact_no
        ) as statement_rank
    from resolved

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
    cast(load_id as {{ dbt.type_string() }}) as load_id
from keyed
where statement_rank = 1
