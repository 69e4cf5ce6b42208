{#-
    Every reference to a production site: plant candidates, and production
    candidates that state a plant city. Grain: source_kind x article_id x fact_no.

    Natural key of a plant: (operator company key or none, city, country); a
    reference with neither operator nor city is keyed by its stated name.
    Within one article, a reference that lacks the operator, the city or the
    country takes them from the article's only fully stated plant compatible
    with it (e.g. "the plant in Kostanay" -> the Kia Qazaqstan plant in Kostanay
    named earlier). A missing country is also taken from the city
    (seeds/country_aliases.csv, unambiguous city/region aliases).
    A production figure with a plant city but no company belongs to the
    article's only plant candidate in that city; with several there, it has no
    plant (rather than a made-up operator-less one).
    plant_id = md5 of the natural key: stable across rebuilds and machines.
    Incremental: every step above looks within one article only.
-#}

with

references_union as (

    select
        'plant' as source_kind,
        article_id,
        fact_no,
        sentence_no,
        plant_name,
        company_name,
        city,
        country_code
    from {{ ref('stg_raw__plant_candidates') }}
    where {{ in_article_batch('article_id') }}

    union all

    select
        'production' as source_kind,
        article_id,
        fact_no,
        sentence_no,
        cast(null as {{ dbt.type_string() }}) as plant_name,
        company_name,
        plant_city as city,
        country_code
    from {{ ref('stg_raw__production_candidates') }}
    where plant_city is not null
      and {{ in_article_batch('article_id') }}

),

countries as (

    select country_code from {{ ref('countries') }}

),

city_countries as (

    select lower(trim(alias)) as city_key, min(country_code) as country_code
    from {{ ref('country_aliases') }}
    where alias_kind in ('city', 'region')
      and country_code in (select country_code from countries)
    group by lower(trim(alias))
    having count(distinct country_code) = 1

),

companies as (

    select name, company_id, company_key, company_name
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

stated as (

    select
        r.source_kind,
        r.article_id,
        r.fact_no,
        r.sentence_no,
        r.plant_name,
        r.company_name as company_name_as_written,
        c.company_key,
        r.city,
        lower(r.city) as city_key,
        coalesce(k.country_code, cc.country_code) as country_code
    from references_union as r
    left join companies as c
        on c.name = r.company_name
    left join countries as k
        on k.country_code = r.country_code
    left join city_countries as cc
        on cc.city_key = lower(r.city)

),

-- fully stated plants of each article
complete as (

    select
        article_id,
        company_key,
        city_key,
        country_code
    from stated
    where company_key is not null and city_key is not null and country_code is not null
    group by article_id, company_key, city_key, country_code

),

fills as (

    select
        s.source_kind,
        s.article_id,
        s.fact_no,
        min(c.company_key) as company_key,
        min(c.city_key) as city_key,
        min(c.country_code) as country_code
    from stated as s
    inner join complete as c
        on c.article_id = s.article_id
       and (s.company_key is null or s.company_key = c.company_key)
       and (s.city_key is null or s.city_key = c.city_key)
       and (s.country_code is null or s.country_code = c.country_code)
    where (s.company_key is null or s.city_key is null or s.country_code is null)
      and (s.company_key is not null or s.city_key is not null)
    group by s.source_kind, s.article_id, s.fact_no
    having count(*) = 1

),

filled as (

    select
        s.source_kind,
        s.article_id,
        s.fact_no,
        s.sentence_no,
        s.plant_name,
        s.company_name_as_written,
        s.city,
        coalesce(s.company_key, f.company_key) as company_key,
        coalesce(s.city_key, f.city_key) as city_key,
        coalesce(s.country_code, f.country_code) as country_code,
        lower({{ regexp_replace_all('s.plant_name', sql_string(non_alnum_class() ~ '+'), "''") }}) as plant_name_key
    from stated as s
    left join fills as f
        on f.source_kind = s.source_kind
       and f.article_id = s.article_id
       and f.fact_no = s.fact_no

),

keyed as (

    select
        *,
        coalesce(company_key, '') || '|' || coalesce(city_key, '') || '|' || coalesce(country_code, '')
        || case when company_key is null and city_key is null then '|' || plant_name_key else '' end
            as plant_natural_key
    from filled
    where company_key is not null
       or city_key is not null
       or coalesce(plant_name_key, '') <> ''

),

-- production figures that state a plant city but no company: when the article
-- names exactly one plant in that city, the figure is about that plant; when it
-- names several, the plant is unknown (no reference); otherwise the figure's
-- own key (an operator-less plant in that city) stands.
production_matches as (

    select
        k.source_kind,
        k.article_id,
        k.fact_no,
        count(distinct p.plant_natural_key) as plant_count,
        min(p.plant_natural_key) as plant_natural_key
    from keyed as k
    inner join keyed as p
        on p.article_id = k.article_id
       and p.source_kind = 'plant'
       and p.city_key = k.city_key
       and (k.country_code is null or p.country_code is null or p.country_code = k.country_code)
    where k.source_kind = 'production'
    group by k.source_kind, k.article_id, k.fact_no

),

chosen as (

    select
        k.source_kind,
        k.article_id,
        k.fact_no,
        k.sentence_no,
        k.plant_name,
        k.company_name_as_written,
        k.city,
        case
            when k.source_kind = 'plant' then k.plant_natural_key
            when k.company_key is not null then k.plant_natural_key
            when m.plant_count = 1 then m.plant_natural_key
            when m.plant_count >= 2 then null
            else k.plant_natural_key
        end as plant_natural_key
    from keyed as k
    -- equality on source_kind (m has production rows only) rather than a
    -- filter on k alone: DuckDB plans that as a nested-loop join (minutes at 100k articles)
    left join production_matches as m
        on m.source_kind = k.source_kind
       and m.article_id = k.article_id
       and m.fact_no = k.fact_no

),

-- the key determines the plant's operator, city and country
key_attributes as (

    select distinct plant_natural_key, company_key, city_key, country_code
    from keyed

),

final as (

    select
        c.source_kind,
        c.article_id,
        c.fact_no,
        c.sentence_no,
        md5('plant|' || c.plant_natural_key) as plant_id,
        c.plant_natural_key,
        c.plant_name,
        c.company_name_as_written,
        case when a.company_key is not null then md5(a.company_key) end as company_id,
        a.company_key,
        c.city,
        a.city_key,
        a.country_code,
        b.load_id
    from chosen as c
    inner join key_attributes as a
        on a.plant_natural_key = c.plant_natural_key
    {{ join_article_batch('c.article_id') }}

)

select * from final
