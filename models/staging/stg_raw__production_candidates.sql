with

source as (

    select * from {{ source('raw', 'production_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as {{ dbt.type_string() }}) as evidence,
        nullif(trim(cast(company_name as {{ dbt.type_string() }})), '') as company_name,
        nullif(trim(cast(plant_city as {{ dbt.type_string() }})), '') as plant_city,
        upper(nullif(trim(cast(country_code as {{ dbt.type_string() }})), '')) as country_code,
        nullif(trim(cast(product as {{ dbt.type_string() }})), '') as product,

        ---------- categories
        lower(trim(cast(unit as {{ dbt.type_string() }}))) as unit,
        lower(nullif(trim(cast(qualifier as {{ dbt.type_string() }})), '')) as qualifier,
        lower(nullif(trim(cast(range_bound as {{ dbt.type_string() }})), '')) as range_bound,
        lower(trim(cast(basis as {{ dbt.type_string() }}))) as basis,
        lower(trim(cast(target_kind as {{ dbt.type_string() }}))) as target_kind,

        ---------- numerics
        cast(quantity as double) as quantity,
        cast(target_year as integer) as target_year,

        ---------- dates
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end

    from source

)

select * from renamed
