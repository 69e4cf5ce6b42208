{#-
    Company name resolution. Loaders write names as written; these macros turn a
    name into a key so that spellings of one company meet:

        company_key("UzAvtoSanoat JSC") = company_key("Uzavtosanoat") = 'uzautosanoat'
        group_key("Koc Group") = group_key("Koc Holding") = 'koc'

    The seeds are read at run time (seed_rows), so an analyst who edits
    seeds/legal_forms.csv, seeds/group_words.csv or seeds/name_variants.csv and
    rebuilds changes the keys. These macros own the rule; extraction/reference.py
    computes the same keys in Python for recognition, step for step, and
    tests/test_company_keys.py runs both on every seed alias and corpus name.
-#}

{#- Regex class of characters that are not letters or digits (any script). -#}
{% macro non_alnum_class() -%}[^\p{L}\p{N}]{%- endmacro %}


{#-
    A seed column as normalized words ("Co., Ltd." -> "co ltd", "A.Ş." -> "a s"),
    longest first: lower case, the literal (metacharacter-free) name variants
    replaced in order (longest pattern first), non-alphanumerics -> one space.
-#}
{% macro seed_words(seed_name, column, rows=none) -%}
    {%- set rows = rows if rows is not none else seed_rows(seed_name, [column], column) -%}
    {%- set variants = seed_rows('name_variants', ['pattern', 'replacement'], 'length(pattern) desc, pattern') -%}
    {%- set metachars = '.^$*+?()[]{}|\\' -%}
    {%- set pairs = [] -%}
    {%- set seen = [] -%}
    {%- for row in rows if row[0] -%}
        {%- set ns = namespace(w=row[0] | lower) -%}
        {%- for v in variants if v[0] -%}
            {%- set literal = namespace(ok=true) -%}
            {%- for ch in v[0] if ch in metachars -%}{%- set literal.ok = false -%}{%- endfor -%}
            {%- if literal.ok -%}
                {%- set ns.w = ns.w | replace(v[0], v[1] or '') -%}
            {%- endif -%}
        {%- endfor -%}
        {%- set w = modules.re.sub('[\\W_]+', ' ', ns.w) | trim -%}
        {%- if w and w not in seen -%}
            {%- do seen.append(w) -%}
            {%- do pairs.append((w | length, w)) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set words = [] -%}
    {%- for p in pairs | sort(reverse=true) -%}
        {%- do words.append(p[1]) -%}
    {%- endfor -%}
    {{ return(words) }}
{%- endmacro %}


{#-
    seeds/group_words.csv as [(min_words_before, normalized words longest first)],
    fewest words first: a group word counts only after at least that many words
    ("LG International" keeps its key, "Asaka Motors International" loses it).
-#}
{% macro group_word_sets() -%}
    {%- set rows = seed_rows('group_words', ['group_word', 'coalesce(min_words_before, 1)'], 'group_word') -%}
    {%- set counts = [] -%}
    {%- for row in rows if row[1] | int not in counts -%}{%- do counts.append(row[1] | int) -%}{%- endfor -%}
    {%- set sets = [] -%}
    {%- for n in counts | sort -%}
        {%- set words = seed_words('group_words', 'group_word', rows | selectattr(1, 'equalto', n) | list) -%}
        {%- if words -%}{%- do sets.append((n, words)) -%}{%- endif -%}
    {%- endfor -%}
    {{ return(sets) }}
{%- endmacro %}


{#- seeds/legal_forms.csv as normalized words, longest first. -#}
{% macro legal_form_words() -%}
    {{ return(seed_words('legal_forms', 'legal_form')) }}
{%- endmacro %}


{#-
    name_variants_sql(expr): seeds/name_variants.csv applied to a (lower-cased)
    SQL expression. `pattern` is a regular expression; every match becomes
    `replacement` (empty = removed). To keep the SQL shallow (deeply nested calls
    defeat SQL parsers such as sqlglot), one-character literal patterns with a
    replacement of at most one character go into a single translate(), and the
    other patterns are grouped by replacement into one regexp alternation each
    (longest pattern first).
-#}
{% macro name_variants_sql(expr) -%}
    {%- set rows = seed_rows('name_variants', ['pattern', 'replacement'], 'length(pattern) desc, pattern') -%}
    {%- set metachars = '.^$*+?()[]{}|\\' -%}
    {%- set tr = namespace(src='', dst='', dropped='') -%}
    {%- set groups = {} -%}
    {%- set order = [] -%}
    {%- for row in rows if row[0] -%}
        {%- set pattern = row[0] -%}
        {%- set replacement = row[1] or '' -%}
        {%- if pattern | length == 1 and pattern not in metachars and replacement | length <= 1
              and pattern not in tr.src and pattern not in tr.dropped -%}
            {%- if replacement -%}
                {%- set tr.src = tr.src ~ pattern -%}
                {%- set tr.dst = tr.dst ~ replacement -%}
            {%- else -%}
                {%- set tr.dropped = tr.dropped ~ pattern -%}
            {%- endif -%}
        {%- else -%}
            {%- if replacement not in groups -%}
                {%- do groups.update({replacement: []}) -%}
                {%- do order.append(replacement) -%}
            {%- endif -%}
            {%- do groups[replacement].append(pattern) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set ns = namespace(sql=expr) -%}
    {%- if tr.src or tr.dropped -%}
        {%- set ns.sql = 'translate(' ~ ns.sql ~ ', ' ~ sql_string(tr.src ~ tr.dropped) ~ ', ' ~ sql_string(tr.dst) ~ ')' -%}
    {%- endif -%}
    {%- for replacement in order -%}
        {%- set patterns = groups[replacement] -%}
        {%- set alternation = patterns[0] if patterns | length == 1 else '(?:' ~ patterns | join('|') ~ ')' -%}
        {%- set ns.sql = regexp_replace_all(ns.sql, sql_string(alternation), sql_string(replacement)) -%}
    {%- endfor -%}
    {{ return(ns.sql) }}
{%- endmacro %}


{#-
    company_words(expr): the words of a company name that count for its keys,
    between spaces (SQL expression):
      1. lower-case and trim;
      2. apply seeds/name_variants.csv (name_variants_sql);
      3. runs of non-alphanumerics become one space, and every legal form of
         seeds/legal_forms.csv is removed where it stands as whole words
         ("saryarka autoprom llp" -> " saryarka autoprom ").
-#}
{% macro company_words(expr) -%}
    {%- set forms = legal_form_words() -%}
    {%- set ns = namespace(sql=name_variants_sql('lower(trim(' ~ expr ~ '))')) -%}
    {%- set ns.sql = "' ' || " ~ regexp_replace_all(ns.sql, sql_string(non_alnum_class() ~ '+'), "' '") ~ " || ' '" -%}
    {%- if forms -%}
        {#- twice: a match consumes its trailing space, so "x jsc llc" needs a second pass for "llc" -#}
        {%- for _ in range(2) -%}
            {%- set ns.sql = regexp_replace_all(ns.sql, sql_string(' (' ~ forms | join('|') ~ ') '), "' '") -%}
        {%- endfor -%}
    {%- endif -%}
    {{ ns.sql }}
{%- endmacro %}


{#-
    company_key(expr): the resolution key of a company name: its company_words
    with everything that is not a letter or a digit (any script) removed.
    A name that is only a legal form (or only punctuation) gets the key ''.
    company_key_of_words(words): the same from company_words already computed.
-#}
{% macro company_key(expr) -%}
    {{ company_key_of_words(company_words(expr)) }}
{%- endmacro %}

{% macro company_key_of_words(words) -%}
    {{ regexp_replace_all(words, sql_string(non_alnum_class() ~ '+'), "''") }}
{%- endmacro %}


{#-
    group_key(expr): the company key without the words of seeds/group_words.csv
    at its end ("Koc Group", "Koc Holding" -> 'koc'; "Asaka Motors International"
    -> 'asakamotors'): names that differ only there are one company. A name made
    only of group words keeps its company key.
    group_key_of_words(words): the same from company_words already computed.
-#}
{% macro group_key(expr) -%}
    {{ group_key_of_words(company_words(expr)) }}
{%- endmacro %}

{% macro group_key_of_words(words) -%}
    {%- set sets = group_word_sets() -%}
    {%- if sets -%}
    {%- set ns = namespace(sql=words) -%}
    {%- for n, groups in sets -%}
        {%- set alt = '(?: (?:' ~ groups | join('|') ~ '))+ $' -%}
        {%- if n <= 1 -%}
            {%- set ns.sql = regexp_replace_all(ns.sql, sql_string(alt), "' '") -%}
        {%- else -%}
            {%- set ns.sql = regexp_replace_all(ns.sql, sql_string('^((?: [^ ]+){' ~ n ~ ',}?)' ~ alt), sql_string('\\1 ')) -%}
        {%- endif -%}
    {%- endfor -%}
    coalesce(nullif({{ company_key_of_words(ns.sql) }}, ''), {{ company_key_of_words(words) }})
    {%- else -%}
    {{ company_key_of_words(words) }}
    {%- endif -%}
{%- endmacro %}


{#-
    display_company_name(expr): a name as written without a leading or trailing
    legal form and without double quotes ('JSC "Uzavtosanoat"' -> 'Uzavtosanoat',
    'Saryarka AvtoProm LLP' -> 'Saryarka AvtoProm'). Falls back to the trimmed
    name when nothing would be left.
-#}
{% macro display_company_name(expr) -%}
    {%- set forms = legal_form_words() -%}
    {%- set sep = non_alnum_class() ~ '+' -%}
    {%- set ns = namespace(sql=regexp_replace_all('trim(' ~ expr ~ ')', sql_string('["“”„«»]'), "''")) -%}
    {%- if forms -%}
        {%- set alternation = [] -%}
        {%- for w in forms -%}
            {%- do alternation.append(w | replace(' ', sep)) -%}
        {%- endfor -%}
        {%- set alt = '(?:' ~ alternation | join('|') ~ ')' -%}
        {%- set ns.sql = regexp_replace_all(ns.sql, sql_string('(?i)^' ~ alt ~ sep), "''") -%}
        {%- for _ in range(2) -%}
            {%- set ns.sql = regexp_replace_all(ns.sql, sql_string('(?i)' ~ sep ~ alt ~ non_alnum_class() ~ '*$'), "''") -%}
        {%- endfor -%}
    {%- endif -%}
    coalesce(nullif(trim({{ ns.sql }}), ''), trim({{ expr }}))
{%- endmacro %}
