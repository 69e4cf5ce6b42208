{#-
    md5 over the given expressions, NULL-safe and order-sensitive, like
    dbt_utils.generate_surrogate_key: the same values give the same key on
    every machine and every rebuild.
-#}
{% macro surrogate_key(expressions) -%}
    md5(
    {%- for e in expressions %}
        coalesce(cast({{ e }} as varchar), '_null_'){% if not loop.last %} || '|' ||{% endif %}
    {%- endfor %}
    )
{%- endmacro %}
