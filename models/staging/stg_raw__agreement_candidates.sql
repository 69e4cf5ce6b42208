with

source as (

    select * from {{ source('raw', 'agreement_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as varchar) as evidence,
        nullif(trim(cast(subject as varchar)), '') as subject,

        ---------- categories
        lower(trim(cast(agreement_type as varchar))) as agreement_type,
        lower(trim(cast(status as varchar))) as status,
        lower(nullif(trim(cast(date_precision as varchar)), '')) as signed_date_precision,
        upper(nullif(trim(cast(value_currency as varchar)), '')) as value_currency,

        ---------- numerics
        coalesce(cast(agreement_count as integer), 1) as agreement_count,
        cast(value_amount as double) as value_amount,

        ---------- dates
        cast(signed_date as date) as signed_date

    from source

)

select * from renamed
