with

source as (

    select * from {{ source('raw', 'load_errors') }}

),

renamed as (

    select
        ----------  ids
        cast(load_id as {{ dbt.type_string() }}) as load_id,

        ---------- text
        cast(path as {{ dbt.type_string() }}) as file_path,
        lower(trim(cast(reason as {{ dbt.type_string() }}))) as reason,
        cast(detail as {{ dbt.type_string() }}) as detail,
        -- error: rejected; warning: loaded, see detail; skipped: not read
        coalesce(lower(trim(cast(severity as {{ dbt.type_string() }}))), 'error') as severity,

        ---------- timestamps
        cast(occurred_at as timestamp) as occurred_at

    from source

)

select * from renamed
