select
    cast(plant_id as {{ dbt.type_string() }}) as plant_id,
    cast(plant_name as {{ dbt.type_string() }}) as plant_name,
    cast(company_id as {{ dbt.type_string() }}) as company_id,
    cast(city as {{ dbt.type_string() }}) as city,
    cast(country_code as {{ dbt.type_string() }}) as country_code,
    cast(reference_count as integer) as reference_count
from {{ ref('int_plants_resolved') }}
