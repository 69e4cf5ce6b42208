with

source as (

    select * from {{ source('raw', 'sentences') }}

),

-- raw.sentences keeps offsets only; the text is cut from the article's.
articles as (

    select article_id, text from {{ source('raw', 'articles') }}

),

renamed as (

    select
        ----------  ids
        cast(source.article_id as {{ dbt.type_string() }}) as article_id,
        cast(source.sentence_no as integer) as sentence_no,

        ---------- numerics
        cast(source.char_start as integer) as char_start,
        cast(source.char_end as integer) as char_end,

        ---------- text
        -- offsets count characters from 0, as Python's str; substring from 1
        substring(articles.text, source.char_start + 1, source.char_end - source.char_start)
            as sentence_text

    from source
    inner join articles on articles.article_id = source.article_id

)

select * from renamed
