with

source as (

    select * from {{ source('raw', 'trade_candidates') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(fact_no as integer) as fact_no,
        cast(sentence_no as integer) as sentence_no,

        ---------- text
        cast(evidence as varchar) as evidence,
        upper(nullif(trim(cast(reporter_country_code as varchar)), '')) as reporter_country_code,
        upper(nullif(trim(cast(partner_country_code as varchar)), '')) as partner_country_code,
        nullif(trim(cast(company_name as varchar)), '') as company_name,
        nullif(trim(cast(product as varchar)), '') as product,

        ---------- categories
        lower(trim(cast(flow as varchar))) as flow,
        -- ISO 4217 codes upper case, physical units lower case
        case
            when cast(is_money as boolean) then upper(trim(cast(unit as varchar)))
            else lower(trim(cast(unit as varchar)))
        end as unit,
        lower(nullif(trim(cast(qualifier as varchar)), '')) as qualifier,
        lower(nullif(trim(cast(range_bound as varchar)), '')) as range_bound,

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
