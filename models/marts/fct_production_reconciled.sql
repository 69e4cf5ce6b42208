{#-
    One right number per subject, year, kind and unit: the production figures
    of fct_production_target reconciled. Grain: subject_level x subject_id x
    country_code x target_year x target_kind x standard unit.

    Rules (docs: models/marts/_marts__models.yml):
      - a figure is about one subject: a plant, else a company in a country,
        else a country (fct_production_target.subject_level); levels never add
        into each other, so a plant's figure is not in its company's row;
      - the best figure: a whole-year figure beats a partial one, a longer
        period beats a shorter one, and among equals the most recently
        published statement wins (then the article, then the first sentence);
      - has_conflict: statements of the chosen figure's own period differ by
        more than 1 % (highest > 1.01 x lowest).
    Cross-article: a table rebuilt on every run.
-#}

with

statements as (

    select
        production_target_id,
        article_id,
        sentence_no,
        published_date,
        subject_level,
        case subject_level
            when 'plant' then plant_id
            when 'company' then company_id
            else country_code
        end as subject_id,
        country_code,
        company_id,
        plant_id,
        target_year,
        target_kind,
        standard_unit,
        standard_quantity,
        qualifier,
        product_category,
        covered_start,
        covered_end,
        period_months,
        is_whole_year,
        period_label
    from {{ ref('fct_production_target') }}
    where subject_level is not null

),

keyed as (

    select
        *,
        {{ surrogate_key([
            'subject_level', 'subject_id', 'country_code', 'target_year', 'target_kind', 'standard_unit'
        ]) }} as production_reconciled_id
    from statements

),

ranked as (

    select
        *,
        row_number() over (
            partition by production_reconciled_id
            order by
                is_whole_year desc,
                period_months desc nulls last,
                published_date desc nulls last,
                article_id,
                sentence_no,
                production_target_id
        ) as figure_rank
    from keyed

),

chosen as (

    select * from ranked where figure_rank = 1

),

-- the statements of the chosen figure's own period: the figures that compete with it
same_period as (

    select
        r.production_reconciled_id,
        count(*) as period_statement_count,
        min(r.standard_quantity) as min_quantity,
        max(r.standard_quantity) as max_quantity
    from ranked as r
    inner join chosen as c
        on c.production_reconciled_id = r.production_reconciled_id
       and c.period_label = r.period_label
       and c.covered_start is not distinct from r.covered_start
       and c.covered_end is not distinct from r.covered_end
    group by r.production_reconciled_id

),

behind as (

    select
        production_reconciled_id,
        count(*) as statement_count,
        count(distinct article_id) as article_count,
        {{ sorted_array_agg('production_target_id') }} as production_target_ids
    from ranked
    group by production_reconciled_id

)

select
    cast(c.production_reconciled_id as {{ dbt.type_string() }}) as production_reconciled_id,
    cast(c.subject_level as {{ dbt.type_string() }}) as subject_level,
    cast(c.subject_id as {{ dbt.type_string() }}) as subject_id,
    cast(c.country_code as {{ dbt.type_string() }}) as country_code,
    cast(c.company_id as {{ dbt.type_string() }}) as company_id,
    cast(c.plant_id as {{ dbt.type_string() }}) as plant_id,
    cast(c.target_year as integer) as target_year,
    cast(c.target_kind as {{ dbt.type_string() }}) as target_kind,
    cast(c.standard_unit as {{ dbt.type_string() }}) as unit,
    cast(c.standard_quantity as double) as quantity,
    cast(c.qualifier as {{ dbt.type_string() }}) as qualifier,
    cast(c.product_category as {{ dbt.type_string() }}) as product_category,
    cast(c.covered_start as date) as covered_start,
    cast(c.covered_end as date) as covered_end,
    cast(c.period_months as integer) as period_months,
    cast(c.is_whole_year as boolean) as is_whole_year,
    cast(c.period_label as {{ dbt.type_string() }}) as period_label,
    cast(c.production_target_id as {{ dbt.type_string() }}) as production_target_id,
    cast(c.article_id as {{ dbt.type_string() }}) as article_id,
    cast(c.published_date as date) as published_date,
    cast(b.statement_count as integer) as statement_count,
    cast(b.article_count as integer) as article_count,
    cast(s.period_statement_count as integer) as period_statement_count,
    cast(s.min_quantity as double) as min_quantity,
    cast(s.max_quantity as double) as max_quantity,
    cast(s.max_quantity > 1.01 * s.min_quantity as boolean) as has_conflict,
    cast(b.production_target_ids as {{ type_string_array() }}) as production_target_ids
from chosen as c
inner join behind as b
    on b.production_reconciled_id = c.production_reconciled_id
inner join same_period as s
    on s.production_reconciled_id = c.production_reconciled_id
