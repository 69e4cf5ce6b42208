with

names as (

    select * from {{ ref('int_company_names_resolved') }}
    where is_company

),

-- seeds/company_former_names.csv: a name a company carried before it was renamed
-- is a company of its own, as the article wrote it; it points to the later one
former_names as (

    select
        {{ company_key('former_name') }} as former_key,
        min(company_name) as later_name,
        min({{ company_key('company_name') }}) as later_key
    from {{ ref('company_former_names') }}
    where former_name is not null and company_name is not null
    group by 1

),

renamed as (

    select
        n.company_id,
        min(f.later_name) as later_name,
        min(f.later_key) as later_key
    from names as n
    inner join former_names as f
        on f.former_key = n.name_key
    group by n.company_id

),

companies as (

    select
        company_id,
        min(company_name) as company_name,
        min(reference_name) as reference_name,
        min(country_code) as country_code,
        min(company_key) as company_key,
        max(case when is_in_seed then 1 else 0 end) = 1 as is_in_seed,
        count(*) as spelling_count
    from names
    group by company_id

)

select
    cast(c.company_id as {{ dbt.type_string() }}) as company_id,
    cast(c.company_name as {{ dbt.type_string() }}) as company_name,
    cast(c.country_code as {{ dbt.type_string() }}) as country_code,
    cast(c.company_key as {{ dbt.type_string() }}) as company_key,
    cast(c.is_in_seed as boolean) as is_in_seed,
    cast(c.spelling_count as integer) as spelling_count,
    cast(r.later_name as {{ dbt.type_string() }}) as later_name,
    cast(md5(r.later_key) as {{ dbt.type_string() }}) as later_company_id,
    cast(c.reference_name as {{ dbt.type_string() }}) as reference_name
from companies as c
left join renamed as r
    on r.company_id = c.company_id
