{#-
    Country mentions -> ISO country code. The loader already gives country_code;
    it is kept when seeds/countries.csv knows it, else the mention's name is
    looked up in seeds/country_aliases.csv and seeds/countries.csv (case-insensitive,
    unambiguous aliases only). Mentions that resolve to no country are dropped.
    is_implied: found through a city or region name (var implied_country_vias):
    the article implies the country without naming it.
-#}

with

mentions as (

    select * from {{ ref('stg_raw__mentions') }}
    where entity_type = 'country'

),

countries as (

    select country_code, country_name from {{ ref('countries') }}

),

name_lookup as (

    select lower(trim(alias)) as name_lc, country_code
    from {{ ref('country_aliases') }}
    where alias is not null

    union

    select lower(trim(country_name)) as name_lc, country_code
    from countries
    where country_name is not null

),

unambiguous_names as (

    select name_lc, min(country_code) as country_code
    from name_lookup
    where country_code in (select country_code from countries)
    group by name_lc
    having count(distinct country_code) = 1

),

resolved as (

    select
        m.article_id,
        m.sentence_no,
        m.char_start,
        m.char_end,
        m.surface,
        m.entity_name,
        m.via,
        m.country_code as loader_country_code,
        coalesce(k.country_code, n.country_code) as country_code,
        {% set implied_vias = var('implied_country_vias', []) -%}
        {% if implied_vias -%}
        coalesce(m.via in ({% for v in implied_vias %}{{ sql_string(v) }}{% if not loop.last %}, {% endif %}{% endfor %}), false)
        {%- else -%}
        false
        {%- endif %} as is_implied
    from mentions as m
    left join countries as k
        on k.country_code = m.country_code
    left join unambiguous_names as n
        on n.name_lc = lower(m.entity_name)

)

select * from resolved
where country_code is not null
