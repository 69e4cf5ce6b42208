{#-
    What a fact measures, as SQL expressions shared by the fact models:
    the period a figure covers (period_months, is_whole_year, period_label)
    and the product category of a product name (seeds/product_categories.csv).
-#}

{#- Months covered by [start, end] (both dates), rounded: Jan-Apr = 4, Jan-Nov = 11, a year = 12. -#}
{% macro period_months(start, end) -%}
    cast(round((date_diff('day', {{ start }}, {{ end }}) + 1) / 30.4375) as integer)
{%- endmacro %}


{#- Whether [start, end] is exactly one calendar year (1 January to 31 December). -#}
{% macro covers_whole_year(start, end) -%}
    ({{ start }} = make_date(extract(year from {{ start }}), 1, 1)
     and {{ end }} = make_date(extract(year from {{ start }}), 12, 31))
{%- endmacro %}


{#-
    A short name for [start, end]: '2023' for a calendar year, 'Jan-Nov 2022'
    or 'Apr 2023' for whole months of one year, else the two ISO dates.
-#}
{% macro period_label(start, end) -%}
    case
        when {{ start }} is null or {{ end }} is null then null
        when {{ covers_whole_year(start, end) }}
            then cast(extract(year from {{ start }}) as varchar)
        when extract(day from {{ start }}) = 1 and {{ end }} = last_day({{ end }})
             and extract(year from {{ start }}) = extract(year from {{ end }})
            then case
                when extract(month from {{ start }}) = extract(month from {{ end }})
                    then strftime({{ end }}, '%b %Y')
                else strftime({{ start }}, '%b') || '-' || strftime({{ end }}, '%b %Y')
            end
        when {{ start }} = {{ end }} then strftime({{ start }}, '%Y-%m-%d')
        else strftime({{ start }}, '%Y-%m-%d') || '..' || strftime({{ end }}, '%Y-%m-%d')
    end
{%- endmacro %}


{#-
    product_category(expr): the category of a product name, from
    seeds/product_categories.csv: the first pattern (by priority) that matches
    the lower-cased name as whole words ("tyres for passenger cars" -> tyres,
    priority 10, before cars). NULL when none matches or the name is NULL.
    The seed is read at run time (seed_rows), so an edited CSV and a rebuild
    change the categories.
-#}
{% macro product_category(expr) -%}
    {%- set rows = seed_rows('product_categories', ['pattern', 'product_category'], 'priority, product_category') -%}
    {%- if rows | length == 0 -%}
        cast(null as varchar)
    {%- else -%}
        case
        {%- for row in rows if row[0] %}
            when regexp_matches(lower({{ expr }}), {{ sql_string('\\b(?:' ~ row[0] ~ ')\\b') }}) then {{ sql_string(row[1]) }}
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
