{#- Which entities each article mentions (fct_mention), by name. -#}

select
    m.article_id,
    a.title,
    a.published_date,
    a.source_name,
    a.url,
    m.entity_type,
    m.entity_id,
    case m.entity_type
        when 'company' then co.company_name
        when 'country' then c.country_name
        when 'plant' then p.plant_name
    end as entity_name,
    m.mention_count
from {{ ref('fct_mention') }} as m
left join {{ ref('dim_article') }} as a on a.article_id = m.article_id
left join {{ ref('dim_company') }} as co on m.entity_type = 'company' and co.company_id = m.entity_id
left join {{ ref('dim_country') }} as c on m.entity_type = 'country' and c.country_code = m.entity_id
left join {{ ref('dim_plant') }} as p on m.entity_type = 'plant' and p.plant_id = m.entity_id
