{#-
    Rows of a seed read at run time (like dbt_utils.get_column_values), so an
    analyst who edits the CSV and rebuilds changes the compiled SQL.

    ref() is called outside the `execute` guard so that the calling model
    depends on the seed (dbt build loads the seed first). When the seed table
    does not exist yet (e.g. `dbt compile` on an empty warehouse) the macro
    returns no rows and the compiled SQL is still valid.
    Returns a list of rows (tuples of the requested columns).
-#}
{% macro seed_rows(seed_name, columns, order_by) -%}
    {%- set relation = ref(seed_name) -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set existing = adapter.get_relation(database=relation.database, schema=relation.schema, identifier=relation.identifier) -%}
    {%- if existing is none -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set query -%}
        select {{ columns | join(', ') }} from {{ relation }} order by {{ order_by }}
    {%- endset -%}
    {%- set result = run_query(query) -%}
    {{ return(result.rows | list) }}
{%- endmacro %}
