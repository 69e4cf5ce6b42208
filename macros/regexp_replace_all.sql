{#-
    Replace every match of a regular expression. The one place that knows the
    dialect detail: DuckDB replaces only the first match unless given the 'g'
    option; Spark, Trino and most engines replace all matches by default.
    `pattern` and `replacement` are SQL expressions (quote literals yourself,
    e.g. with sql_string()).
-#}
{% macro regexp_replace_all(expr, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_all')(expr, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regexp_replace_all(expr, pattern, replacement) -%}
    regexp_replace({{ expr }}, {{ pattern }}, {{ replacement }})
{%- endmacro %}

{% macro duckdb__regexp_replace_all(expr, pattern, replacement) -%}
    regexp_replace({{ expr }}, {{ pattern }}, {{ replacement }}, 'g')
{%- endmacro %}


{#- A Python string as a SQL string literal. -#}
{% macro sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}
