with

source as (

    select * from {{ source('raw', 'agreement_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as {{ dbt.type_string() }}) as evidence,
        nullif(trim(cast(subject as {{ dbt.type_string() }})), '') as subject,

        ---------- categories
        lower(trim(cast(agreement_type as {{ dbt.type_string() }}))) as agreement_type,
        lower(trim(cast(status as {{ dbt.type_string() }}))) as status,
        lower(nullif(trim(cast(date_precision as {{ dbt.type_string() }})), '')) as signed_date_precision,
        upper(nullif(trim(cast(value_currency as {{ dbt.type_string() }})), '')) as value_currency,

        ---------- numerics
        coalesce(cast(agreement_count as integer), 1) as agreement_count,
        cast(value_amount as double) as value_amount,

        ---------- dates
        cast(signed_date as date) as signed_date

    from source

)

select * from renamed
