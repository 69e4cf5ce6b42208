with

source as (

    select * from {{ source('raw', 'agreement_party_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(fact_no as integer) as fact_no,

        ---------- categories
        lower(trim(cast(party_type as {{ dbt.type_string() }}))) as party_type,

        ---------- text
        nullif(trim(cast(company_name as {{ dbt.type_string() }})), '') as company_name,
        upper(nullif(trim(cast(country_code as {{ dbt.type_string() }})), '')) as country_code

    from source

)

select * from renamed
