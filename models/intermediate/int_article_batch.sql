{#-
    The articles this run adds to the per-article (incremental) models, with
    their load: every article of each load that has an article not yet in
    marts.dim_article. Rebuilt on every run.

    dim_article is the ledger of what the per-article tables hold: it is built
    after all of them (see its depends_on), so an article enters it only once
    every per-article table has its rows. A run that fails before that leaves
    the article here, and the next run builds it again.
    The batch holds whole loads: on Spark each per-article table is
    partitioned by load and a run overwrites the partitions of the batch's
    loads, which must then get every row of those loads. On DuckDB, delete+insert
    by article_id makes building an article again idempotent either way (in
    practice a load is built whole or not at all).
    On a first build or --full-refresh there is no ledger to read and the batch
    is every article (the incremental models then read everything anyway).
    dim_article is found through the graph, not ref(): it depends on this model.
-#}

{%- set ledger = namespace(relation=none) -%}
{%- if execute and not flags.FULL_REFRESH -%}
    {%- for node in graph.nodes.values() if node.resource_type == 'model' and node.name == 'dim_article' -%}
        {%- set ledger.relation = adapter.get_relation(
            database=node.database, schema=node.schema, identifier=node.alias) -%}
    {%- endfor -%}
{%- endif %}

with

articles as (

    select article_id, load_id from {{ ref('stg_raw__articles') }}

)

select article_id, load_id
from articles
{%- if ledger.relation is not none %}
where load_id in (
    select a.load_id
    from articles as a
    where not exists (
        select 1
        from {{ ledger.relation.include(database=false) }} as d
        where d.article_id = a.article_id
    )
)
{%- endif %}
