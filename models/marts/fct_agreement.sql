{#-
    One row per agreement with at least one resolved party
    (int_agreements_deduplicated). value_usd from int_money_amounts_converted.
    Incremental (per article).
-#}

with

agreements as (

    select * from {{ ref('int_agreements_deduplicated') }}
    where {{ in_article_batch('article_id') }}

),

articles as (

    select article_id, min_by(published_date, loaded_at) as published_date
    from {{ ref('stg_raw__articles') }}
    where {{ in_article_batch('article_id') }}
    group by article_id

),

usd as (

    select article_id, fact_no, amount_usd
    from {{ ref('int_money_amounts_converted') }}
    where fact_kind = 'agreement'
      and {{ in_article_batch('article_id') }}

)

select
    cast(a.agreement_id as {{ dbt.type_string() }}) as agreement_id,
    cast(a.agreement_type as {{ dbt.type_string() }}) as agreement_type,
    cast(a.status as {{ dbt.type_string() }}) as status,
    cast(a.signed_date as date) as signed_date,
    cast(a.agreement_count as integer) as agreement_count,
    cast(u.amount_usd as double) as value_usd,
    cast(a.subject as {{ dbt.type_string() }}) as subject,
    cast(a.signed_date_precision as {{ dbt.type_string() }}) as signed_date_precision,
    cast(a.value_amount as double) as value_amount,
    cast(a.value_currency as {{ dbt.type_string() }}) as value_currency,
    cast(a.article_id as {{ dbt.type_string() }}) as article_id,
    cast(a.evidence as {{ dbt.type_string() }}) as evidence,
    cast(a.sentence_no as integer) as sentence_no,
    cast(a.party_count as integer) as party_count,
    cast(ar.published_date as date) as published_date,
    cast(a.load_id as {{ dbt.type_string() }}) as load_id
from agreements as a
left join usd as u
    on u.article_id = a.article_id
   and u.fact_no = a.fact_no
left join articles as ar
    on ar.article_id = a.article_id
