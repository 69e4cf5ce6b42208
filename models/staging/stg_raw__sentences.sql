with

source as (

    select * from {{ source('raw', 'sentences') }}

),

renamed as (

    select
        ----------  ids
        cast(article_id as varchar) as article_id,
        cast(sentence_no as integer) as sentence_no,

        ---------- numerics
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,

        ---------- text
        cast(text as varchar) as sentence_text

    from source

)

select * from renamed
