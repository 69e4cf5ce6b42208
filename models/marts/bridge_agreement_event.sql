{#-
    Which real-world agreement (fct_agreement_event) each reported agreement
    row of fct_agreement stands for. Grain: one row per agreement_id.

    Two rows report the same agreement when they match:
      - same agreement_type and the same agreement_count (a count that is the
        signing or publication year is a year misread as a count: 1);
      - overlapping parties: the companies when both name companies, else the
        countries when neither does (a report that names companies and one that
        names only countries never match); they share at least
        min(2, each row's number of those parties);
      - compatible dates: the periods they can have been signed in overlap - the
        signed date's period at its precision (day, month, quarter, half, year),
        or for an undated report the 31 days up to its publication.
    A report that matches no earlier report (published first, then by
    agreement_id) is the first report of an event; a later report joins the
    event of the first such report it matches, else starts its own. Matching
    is not chained: a run of reports each a month after the last never
    becomes one event.
    Pairs are found within blocks of (type, pair of parties, month), so the
    work grows with the reports of one pair of parties in one month, not with
    the whole table.
    Cross-article: a table rebuilt on every run.
-#}

with

agreements as (

    select
        agreement_id,
        agreement_type,
        {{ agreement_count_checked('agreement_count', 'signed_date', 'published_date') }} as agreement_count,
        signed_date,
        published_date,
        row_number() over (order by published_date nulls last, agreement_id) as report_order,
        coalesce(signed_date, cast(published_date - interval 31 day as date)) as date_from,
        case
            when signed_date is null then published_date
            when signed_date_precision = 'month' then last_day(signed_date)
            when signed_date_precision = 'quarter' then last_day(cast(signed_date + interval 2 month as date))
            when signed_date_precision = 'half' then last_day(cast(signed_date + interval 5 month as date))
            when signed_date_precision = 'year' then make_date(extract(year from signed_date), 12, 31)
            else signed_date
        end as date_to
    from {{ ref('fct_agreement') }}

),

parties as (

    select agreement_id, party_type, party_id
    from {{ ref('bridge_agreement_party') }}

),

-- the parties that identify a report: its companies, else its countries
identity_kinds as (

    select
        agreement_id,
        case when bool_or(party_type = 'company') then 'company' else 'country' end as identity_type
    from parties
    group by agreement_id

),

identity_parties as (

    select p.agreement_id, k.identity_type, p.party_id
    from parties as p
    inner join identity_kinds as k
        on k.agreement_id = p.agreement_id
       and k.identity_type = p.party_type

),

identity_sizes as (

    select agreement_id, identity_type, count(*) as identity_size
    from identity_parties
    group by agreement_id, identity_type

),

identities as (

    select
        a.*,
        s.identity_type,
        s.identity_size,
        -- the months (year * 12 + month) its date period touches: first, and how many more
        extract(year from a.date_from) * 12 + extract(month from a.date_from) as first_month_no,
        extract(year from a.date_to) * 12 + extract(month from a.date_to)
            - (extract(year from a.date_from) * 12 + extract(month from a.date_from)) as more_months
    from agreements as a
    inner join identity_sizes as s
        on s.agreement_id = a.agreement_id
    where a.date_from is not null and a.date_to is not null

),

-- (more_months, k) for k in 0..more_months: a date period spans at most a year
month_steps as (

    select m.more_months, k.k
    from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) as m(more_months)
    inner join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) as k(k)
        on k.k <= m.more_months

),

-- the keys a report is found by: each pair of its identity parties ('pair'),
-- and each single party ('single'); two reports share min(2, sizes) parties
-- exactly when they share a pair, or one of them has a single party and the
-- other has it too
keys as (

    select a.agreement_id, 'pair' as key_kind, a.party_id || '|' || b.party_id as party_key
    from identity_parties as a
    inner join identity_parties as b
        on b.agreement_id = a.agreement_id
       and b.party_id > a.party_id

    union all

    select agreement_id, 'single' as key_kind, party_id as party_key
    from identity_parties

),

blocks as (

    select
        i.agreement_id,
        i.report_order,
        i.identity_size,
        i.agreement_type,
        i.identity_type,
        k.key_kind,
        k.party_key,
        i.first_month_no + m.k as month_no
    from identities as i
    inner join keys as k
        on k.agreement_id = i.agreement_id
    inner join month_steps as m
        on m.more_months = i.more_months

),

pair_blocks as (

    select * from blocks where key_kind = 'pair'

),

single_blocks as (

    select * from blocks where key_kind = 'single'

),

one_party_blocks as (

    select * from single_blocks where identity_size = 1

),

-- (earlier, later) pairs of reports of one type that share their parties in a month
candidate_pairs as (

    select e.agreement_id as earlier_id, l.agreement_id as later_id
    from pair_blocks as e
    inner join pair_blocks as l
        on l.agreement_type = e.agreement_type
       and l.identity_type = e.identity_type
       and l.party_key = e.party_key
       and l.month_no = e.month_no
       and l.report_order > e.report_order

    union

    select e.agreement_id, l.agreement_id
    from one_party_blocks as e
    inner join single_blocks as l
        on l.agreement_type = e.agreement_type
       and l.identity_type = e.identity_type
       and l.party_key = e.party_key
       and l.month_no = e.month_no
       and l.report_order > e.report_order

    union

    select e.agreement_id, l.agreement_id
    from single_blocks as e
    inner join one_party_blocks as l
        on l.agreement_type = e.agreement_type
       and l.identity_type = e.identity_type
       and l.party_key = e.party_key
       and l.month_no = e.month_no
       and l.report_order > e.report_order

),

matches as (

    select
        l.agreement_id as later_id,
        e.agreement_id as earlier_id,
        e.report_order as earlier_order
    from candidate_pairs as c
    inner join identities as e
        on e.agreement_id = c.earlier_id
    inner join identities as l
        on l.agreement_id = c.later_id
    where e.agreement_count = l.agreement_count
      and e.date_from <= l.date_to
      and l.date_from <= e.date_to

),

-- a report that matches no earlier one is the first report of its event
first_reports as (

    select a.agreement_id, a.report_order
    from agreements as a
    where not exists (select 1 from matches as m where m.later_id = a.agreement_id)

),

-- a later report joins the event of the first first-report it matches; one
-- that matches only later reports of other events starts an event of its own
anchors as (

    select m.later_id as agreement_id, min(m.earlier_order) as anchor_order
    from matches as m
    inner join first_reports as f
        on f.agreement_id = m.earlier_id
    group by m.later_id

),

anchored as (

    select
        a.agreement_id,
        coalesce(anchor.agreement_id, a.agreement_id) as anchor_agreement_id
    from agreements as a
    left join anchors as m
        on m.agreement_id = a.agreement_id
    left join agreements as anchor
        on anchor.report_order = m.anchor_order

)

select
    cast(agreement_id as {{ dbt.type_string() }}) as agreement_id,
    cast(md5('agreement_event|' || anchor_agreement_id) as {{ dbt.type_string() }}) as agreement_event_id,
    cast(agreement_id = anchor_agreement_id as boolean) as is_first_report
from anchored
