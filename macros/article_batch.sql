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
-#}
{% macro in_article_batch(column='article_id') -%}
    {%- set batch = ref('int_article_batch') -%}
    {%- if is_incremental() -%}
        {{ column }} in (select article_id from {{ batch }})
    {%- else -%}
        1 = 1
    {%- endif -%}
{%- endmacro %}
