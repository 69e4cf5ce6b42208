with

names as (

    select * from {{ ref('int_company_names_resolved') }}
    where is_company

),

companies as (

    select
        company_id,
        min(company_name) as company_name,
        min(country_code) as country_code,
        min(company_key) as company_key,
        max(case when is_in_seed then 1 else 0 end) = 1 as is_in_seed,
        count(*) as spelling_count
    from names
    group by company_id

)

select
    cast(company_id as {{ dbt.type_string() }}) as company_id,
    cast(company_name as {{ dbt.type_string() }}) as company_name,
    cast(country_code as {{ dbt.type_string() }}) as country_code,
    cast(company_key as {{ dbt.type_string() }}) as company_key,
    cast(is_in_seed as boolean) as is_in_seed,
    cast(spelling_count as integer) as spelling_count
from companies
