{#-
    sorted_listagg(expr, delimiter): the values of a group joined by
    `delimiter`, in ascending order, so that the text (and any key hashed
    from it) is the same on every engine. dbt.listagg where it sorts
    (DuckDB's string_agg ... order by); Spark's listagg ignores the order,
    so there the collected values are sorted first.
-#}
{% macro sorted_listagg(expr, delimiter) -%}
    {{ return(adapter.dispatch('sorted_listagg')(expr, delimiter)) }}
{%- endmacro %}

{% macro default__sorted_listagg(expr, delimiter) -%}
    {{ dbt.listagg(expr, sql_string(delimiter), 'order by ' ~ expr) }}
{%- endmacro %}

{% macro spark__sorted_listagg(expr, delimiter) -%}
    array_join(array_sort(collect_list({{ expr }})), {{ sql_string(delimiter) }})
{%- endmacro %}
