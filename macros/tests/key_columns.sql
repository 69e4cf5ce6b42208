{#-
    The grain of a table: fails for every row with a NULL in a key column and
    for every key that occurs more than once. One query (and one dbt node)
    where not_null per column plus unique would be several.
-#}
{% test key_columns(model, columns) %}
    select
        {{ columns | join(', ') }},
        count(*) as n_rows
    from {{ model }}
    group by {{ columns | join(', ') }}
    having count(*) > 1
        {%- for c in columns %}
        or {{ c }} is null
        {%- endfor %}
{% endtest %}
