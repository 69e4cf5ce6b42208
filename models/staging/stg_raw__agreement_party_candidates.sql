with

source as (

    select * from {{ source('raw', 'agreement_party_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(fact_no as integer) as fact_no,

        ---------- categories
        lower(trim(cast(party_type as varchar))) as party_type,

        ---------- text
        nullif(trim(cast(company_name as varchar)), '') as company_name,
        upper(nullif(trim(cast(country_code as varchar)), '')) as country_code

    from source

)

select * from renamed
