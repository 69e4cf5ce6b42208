{#-
    One row per production site (plant_id), from int_plant_references_keyed.
    plant_name: the most often stated name, else '<Company> <City> plant',
    else '<City> plant', else '<Company> plant'.
-#}

with

refs as (

    select * from {{ ref('int_plant_references_keyed') }}

),

companies as (

    select distinct company_id, company_name
    from {{ ref('int_company_names_resolved') }}
    where is_company

),

stated_names as (

    select plant_id, plant_name
    from (
        select
            plant_id,
            plant_name,
            row_number() over (
                partition by plant_id
                order by count(*) desc, length(plant_name) desc, plant_name
            ) as rn
        from refs
        where plant_name is not null
        group by plant_id, plant_name
    ) as ranked
    where rn = 1

),

city_names as (

    select plant_id, city
    from (
        select
            plant_id,
            city,
            row_number() over (partition by plant_id order by count(*) desc, city) as rn
        from refs
        where city is not null
        group by plant_id, city
    ) as ranked
    where rn = 1

),

plants as (

    select
        plant_id,
        min(plant_natural_key) as plant_natural_key,
        min(company_id) as company_id,
        min(country_code) as country_code,
        count(*) as reference_count
    from refs
    group by plant_id

),

final as (

    select
        p.plant_id,
        coalesce(
            n.plant_name,
            c.company_name || ' ' || ct.city || ' plant',
            ct.city || ' plant',
            c.company_name || ' plant'
        ) as plant_name,
        p.company_id,
        ct.city,
        p.country_code,
        p.plant_natural_key,
        p.reference_count
    from plants as p
    left join stated_names as n on n.plant_id = p.plant_id
    left join city_names as ct on ct.plant_id = p.plant_id
    left join companies as c on c.company_id = p.company_id

)

select * from final
