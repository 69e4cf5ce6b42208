with

source as (

    select * from {{ source('raw', 'production_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as varchar) as evidence,
        nullif(trim(cast(company_name as varchar)), '') as company_name,
        nullif(trim(cast(plant_city as varchar)), '') as plant_city,
        upper(nullif(trim(cast(country_code as varchar)), '')) as country_code,
        nullif(trim(cast(product as varchar)), '') as product,

        ---------- categories
        lower(trim(cast(unit as varchar))) as unit,
        lower(nullif(trim(cast(qualifier as varchar)), '')) as qualifier,
        lower(nullif(trim(cast(range_bound as varchar)), '')) as range_bound,
        lower(trim(cast(basis as varchar))) as basis,
        lower(trim(cast(target_kind as varchar))) as target_kind,

        ---------- numerics
        cast(quantity as double) as quantity,
        cast(target_year as integer) as target_year,

        ---------- dates
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end

    from source

)

select * from renamed
