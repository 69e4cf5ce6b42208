{#-
    Seeds on Spark. dbt-spark's own loader binds each CSV value by pasting it
    between quotes: an apostrophe in a value ("Cote d'Ivoire") breaks the
    statement, a backslash is eaten, and an empty cell (None) loads as the text
    'None' (dbt-adapters #487). Here every value is a literal of its kind:
    NULL for an empty cell, numbers and booleans as they are, text through
    sql_string (escaped for Spark). Same statements otherwise: batches of
    `insert into ... values`, each value cast to the seed's column type.
-#}
{% macro spark__load_csv_rows(model, agate_table) %}
    {%- set column_override = model['config'].get('column_types', {}) -%}
    {%- set types = [] -%}
    {%- for col_name in agate_table.column_names -%}
        {%- do types.append(column_override.get(col_name, adapter.convert_type(agate_table, loop.index0))) -%}
    {%- endfor -%}
    {%- set statements = [] -%}
    {%- for chunk in agate_table.rows | batch(get_batch_size()) -%}
        {%- set sql -%}
            insert into {{ this.render() }} values
            {% for row in chunk -%}
                ({%- for value in row -%}
                    cast({{ seed_literal(value) }} as {{ types[loop.index0] }})
                    {%- if not loop.last %}, {% endif -%}
                {%- endfor -%})
                {%- if not loop.last %},{% endif %}
            {% endfor %}
        {%- endset -%}
        {%- do adapter.add_query(sql, abridge_sql_log=True) -%}
        {%- if loop.first -%}
            {%- do statements.append(sql) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(statements[0] if statements else '') }}
{% endmacro %}


{#- One CSV value (as agate read it) as a SQL literal. -#}
{% macro seed_literal(value) -%}
    {%- if value is none -%}
        null
    {%- elif value is boolean -%}
        {{ 'true' if value else 'false' }}
    {%- elif value is number -%}
        {{ value }}
    {%- else -%}
        {{ sql_string(value | string) }}
    {%- endif -%}
{%- endmacro %}
