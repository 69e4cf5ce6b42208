{#-
    Replace every match of a regular expression. The one place that knows the
    dialect detail: DuckDB replaces only the first match unless given the 'g'
    option; Spark, Trino and most engines replace all matches by default.
    `pattern` and `replacement` are SQL expressions (quote literals yourself,
    e.g. with sql_string()). Patterns are written in the syntax RE2 (DuckDB)
    and Java (Spark) share: classes, \p{L}, (?:...), (?i). Replacements are
    plain text: `$` and `\` are special in Java's.
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


{#-
    A Python string as a SQL string literal. Spark reads a backslash in a
    literal as an escape ('\p' is 'p'), so there backslashes are doubled: a
    regular expression such as [^\p{L}\p{N}] must reach the engine intact.
-#}
{% macro sql_string(value) -%}
    {{ return(adapter.dispatch('sql_string')(value)) }}
{%- endmacro %}

{% macro default__sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}

{% macro spark__sql_string(value) -%}
    '{{ value | replace("\\", "\\\\") | replace("'", "\\'") }}'
{%- endmacro %}
