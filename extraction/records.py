"""Records passed between the extraction steps and written to the `raw` schema.

Every extraction step is a pure function that returns these dataclasses, so it
can be tested without a database. `raw_store` turns them into rows; the field
names are the raw column names.

Offsets (`start`, `end`) are character offsets into `CleanArticle.text`, the
article text after web debris was removed; `text[start:end]` is verbatim.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SourceDocument:
    """One article as read from disk, before cleaning."""
    path: str                      # path as given (relative to the corpus dir when possible)
    file_name: str                 # base name of the file ("foo.txt"; "foo.jsonl#12" for line 12)
    text: str                      # decoded text
    title: str | None = None       # metadata from .jsonl, when given
    url: str | None = None
    published_date: date | None = None
    source: str | None = None
    encoding: str = "utf-8"        # how the bytes were decoded


@dataclass(frozen=True)
class LoadError:
    """A file or line that could not be loaded, and why."""
    path: str
    reason: str                    # short code: empty, binary, too_large, bad_json, no_text, undecodable, unreadable
    detail: str                    # human sentence naming what was wrong


@dataclass(frozen=True)
class CleanArticle:
    """The article after debris removal, with the metadata found in its text."""
    article_id: str                # sha256 of the normalized text (first 16 hex chars)
    text: str                      # cleaned text; all offsets point into it
    title: str | None
    published_date: date | None
    dateline: str | None           # "BAKU", "TASHKENT", ... when the article opens with one
    source: str | None             # media outlet when stated ("Trend", "CentralAsiaWire")


@dataclass(frozen=True)
class Sentence:
    sentence_no: int               # 0-based, in text order
    start: int
    end: int
    text: str                      # == article.text[start:end]


@dataclass(frozen=True)
class Mention:
    """An entity named in the text."""
    entity_type: str               # 'company' | 'country'
    sentence_no: int
    start: int
    end: int
    surface: str                   # verbatim text[start:end]
    name: str                      # the name to resolve: surface without possessive/legal noise,
                                   # or the full name an abbreviation stands for in this article
    country_code: str | None       # country mentions: ISO alpha-2; companies: home country when known
    via: str                       # 'name' | 'demonym' | 'capital' | 'city' | 'gazetteer' | 'pattern' | 'abbreviation'


@dataclass(frozen=True)
class Place:
    """A city or region named in the text (for plants and datelines)."""
    sentence_no: int
    start: int
    end: int
    name: str                      # canonical city/region name ("Kostanay" for "Kostanai")
    country_code: str


@dataclass(frozen=True)
class Quantity:
    """A number with its unit as stated in a sentence."""
    start: int                     # offsets into the sentence text
    end: int
    surface: str
    value: float                   # scaled: "$1.2bn" -> 1.2e9
    unit: str | None               # ISO 4217 code for money, else 'vehicles', 'tonnes', 'units', 'documents', ...
    is_money: bool
    qualifier: str | None          # 'over' | 'up_to' | 'about' | 'under' | None
    unit_noun: str | None = None   # the noun that followed, as written ("cars", "tractors")
    range_bound: str | None = None  # 'low' | 'high' for an end of a range ("700-800 cars"), else None


@dataclass(frozen=True)
class FiscalYear:
    """A fiscal year as written, before the reporting state's fiscal calendar places it: "FY2021-22"
    (first 2021, last 2022), "fiscal year 2023" (first None, last 2023), "July-March of FY2022-23"
    (months (7, 3))."""
    first: int | None              # the first calendar year a split label names
    last: int                      # the year the label ends with
    months: tuple[int, int] | None = None   # a span of months inside it


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None
    year: int | None
    precision: str | None          # 'day' | 'month' | 'quarter' | 'half' | 'year' | 'range' | None
    # a fiscal year (or months of one): start and end read it as calendar years until the
    # reporter's fiscal calendar is known (periods.in_fiscal_calendar)
    fiscal: FiscalYear | None = None


@dataclass
class ProductionCandidate:
    sentence_no: int
    evidence: str                  # sentence text, verbatim
    quantity: float
    unit: str                      # 'vehicles', 'tonnes', 'units', 'tyres', 'tractors', ...
    qualifier: str | None
    company_name: str | None       # name to resolve (as in Mention.name)
    plant_city: str | None         # canonical place name
    country_code: str | None       # where production happens
    target_year: int | None
    period_start: date | None
    period_end: date | None
    basis: str                     # 'annual' | 'total'
    target_kind: str               # 'plan' | 'capacity' | 'actual'
    product: str | None
    range_bound: str | None = None # 'low' | 'high': one end of a stated range ("4,000-5,000 cars")


@dataclass
class TradeCandidate:
    sentence_no: int
    evidence: str
    reporter_country_code: str | None
    partner_country_code: str | None
    company_name: str | None
    flow: str                      # 'export' | 'import' | 'turnover'
    product: str | None
    amount: float
    unit: str                      # ISO 4217 or 'tonnes', 'liters', 'vehicles', 'units', ...
    is_money: bool
    qualifier: str | None
    period_start: date | None
    period_end: date | None
    is_target: bool
    range_bound: str | None = None # 'low' | 'high': one end of a stated range ("$5-6 billion")


@dataclass
class AgreementCandidate:
    sentence_no: int
    evidence: str
    agreement_type: str            # memorandum | agreement | joint_venture | contract | partnership | action_plan | program | roadmap | treaty | declaration | joint_project | protocol | acquisition
    status: str                    # signed | proposed | negotiating
    signed_date: date | None       # first day of the most precise period known
    date_precision: str | None     # 'day' | 'month' | 'year' | None
    agreement_count: int           # >= 1
    value_amount: float | None     # as stated, scaled
    value_currency: str | None     # ISO 4217
    subject: str | None
    party_companies: list[str] = field(default_factory=list)   # names to resolve
    party_countries: list[str] = field(default_factory=list)   # ISO alpha-2


@dataclass
class PlantCandidate:
    sentence_no: int
    evidence: str
    plant_name: str | None
    company_name: str | None
    city: str | None
    country_code: str | None


@dataclass
class Facts:
    production: list[ProductionCandidate] = field(default_factory=list)
    trade: list[TradeCandidate] = field(default_factory=list)
    agreements: list[AgreementCandidate] = field(default_factory=list)
    plants: list[PlantCandidate] = field(default_factory=list)


@dataclass
class ArticleRows:
    """Everything one article contributes to the raw schema."""
    source: SourceDocument
    article: CleanArticle
    sentences: list[Sentence]
    mentions: list[Mention]
    facts: Facts
