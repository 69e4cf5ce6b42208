{#-
    The constraints of a model's enforced contract (not_null, primary_key,
    unique, check; on columns and on the model), checked as one data test.

    DuckDB enforces every one of them when the table is written, so there the
    test is disabled (it would be one more query and dbt node per build).
    Spark enforces none of them (dbt-spark creates plain Parquet tables
    without constraints), so there this test is where a duplicate key, a NULL
    or a failed check is caught. Fails with one row per broken constraint and
    the number of rows that break it. The row-wise rules (not_null, check) are
    counted in one scan of the table, each key (primary_key, unique) in one
    grouping: a query per rule made this the costliest test of a Spark build.
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
    {#- row_checks: (label, condition a row breaks), counted in one scan;
        key_checks: (label, columns), one grouping each -#}
    {%- set row_checks = [] -%}
    {%- set key_checks = [] -%}
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
            {%- if type in ('not_null', 'primary_key') -%}
                {%- do row_checks.append(((type ~ ' ' if type == 'not_null' else 'primary_key not null ') ~ columns | join(', '),
                    columns | join(' is null or ') ~ ' is null')) -%}
            {%- endif -%}
            {%- if type in ('primary_key', 'unique') -%}
                {%- do key_checks.append((type ~ ' ' ~ columns | join(', '), columns)) -%}
            {%- elif type == 'check' -%}
                {#- a check fails only where its expression is false (NULL passes, as in SQL) -#}
                {%- do row_checks.append(('check ' ~ expression, 'not (' ~ expression ~ ')')) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if execute and not (row_checks or key_checks) -%}
        {{ exceptions.raise_compiler_error("contract_constraints: " ~ model ~ " declares no constraint to check") }}
    {%- endif %}
    {%- set parts = [] -%}
    {%- if row_checks -%}
        {#- one scan counts the rows that break each row-wise rule (n1, n2, ...),
            turned into one row per rule by a join with their labels -#}
        {%- set counts -%}
            select
                {%- for label, condition in row_checks %}
                sum(case when {{ condition }} then 1 else 0 end) as n{{ loop.index }}{{ ',' if not loop.last }}
                {%- endfor %}
            from {{ model }}
        {%- endset -%}
        {%- set part -%}
        select labels.constraint_text,
            case labels.i
                {%- for label, condition in row_checks %}
                when {{ loop.index }} then counts.n{{ loop.index }}
                {%- endfor %}
            end as n
        from ({{ counts }}) as counts
        cross join (values
            {%- for label, condition in row_checks %}
            ({{ loop.index }}, {{ sql_string(label) }}){{ ',' if not loop.last }}
            {%- endfor %}
        ) as labels (i, constraint_text)
        {%- endset -%}
        {%- do parts.append(part) -%}
    {%- endif -%}
    {%- for label, columns in key_checks -%}
        {%- set part -%}
        select {{ sql_string(label) }} as constraint_text, count(*) as n
        from (
            select {{ columns | join(', ') }} from {{ model }}
            where {{ columns | join(' is not null and ') }} is not null
            group by {{ columns | join(', ') }} having count(*) > 1
        ) as duplicates
        {%- endset -%}
        {%- do parts.append(part) -%}
    {%- endfor %}
    select constraint_text, n as failing_rows
    from (
        {{ parts | join('\n        union all\n') }}
    ) as results
    where n > 0
{% endtest %}
