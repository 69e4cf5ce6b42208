{#-
    Agreements as events: one row per real-world agreement however many
    articles report it (the reports matched in bridge_agreement_event).
    Grain: one row per agreement_event_id.

    Attributes come from the reports: the most precise signed date (then the
    first reported), the furthest status (signed > negotiating > proposed),
    the value and subject of the latest report that states one.
    Cross-article: a table rebuilt on every run.
-#}

with

reports as (

    select
        e.agreement_event_id,
        e.is_first_report,
        a.agreement_id,
        a.agreement_type,
        a.status,
        a.signed_date,
        a.signed_date_precision,
        {{ agreement_count_checked('a.agreement_count', 'a.signed_date', 'a.published_date') }} as agreement_count,
        a.value_usd,
        a.subject,
        a.article_id,
        a.published_date,
        case a.signed_date_precision
            when 'day' then 1 when 'month' then 2 when 'quarter' then 3 when 'half' then 4 when 'year' then 5
        end as precision_rank,
        case a.status when 'signed' then 3 when 'negotiating' then 2 else 1 end as status_rank
    from {{ ref('bridge_agreement_event') }} as e
    inner join {{ ref('fct_agreement') }} as a
        on a.agreement_id = e.agreement_id

),

ranked as (

    select
        *,
        row_number() over (
            partition by agreement_event_id
            order by
                case when signed_date is null then 1 else 0 end,
                precision_rank nulls last,
                published_date nulls last,
                agreement_id
        ) as date_rank
    from reports

),

parties as (

    select e.agreement_event_id, count(distinct p.party_id) as party_count
    from {{ ref('bridge_agreement_event') }} as e
    inner join {{ ref('bridge_agreement_party') }} as p
        on p.agreement_id = e.agreement_id
    group by e.agreement_event_id

),

events as (

    select
        agreement_event_id,
        min(agreement_type) as agreement_type,
        max(status_rank) as status_rank,
        max(case when date_rank = 1 then signed_date end) as signed_date,
        max(case when date_rank = 1 then signed_date_precision end) as signed_date_precision,
        max(agreement_count) as agreement_count,
        max_by(value_usd, case when value_usd is not null then published_date end) as value_usd,
        max_by(subject, case when subject is not null then published_date end) as subject,
        min(published_date) as first_reported_date,
        max(published_date) as last_reported_date,
        max(case when is_first_report then agreement_id end) as first_agreement_id,
        max(case when is_first_report then article_id end) as first_article_id,
        count(*) as report_count,
        count(distinct article_id) as article_count,
        list_sort(array_agg(agreement_id)) as agreement_ids
    from ranked
    group by agreement_event_id

)

select
    cast(e.agreement_event_id as varchar) as agreement_event_id,
    cast(e.agreement_type as varchar) as agreement_type,
    cast(case e.status_rank when 3 then 'signed' when 2 then 'negotiating' else 'proposed' end as varchar) as status,
    cast(e.signed_date as date) as signed_date,
    cast(e.signed_date_precision as varchar) as signed_date_precision,
    cast(e.agreement_count as integer) as agreement_count,
    cast(e.value_usd as double) as value_usd,
    cast(e.subject as varchar) as subject,
    cast(e.first_reported_date as date) as first_reported_date,
    cast(e.last_reported_date as date) as last_reported_date,
    cast(e.first_agreement_id as varchar) as first_agreement_id,
    cast(e.first_article_id as varchar) as first_article_id,
    cast(e.report_count as integer) as report_count,
    cast(e.article_count as integer) as article_count,
    cast(p.party_count as integer) as party_count,
    cast(e.agreement_ids as varchar[]) as agreement_ids
from events as e
left join parties as p
    on p.agreement_event_id = e.agreement_event_id
