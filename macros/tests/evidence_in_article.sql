{#-
    Fails for every row whose evidence (the sentence that states the fact) is
    not found verbatim in its article's cleaned text, or whose article is missing.
-#}
{% test evidence_in_article(model, column_name, article_id_column='article_id') %}
    select
        f.{{ article_id_column }} as article_id,
        f.{{ column_name }} as evidence
    from {{ model }} as f
    left join {{ ref('stg_raw__articles') }} as a
        on a.article_id = f.{{ article_id_column }}
    where f.{{ column_name }} is not null
      and (a.article_id is null or strpos(a.article_text, f.{{ column_name }}) = 0)
{% endtest %}
