{#- Fails for every non-NULL value outside [min_value, max_value] (bounds are SQL expressions).
    Its rows are the model's whole rows: the build names the article of each (loaders/failures.py). -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, inclusive=true) %}
    select *
    from {{ model }}
    where {{ column_name }} is not null
      and (
          1 = 0
          {%- if min_value is not none %}
          or {{ column_name }} {{ '<' if inclusive else '<=' }} {{ min_value }}
          {%- endif %}
          {%- if max_value is not none %}
          or {{ column_name }} {{ '>' if inclusive else '>=' }} {{ max_value }}
          {%- endif %}
      )
{% endtest %}
