{#-
    The grain of a table: fails for every row with a NULL in a key column and
    for every key that occurs more than once. One query (and one dbt node)
    where not_null per column plus unique would be several.

    new_articles_only: check the rows of the articles this build adds
    (int_article_batch; every article on a first build or --full-refresh).
    Sound for a raw table whose key starts with article_id: raw is append-only
    by article, so rows of a new article cannot share a key with rows built
    before, and those were checked when they were built.
-#}
{% test key_columns(model, columns, new_articles_only=false) %}
    {%- set batch = ref('int_article_batch') %}
    select
        {{ columns | join(', ') }},
        count(*) as n_rows
    from {{ model }}
    {%- if new_articles_only %}
    where {{ columns[0] }} is null
       or {{ columns[0] }} in (select article_id from {{ batch }})
    {%- endif %}
    group by {{ columns | join(', ') }}
    having count(*) > 1
        {%- for c in columns %}
        or {{ c }} is null
        {%- endfor %}
{% endtest %}
