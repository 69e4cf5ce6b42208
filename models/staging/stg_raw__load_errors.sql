with

source as (

    select * from {{ source('raw', 'load_errors') }}

),

renamed as (

    select
        ----------  ids
        cast(load_id as varchar) as load_id,

        ---------- text
        cast(path as varchar) as file_path,
        lower(trim(cast(reason as varchar))) as reason,
        cast(detail as varchar) as detail,
        -- error: rejected; warning: loaded, see detail; skipped: not read
        coalesce(lower(trim(cast(severity as varchar))), 'error') as severity,

        ---------- timestamps
        cast(occurred_at as timestamp) as occurred_at

    from source

)

select * from renamed
