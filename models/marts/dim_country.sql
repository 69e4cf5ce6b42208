select
    cast(upper(trim(country_code)) as varchar) as country_code,
    cast(country_name as varchar) as country_name,
    cast(region as varchar) as region
from {{ ref('countries') }}
