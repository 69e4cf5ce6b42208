{#-
    Whether a regular expression matches anywhere in a text (SQL expressions;
    quote a literal pattern with sql_string()). DuckDB's regexp_matches, the
    regexp_like of Spark and Trino; write patterns in the syntax RE2 and Java
    share (see regexp_replace_all).
-#}
{% macro regexp_contains(expr, pattern) -%}
    {{ return(adapter.dispatch('regexp_contains')(expr, pattern)) }}
{%- endmacro %}

{% macro default__regexp_contains(expr, pattern) -%}
    regexp_like({{ expr }}, {{ pattern }})
{%- endmacro %}

{% macro duckdb__regexp_contains(expr, pattern) -%}
    regexp_matches({{ expr }}, {{ pattern }})
{%- endmacro %}
