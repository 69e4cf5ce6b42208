{#-
    What a fact measures, as SQL expressions shared by the fact models:
    the period a figure covers (period_months, is_whole_year, period_label)
    and the product category of a product name (seeds/product_categories.csv).
    Engine-neutral (dbt.datediff, month_abbreviation, regexp_contains): the
    same values on DuckDB and Spark.
-#}

{#- Months covered by [start, end] (both dates), rounded: Jan-Apr = 4, Jan-Nov = 11, a year = 12. -#}
{% macro period_months(start, end) -%}
    cast(round(({{ dbt.datediff(start, end, 'day') }} + 1) / 30.4375) as integer)
{%- endmacro %}


{#- Whether [start, end] is exactly one calendar year (1 January to 31 December). -#}
{% macro covers_whole_year(start, end) -%}
    (extract(month from {{ start }}) = 1 and extract(day from {{ start }}) = 1
     and extract(month from {{ end }}) = 12 and extract(day from {{ end }}) = 31
     and extract(year from {{ start }}) = extract(year from {{ end }}))
{%- endmacro %}


{#-
    A short name for [start, end]: '2023' for a calendar year, 'Jan-Nov 2022'
    or 'Apr 2023' for whole months of one year, else the two ISO dates.
-#}
{% macro period_label(start, end) -%}
    {%- set year_of = 'cast(extract(year from ' ~ end ~ ') as ' ~ dbt.type_string() ~ ')' -%}
    case
        when {{ start }} is null or {{ end }} is null then null
        when {{ covers_whole_year(start, end) }}
            then {{ year_of }}
        when extract(day from {{ start }}) = 1 and {{ end }} = last_day({{ end }})
             and extract(year from {{ start }}) = extract(year from {{ end }})
            then case
                when extract(month from {{ start }}) = extract(month from {{ end }})
                    then {{ month_abbreviation(end) }} || ' ' || {{ year_of }}
                else {{ month_abbreviation(start) }} || '-' || {{ month_abbreviation(end) }} || ' ' || {{ year_of }}
            end
        when {{ start }} = {{ end }} then cast({{ start }} as {{ dbt.type_string() }})
        else cast({{ start }} as {{ dbt.type_string() }}) || '..' || cast({{ end }} as {{ dbt.type_string() }})
    end
{%- endmacro %}


{#-
    product_key(expr): a product name as a fact's key reads it: lower-cased and
    trimmed, NULL for a label that names every product (seeds/product_totals.csv:
    "Total", "all types"), so a total is keyed like a figure with no product.
-#}
{% macro product_key(expr) -%}
    {%- set totals = seed_rows('product_totals', ['product'], 'product') | map(attribute=0) | list -%}
    case
        {%- if totals %}
        when lower(trim({{ expr }})) in ({% for t in totals %}{{ sql_string(t) }}{{ ", " if not loop.last }}{% endfor %}) then null
        {%- endif %}
        else lower(trim({{ expr }}))
    end
{%- endmacro %}


{#-
    with_product_key(relation, figure_columns): the rows of `relation` with
    product_key, the product part of a fact's natural key. Two products of the
    same figure are two facts; a row that names no product (or a total) takes
    the one product its figure (`figure_columns`, the rest of the key) was
    stated with, so a restatement without it stays one fact with it.
-#}
{% macro with_product_key(relation, figure_columns) -%}
    select
        *,
        coalesce(
            named_product,
            case when min(named_product) over same_figure = max(named_product) over same_figure
                then max(named_product) over same_figure
            end
        ) as product_key
    from (select *, {{ product_key('product') }} as named_product from {{ relation }}) as named
    window same_figure as (partition by {{ figure_columns | join(', ') }})
{%- endmacro %}


{#-
    product_category(expr): the category of a product name, from
    seeds/product_categories.csv: the first pattern (by priority) that matches
    the lower-cased name as whole words ("tyres for passenger cars" -> tyres,
    priority 10, before cars). NULL when none matches or the name is NULL.
    The seed is read at run time (seed_rows), so an edited CSV and a rebuild
    change the categories.
    Whole words are bounded by a character that is not an ASCII letter, digit
    or '_' (or the end of the text), spelled out rather than `\b`: RE2
    (DuckDB) and Java (Spark, before JDK 19) disagree on whether a non-ASCII
    letter is a word character ('écars' has the word 'cars' for one of them).
-#}
{% macro product_category(expr) -%}
    {%- set rows = seed_rows('product_categories', ['pattern', 'product_category'], 'priority, product_category') -%}
    {%- if rows | length == 0 -%}
        cast(null as {{ dbt.type_string() }})
    {%- else -%}
        case
        {%- for row in rows if row[0] %}
            when {{ regexp_contains('lower(' ~ expr ~ ')', sql_string('(?:^|[^a-z0-9_])(?:' ~ row[0] ~ ')(?:[^a-z0-9_]|$)')) }}
                then {{ sql_string(row[1]) }}
        {%- endfor %}
        end
    {%- endif -%}
{%- endmacro %}


{#-
    An agreement count, except that a count equal to the year of signing or of
    publication ("signed in 2022" read as 2022 agreements) is taken as a year
    misread as a count, and counts as 1.
-#}
{% macro agreement_count_checked(count, signed_date, published_date) -%}
    case
        when {{ count }} between 1900 and 2100
         and ({{ count }} = extract(year from {{ signed_date }}) or {{ count }} = extract(year from {{ published_date }}))
            then 1
        else {{ count }}
    end
{%- endmacro %}
