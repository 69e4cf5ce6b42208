{#- Fails for every row where any of the given columns is NULL (not_null for several columns in one query). -#}
{% test not_null_columns(model, columns) %}
    select *
    from {{ model }}
    where {% for c in columns %}{{ c }} is null{% if not loop.last %} or {% endif %}{% endfor %}
{% endtest %}
