{#-
    dbt run-operation register_raw_parquet --args '{path: <dir>}' --target spark

    Registers the raw layer written by `make build PARQUET=<dir>` (or by the
    Spark extraction job, loaders.spark_extract) for the models: each source
    table of models/staging/_raw__sources.yml, and raw.retired_articles, is an
    external Parquet table of schema `<raw>_parquet`, partitioned by load
    (<dir>/<table>/load_id=<id>/), and the source itself is a view of it.
    The Parquet copy is append-only, so the view of a per-article table
    leaves out the rows of every article retired by a load at or after the
    one that wrote them (DuckDB deletes those rows in place). After a load
    that retired articles, build with --full-refresh, as `make build` does.

    Run it again after each load: it re-creates the tables (external:
    dropping one keeps its files) and so picks up every load's partition.
    `path` is any location the Spark session can read: an absolute local
    directory, hdfs://..., s3a://...
-#}
{% macro register_raw_parquet(path) %}
    {%- if not path -%}
        {{ exceptions.raise_compiler_error("register_raw_parquet: give the Parquet directory, --args '{path: <dir>}'") }}
    {%- endif -%}
    {%- set root = path | string -%}
    {%- set sources = [] -%}
    {%- for source in graph.sources.values() if source.source_name == 'raw' -%}
        {%- do sources.append(source) -%}
    {%- endfor -%}
    {%- set schema = sources[0].schema -%}
    {%- set files = schema ~ '_parquet' -%}
    {%- do run_query('create schema if not exists ' ~ schema) -%}
    {%- do run_query('create schema if not exists ' ~ files) -%}
    {%- set names = (sources | map(attribute='identifier') | list + ['retired_articles']) | unique | sort -%}
    {%- for name in names -%}
        {%- set location = root.rstrip('/') ~ '/' ~ name -%}
        {%- do run_query('drop table if exists ' ~ files ~ '.' ~ name) -%}
        {%- do run_query('create table ' ~ files ~ '.' ~ name ~ ' using parquet location ' ~ sql_string(location)) -%}
        {%- do run_query('msck repair table ' ~ files ~ '.' ~ name) -%}
    {%- endfor -%}
    {%- for name in names if name != 'retired_articles' -%}
        {%- set columns = run_query('select * from ' ~ files ~ '.' ~ name ~ ' limit 0').column_names -%}
        {%- if 'article_id' in columns -%}
            {%- set body = 'select t.* from ' ~ files ~ '.' ~ name ~ ' as t left anti join '
                ~ files ~ '.retired_articles as r on r.article_id = t.article_id and r.load_id >= t.load_id' -%}
        {%- else -%}
            {%- set body = 'select * from ' ~ files ~ '.' ~ name -%}
        {%- endif -%}
        {%- do run_query('create or replace view ' ~ schema ~ '.' ~ name ~ ' as ' ~ body) -%}
        {{ log('registered ' ~ schema ~ '.' ~ name ~ ' from ' ~ root.rstrip('/') ~ '/' ~ name, info=true) }}
    {%- endfor -%}
{% endmacro %}
