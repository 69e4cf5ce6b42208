{#-
    dbt run-operation register_raw_parquet --args '{path: <dir>}' --target spark

    Registers the raw layer written by `make build PARQUET=<dir>` (or by the
    Spark extraction job, loaders.spark_extract) as the tables of schema `raw`:
    one external Parquet table per source table of models/staging/_raw__sources.yml,
    partitioned by load (<dir>/<table>/load_id=<id>/). Run it again after each
    load: it re-creates the tables (external: dropping one keeps its files)
    and so picks up every load's partition. `path` is any location the Spark
    session can read: an absolute local directory, hdfs://..., s3a://...
-#}
{% macro register_raw_parquet(path) %}
    {%- if not path -%}
        {{ exceptions.raise_compiler_error("register_raw_parquet: give the Parquet directory, --args '{path: <dir>}'") }}
    {%- endif -%}
    {%- set root = path | string -%}
    {%- set tables = [] -%}
    {%- for source in graph.sources.values() if source.source_name == 'raw' -%}
        {%- do tables.append(source) -%}
    {%- endfor -%}
    {%- do run_query('create schema if not exists ' ~ tables[0].schema) -%}
    {%- for source in tables | sort(attribute='name') -%}
        {%- set relation = source.schema ~ '.' ~ source.identifier -%}
        {%- set location = root.rstrip('/') ~ '/' ~ source.identifier -%}
        {%- do run_query('drop table if exists ' ~ relation) -%}
        {%- do run_query('create table ' ~ relation ~ ' using parquet location ' ~ sql_string(location)) -%}
        {%- do run_query('msck repair table ' ~ relation) -%}
        {{ log('registered ' ~ relation ~ ' from ' ~ location, info=true) }}
    {%- endfor -%}
{% endmacro %}
