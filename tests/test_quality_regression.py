"""Quality regression: build one warehouse of every annotated corpus (evaluation.corpora) and
hold every figure of evaluation.score, per corpus, at or above its floor.

FLOORS is the one place the floors live. Keys are `Report.figures()` names;
`duplicate_companies` is a ceiling (at most), every other figure a floor (at least).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.corpora import annotated_corpora

ROOT = Path(__file__).resolve().parent.parent

FLOORS: dict[str, dict[str, float]] = {
    # measured on the dev corpus; the targets: F1 >= 0.85 per fact table,
    # companies >= 0.90, countries >= 0.95, attributes >= 0.90
    "dev": {
        "production_targets.f1": 1.0,
        "trade_volumes.f1": 1.0,
        "agreements.f1": 1.0,
        "companies.f1": 1.0,
        "countries.f1": 1.0,
        "plants.f1": 0.9,
        "production_targets.target_kind": 1.0,
        "trade_volumes.flow": 1.0,
        "trade_volumes.is_target": 1.0,
        "agreements.agreement_type": 1.0,
        "agreements.status": 1.0,
        "published_date": 1.0,
        "duplicate_companies": 0,       # ceiling: one company, one dim_company row
    },
    # the five seed articles; the target is F1 >= 0.9 per table
    "sample": {
        "production_targets.f1": 1.0,
        "trade_volumes.f1": 1.0,
        "agreements.f1": 1.0,
        "companies.f1": 1.0,
        "countries.f1": 1.0,
        "plants.f1": 0.8,
        "production_targets.target_kind": 1.0,
        "trade_volumes.flow": 1.0,
        "trade_volumes.is_target": 1.0,
        "agreements.agreement_type": 1.0,
        "agreements.status": 1.0,
        "published_date": 1.0,
        "duplicate_companies": 0,       # ceiling: one company, one dim_company row
    },
    # articles written without looking at the extractor, then used to find general rules it lacked
    "holdout": {
        # the Turkmengaz gas ('designed to add 10 bn m3 of annual production') is a change, not output
        "production_targets.f1": 0.995,
        "trade_volumes.f1": 0.98,
        "agreements.f1": 0.97,
        "companies.f1": 0.99,
        "countries.f1": 0.99,
        # 0.68 before companies were found by context: two more companies give the plant and
        # production extractors a second operator for one site (Ege Tekstil Sanayi beside
        # Bukhara Cotton Textile, Haval Motor Manufacturing Rus beside Great Wall Motor)
        "plants.f1": 0.71,
        "production_targets.target_kind": 1.0,
        "trade_volumes.flow": 0.98,
        "trade_volumes.is_target": 1.0,
        "agreements.agreement_type": 1.0,
        "agreements.status": 1.0,
        "published_date": 1.0,
        "duplicate_companies": 0,       # ceiling: one company, one dim_company row
    },
    # 50 denser articles (statistics releases, lists, tables, summits); first run before any work on
    # them: production 0.604, trade 0.513, agreements 0.753. The target (0.95) is not reached.
    "dev2": {
        "production_targets.f1": 0.96,
        "trade_volumes.f1": 0.915,
        "agreements.f1": 0.942,
        "companies.f1": 0.97,
        "countries.f1": 1.0,
        "production_targets.target_kind": 0.96,
        "trade_volumes.flow": 0.98,
        "trade_volumes.is_target": 0.99,
        "trade_volumes.period": 0.99,
        "agreements.agreement_type": 0.94,   # a draft protocol now typed protocol pairs with an FTA talks item
        "agreements.status": 0.95,
        "agreements.agreement_count": 1.0,
        "published_date": 0.96,         # two year-less datelines the gold leaves undated are now dated (the year is plain: see extraction/pipeline.py)
        "duplicate_companies": 1,       # ceiling: Tulpar Motors, "what was then called the Altyn Tulpar ... plant"
    },
    # fresh set A (25): first run production 0.423, trade 0.689, agreements 0.863
    "dev3": {
        "production_targets.f1": 0.99,
        "trade_volumes.f1": 0.931,
        "agreements.f1": 0.96,
        "companies.f1": 1.0,
        "countries.f1": 1.0,
        "trade_volumes.period": 0.987,
        "agreements.agreement_count": 1.0,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set B (25): first run production 0.727, trade 0.663, agreements 0.893
    "dev4": {
        "production_targets.f1": 0.96,
        "trade_volumes.f1": 0.94,
        "agreements.f1": 0.96,
        "companies.f1": 0.978,
        "countries.f1": 1.0,
        "trade_volumes.period": 0.95,
        "agreements.agreement_count": 0.96,
        "published_date": 0.92,         # as dev2: two year-less datelines the gold leaves undated
        "duplicate_companies": 0,
    },
    # fresh set C (25): first run production 0.826, trade 0.794, agreements 0.757
    "dev5": {
        "production_targets.f1": 0.975,
        "trade_volumes.f1": 0.932,          # 0.924 before the trade paraphrase forms (x9-trade2)
        "agreements.f1": 0.94,
        "companies.f1": 0.99,
        "countries.f1": 1.0,
        "trade_volumes.period": 0.94,
        "agreements.agreement_count": 0.94,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set D (25): first run (main 24a0d2f) production 0.917, trade 0.787, agreements 0.884;
    # with this round's rules, still unseen: 0.917, 0.806, 0.884 (floors: after tuning on it)
    "dev6": {
        "production_targets.f1": 0.975,
        "trade_volumes.f1": 0.95,
        "agreements.f1": 0.975,
        "companies.f1": 0.96,
        "countries.f1": 1.0,
        "trade_volumes.period": 0.98,      # 51/52
        "agreements.agreement_count": 0.99,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set E (26): first run (main d73344d) production 0.558, trade 0.777, agreements 0.696,
    # companies 0.806; with the session's other rounds, still unseen by them: 0.622, 0.788, 0.723, 0.795
    "dev7": {
        "production_targets.f1": 1.0,       # 0.941 before a year referred to ("in its first year") was read; 0.980 before a list line's own words (lists.line_topic)
        "trade_volumes.f1": 0.93,
        "agreements.f1": 0.96,
        "companies.f1": 0.97,
        "countries.f1": 0.99,
        "trade_volumes.period": 0.97,
        "agreements.agreement_count": 1.0,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    "dev8": {
        "production_targets.f1": 0.98,
        "trade_volumes.f1": 0.953,
        "agreements.f1": 0.98,
        "companies.f1": 0.987,
        "countries.f1": 0.99,
        "trade_volumes.period": 0.99,
        "agreements.agreement_count": 1.0,
        "published_date": 0.961,
        "duplicate_companies": 0,
    },
    # fresh set G (26): first run production 0.727, trade 0.652, agreements 0.814 (0.749 trade at the end
    # of the session that wrote it, still unseen)
    "dev9": {
        "production_targets.f1": 0.983,     # session 31: a power plant's installed capacity is read, and Nurek's
                                            # 3,000 MW takes its contractor's country (1.0 before; 0.933 before a
                                            # year referred to and a range's period were read)
        "trade_volumes.f1": 0.9,            # 0.883 after round 2 (x5-trade), 0.900 with the paraphrase forms
        "agreements.f1": 0.949,             # 0.967 before a venture whose plant opens was no deal (g1_07: the
                                            # wording dev17 o2_02 and dev12 j2_04 record no row for)
        "companies.f1": 0.95,           # 0.809 before companies were read from lists and compound names
        "countries.f1": 0.99,
        "trade_volumes.period": 0.98,
        "agreements.agreement_count": 0.99,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set H (26): first run production 0.571, trade 0.751, agreements 0.913
    "dev10": {
        "production_targets.f1": 0.93,      # 0.931 once goods of any name after a verb of making count
        "trade_volumes.f1": 0.945,          # 0.948 after the passive-verb subject rule (x7-periods)
        "agreements.f1": 0.95,
        "companies.f1": 0.977,          # session 31: 0.970 before the articles' spelling of a seed company;
                                        # 0.864 before companies were read from lists and compound names
        "countries.f1": 0.99,
        "trade_volumes.period": 0.95,       # 117/122: more rows matched since session 22, 5 periods wrong
        "agreements.agreement_count": 0.99,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set I (26): first run production 0.833, trade 0.567, agreements 0.717, companies 0.800;
    # at the end of the session that wrote it, still unseen: 0.833 / 0.670 / 0.764 / 0.814
    "dev11": {
        # tuned on in session 23 (one round per area): 0.967 / 0.882 / 0.903 / 0.945
        "production_targets.f1": 0.96,
        "trade_volumes.f1": 0.88,
        "agreements.f1": 0.90,
        "companies.f1": 0.96,           # session 31: 0.953 before oil and gas name nothing alone
        "countries.f1": 0.99,
        "trade_volumes.period": 0.92,       # 97/105 (was 61/73: 32 more trade rows matched)
        "agreements.agreement_count": 0.92,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set J (26, with interviews, key-figure boxes, year-column tables, timelines, captions and
    # correction notes): first run production 0.533, trade 0.905, agreements 0.828, companies 0.829;
    # at the end of the session that wrote it, still unseen: 0.533 / 0.916 / 0.828 / 0.829
    "dev12": {
        # tuned on in session 24: electricity (kWh) as output, goods of any name, labelled periods
        "production_targets.f1": 0.75,
        "trade_volumes.f1": 0.975,          # 0.969 once a column of parts ("of which ...") left a table a table;
                                            # 0.9756 with a figure's own clause period, periods stated above, TMT
        "agreements.f1": 0.928,             # 0.828 before no-deal words, dated-line signings, likely awards;
                                            # 0.912 before a venture named as a producer was no deal
        "companies.f1": 0.945,              # 0.829 before local names told by what they are, series numbers
        "countries.f1": 1.0,
        "trade_volumes.period": 1.0,        # 78/78
        "trade_volumes.is_target": 1.0,     # 80/80 ("push trade up to $1 billion")
        "agreements.agreement_count": 1.0,
        "published_date": 1.0,
        "duplicate_companies": 0,
    },
    # fresh set K (26, a realistic mix: plant news, trade releases, summits, no-fact articles): first run
    # production 0.739, trade 0.902, agreements 0.857, companies 0.746; at the end of the session that
    # wrote it, still unseen: 0.739 / 0.902 / 0.857 / 0.754
    "dev13": {
        "production_targets.f1": 0.979,     # 0.739 at its first run; tuned on in session 25 (24/25: 0.9796)
        "production_targets.target_kind": 1.0,
        "trade_volumes.f1": 0.978,
        "agreements.f1": 1.0,              # session 27 (c2): 20 tp, 0 fp (was 0.952)
        "companies.f1": 0.916,              # 0.944 in a warehouse of its own: beside the other corpora
                                            # dim_company shows "Hayat" and "KazMunayGas" (other articles'
                                            # spellings) for the gold's "Hayat Holding" and "KazMunaiGas"
        "countries.f1": 0.99,
        "trade_volumes.period": 1.0,        # 62/62
        "agreements.agreement_count": 1.0,  # 20/20
        "published_date": 1.0,
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set L (26, written blind in session 25, layouts the earlier sets lacked): first run
    # production 0.812, trade 0.709, agreements 0.976, companies 0.756; at the end of that session,
    # still unseen: 0.812 / 0.709 / 0.976 / 0.814
    "dev14": {
        "production_targets.f1": 0.939,
        "trade_volumes.f1": 0.925,
        "agreements.f1": 1.0,               # session 26 (n3): 20/20, no false row
        "companies.f1": 0.934,              # session 28 (c28): 0.913 before former names keep their name
        "countries.f1": 1.0,
        "trade_volumes.period": 0.986,      # 73/74
        "agreements.agreement_count": 0.95,  # 19/20
        "published_date": 1.0,              # 26/26 (session 26: a headline strip's date)
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set M (26, written blind in session 26, an ordinary feed's layouts): first run production
    # 0.655, trade 0.623, agreements 0.909, companies 0.884; at the end of that session, still unseen:
    # 0.655 / 0.719 / 0.909 / 0.884 (the floors below)
    "dev15": {
        "production_targets.f1": 0.933,     # session 27 (p1, p2): 0.655 before the production mechanisms
        "trade_volumes.f1": 0.92,           # session 27 (t1): 0.719 before
        "agreements.f1": 1.0,               # session 27 (c1): 0.909 before ended deals and package breakdowns
        "companies.f1": 0.975,              # session 27 (c1): 0.884 before
        "countries.f1": 0.995,
        "trade_volumes.period": 1.0,        # 52/52
        "agreements.agreement_count": 1.0,  # 15/15
        "published_date": 0.961,            # 25/26 (session 27: a dotted time, a dateline's weekday and year)
        "duplicate_companies": 1,       # ceiling: BYD / BYD Pakistan (a maker and its local arm stay two)
    },
    # fresh set N (26, written blind in session 27 with set M's brief): first run production 0.783, trade
    # 0.730, agreements 0.789, companies 0.837; at the end of that session, still unseen:
    # 0.783 / 0.819 / 0.789 / 0.837 (the floors below)
    "dev16": {
        "production_targets.f1": 0.857,     # session 31: 0.851 before a power plant's capacity; session 28 (p28): 0.783 before dates in a subject's apposition, 'best-selling', follow-on output
        "trade_volumes.f1": 0.941,          # session 31: 0.878 before ranking tables with a partner column per
                                            # flow, goods shipped "there", taxes and gaps; session 30: 0.824 before a buyer named between, a speaker's "our trade";
                                            # session 28 (r28): 0.819 before a restated percentage compared is a change
        "agreements.f1": 0.937,             # session 28 (a28): 0.789 before holdings, hopes and deliveries under deals
        "companies.f1": 0.952,              # session 28 (c28): 0.837 before former names, an operator not its refinery, events
        "countries.f1": 0.99,
        "trade_volumes.flow": 0.986,        # 71/72; 64/68 before roles after figures, a partner buying after 'with'
        "trade_volumes.period": 0.97,       # 73/75 (session 31: 8 more rows matched); 65/67; 57/63 before fiscal years named by their end or '2021-22'
        "agreements.agreement_count": 0.933,  # 14/15
        "published_date": 1.0,              # 26/26 (session 29: a lead's weekday moves a year-less dateline's year)
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set O (26, written blind in session 28 with set N's brief): first run production 0.439, trade
    # 0.867, agreements 0.810, companies 0.839; at the end of that session, still unseen:
    # 0.439 / 0.867 / 0.810 / 0.887 (the floors below)
    "dev17": {
        "production_targets.f1": 0.975,     # session 31: 0.923 before installed capacity in MW, bottles; session 29: 0.439 before a supplying plant is no site, present capacity dated, dateline years, power stations' kWh and Gcal
        "trade_volumes.f1": 0.915,          # session 29 (r29): 0.867 before totals without partner, buyer's view, earlier releases
        "agreements.f1": 0.918,             # 0.810 before ventures at work, expiries, office forms and
                                            # unnamed documents ahead were no deals (fp 6 -> 1)
        "companies.f1": 0.943,              # session 31: 0.927 before the articles' spelling of seed companies; session 30: 0.918 before Belarusian legal forms; session 29: 0.887 before a person after a title of a place, 'Group of Seven'; 0.902 before 'X-<country>'; 0.911 before one carmaker's two local names
        "countries.f1": 1.0,
        "trade_volumes.flow": 0.984,        # 64/65; 60/62 before
        "trade_volumes.period": 1.0,        # 62/62; 56/59 before
        "agreements.agreement_count": 0.941,  # 16/17
        "published_date": 1.0,              # 26/26; 23/26 before a release's dashed date, a lead's weekday
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set P (26, written blind in session 29 with set O's brief): first run (e97fdae) and end of
    # that session (2685f85), still unseen, the same: 0.833 / 0.949 / 0.950 / 0.897 (the floors below)
    "dev18": {
        "production_targets.f1": 0.864,     # 16/0/5; session 30: 0.833 before an output clause is no trade
        "trade_volumes.f1": 0.982,          # session 31: 0.977 before "which is $X, or Y%, more than"; session 30: 0.948 before "the latter", "and Kyrgyzstan just"
        "agreements.f1": 0.95,              # 19/1/1
        "companies.f1": 0.912,              # 26/3/2; session 30: 0.896 before "Sazgar ... Engineering Works Limited"
        "countries.f1": 0.99,
        "trade_volumes.flow": 1.0,          # 85/85
        "trade_volumes.period": 0.925,      # 75/81 (74/79 before: two more rows matched, one period wrong)
        "agreements.agreement_count": 0.947,  # 18/19
        "published_date": 0.961,            # 25/26
        "duplicate_companies": 1,       # ceiling: "China Petroleum & Chemical" and "Sinopec"
    },
    # fresh set Q (26, written blind in session 29 with set P's brief), scored once on that session's
    # final code (2685f85): 0.611 / 0.787 / 1.000 / 0.811 (the floors below)
    "dev19": {
        "production_targets.f1": 0.918,     # session 31: 0.888 before installed capacity in MW; session 30: 0.611 before a lead's period, a compared base's
                                            # period, goods listed after goods, smelting
        "trade_volumes.f1": 0.888,          # 56/5/9; session 30: 0.786 before a digest's stories, a list of takers
        "agreements.f1": 1.0,               # 14/0/0
        "companies.f1": 0.906,              # session 31: 0.880 before "the Russian Kalashnikov Concern"; session 30: 0.81 before combines, '(Private) Limited', filmmakers
        "countries.f1": 1.0,
        "trade_volumes.flow": 1.0,          # 56/56
        "trade_volumes.period": 0.962,      # 51/53; 40/45 before
        "agreements.agreement_count": 1.0,  # 14/14
        "published_date": 1.0,              # 26/26
        "duplicate_companies": 1,       # ceiling: "Uzkhimprom" and "Uzkimyosanoat" (a former name)
    },
    # fresh set R (26, written blind in session 30 before its changes): first run (d8f127b) 0.800 /
    # 0.874 / 0.882 / 0.852; at the end of that session (433381d), still unseen: the floors below
    "dev20": {
        "production_targets.f1": 0.816,     # session 31: 0.800 before output across two years, "the figure was"
        "trade_volumes.f1": 0.906,          # session 31: 0.880 before a heading's ", USD" unit slot
        "agreements.f1": 0.882,             # 15/3/1
        "companies.f1": 0.886,              # session 31: 0.852 before the articles' spelling of seed companies
        "countries.f1": 1.0,
        "trade_volumes.flow": 0.945,        # 70/74
        "trade_volumes.period": 0.946,      # 71/75; 67/71 in session 30; 54/71 before months before a year pair, the Afghan solar
                                            # year, year rows under a heading of half a year
        "agreements.agreement_count": 0.933,  # 14/15
        "published_date": 1.0,              # 26/26
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set S (26, written blind in session 30 while it tuned), scored once on that session's final
    # code (433381d): the floors below
    "dev21": {
        "production_targets.f1": 0.952,     # session 31: 0.742 before plans told by their goods, "dug", a mine that delivered
        "trade_volumes.f1": 0.858,          # session 31: 0.828 before a ranking led by a partner, total exports
        "agreements.f1": 0.903,             # 14/1/2
        "companies.f1": 0.878,              # session 31: 0.843 before "State Oil Company of ...", "Oil and Gas"
        "countries.f1": 1.0,
        "trade_volumes.flow": 0.951,        # 78/82
        "trade_volumes.period": 0.95,       # 77/81; 74/78 in session 30; 69/78 before the Afghan solar year
        "agreements.agreement_count": 1.0,  # 14/14
        "published_date": 1.0,              # 26/26
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set T (26, written blind at the start of session 31): first run on the code that session
    # started from (842562a) 0.632 / 0.855 / 0.941 / 0.870; tuned on since, the floors below
    "dev22": {
        "production_targets.f1": 0.918,     # 0.632 first run
        "trade_volumes.f1": 0.916,          # 0.855 first run
        "agreements.f1": 0.941,
        "companies.f1": 0.934,              # 0.870 first run
        "countries.f1": 1.0,
        "trade_volumes.period": 0.923,      # 60/65
        "agreements.agreement_count": 0.937,  # 15/16
        "published_date": 0.961,            # 25/26: a dateline with no year and no other date on the page
        "duplicate_companies": 0,       # ceiling
    },
    # fresh set U (26, written blind at the start of session 31, read only after its rules were done):
    # first run on that session's final code (a24d855), the floors below
    "dev23": {
        "production_targets.f1": 0.781,
        "trade_volumes.f1": 0.887,
        "agreements.f1": 0.96,
        "companies.f1": 0.781,              # 0.769 first run, before an acronym joined the name it spells
        "countries.f1": 0.989,
        "trade_volumes.period": 0.905,      # 48/53
        "agreements.agreement_count": 1.0,  # 12/12
        "published_date": 1.0,              # 26/26
        "duplicate_companies": 0,       # ceiling (1 at the first run: "TALCO", "Tajik Aluminium")
    },
}

# every annotated corpus: the sample, the holdout written blind, dev2 and the fresh sets (each written
# from real facts without looking at the extractor and added after its first run: its README says how)
CORPORA = annotated_corpora(ROOT)
CEILINGS = {"duplicate_companies"}


@pytest.fixture(scope="module")
def corpus_reports():
    """Every corpus built into one warehouse (one dbt build) and scored on its own articles."""
    from evaluation.corpora import score_corpora

    return score_corpora(CORPORA)


def _shortfalls(report, floors: dict[str, float]) -> list[str]:
    from evaluation.score import format_report

    figures = report.figures()
    out = []
    for name, floor in floors.items():
        value = figures[name]
        ok = value <= floor if name in CEILINGS else value >= floor
        if not ok:
            sign = "<=" if name in CEILINGS else ">="
            out.append(f"{name} = {value:.3f}, want {sign} {floor}")
    if out:
        out.append(format_report(report, verbose=True))
    return out


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_quality_holds_its_floors(corpus_reports, name):
    report = corpus_reports[name]
    assert report.articles_scored == len(list((CORPORA[name] / "gold").glob("*.json")))
    shortfalls = _shortfalls(report, FLOORS[name])
    assert not shortfalls, "\n".join(shortfalls)


def test_every_corpus_has_floors_and_every_floor_a_corpus():
    assert set(FLOORS) == set(CORPORA)


def test_floor_names_are_report_figures():
    from evaluation.score import Report

    names = set(Report(warehouse="", gold_dir="").figures())
    for floors in FLOORS.values():
        assert set(floors) <= names
