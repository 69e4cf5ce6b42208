{#-
    Agreement candidates with at least one resolved party, one row per agreement.
    "The same fact stated twice in one article is one row": the natural key is
    article_id, agreement_type, status, the sorted set of resolved parties,
    agreement_count, the stated value (amount, currency) and the subject
    (two memoranda of one package, on different subjects, are two rows; a trade
    agreement signed in 2022 and the talks on a free trade agreement, too); the first
    statement (lowest sentence_no, then fact_no) is kept.
    agreement_id = md5 of that natural key. Incremental (per article).
-#}

with

candidates as (

    select c.*, b.load_id
    from {{ ref('stg_raw__agreement_candidates') }} as c
    {{ join_article_batch('c.article_id') }}

),

parties as (

    select * from {{ ref('int_agreement_parties_resolved') }}
    where {{ in_article_batch('article_id') }}

),

party_sets as (

    select
        article_id,
        fact_no,
        {{ sorted_listagg("party_type || ':' || party_id", ',') }} as party_set,
        count(*) as party_count
    from parties
    group by article_id, fact_no

),

keyed as (

    select
        c.*,
        s.party_set,
        s.party_count,
        {{ surrogate_key([
            'c.article_id', 'c.agreement_type', 'c.status', 's.party_set',
            'c.agreement_count', key_number('c.value_amount'), 'c.value_currency', 'lower(c.subject)'
        ]) }} as agreement_id
    from candidates as c
    inner join party_sets as s
        on s.article_id = c.article_id
       and s.fact_no = c.fact_no

),

ranked as (

    select
        *,
        row_number() over (partition by agreement_id order by sentence_no, fact_no) as statement_rank,
        count(*) over (partition by agreement_id) as statement_count
    from keyed

)

select * from ranked
where statement_rank = 1
