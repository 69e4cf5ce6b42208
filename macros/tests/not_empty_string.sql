{#- Fails for every value that is empty or only whitespace (NULL passes; pair with not_null). -#}
{% test not_empty_string(model, column_name) %}
    select {{ column_name }} as value
    from {{ model }}
    where {{ column_name }} is not null
      and trim({{ column_name }}) = ''
{% endtest %}
