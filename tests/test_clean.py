"""Debris removal and metadata found in the article text."""
from datetime import date

from extraction.clean import article_id, clean_article
from extraction.records import SourceDocument


def clean(text: str, **meta):
    return clean_article(SourceDocument(path="x.txt", file_name="x.txt", text=text, **meta))


def test_feed_date_token_and_dateline() -> None:
    a = clean(" date 2023-01-06 BAKU, Azerbaijan, January 6. The plant opened.")
    assert a.published_date == date(2023, 1, 6)
    assert a.dateline == "Baku"
    assert a.text == "BAKU, Azerbaijan, January 6. The plant opened."
    assert a.title is None


def test_title_weekday_date_and_share_icons() -> None:
    a = clean("Plant opens in Jizzakh\n\nFri Oct 06 2023\nicon-facebook icon-twitter icon-whatsapp\n\n"
              "TASHKENT: The plant opened.\n\nicon-facebook icon-twitter icon-whatsapp\n")
    assert a.title == "Plant opens in Jizzakh"
    assert a.published_date == date(2023, 10, 6)
    assert a.dateline == "Tashkent"
    assert "icon-" not in a.text and "2023" not in a.text


def test_trailing_date_counters_summaries_and_next_headlines() -> None:
    a = clean("Forum in Samarkand\n\n32 views Politics 0\n\nNo time to read?\nGet a summary\n\n"
              "The forum took place.\n\nPrevious Article\n\nSinger tours Europe\n\nNext Article\n\n"
              "Game release rumours\nOctober 23, 2024")
    assert a.published_date == date(2024, 10, 23)
    assert a.text == "Forum in Samarkand\n\nThe forum took place."


def test_date_in_the_middle_is_not_a_publication_date() -> None:
    a = clean("Output rises\n\nThe plant built cars.\nMore text.\nEven more.\nMarch 29, 2018\nStill more text.")
    assert a.published_date is None


def test_dateline_with_date_and_source() -> None:
    a = clean("Deals signed\n\nASTANA, Sept 5, 2025 (CentralAsiaWire) - More than 70 agreements were signed.")
    assert a.published_date == date(2025, 9, 5)
    assert a.source == "CentralAsiaWire"
    assert a.dateline == "Astana"


def test_dateline_without_year_gives_no_date() -> None:
    assert clean("Outlook\n\nALMATY, Nov 29 (CAW) - Inflation slows.").published_date is None


def test_numeric_and_long_header_dates() -> None:
    assert clean("T one\n\nPublished: 25.07.2023 08:34\n\nBody.").published_date == date(2023, 7, 25)
    assert clean("T two\n\n28.09.2020, 10:47    1873\n\nBody.").published_date == date(2020, 9, 28)
    assert clean("T three\n\n17 July 2018 15:10 (UTC+04:00)\n\nBody.").published_date == date(2018, 7, 17)


def test_metadata_date_wins() -> None:
    assert clean("Body text.\nOctober 23, 2024", published_date=date(2024, 1, 1)).published_date == date(2024, 1, 1)


def test_read_also_block_and_bylines_removed() -> None:
    a = clean("Title here\n\nAuthor: Desk\nBy our correspondent\n\nText.\n\nRead also:\nOther news\nMore news\n")
    assert a.text == "Title here\n\nText."


def test_article_id_ignores_whitespace_and_case() -> None:
    assert article_id("Kazakhstan  built\ncars.") == article_id("kazakhstan built cars. ")
    assert article_id("a") != article_id("b")
    assert len(article_id("a")) == 32
