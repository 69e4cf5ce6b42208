{#-
    One right number per trade flow and period: the figures of fct_trade_volume
    reconciled. Grain: reporter x partner (country, group or all partners) x
    company x flow x product category x unit x target-or-reported x period.

    Rules (docs: models/marts/_marts__models.yml):
      - a turnover is both ways: stated from either side (A with B, B with A)
        it is one pair, kept in alphabetical order (reporter < partner);
        exports and imports keep their side;
      - money is compared in US dollars (amount_usd; an amount with no known
        rate stays in its currency, as its own unit);
      - the best figure of a row: the most recently published statement (then
        the article, then the first sentence); every period is a row of its
        own (period_months, is_whole_year say what it covers);
      - has_conflict: the statements of the row differ by more than 1 %.
    Cross-article: a table rebuilt on every run.
-#}

with

statements as (

    select
        trade_volume_id,
        article_id,
        sentence_no,
        published_date,
        reporter_country_code as stated_reporter_country_code,
        partner_country_code as stated_partner_country_code,
        -- a turnover between two countries is one pair whichever side states it
        case
            when flow = 'turnover' and partner_country_code < reporter_country_code then partner_country_code
            else reporter_country_code
        end as reporter_country_code,
        case
            when flow = 'turnover' and partner_country_code < reporter_country_code then reporter_country_code
            else partner_country_code
        end as partner_country_code,
        partner_scope,
        partner_group_code,
        subject_level,
        company_id,
        flow,
        product_category,
        is_target,
        case when amount_usd is not null then 'USD' else standard_unit end as unit,
        coalesce(amount_usd, standard_amount) as amount,
        amount as stated_amount,
        unit as stated_unit,
        qualifier,
        period_start,
        period_end,
        period_months,
        is_whole_year,
        period_label,
        period_year
    from {{ ref('fct_trade_volume') }}

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'reporter_country_code', 'partner_country_code', 'partner_group_code', 'company_id', 'flow',
            'product_category', 'unit', 'is_target', 'period_start', 'period_end'
        ]) }} as trade_reconciled_id
    from statements

),

ranked as (

    select
        *,
        row_number() over (
            partition by trade_reconciled_id
            order by published_date desc nulls last, article_id, sentence_no, trade_volume_id
        ) as figure_rank
    from keyed

),

behind as (

    select
        trade_reconciled_id,
        count(*) as statement_count,
        count(distinct article_id) as article_count,
        count(distinct stated_reporter_country_code) as sides_stated,
        min(amount) as min_amount,
        max(amount) as max_amount,
        {{ sorted_array_agg('trade_volume_id') }} as trade_volume_ids
    from ranked
    group by trade_reconciled_id

)

select
    cast(r.trade_reconciled_id as {{ dbt.type_string() }}) as trade_reconciled_id,
    cast(r.reporter_country_code as {{ dbt.type_string() }}) as reporter_country_code,
    cast(r.partner_country_code as {{ dbt.type_string() }}) as partner_country_code,
    cast(r.partner_scope as {{ dbt.type_string() }}) as partner_scope,
    cast(r.partner_group_code as {{ dbt.type_string() }}) as partner_group_code,
    cast(r.subject_level as {{ dbt.type_string() }}) as subject_level,
    cast(r.company_id as {{ dbt.type_string() }}) as company_id,
    cast(r.flow as {{ dbt.type_string() }}) as flow,
    cast(r.product_category as {{ dbt.type_string() }}) as product_category,
    cast(r.is_target as boolean) as is_target,
    cast(r.unit as {{ dbt.type_string() }}) as unit,
    cast(r.amount as double) as amount,
    cast(r.stated_amount as double) as stated_amount,
    cast(r.stated_unit as {{ dbt.type_string() }}) as stated_unit,
    cast(r.qualifier as {{ dbt.type_string() }}) as qualifier,
    cast(r.period_start as date) as period_start,
    cast(r.period_end as date) as period_end,
    cast(r.period_months as integer) as period_months,
    cast(r.is_whole_year as boolean) as is_whole_year,
    cast(r.period_label as {{ dbt.type_string() }}) as period_label,
    cast(r.period_year as integer) as period_year,
    cast(r.trade_volume_id as {{ dbt.type_string() }}) as trade_volume_id,
    cast(r.article_id as {{ dbt.type_string() }}) as article_id,
    cast(r.published_date as date) as published_date,
    cast(b.statement_count as integer) as statement_count,
    cast(b.article_count as integer) as article_count,
    cast(b.sides_stated as integer) as sides_stated,
    cast(b.min_amount as double) as min_amount,
    cast(b.max_amount as double) as max_amount,
    cast(b.max_amount > 1.01 * b.min_amount as boolean) as has_conflict,
    cast(b.trade_volume_ids as {{ type_string_array() }}) as trade_volume_ids
from ranked as r
inner join behind as b
    on b.trade_reconciled_id = r.trade_reconciled_id
where r.figure_rank = 1
