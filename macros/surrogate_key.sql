{#-
    md5 over the given expressions, NULL-safe and order-sensitive, like
    dbt_utils.generate_surrogate_key: the same values give the same key on
    every machine, every rebuild and every engine.
-#}
{% macro surrogate_key(expressions) -%}
    md5(
    {%- for e in expressions %}
        coalesce(cast({{ e }} as {{ dbt.type_string() }}), '_null_'){% if not loop.last %} || '|' ||{% endif %}
    {%- endfor %}
    )
{%- endmacro %}


{#-
    key_number(expr): a DOUBLE as the text a key hashes, the same on every
    engine. A DOUBLE cast to text is engine-specific (DuckDB 550000000.0,
    Spark 5.5E8), so keys hash it as a fixed-point decimal instead
    ('550000000.000000' on both).
-#}
{% macro key_number(expr) -%}
    cast(cast({{ expr }} as decimal(38, 6)) as {{ dbt.type_string() }})
{%- endmacro %}
