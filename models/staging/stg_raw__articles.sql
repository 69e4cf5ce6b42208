with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(load_id as varchar) as load_id,

        ---------- text
        cast(file_name as varchar) as file_name,
        cast(source_path as varchar) as source_path,
        nullif(trim(cast(title as varchar)), '') as title,
        nullif(trim(cast(dateline as varchar)), '') as dateline,
        nullif(trim(cast(source as varchar)), '') as source_name,
        nullif(trim(cast(url as varchar)), '') as url,
        cast(text as varchar) as article_text,
        cast(encoding as varchar) as encoding,

        ---------- numerics
        cast(char_count as integer) as char_count,

        ---------- dates
        cast(published_date as date) as published_date,
        cast(loaded_at as timestamp) as loaded_at

    from source

)

select * from renamed
