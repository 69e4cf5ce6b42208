{#-
    The English three-letter name of a date's month ('Jan' ... 'Dec'), as
    DuckDB's strftime('%b') and Spark's date_format('MMM') write it (neither
    depends on the machine's locale).
-#}
{% macro month_abbreviation(date) -%}
    {{ return(adapter.dispatch('month_abbreviation')(date)) }}
{%- endmacro %}

{% macro default__month_abbreviation(date) -%}
    strftime({{ date }}, '%b')
{%- endmacro %}

{% macro spark__month_abbreviation(date) -%}
    date_format({{ date }}, 'MMM')
{%- endmacro %}
