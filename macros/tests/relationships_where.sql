{#-
    Like `relationships`, restricted to the child rows matching from_condition
    (and parents matching to_condition): e.g. fct_mention.entity_id must be a
    dim_company.company_id where entity_type = 'company'.
-#}
{% test relationships_where(model, column_name, to, field, from_condition='1 = 1', to_condition='1 = 1') %}
    with children as (
        select {{ column_name }} as ref_id
        from {{ model }}
        where {{ column_name }} is not null and ({{ from_condition }})
    ),
    parents as (
        select {{ field }} as ref_id
        from {{ to }}
        where {{ to_condition }}
    )
    select children.ref_id
    from children
    left join parents on parents.ref_id = children.ref_id
    where parents.ref_id is null
{% endtest %}
