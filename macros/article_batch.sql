{#-
    in_article_batch(column): the predicate that limits an incremental model to
    the articles this run adds (int_article_batch). On a first build or a
    --full-refresh (is_incremental() false) it is always true, so the model
    reads every article.

    Every per-article model uses it: its rows depend on its own article's raw
    rows and the seeds only, never on other articles (company ids are md5 of
    the seed-defined key of a name; plant ids of a within-article natural key;
    fact ids of natural keys that include article_id). So building the new
    articles alone and adding their rows gives the same table as rebuilding
    everything. Cross-article aggregates (dim_company, dim_plant and the
    intermediate models they read) are rebuilt in full on every run instead.

    ref() is called outside the `if` so that dbt sees the dependency at parse
    time, when is_incremental() is false.

    `dbt show` previews what a model holds, not what the next run would add:
    it gets the full SQL (building_increment).
-#}
{% macro in_article_batch(column='article_id') -%}
    {%- set batch = ref('int_article_batch') -%}
    {%- if building_increment() -%}
        {{ column }} in (select article_id from {{ batch }})
    {%- else -%}
        1 = 1
    {%- endif -%}
{%- endmacro %}


{#-
    building_increment(): is_incremental(), except under `dbt show`, which
    previews a model: an incremental model shows all its rows, as its table
    holds them, not only those the next run would add (after a run with no new
    article, none).
-#}
{% macro building_increment() -%}
    {{ return(is_incremental() and flags.WHICH != 'show') }}
{%- endmacro %}


{#-
    join_article_batch(article_id): a join that adds the article's load to a
    per-article model (`b.load_id`) and, in an incremental run, keeps only the
    articles of the batch (the inner join does what in_article_batch does).
    On a first build, a --full-refresh or a `dbt show` it is a left join: every row stays,
    even one whose article is missing from raw (the relationships tests to
    dim_article then report it).

    Every per-article model carries load_id: on Spark the models are
    partitioned by it and each run overwrites the partitions of its batch's
    loads (dbt_project.yml), which int_article_batch makes whole loads.
-#}
{% macro join_article_batch(article_id, alias='b') -%}
    {%- set batch = ref('int_article_batch') -%}
    {{ 'inner' if building_increment() else 'left' }} join {{ batch }} as {{ alias }}
        on {{ alias }}.article_id = {{ article_id }}
{%- endmacro %}
