"""Countries, companies and places named in an article (rules + seed gazetteers, no model).

Only capitalised words can start a name, so the scan looks at those (one cheap
regex) and reads the words around them lazily. Every gazetteer is matched at
once, leftmost-longest: countries, places, companies and non-companies share
one dict keyed by concatenated token keys (see `extraction.reference`), so
"Saryarka AvtoProm", "SaryarkaAutoProm" and "SARYARKA AVTOPROM" meet. Then runs
of capitalised words (joined by spaces, hyphens, "&", "of", "for", "and", and
"va"/"ve" inside names from the region) are read for companies nobody listed, by
the named rules of `company_rules` (each with a table of examples in
tests/test_company_rules.py):

- a legal form before or after a name: "Avtosanoat Invest LLC", "PJSC KAMAZ",
  "Ege Tekstil Sanayi A.Ş.";
- a company head word at the end: "Fujian Hengwang Investment", "East Hope
  Group", "Minsk Tractor Works", "X Machine-Building Plant", "X Systems KZ" (the
  name needs one distinctive word, or a country's name in front: "Kazakhstan
  Engineering"; "Working Group" or "Chinese Investment" are not companies; a
  plant named by its industry alone needs three words after "the" inside a
  sentence: "the Electric Locomotive Assembly Plant");
- a known company or a brand followed by a country or place: "Kia Qazaqstan",
  "Lada Kazakhstan"; a brand with a head word: "Exeed International"; a known
  group's name with another line of business: "Samsung Engineering" (not "Kia
  Motors"); two known names joined by a hyphen and called a company: "the joint
  venture MAZ-Weichai";
- context: "the Chinese automaker X", "the Uzbek car importer X", "X, a
  subsidiary of ...", "X, Azerbaijan's largest bus operator", "X is the largest
  company ...", "X - a joint venture", "the X plant", "X's new factory", "the X
  investment fund", "the chairman of X", "a joint venture between X and Y",
  "US-based X", "X, part of the Y Group", "licensors in Denmark (X, for ...)",
  "X and Y supplied the technology", "X won the tender", "- X - a plant for ..."
  or "4. X - a plant" opening a list line, "- X. The Tajik company ..."; a name ending with an organisation's head ("... Textile Park")
  is a company when an appositive calls it one ("..., an enterprise that");
- a place or head word in brackets inside a name: "Zhongtai (Dangara) New Silk
  Road Textile Company", "Xinjiang Zhongtai (Group) Co., Ltd."; a letter or a
  number after "Group" labels a draw ("Group F"), no company;
- a name found this way is found again without its legal form
  ("SamAvto JV LLC" ... "SamAvto buses"); a bare name and the one longer name
  that only adds head words and legal forms are one company ("Kumtor" ...
  "Kumtor Gold Company");
- a former name is the same company: "X, later renamed Y", "Y (formerly X)", "Y
  grew out of X", "... the company was renamed Y" give every X the name Y;
- "Full Name (ABBR)" defines ABBR: other "ABBR"s get name = the full name
  (via 'abbreviation'); "the ... factory (SemAZ)" names a company "SemAZ".

The package, in the order `analysis.analyse` runs it:

- `tokens`: capitalised words, gazetteer hits and the document they sit in;
- `gazetteer`: every seed alias, leftmost-longest; `legal`: legal forms as
  written, attached to known names;
- `companies`: the rules for companies nobody listed; `repeats` and
  `abbreviations`: names found again in other forms; `renames`: former names;
- `places`: countries and places outside company names; `names`: surfaces as
  names; `lookup`: look-ups by name for the other steps of extraction;
- `vocabulary`: the English word lists every rule reads.

Decisions (documented because gold depends on them):

- A country counts when named by name, demonym or capital (via 'name',
  'demonym', 'capital'). Cities and regions give a `Place`, not a country.
- A country word inside an organisation's name counts for nothing: "Iran
  Khodro", "Development Bank of Kazakhstan", "Uzbekistan 24". A one-word country
  name right after an unexplained capitalised word is another name too ("New
  Jersey", "Michael Jordan"); capitals are not held to that ("Pakhtakor
  Tashkent" names Uzbekistan's capital, and gold treats such cases as optional).
- Non-companies (seed `non_companies`: media, associations, government,
  universities, events, sports, projects, brands, multi-country regions) are
  recognised so that they block both company and country readings; a brand
  yields no mention (`brand_maker` tells its maker).
- Persons: runs holding a title (President, Minister, CEO, chairman ...) are
  not companies, and "Chairman of X" keeps only X. Organisations (ministries,
  agencies, committees, ports, universities, festivals: `vocabulary.ORG_HEADS`)
  and geographic names (a valley, a sea) are not companies, unless a legal form
  such as "LLC" closes the name ("... Port Construction and Operation Co.,
  Ltd."); nor are supranational adjectives with generic words ("Turkic Auto
  Industry").
- A named plant that is an enterprise ("Ganja Automobile Plant", "Minsk
  Tractor Works", "Khorezm Automobile Production Union": an industry word before
  Plant, Works, Factory, Combine, or "Production Union/Association") is a
  company mention, as the annotated corpora record it: such plants are
  enterprises and sign, produce and export under that name; the plant facts
  record the site. When the text names the plant's operator by a possessive
  ("Haval's Tula Automobile Plant"), the plant is the operator's site and no
  company mention; an operator named with "the X plant" or "X's plant" is the
  company. A seed alias ("Gorky Automobile Plant" -> GAZ) resolves a plant name
  to its operator in dbt.
- Headline-like lines (title case, no final stop) only yield companies by legal
  form: every word is capitalised there.
- Company head words that are not legal forms (Motors, Group, Holding,
  Investment ...) and the other word lists of `vocabulary` are English
  grammar, kept in code; facts about entities live in the seeds.
- A mention's span includes a trailing possessive; `name` drops it and a
  leading "the". A company's `country_code` comes from the gazetteer, else from
  a country in its name ("Geely Tajikistan"), else from context ("China's X",
  "the Kazakh company X", "X, a Chinese carmaker").
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields
from operator import attrgetter

from extraction.entities.analysis import analyse
from extraction.entities.lookup import (brand_maker, country_code_for, country_name, country_region, non_company_kind,
                                        place_for, resolve_company)
from extraction.entities.names import clean_name, core_end_of
from extraction.records import Mention, Place, Sentence
from extraction.reference import company_key

__all__ = ["find_mentions", "find_places", "company_key", "country_code_for", "country_name",
           "country_region", "resolve_company", "brand_maker", "non_company_kind", "place_for"]


def _sentence_no(starts: tuple[int, ...], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def find_mentions(text: str, sentences: list[Sentence]) -> list[Mention]:
    """Country and company mentions, in text order."""
    starts = tuple(s.start for s in sentences)
    companies, countries, _ = analyse(text, starts)
    out: list[Mention] = []
    for h in countries:
        out.append(_mention("country", _sentence_no(starts, h.start), h.start, h.end, text[h.start:h.end],
                            clean_name(text[h.start:core_end_of(text, h)]), h.entry.code, h.entry.sub))
    for h in companies:
        out.append(_mention("company", _sentence_no(starts, h.start), h.start, h.end, text[h.start:h.end],
                            h.name, h.code, h.via))
    out.sort(key=_BY_SPAN)
    return out


_BY_SPAN = attrgetter("start", "end")


def find_places(text: str, sentences: list[Sentence]) -> list[Place]:
    """Cities, capitals and regions, with canonical name and country."""
    starts = tuple(s.start for s in sentences)
    _, _, places = analyse(text, starts)
    return [_place(_sentence_no(starts, h.start), h.start, h.end, h.entry.label, h.entry.code) for h in places]


# Mention(...) and Place(...) without the frozen-dataclass __init__, which sets each field
# through object.__setattr__ and costs about twice as much; the objects are the same
# (equal, same repr, hash and pickle). The asserts keep the field lists in step.
_new_object = object.__new__
assert tuple(f.name for f in fields(Mention)) == (
    "entity_type", "sentence_no", "start", "end", "surface", "name", "country_code", "via")
assert tuple(f.name for f in fields(Place)) == ("sentence_no", "start", "end", "name", "country_code")


def _mention(entity_type, sentence_no, start, end, surface, name, country_code, via) -> Mention:
    m = _new_object(Mention)
    m.__dict__.update(entity_type=entity_type, sentence_no=sentence_no, start=start, end=end,
                      surface=surface, name=name, country_code=country_code, via=via)
    return m


def _place(sentence_no, start, end, name, country_code) -> Place:
    p = _new_object(Place)
    p.__dict__.update(sentence_no=sentence_no, start=start, end=end, name=name, country_code=country_code)
    return p
