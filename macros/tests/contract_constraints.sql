{#-
    The constraints of a model's enforced contract (not_null, primary_key,
    unique, check; on columns and on the model), checked as one data test.

    DuckDB enforces every one of them when the table is written, so there the
    test is disabled (it would be one more query and dbt node per build).
    Spark enforces none of them (dbt-spark creates plain Parquet tables
    without constraints), so there this test is where a duplicate key, a NULL
    or a failed check is caught. Fails with one row per broken constraint and
    the number of rows that break it.
-#}
{% test contract_constraints(model) %}
    {{ config(enabled=(target.type != 'duckdb')) }}
    {%- set node = namespace(value=none) -%}
    {%- if execute -%}
        {%- for n in graph.nodes.values() if n.resource_type == 'model'
                and n.alias == model.identifier and n.schema == model.schema -%}
            {%- set node.value = n -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set checks = [] -%}
    {%- if node.value is not none -%}
        {%- set constraints = [] -%}
        {%- for name, column in node.value.columns.items() -%}
            {%- for c in column.constraints -%}
                {%- do constraints.append((c.type, [name], c.expression)) -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- for c in node.value.constraints -%}
            {%- do constraints.append((c.type, c.columns or [], c.expression)) -%}
        {%- endfor -%}
        {%- for type, columns, expression in constraints -%}
            {%- if type == 'not_null' -%}
                {%- do checks.append((type ~ ' ' ~ columns | join(', '),
                    'select count(*) as n from ' ~ model ~ ' where ' ~ columns | join(' is null or ') ~ ' is null')) -%}
            {%- elif type in ('primary_key', 'unique') -%}
                {%- do checks.append((type ~ ' ' ~ columns | join(', '),
                    'select count(*) as n from (select ' ~ columns | join(', ') ~ ' from ' ~ model
                    ~ ' where ' ~ columns | join(' is not null and ') ~ ' is not null'
                    ~ ' group by ' ~ columns | join(', ') ~ ' having count(*) > 1) as d')) -%}
                {%- if type == 'primary_key' -%}
                    {%- do checks.append(('primary_key not null ' ~ columns | join(', '),
                        'select count(*) as n from ' ~ model ~ ' where ' ~ columns | join(' is null or ') ~ ' is null')) -%}
                {%- endif -%}
            {%- elif type == 'check' -%}
                {#- a check fails only where its expression is false (NULL passes, as in SQL) -#}
                {%- do checks.append(('check ' ~ expression,
                    'select count(*) as n from ' ~ model ~ ' where not (' ~ expression ~ ')')) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if execute and not checks -%}
        {{ exceptions.raise_compiler_error("contract_constraints: " ~ model ~ " declares no constraint to check") }}
    {%- endif %}
    select constraint_text, n as failing_rows
    from (
        {%- for label, query in checks %}
        select {{ sql_string(label) }} as constraint_text, n from ({{ query }}) as q{{ loop.index }}
        {%- if not loop.last %}
        union all
        {%- endif %}
        {%- endfor %}
    ) as results
    where n > 0
{% endtest %}
