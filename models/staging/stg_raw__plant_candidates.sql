with

source as (

    select * from {{ source('raw', 'plant_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as varchar) as evidence,
        nullif(trim(cast(plant_name as varchar)), '') as plant_name,
        nullif(trim(cast(company_name as varchar)), '') as company_name,
        nullif(trim(cast(city as varchar)), '') as city,
        upper(nullif(trim(cast(country_code as varchar)), '')) as country_code

    from source

)

select * from renamed
