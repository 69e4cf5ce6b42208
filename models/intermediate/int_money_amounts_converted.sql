{#-
    Money amounts of the facts -> US dollars, through seeds/fx_rates.csv
    (usd_per_unit: US dollars for one unit of the currency, yearly).
    Rate: of the year of the fact's own date (trade: period_end; agreement:
    signed_date), else of the year the article was published, else the latest
    year the seed has for that currency. USD is 1. No rate -> amount_usd NULL.
    Grain: fact_kind ('trade' | 'agreement') x article_id x fact_no.
-#}

with

amounts as (

    select
        'trade' as fact_kind,
        article_id,
        fact_no,
        amount,
        unit as currency_code,
        cast(extract(year from period_end) as integer) as fact_year
    from {{ ref('stg_raw__trade_candidates') }}
    where is_money and amount is not null

    union all

    select
        'agreement' as fact_kind,
        article_id,
        fact_no,
        value_amount as amount,
        value_currency as currency_code,
        cast(extract(year from signed_date) as integer) as fact_year
    from {{ ref('stg_raw__agreement_candidates') }}
    where value_amount is not null and value_currency is not null

),

articles as (

    select
        article_id,
        cast(extract(year from published_date) as integer) as published_year
    from {{ ref('stg_raw__articles') }}

),

rates as (

    select
        upper(currency_code) as currency_code,
        year as rate_year,
        usd_per_unit
    from {{ ref('fx_rates') }}
    where usd_per_unit > 0

),

latest_rates as (

    select currency_code, rate_year, usd_per_unit
    from (
        select
            currency_code,
            rate_year,
            usd_per_unit,
            row_number() over (partition by currency_code order by rate_year desc) as rn
        from rates
    ) as ranked
    where rn = 1

),

converted as (

    select
        m.fact_kind,
        m.article_id,
        m.fact_no,
        m.amount,
        m.currency_code,
        case
            when m.currency_code = 'USD' then 1.0
            else coalesce(by_fact_year.usd_per_unit, by_published_year.usd_per_unit, latest.usd_per_unit)
        end as usd_per_unit,
        case
            when m.currency_code = 'USD' then null
            when by_fact_year.usd_per_unit is not null then by_fact_year.rate_year
            when by_published_year.usd_per_unit is not null then by_published_year.rate_year
            else latest.rate_year
        end as rate_year
    from amounts as m
    left join articles as a
        on a.article_id = m.article_id
    left join rates as by_fact_year
        on by_fact_year.currency_code = m.currency_code
       and by_fact_year.rate_year = m.fact_year
    left join rates as by_published_year
        on by_published_year.currency_code = m.currency_code
       and by_published_year.rate_year = a.published_year
    left join latest_rates as latest
        on latest.currency_code = m.currency_code

)

select
    fact_kind,
    article_id,
    fact_no,
    amount,
    currency_code,
    usd_per_unit,
    rate_year,
    cast(amount * usd_per_unit as double) as amount_usd
from converted
