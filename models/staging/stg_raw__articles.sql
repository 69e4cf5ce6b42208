with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as {{ dbt.type_string() }}) as article_id,
        cast(load_id as {{ dbt.type_string() }}) as load_id,

        ---------- text
        cast(file_name as {{ dbt.type_string() }}) as file_name,
        cast(source_path as {{ dbt.type_string() }}) as source_path,
        nullif(trim(cast(title as {{ dbt.type_string() }})), '') as title,
        nullif(trim(cast(dateline as {{ dbt.type_string() }})), '') as dateline,
        nullif(trim(cast(source as {{ dbt.type_string() }})), '') as source_name,
        nullif(trim(cast(url as {{ dbt.type_string() }})), '') as url,
        cast(text as {{ dbt.type_string() }}) as article_text,
        cast(encoding as {{ dbt.type_string() }}) as encoding,

        ---------- numerics
        cast(char_count as integer) as char_count,

        ---------- dates
        cast(published_date as date) as published_date,
        cast(loaded_at as timestamp) as loaded_at

    from source

)

select * from renamed
