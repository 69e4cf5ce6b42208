with

source as (

    select * from {{ source('raw', 'loads') }}

),

renamed as (

    select
        ----------  ids
        cast(load_id as {{ dbt.type_string() }}) as load_id,

        ---------- text
        cast(input_path as {{ dbt.type_string() }}) as input_path,

        ---------- numerics
        cast(files_seen as integer) as files_seen,
        cast(articles_new as integer) as articles_new,
        cast(articles_duplicate as integer) as articles_duplicate,
        cast(errors as integer) as error_count,

        ---------- timestamps
        cast(started_at as timestamp) as started_at,
        cast(finished_at as timestamp) as finished_at

    from source

)

select * from renamed
