select
    cast(plant_id as varchar) as plant_id,
    cast(plant_name as varchar) as plant_name,
    cast(company_id as varchar) as company_id,
    cast(city as varchar) as city,
    cast(country_code as varchar) as country_code,
    cast(reference_count as integer) as reference_count
from {{ ref('int_plants_resolved') }}
