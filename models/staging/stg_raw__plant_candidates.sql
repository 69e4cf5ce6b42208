with

source as (

    select * from {{ source('raw', 'plant_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as {{ dbt.type_string() }}) as evidence,
        nullif(trim(cast(plant_name as {{ dbt.type_string() }})), '') as plant_name,
        nullif(trim(cast(company_name as {{ dbt.type_string() }})), '') as company_name,
        nullif(trim(cast(city as {{ dbt.type_string() }})), '') as city,
        upper(nullif(trim(cast(country_code as {{ dbt.type_string() }})), '')) as country_code

    from source

)

select * from renamed
