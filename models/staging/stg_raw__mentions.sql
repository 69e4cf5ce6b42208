with

source as (

    select * from {{ source('raw', 'mentions') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(sentence_no as integer) as sentence_no,

        ---------- categories
        lower(trim(cast(entity_type as {{ dbt.type_string() }}))) as entity_type,
        lower(trim(cast(via as {{ dbt.type_string() }}))) as via,

        ---------- text
        cast(surface as {{ dbt.type_string() }}) as surface,
        nullif(trim(cast(name as {{ dbt.type_string() }})), '') as entity_name,
        upper(nullif(trim(cast(country_code as {{ dbt.type_string() }})), '')) as country_code,

        ---------- numerics
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
