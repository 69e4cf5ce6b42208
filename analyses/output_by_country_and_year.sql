-- Vehicle output by country and year: one right number per country and year.
-- Only statements about a country as a whole count (subject_level = 'country');
-- plants and companies are parts of it and never add into it. Each row is the
-- reconciled figure: a whole-year figure beats a part-year one (period_label says
-- which), and conflicting statements are flagged.
-- depends_on: {{ ref('production_output') }}
select
    country_name,
    target_year as year,
    sum(quantity) as vehicles,
    period_label,
    bool_or(has_conflict) as has_conflict,
    sum(statement_count) as statements
from analyst.production_output
where subject_level = 'country'
  and target_kind = 'actual'
  and unit = 'vehicles'
  and target_year is not null
group by country_name, target_year, period_label
order by country_name, year
