with

source as (

    select * from {{ source('raw', 'trade_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as {{ dbt.type_string() }}) as evidence,
        upper(nullif(trim(cast(reporter_country_code as {{ dbt.type_string() }})), '')) as reporter_country_code,
        upper(nullif(trim(cast(partner_country_code as {{ dbt.type_string() }})), '')) as partner_country_code,
        nullif(trim(cast(company_name as {{ dbt.type_string() }})), '') as company_name,
        nullif(trim(cast(product as {{ dbt.type_string() }})), '') as product,

        ---------- categories
        lower(trim(cast(flow as {{ dbt.type_string() }}))) as flow,
        -- ISO 4217 codes upper case, physical units lower case
        case
            when cast(is_money as boolean) then upper(trim(cast(unit as {{ dbt.type_string() }})))
            else lower(trim(cast(unit as {{ dbt.type_string() }})))
        end as unit,
        lower(nullif(trim(cast(qualifier as {{ dbt.type_string() }})), '')) as qualifier,
        lower(nullif(trim(cast(range_bound as {{ dbt.type_string() }})), '')) as range_bound,

        ---------- numerics
        cast(amount as double) as amount,

        ---------- booleans
        coalesce(cast(is_money as boolean), false) as is_money,
        coalesce(cast(is_target as boolean), false) as is_target,

        ---------- dates
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end

    from source

)

select * from renamed
