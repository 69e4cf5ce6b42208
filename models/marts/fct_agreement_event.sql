{#-
    Agreements as events: one row per real-world agreement however many
    articles report it (the reports matched in bridge_agreement_event).
    Grain: one row per agreement_event_id.

    Attributes come from the reports: the most precise signed date (then the
    first reported), the furthest status (signed > negotiating > proposed),
    the value and subject of the latest report that states one.
    Most agreements are reported once: those rows are taken as they are, and
    only the events of several reports are aggregated (on the 100,000-article
    bench, 8,123 of 141,993 events, from 19,174 of 153,044 reports).
    Cross-article: a table rebuilt on every run.
-#}

{#- A report's place in time as sortable text: its publication date (undated: oldest), then its id. -#}
{%- set recency = "cast(coalesce(r.published_date, date '1900-01-01') as " ~ dbt.type_string() ~ ") || '|' || r.agreement_id" %}

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
        a.party_count
    from {{ ref('bridge_agreement_event') }} as e
    inner join {{ ref('fct_agreement') }} as a
        on a.agreement_id = e.agreement_id

),

-- events with more than one report: those with a report that is not their first
merged_events as (

    select distinct agreement_event_id
    from {{ ref('bridge_agreement_event') }}
    where not is_first_report

),

single_reports as (

    select * from reports
    where agreement_event_id not in (select agreement_event_id from merged_events)

),

merged_reports as (

    select
        *,
        case signed_date_precision
            when 'day' then 1 when 'month' then 2 when 'quarter' then 3 when 'half' then 4 when 'year' then 5
        end as precision_rank,
        case status when 'signed' then 3 when 'negotiating' then 2 else 1 end as status_rank
    from reports
    where agreement_event_id in (select agreement_event_id from merged_events)

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
    from merged_reports

),

merged_parties as (

    select r.agreement_event_id, count(distinct p.party_id) as party_count
    from merged_reports as r
    inner join {{ ref('bridge_agreement_party') }} as p
        on p.agreement_id = r.agreement_id
    group by r.agreement_event_id

),

merged as (

    select
        r.agreement_event_id,
        min(r.agreement_type) as agreement_type,
        case max(r.status_rank) when 3 then 'signed' when 2 then 'negotiating' else 'proposed' end as status,
        max(case when r.date_rank = 1 then r.signed_date end) as signed_date,
        max(case when r.date_rank = 1 then r.signed_date_precision end) as signed_date_precision,
        max(r.agreement_count) as agreement_count,
        -- the latest report that states one (an undated report counts as the oldest);
        -- of two published the same day, the greater agreement_id: one answer on every run and engine
        max_by(r.value_usd, case when r.value_usd is not null then {{ recency }} end) as value_usd,
        max_by(r.subject, case when r.subject is not null then {{ recency }} end) as subject,
        min(r.published_date) as first_reported_date,
        max(r.published_date) as last_reported_date,
        max(case when r.is_first_report then r.agreement_id end) as first_agreement_id,
        max(case when r.is_first_report then r.article_id end) as first_article_id,
        count(*) as report_count,
        count(distinct r.article_id) as article_count,
        min(p.party_count) as party_count,
        {{ sorted_array_agg('r.agreement_id') }} as agreement_ids
    from ranked as r
    inner join merged_parties as p
        on p.agreement_event_id = r.agreement_event_id
    group by r.agreement_event_id

),

events as (

    select * from merged

    union all

    select
        agreement_event_id,
        agreement_type,
        status,
        signed_date,
        signed_date_precision,
        agreement_count,
        value_usd,
        subject,
        published_date as first_reported_date,
        published_date as last_reported_date,
        agreement_id as first_agreement_id,
        article_id as first_article_id,
        1 as report_count,
        1 as article_count,
        party_count,
        {{ dbt.array_construct(['agreement_id'], dbt.type_string()) }} as agreement_ids
    from single_reports

)

select
    cast(agreement_event_id as {{ dbt.type_string() }}) as agreement_event_id,
    cast(agreement_type as {{ dbt.type_string() }}) as agreement_type,
    cast(status as {{ dbt.type_string() }}) as status,
    cast(signed_date as date) as signed_date,
    cast(signed_date_precision as {{ dbt.type_string() }}) as signed_date_precision,
    cast(agreement_count as integer) as agreement_count,
    cast(value_usd as double) as value_usd,
    cast(subject as {{ dbt.type_string() }}) as subject,
    cast(first_reported_date as date) as first_reported_date,
    cast(last_reported_date as date) as last_reported_date,
    cast(first_agreement_id as {{ dbt.type_string() }}) as first_agreement_id,
    cast(first_article_id as {{ dbt.type_string() }}) as first_article_id,
    cast(report_count as integer) as report_count,
    cast(article_count as integer) as article_count,
    cast(party_count as integer) as party_count,
    cast(agreement_ids as {{ type_string_array() }}) as agreement_ids
from events
