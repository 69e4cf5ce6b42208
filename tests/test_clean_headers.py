"""Headers and publication dates: invented page layouts, with the title and date an analyst
would record (None where the page gives none)."""
from datetime import date

import pytest

from extraction.clean import clean_article
from extraction.header import parse_date_line, read_dateline, read_meta_line
from extraction.records import SourceDocument

BODY = "The plant in Jizzakh started assembling buses on Monday, the company said."
WIRE = "JIZZAKH - " + BODY


def clean(text: str):
    return clean_article(SourceDocument(path="x.txt", file_name="x.txt", text=text))


# name, page, title, publication date
LAYOUTS = [
    # a line under the headline: date and time with a section, place or reading time
    ("numeric date, time, section", f"Bus plant opens in Jizzakh\n\n18.05.2024 09:40 | Auto\n\n{WIRE}",
     "Bus plant opens in Jizzakh", date(2024, 5, 18)),
    ("long date, time, place", f"Tractor exports double\n\n13 June 2024, 16:40 | Bishkek\n\n{BODY}",
     "Tractor exports double", date(2024, 6, 13)),
    ("date, time, section with pipes", f"Truck maker widens range\n\n29.09.2023 | 14:20 | Economy\n\n{WIRE}",
     "Truck maker widens range", date(2023, 9, 29)),
    ("date, time, places with slashes", f"Dump trucks head south\n\n14.09.2018 09:56 / Belarus / Uzbekistan\n\n{BODY}",
     "Dump trucks head south", date(2018, 9, 14)),
    ("date and reading time", f"Cement output climbs\n\n12 May 2024 · 4 min read\n\n{BODY}",
     "Cement output climbs", date(2024, 5, 12)),
    ("byline, reading time, date on three lines",
     f"Cement output climbs in Khatlon\n\nBy Aigerim Sadykova\n5 min read\nJune 4, 2024\n\n{BODY}",
     "Cement output climbs in Khatlon", date(2024, 6, 4)),
    ("date, place and counters", f"Grain corridor reopens\n\nMon, 13 May 2024 / Economy / 1,204 views\n\n{BODY}",
     "Grain corridor reopens", date(2024, 5, 13)),
    ("date, place, comments", f"Grain corridor reopens\n\n18 May 2024 | Uzbekistan | 3 comments\n\n{BODY}",
     "Grain corridor reopens", date(2024, 5, 18)),
    ("time zone in brackets", f"Rail deal signed\n\nPublished 18 May 2024, 09:40 (UTC+5)\n\n{BODY}",
     "Rail deal signed", date(2024, 5, 18)),
    ("date at a time of day", f"Rail deal signed\n\nMay 3, 2024 at 10:15 am\n\n{BODY}",
     "Rail deal signed", date(2024, 5, 3)),
    ("view counter after the time", f"Wagon works expands\n\n06.11.2024, 09:30    1452\n\n{BODY}",
     "Wagon works expands", date(2024, 11, 6)),
    # "Published" and "Updated": the published date wins wherever the two stand
    ("published then updated, one line", f"Gas deal extended\n\nPublished: 03.04.2024 10:15 | Updated: 05.04.2024 08:00\n\n{BODY}",
     "Gas deal extended", date(2024, 4, 3)),
    ("updated line before published line", f"Gas deal extended\n\nUpdated: 05.04.2024 08:00\nPublished: 03.04.2024 10:15\n\n{BODY}",
     "Gas deal extended", date(2024, 4, 3)),
    ("updated in brackets", f"Gas deal extended\n\n3 April 2024 (updated 5 April 2024, 08:00)\n\n{BODY}",
     "Gas deal extended", date(2024, 4, 3)),
    ("relative update and a published date", f"Gas deal extended\n\nUpdated 2 hours ago\nPublished: 3 May 2024\n\n{BODY}",
     "Gas deal extended", date(2024, 5, 3)),
    ("only a relative update", f"Gas deal extended\n\nUpdated 2 hours ago\n\n{BODY}", "Gas deal extended", None),
    ("only an updated date", f"Gas deal extended\n\nLast updated: 19 May 2024\n\n{BODY}", "Gas deal extended",
     date(2024, 5, 19)),
    # press releases
    ("press release date line", f"PRESS RELEASE\nTashkent, 12 March 2024\n\nNew harvester line launched in Chirchik\n\n{BODY}",
     "New harvester line launched in Chirchik", date(2024, 3, 12)),
    ("press release dateline in the lead",
     "Harvester line launched\n\nTashkent, 12 March 2024 – Agromash JSC today launched a new harvester line.",
     "Harvester line launched", date(2024, 3, 12)),
    ("newswire release", "Tractor venture formed\n\nASTANA, Kazakhstan, May 3, 2024 /PRNewswire/ -- Steppe Tractors LLP "
     "and a Belarusian partner formed a venture.", "Tractor venture formed", date(2024, 5, 3)),
    # wire datelines
    ("wire dateline with a year", "Steel mill restarts\n\nASTANA, May 3, 2024 (Kazinform) - The mill restarted.",
     "Steel mill restarts", date(2024, 5, 3)),
    ("wire dateline without a year", "Steel mill restarts\n\nASTANA, May 3 (Kazinform) - The mill restarted.",
     "Steel mill restarts", None),
    ("wire dateline, year from a date at the end",
     f"Steel mill restarts\n\nASTANA, May 3 (Kazinform) - The mill restarted.\n{BODY}\n{BODY}\n{BODY}\n\nMay 4, 2024",
     "Steel mill restarts", date(2024, 5, 3)),
    ("wire dateline in December, page updated in January",
     "Port volumes fall\n\nALMATY, Dec 30 (CAW) - Volumes fell.\n\nUpdated: 02.01.2024",
     "Port volumes fall", date(2023, 12, 30)),
    ("abbreviated month with a period", "BAKU, Azerbaijan, Oct. 12. The port handled more cargo.", None, None),
    ("feed token before the dateline", " date 2023-10-12 BAKU, Azerbaijan, Oct. 12. The port handled more cargo.",
     None, date(2023, 10, 12)),
    ("numeric date in a dateline", "Haulers shipped\n\nMINSK, 14/09/2018 (BelTA) - Twenty haulers were shipped.",
     "Haulers shipped", date(2018, 9, 14)),
    ("dateline with a source only", "Aluminium output falls\n\nDUSHANBE (CAW) - Output fell.", "Aluminium output falls",
     None),
    # `date ...` header line: the headline after it is the title
    ("date header line, then the headline", f"date 2024-05-03\nWheat exports rise\n\n{BODY}", "Wheat exports rise",
     date(2024, 5, 3)),
    ("date line first, then the headline", f"18.05.2024 09:40\nCotton harvest starts early\n\n{BODY}",
     "Cotton harvest starts early", date(2024, 5, 18)),
    ("a time stamp is not a title", f"Cotton harvest starts\n\n16:40\n\n{BODY}", "Cotton harvest starts", None),
    ("section and time without a date", f"Economy | 16:40\nCotton harvest starts\n\n{BODY}", "Cotton harvest starts", None),
    # every printed form of the date
    ("day-first with dots", f"Loader plant opens\n\n07.10.2021\n\n{BODY}", "Loader plant opens", date(2021, 10, 7)),
    ("day-first with dashes", f"Loader plant opens\n\n07-10-2021 11:00\n\n{BODY}", "Loader plant opens", date(2021, 10, 7)),
    ("slashes, day over 12", f"Loader plant opens\n\n25/07/2023 14:00\n\n{BODY}", "Loader plant opens", date(2023, 7, 25)),
    ("slashes, month first by its numbers", f"Loader plant opens\n\n12/25/2023\n\n{BODY}", "Loader plant opens",
     date(2023, 12, 25)),
    ("slashes, order from the page's other date", f"Loader plant opens\n\nPosted 7/10/2021 | Updated 7/13/2021\n\n{BODY}",
     "Loader plant opens", date(2021, 7, 10)),
    ("slashes, order from the printed weekday", f"Loader plant opens\n\nSat 7/10/2021\n\n{BODY}", "Loader plant opens",
     date(2021, 7, 10)),
    ("slashes, order from the dateline's day and month",
     "Loader plant opens\n\n5/3/2024\n\nASTANA, May 3 (Kazinform) - The plant opened.", "Loader plant opens",
     date(2024, 5, 3)),
    ("slashes, no evidence: day first", f"Loader plant opens\n\n7/10/2021\n\n{BODY}", "Loader plant opens",
     date(2021, 10, 7)),
    ("ISO date", f"Loader plant opens\n\n2024-05-18\n\n{BODY}", "Loader plant opens", date(2024, 5, 18)),
    ("ISO date and time", f"Loader plant opens\n\n2024-05-18T09:40:00+05:00\n\n{BODY}", "Loader plant opens",
     date(2024, 5, 18)),
    ("weekday, month, day, year", f"Loader plant opens\n\nThu Dec 28 2023\n\n{BODY}", "Loader plant opens",
     date(2023, 12, 28)),
    ("mail-style stamp", f"Loader plant opens\n\nTue, 05 Mar 2024 09:40:00 +0500\n\n{BODY}", "Loader plant opens",
     date(2024, 3, 5)),
    ("squashed time and date", f"Loader plant opens\n\n23:2107.10.2021\n\n{BODY}", "Loader plant opens",
     date(2021, 10, 7)),
    ("squashed date and time", f"Loader plant opens\n\n07.10.202123:21\n\n{BODY}", "Loader plant opens",
     date(2021, 10, 7)),
    ("ordinal day", f"Loader plant opens\n\nMarch 3rd, 2024\n\n{BODY}", "Loader plant opens", date(2024, 3, 3)),
    ("ordinal day of month", f"Loader plant opens\n\n3rd of March 2024\n\n{BODY}", "Loader plant opens",
     date(2024, 3, 3)),
    # bylines and the end of the page
    ("byline with a date", f"Loader plant opens\n\nBy Timur Aliyev | March 3, 2024\n\n{BODY}", "Loader plant opens",
     date(2024, 3, 3)),
    ("posted-on byline at the top", f"Loader plant opens\n\nPosted on March 3, 2024 by Timur Aliyev\n\n{BODY}",
     "Loader plant opens", date(2024, 3, 3)),
    ("posted-on line at the end", f"Loader plant opens\n\n{BODY}\n{BODY}\n{BODY}\n{BODY}\n\nPosted on March 3, 2024\n\n"
     "Tags: buses, Jizzakh", "Loader plant opens", date(2024, 3, 3)),
    ("date line at the end", f"Loader plant opens\n\n{BODY}\n\nOctober 23, 2024", "Loader plant opens",
     date(2024, 10, 23)),
    # a headline strip: kicker, date and headline between pipes (the headline stays the title)
    ("live-blog headline strip", f"LIVE | 17 April 2019 | Leaders meet in Tashkent: day of talks\n\n{BODY}",
     "LIVE | 17 April 2019 | Leaders meet in Tashkent: day of talks", date(2019, 4, 17)),
    ("section, numeric date, headline", f"Economy | 12.03.2024 | Wheat exports climb in Kostanay\n\n{BODY}",
     "Economy | 12.03.2024 | Wheat exports climb in Kostanay", date(2024, 3, 12)),
    ("headline first, then the date", f"Bus plant opens in Jizzakh | May 3, 2024\n\n{BODY}",
     "Bus plant opens in Jizzakh | May 3, 2024", date(2024, 5, 3)),
    # negatives: dates that are not the page's
    ("a strip field with more than a date", f"Opinion | Why 3 May 2024 mattered | Markets\n\n{BODY}",
     "Opinion | Why 3 May 2024 mattered | Markets", None),
    ("a piped table row in the body", f"Loader plant opens\n\n{BODY}\n{BODY}\n{BODY}\n{BODY}\nShipment | 01.03.2024 | 12,500 t\n",
     "Loader plant opens", None),
    ("a date line with text after it", f"Loader plant opens\n\n{BODY}\n{BODY}\n{BODY}\n{BODY}\nMarch 29, 2018\n{BODY}",
     "Loader plant opens", None),
    ("body sentence starting with a date",
     "Loader plant opens\n\nMay 3, 2024 was the day the sides signed the deal, the ministry said.\n\nMore followed.",
     "Loader plant opens", None),
    ("event date in the body", f"Loader plant opens\n\nOn May 3 the sides signed the deal. {BODY}", "Loader plant opens",
     None),
    ("headline with a year", f"Kazakhstan to build 100,000 cars in 2024\n\n{BODY}", "Kazakhstan to build 100,000 cars in 2024",
     None),
    ("headline starting with a date", f"March 8, 2024: Women lead Uzbek textile export drive\n\n{BODY}",
     "March 8, 2024: Women lead Uzbek textile export drive", None),
    ("dated items of a read-also block", f"Loader plant opens\n\n{BODY}\n\nRead also:\nTram line extended\n12.05.2024\n",
     "Loader plant opens", None),
    ("local time", f"Rail deal signed\n\n12 March 2024 14:05 Astana time\n\n{BODY}", "Rail deal signed",
     date(2024, 3, 12)),
    ("a dated row of figures", f"Wheat prices\n\n{BODY}\n01.03.2024 | 12,500\n02.03.2024 | 12,700\n{BODY}", "Wheat prices",
     None),
    ("list line with a figure", f"Loader plant opens\n\nGentra - 7,361\nCobalt: 11,752 units\n\n{BODY}",
     "Loader plant opens", None),
]


@pytest.mark.parametrize("name, page, title, published", LAYOUTS, ids=[row[0] for row in LAYOUTS])
def test_header_layouts(name: str, page: str, title: str | None, published: date | None) -> None:
    a = clean(page)
    assert (a.title, a.published_date) == (title, published)


def test_there_are_forty_layouts() -> None:
    assert len(LAYOUTS) >= 40


def test_meta_lines_leave_the_text_and_article_lines_stay() -> None:
    a = clean(f"Loader plant opens\n\n18.05.2024 09:40 | Auto\nBy Timur Aliyev\n5 min read\n\n{BODY}\n"
              "Gentra - 7,361\nMay 3, 2024 was the day the deal was signed.")
    assert a.text == f"Loader plant opens\n\n{BODY}\nGentra - 7,361\nMay 3, 2024 was the day the deal was signed."


@pytest.mark.parametrize("line, published", [
    ("18.05.2024 09:40 | Auto", date(2024, 5, 18)),
    ("Published: 25.07.2023 08:34", date(2023, 7, 25)),
    ("17 July 2018 15:10 (UTC+04:00)", date(2018, 7, 17)),
    ("By Jane Doe, Reuters | 3 May 2024", date(2024, 5, 3)),
    ("11.03.2022 | Caspian Courier | Energy policy", date(2022, 3, 11)),   # a section in lower case
    ("Statement | 14 February 2021", date(2021, 2, 14)),
    ("Posted 02.09.2020 | 17:45    Views: 12 407", date(2020, 9, 2)),      # spaced thousands
    ("Exports rose 5 percent | 2023", None),
    ("Updated 2 hours ago", None),
    ("5 min read", None),
    ("Kazakhstan to build 100,000 cars in 2024", None),
    ("March 8, 2024: Women lead the export drive", None),
    ("Gentra - 7,361", None),
    ("Match report: Kairat 2:1 Slovan", None),
    # a time with a dot, as British pages print it, with its zone or am/pm
    ("Mon 17 Jul 2023 08.30 BST", date(2023, 7, 17)),
    ("Tue 5 Mar 2024 18.02 GMT", date(2024, 3, 5)),
    ("12 May 2022, 6.15pm", date(2022, 5, 12)),
    ("Sun 1 Oct 2023 10.05 CEST", date(2023, 10, 1)),
    ("3 May 2024 Brent 82.30 USD", None),             # a price, no time
    ("Wheat 17 Jul 2023 08.30", None),                 # a dotted number without a zone
])
def test_parse_date_line(line: str, published: date | None) -> None:
    assert parse_date_line(line) == published


@pytest.mark.parametrize("line, is_meta", [
    ("Economy | 16:40", True),
    ("Updated 2 hours ago", True),
    ("5 min read", True),
    ("Reading time: 3 minutes", True),
    ("Tashkent, 12 March 2024", True),
    ("Gentra - 7,361", False),
    ("Economy", False),                           # a word alone may be a kicker or a heading: kept
    ("The sides met at 16:40 in the capital", False),
])
def test_meta_lines(line: str, is_meta: bool) -> None:
    assert (read_meta_line(line) is not None) == is_meta


@pytest.mark.parametrize("opening, city, source, when", [
    ("ASTANA, Sept 5, 2025 (CentralAsiaWire) - More than 70 deals", "Astana", "CentralAsiaWire", (2025, 9, 5)),
    ("ASTANA, May 3 (Kazinform) - The mill", "Astana", "Kazinform", (None, 5, 3)),
    ("BAKU, Azerbaijan, Oct. 12. The port", "Baku", None, (None, 10, 12)),
    ("NEW YORK, March 4 (Reuters) - Oil", "New York", "Reuters", (None, 3, 4)),
    ("BEIJING / ALMATY - Trade grew", "Beijing", None, None),
    ("KOSTANAY. Kazakh Prime Minister", "Kostanay", None, None),
    ("TASHKENT: China and Uzbekistan", "Tashkent", None, None),
    ("DUSHANBE (CAW) - Aluminium output", "Dushanbe", "CAW", None),
    ("Tashkent, 12 March 2024 – Agromash JSC", "Tashkent", None, (2024, 3, 12)),
    # a release's date set off by dashes after its place
    ("TASHKENT, Uzbekistan - November 15, 2011 - General Motors", "Tashkent", None, (2011, 11, 15)),
    ("ALMATY, Kazakhstan – 3 April 2019 – KazTrade", "Almaty", None, (2019, 4, 3)),
    ("Baku, Azerbaijan -- Feb. 7, 2022 -- The port", "Baku", None, (2022, 2, 7)),
    ("ISTANBUL - 21.06.2023 - Ford Otosan", "Istanbul", None, (2023, 6, 21)),
    # negative: a date that opens the text after the dash, with no second dash, is the text's
    ("BISHKEK, Kyrgyzstan - March 3, 2020 the mill stopped", "Bishkek", None, None),
    ("MINSK, Belarus - 2,500 tractors left - the plant said", "Minsk", None, None),
])
def test_datelines(opening: str, city: str, source: str | None, when) -> None:
    d = read_dateline(opening)
    assert (d.city, d.source) == (city, source)
    assert (None if d.when is None else (d.when.year, d.when.month, d.when.day)) == when


@pytest.mark.parametrize("opening", [
    "UZBEKISTAN'S car output rose. More",
    "Tashkent is the capital - of Uzbekistan",        # a place in title case needs a date
    "Kazakhstan, Uzbekistan sign deal",
    "OPEC+ said on Monday",
])
def test_not_datelines(opening: str) -> None:
    assert read_dateline(opening) is None


# A page that prints no date and opens with a wire dateline without its year: the article is dated
# by the dateline's day in the year its own reported periods imply (the date its "last year" and
# "in November" already resolve against), not left undated.
@pytest.mark.parametrize("page, published", [
    ("Trade news\n\nYEREVAN, March 3 /Wire/ - Armenia's exports rose 12 percent in January-February 2022, "
     "the statistics committee said.\n", date(2022, 3, 3)),
    ("Trade news\n\nMINSK, 28 August (Agency) - Belarusian exports to Kazakhstan came to $2.1 billion in 2018, "
     "officials said.\n", date(2019, 8, 28)),
    ("Trade news\n\nBAKU, Oct. 5 (Wire) - In the first nine months of 2020 the refinery exported "
     "410,000 tonnes of diesel. A roadmap until 2030 was approved.\n", date(2020, 10, 5)),
    # a printed date wins over the inference
    ("Trade news\n\nPublished: 12 May 2024\n\nASTANA, May 12 (Wire) - Trade rose in 2022.\n", date(2024, 5, 12)),
    # nothing reported for a period: still undated
    ("Trade news\n\nTASHKENT, June 2 (Wire) - The president met the minister, who was appointed in 1998.\n", None),
    ("Trade news\n\nTASHKENT, June 2 (Wire) - The sides want trade of $5 billion by 2030.\n", None),
])
def test_a_yearless_dateline_is_dated_by_the_periods_reported(page: str, published: date | None) -> None:
    from extraction.pipeline import extract_article
    rows = extract_article(SourceDocument("p.txt", "p.txt", page))
    assert rows.article.published_date == published


# A yearless wire dateline on a page with no date and no figure reported for a period: the dateline's
# day in the latest year the article names, only when the lead names the weekday that day falls on in
# that year (two pieces of evidence that agree; either alone dates pages wrongly).
@pytest.mark.parametrize("page, published", [
    ("Coal news\n\nDARKHAN, October 24 (Wire) - Coal shipments are running ahead of last year, the "
     "ministry said on Monday.\n\nShipments since the beginning of 2022, as of October 20:\n", date(2022, 10, 24)),
    ("Visit\n\nHANOI, 6 March (Agency) - The two prime ministers met on Wednesday.\n\n"
     "Their last meeting was in 2019, and a forum followed in 2024.\n", date(2024, 3, 6)),
    ("Steel\n\nLINZ, Feb. 3 (Metals Wire) - The mill's owners met on Friday to discuss the cuts of 2023.\n",
     date(2023, 2, 3)),
    # the weekday does not fit the latest year named: the lead may name the day before the dateline's
    ("Steel\n\nLINZ, Feb. 3 (Metals Wire) - The mill's owners met on Thursday to discuss the cuts of 2023.\n",
     None),
    # two weekdays in the lead: which is the dateline's is not said
    ("Visit\n\nHANOI, 6 March (Agency) - The premier arrived on Tuesday and met the president on "
     "Wednesday.\n\nTheir last meeting was in 2021.\n", None),
    # the only year is a goal's: it says nothing of when the page was written
    ("Trade\n\nRIGA, May 4 (Wire) - The sides agreed on Thursday to raise trade to $1 billion by 2023.\n", None),
    # no weekday in the lead
    ("Trade\n\nRIGA, May 4 (Wire) - The sides met in the capital.\n\nThey last met in 2023.\n", None),
])
def test_a_yearless_dateline_is_dated_by_its_weekday_and_latest_year(page: str, published: date | None) -> None:
    from extraction.pipeline import extract_article
    rows = extract_article(SourceDocument("p.txt", "p.txt", page))
    assert rows.article.published_date == published
