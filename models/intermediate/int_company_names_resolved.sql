{#-
    Every distinct company name the loaders wrote (mentions, fact candidates,
    plant candidates, agreement parties) -> one company.

    key          = company_key(name), group key = group_key(name)
                   (macros/company_names.sql; int_company_name_keys)
    seed company = the company_aliases row whose alias (or company_name) has the
                   same key, else the same group key ("Koc Group" -> Koc Holding)
    company_key  = key of the seed company's name, else the name's group key, so
                   that names differing only by a group word at the end are one
                   company ("Asaka Motors International" = "Asaka Motors")
    company_id   = md5 of company_key: stable across rebuilds and machines
    A name whose key is a seeds/non_companies.csv name (media, associations,
    brands, ...) is not a company (is_company = false, company_id NULL), unless
    company_aliases names it explicitly (by its key, not its group key). Names with an empty key are dropped.
    Rebuilt in full on every run: display names and home countries are counted
    over all articles.
-#}

with

name_occurrences as (

    select entity_name as company_name, country_code
    from {{ ref('stg_raw__mentions') }}
    where entity_type = 'company' and entity_name is not null

    union all

    select company_name, cast(null as {{ dbt.type_string() }}) as country_code
    from {{ ref('stg_raw__production_candidates') }}
    where company_name is not null

    union all

    select company_name, cast(null as {{ dbt.type_string() }}) as country_code
    from {{ ref('stg_raw__trade_candidates') }}
    where company_name is not null

    union all

    select company_name, cast(null as {{ dbt.type_string() }}) as country_code
    from {{ ref('stg_raw__plant_candidates') }}
    where company_name is not null

    union all

    select company_name, cast(null as {{ dbt.type_string() }}) as country_code
    from {{ ref('stg_raw__agreement_party_candidates') }}
    where party_type = 'company' and company_name is not null

),

names as (

    select
        company_name as name,
        count(*) as occurrences
    from name_occurrences
    group by company_name

),

keyed_names as (

    select
        n.name,
        n.occurrences,
        k.name_key,
        k.group_key,
        k.display_name
    from names as n
    inner join {{ ref('int_company_name_keys') }} as k
        on k.name = n.name

),

countries as (

    select country_code from {{ ref('countries') }}

),

-- seeds/company_aliases.csv: each company is also an alias of itself
seed_companies as (

    select
        a.company_name,
        max(k.country_code) as country_code
    from {{ ref('company_aliases') }} as a
    left join countries as k
        on k.country_code = a.country_code
    where a.company_name is not null
    group by a.company_name

),

seed_companies_keyed as (

    select
        company_name,
        country_code,
        {{ company_key('company_name') }} as company_key
    from seed_companies

),

seed_alias_names as (

    select alias as alias_name, company_name
    from {{ ref('company_aliases') }}
    where alias is not null and company_name is not null

    union

    select company_name as alias_name, company_name
    from seed_companies

),

seed_alias_words as (

    select
        {{ company_words('alias_name') }} as words,
        company_name
    from seed_alias_names

),

seed_alias_keys as (

    select
        {{ company_key_of_words('words') }} as alias_key,
        {{ group_key_of_words('words') }} as alias_group_key,
        company_name
    from seed_alias_words

),

-- one seed company per alias key (ambiguous keys: the first company name wins)
alias_resolution as (

    select alias_key, company_name
    from (
        select
            alias_key,
            company_name,
            row_number() over (partition by alias_key order by company_name) as rn
        from (select distinct alias_key, company_name from seed_alias_keys) as d
        where alias_key <> ''
    ) as ranked
    where rn = 1

),

-- the same by group key, for names no alias key matches
group_resolution as (

    select alias_group_key, company_name
    from (
        select
            alias_group_key,
            company_name,
            row_number() over (partition by alias_group_key order by company_name) as rn
        from (select distinct alias_group_key, company_name from seed_alias_keys) as d
        where alias_group_key <> ''
    ) as ranked
    where rn = 1

),

non_company_keys as (

    select distinct {{ company_key('name') }} as name_key
    from {{ ref('non_companies') }}
    where name is not null

),

resolved as (

    select
        k.name,
        k.occurrences,
        k.name_key,
        k.display_name,
        s.company_name as seed_company_name,
        s.country_code as seed_country_code,
        coalesce(s.company_key, k.group_key) as company_key,
        -- company_aliases lists the name itself, or non_companies does not
        a.company_name is not null or n.name_key is null as is_company
    from keyed_names as k
    left join alias_resolution as a
        on a.alias_key = k.name_key
    left join group_resolution as g
        on g.alias_group_key = k.group_key
    left join seed_companies_keyed as s
        on s.company_name = coalesce(a.company_name, g.company_name)
    left join non_company_keys as n
        on n.name_key = k.name_key
    where k.name_key <> ''

),

-- display name of a company: the seed's name when the articles write it so, else their most
-- frequent spelling ("KazMunaiGas" in a warehouse whose news never writes "KazMunayGas")
display_names as (

    select company_key, display_name
    from (
        select
            company_key,
            display_name,
            row_number() over (
                partition by company_key
                order by max(case when display_name = seed_company_name then 1 else 0 end) desc,
                         sum(occurrences) desc, length(display_name) desc, display_name
            ) as rn
        from resolved
        where is_company
        group by company_key, display_name
    ) as ranked
    where rn = 1

),

-- home country of a company not in the seed: the country the loaders most
-- often gave its mentions
mention_countries as (

    select company_key, country_code
    from (
        select
            r.company_key,
            o.country_code,
            row_number() over (
                partition by r.company_key
                order by count(*) desc, o.country_code
            ) as rn
        from name_occurrences as o
        inner join resolved as r
            on r.name = o.company_name
        where o.country_code in (select country_code from countries)
          and r.is_company
        group by r.company_key, o.country_code
    ) as ranked
    where rn = 1

),

companies as (

    select
        r.company_key,
        min(r.seed_company_name) as seed_company_name,
        min(r.seed_country_code) as seed_country_code
    from resolved as r
    where r.is_company
    group by r.company_key

),

final as (

    select
        r.name,
        r.name_key,
        r.is_company,
        case when r.is_company then md5(r.company_key) end as company_id,
        case when r.is_company then r.company_key end as company_key,
        -- the spelling the articles use most: the one an analyst reads in their news (the seed's
        -- canonical name stays in reference_name)
        case when r.is_company then coalesce(d.display_name, c.seed_company_name) end as company_name,
        case when r.is_company then c.seed_company_name end as reference_name,
        case when r.is_company then coalesce(c.seed_country_code, m.country_code) end as country_code,
        c.seed_company_name is not null as is_in_seed,
        r.occurrences
    from resolved as r
    left join companies as c
        on c.company_key = r.company_key
    left join display_names as d
        on d.company_key = r.company_key
    left join mention_countries as m
        on m.company_key = r.company_key

)

select * from final
