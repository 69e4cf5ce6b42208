{#-
    ref() and source() render schema.table, without the database (catalog).

    DuckDB names the catalog after the file: built as build.duckdb, a view would
    read "build"."staging"."stg_raw__articles", and break once the file is
    published under another name (warehouse.duckdb). Without the catalog, every
    view resolves in whatever file it is opened from.
-#}
{% macro ref() -%}
    {%- set version = kwargs.get('version') or kwargs.get('v') -%}
    {%- if (varargs | length) == 1 -%}
        {%- set relation = builtins.ref(varargs[0], version=version) -%}
    {%- else -%}
        {%- set relation = builtins.ref(varargs[0], varargs[1], version=version) -%}
    {%- endif -%}
    {%- do return(relation.include(database=false)) -%}
{%- endmacro %}

{% macro source(source_name, table_name) -%}
    {%- do return(builtins.source(source_name, table_name).include(database=false)) -%}
{%- endmacro %}
