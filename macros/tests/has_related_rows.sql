{#-
    The reverse of `relationships`: fails for every row of the model that has no
    row in `to` (e.g. every agreement has at least one party).
-#}
{% test has_related_rows(model, column_name, to, field) %}
    select m.{{ column_name }}
    from {{ model }} as m
    left join (select distinct {{ field }} as ref_id from {{ to }}) as r
        on r.ref_id = m.{{ column_name }}
    where r.ref_id is null
{% endtest %}
