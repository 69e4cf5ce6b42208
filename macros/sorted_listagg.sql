{#-
    sorted_listagg(expr, delimiter, distinct=false): the values of a group
    joined by `delimiter`, in ascending order (each once when `distinct`), so
    that the text (and any key hashed from it) is the same on every engine.
    NULLs are left out; a group with no value gives NULL. dbt.listagg where
    it sorts (DuckDB's string_agg ... order by); Spark's listagg ignores the
    order, so there the collected values are sorted first.
-#}
{% macro sorted_listagg(expr, delimiter, distinct=false) -%}
    {{ return(adapter.dispatch('sorted_listagg')(expr, delimiter, distinct)) }}
{%- endmacro %}

{% macro default__sorted_listagg(expr, delimiter, distinct=false) -%}
    {{ dbt.listagg(('distinct ' if distinct else '') ~ expr, sql_string(delimiter), 'order by ' ~ expr) }}
{%- endmacro %}

{% macro spark__sorted_listagg(expr, delimiter, distinct=false) -%}
    {%- set values = ('collect_set(' if distinct else 'collect_list(') ~ expr ~ ')' -%}
    case when count({{ expr }}) > 0 then array_join(array_sort({{ values }}), {{ sql_string(delimiter) }}) end
{%- endmacro %}


{#-
    sorted_array_agg(expr): the values of a group as an array of text, in
    ascending order (NULLs left out), and type_string_array(), its type:
    varchar[] (a LIST) on DuckDB, array<string> on Spark. Contracts declare
    the column type with the same choice (models/marts/_marts__models.yml).
-#}
{% macro sorted_array_agg(expr) -%}
    {{ return(adapter.dispatch('sorted_array_agg')(expr)) }}
{%- endmacro %}

{% macro default__sorted_array_agg(expr) -%}
    list_sort(array_agg({{ expr }}) filter (where {{ expr }} is not null))
{%- endmacro %}

{% macro spark__sorted_array_agg(expr) -%}
    array_sort(collect_list({{ expr }}))
{%- endmacro %}

{% macro type_string_array() -%}
    {{ return(adapter.dispatch('type_string_array')()) }}
{%- endmacro %}

{% macro default__type_string_array() -%}
    varchar[]
{%- endmacro %}

{% macro spark__type_string_array() -%}
    array<string>
{%- endmacro %}
