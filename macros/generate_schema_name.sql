{#-
    Schemas are exactly the names configured with +schema (raw, staging,
    intermediate, marts, reference), with no target prefix: the warehouse is
    one DuckDB file per environment, so prefixes would only break the contract.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
