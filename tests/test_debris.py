"""Page furniture (extraction/debris.py): invented lines per rule, and article lines that
start with the same words and must stay."""
import pytest

from extraction.clean import clean_article
from extraction.debris import RULES, debris_rule
from extraction.records import SourceDocument

BODY = "The plant in Jizzakh started assembling buses on Monday, the company said."


def clean_text(text: str) -> str:
    return clean_article(SourceDocument(path="x.txt", file_name="x.txt", text=text)).text


FURNITURE = [
    ("icon-facebook icon-twitter icon-whatsapp", "share_icons"),
    ("Share", "share"),
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Share: Facebook, Telegram", "share"),
    ("Share this article: Facebook | Telegram | WhatsApp", "share"),
    ("Print", "share"),
    ("Copy link", "share"),
    ("Facebook Twitter Telegram WhatsApp", "social_names"),
    ("Facebook | X | Telegram", "social_names"),
    ("Follow us on Telegram", "follow"),
    ("Follow Trend on Telegram. Only the most interesting and important news", "follow"),
    ("Join our Telegram channel for the latest news", "follow"),
    ("Subscribe to our YouTube channel", "follow"),
    ("Follow us", "follow"),
    ("Subscribe to our newsletter", "subscribe"),
    ("Sign up for our daily briefing", "subscribe"),
    ("Newsletter", "subscribe"),
    ("Already a subscriber? Log in", "subscribe"),
    ("Log in", "subscribe"),
    ("No time to read?", "prompt"),
    ("Get a summary", "prompt"),
    ("Listen to this article", "prompt"),
    ("Advertisement", "prompt"),
    ("Download our app for the latest news", "prompt"),
    ("Photo: Trend", "photo_credit"),
    ("Photo by Timur Aliyev", "photo_credit"),
    ("(Photo: press service of the ministry)", "photo_credit"),
    ("Cover photo: Reuters", "photo_credit"),
    ("Image credit: Kazinform", "photo_credit"),
    ("Photo: Reuters/Pavel Mikheyev, 2023", "photo_credit"),
    ("Photo credit: press service of the Ministry of Investment, Industry and Trade.", "photo_credit"),
    ("We use cookies to improve your experience on our website. By browsing it you accept them.", "cookies"),
    ("This site uses cookies. Read our cookie policy.", "cookies"),
    ("Accept all", "cookies"),
    ("Comments (3)", "comments"),
    ("Leave a comment", "comments"),
    ("© 2024 Steppe News Agency. All rights reserved.", "copyright"),
    ("Copyright 2024 Steppe Media", "copyright"),
    ("All rights reserved", "copyright"),
    ("Steppe News Agency. All rights reserved.", "rights_reserved"),
    ("When using materials, a hyperlink to the source is required.", "copyright"),
    ("32 views Politics 0", "counter"),
    ("Found an error in the text? Select it and press Ctrl + Enter.", "error_report"),
    ("Tags: car industry, Kostanay", "tags"),
    ("Topics: trade, Uzbekistan", "tags"),
    ("Author: Auto industry desk", "author"),
    ("By our correspondent", "author"),
    ("By Staff writer", "author"),
    ("By Culture desk", "author"),
    ("By Aigerim Sadykova", "author"),
    ("By Jane Doe, Reuters", "author"),
    ("By Auto industry desk", "author"),
    ("(Editing by CAW desk)", "author"),
    ("(Reporting by CAW desk; editing by A. Nurlanova)", "author"),
    ("PRESS RELEASE", "press_release"),
    ("For immediate release", "press_release"),
    ("Print recipe | Save", "recipe"),
    ("Home > News > Economy", "breadcrumbs"),
    ("Read also: Tram line extended in Almaty", "related_inline"),
    ("Related news: Tram line extended", "related_inline"),
    ("Related recipes: Baursak | Kuyrdak | Nauryz kozhe", "related_inline"),
    ("Read also:", "read_also"),
    ("Related", "related"),
    ("You may also like", "recommended"),
    ("Most read", "recommended"),
    ("Next Article", "next_headline"),
]

ARTICLE_LINES = [
    "Share of Chinese cars in sales rose to 40%.",
    "Shares of KAMAZ rose 3% in Moscow.",
    "Following the talks, the sides signed a memorandum.",
    "Follow-up talks are planned for May.",
    "Photos of the new plant were shown to the president.",
    # captions that state something are text, not credits
    "Photo: Grain wagons at the border. Kazakhstan exported 3.4 million tonnes of wheat in 2023.",
    "Photo: officials of the two companies sign a memorandum on 12 documents in Tashkent",
    "Photo by Timur Aliyev: the 100,000th car leaves the line.",
    "Photovoltaic panel output doubled.",
    "Cookie production at the Tashkent factory rose 12%, using new lines.",
    "Subscribers of the mobile operator grew by 5%.",
    "Subscription revenue reached $2 million.",
    "Related talks were held in Baku.",
    "Printing presses were imported from Germany.",
    "By 2030 Kazakhstan plans to produce 150,000 cars.",
    "By then exports had fallen by half.",
    "By contrast, imports rose.",
    "Comments by the minister were welcomed.",
    "Newsletters and leaflets were printed.",
    "Advertising revenue rose 8%.",
    "Copyright law was amended in 2023.",
    "Author of the plan, Timur Aliyev, said it would pay off.",
    "Telegram channels reported the deal first.",
    "Reading more into the figures, analysts saw a slowdown.",
    "Popular models included the Cobalt and the Gentra.",
    "Gentra - 7,361",
    "Image processing chips are among the imports.",
    "Most of the output was exported.",
]


@pytest.mark.parametrize("line, rule", FURNITURE)
def test_furniture(line: str, rule: str) -> None:
    assert debris_rule(line) == rule


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_stay(line: str) -> None:
    assert debris_rule(line) is None
    assert clean_text(f"Bus plant opens\n\n{BODY}\n{line}\n{BODY}") == f"Bus plant opens\n\n{BODY}\n{line}\n{BODY}"


def test_every_rule_has_an_example() -> None:
    names = {name for name, _, _, _ in RULES}
    assert names == {rule for _, rule in FURNITURE}


def _first_chars(pattern: str) -> set[str] | None:
    """The characters (lower case) a match of `pattern` can open with, None for any: read
    from the parsed pattern (re's own parser), to check each rule's opening words."""
    import re._constants as C
    import re._parser as P

    def first(items, ignore: bool) -> tuple[set[str] | None, bool]:
        """(first characters, whether `items` can match the empty string)."""
        out: set[str] = set()
        for op, av in items:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue
            if op is C.LITERAL:
                return out | {chr(av).lower()}, False
            if op is C.IN:
                chars = set()
                for kind, value in av:
                    if kind is C.LITERAL:
                        chars.add(chr(value).lower())
                    elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                        chars |= set("0123456789")
                    else:
                        return None, False
                return out | chars, False
            if op is C.SUBPATTERN:
                _, add, _, sub = av
                got, empty = first(sub, ignore)
            elif op is C.BRANCH:
                got, empty = set(), False
                for alternative in av[1]:
                    g, e = first(alternative, ignore)
                    if g is None:
                        return None, False
                    got |= g
                    empty = empty or e
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                low, _, sub = av
                got, empty = first(sub, ignore)
                empty = empty or low == 0
            else:
                return None, False
            if got is None:
                return None, False
            out |= got
            if not empty:
                return out, False
        return out, True

    chars, _ = first(P.parse(pattern), False)
    return chars


@pytest.mark.parametrize("name, longest, opens, pattern", RULES, ids=[r[0] for r in RULES])
def test_opening_words_cover_the_pattern(name: str, longest: int, opens, pattern: str) -> None:
    """Every character a rule's line can open with opens one of its declared words (a word
    left out would make the rule silently skip such lines)."""
    chars = _first_chars(pattern)
    if opens is None:
        return
    assert chars is not None, name
    assert chars <= {w[0] for w in opens}, (name, chars - {w[0] for w in opens})


def test_related_block_ends_at_a_blank_line_or_a_paragraph() -> None:
    page = (f"Bus plant opens\n\n{BODY}\n\nRelated\nTram line extended in Almaty\nWinter road closures lifted\n\n{BODY}\n\n"
            f"Read also:\nMetro opens two stations\n{BODY}\n")
    assert clean_text(page) == f"Bus plant opens\n\n{BODY}\n\n{BODY}\n\n{BODY}"


def test_next_and_previous_headlines_dropped() -> None:
    page = f"Bus plant opens\n\n{BODY}\n\nPrevious Article\nSinger tours Europe\nNext Article\n\nGame release rumours\n"
    assert clean_text(page) == f"Bus plant opens\n\n{BODY}"


def test_page_with_every_kind_of_furniture() -> None:
    page = ("Home > News > Economy\nBus plant opens in Jizzakh\n\n18.05.2024 09:40 | Auto\nBy Aigerim Sadykova\n"
            "5 min read\nShare\nFacebook Twitter Telegram\n\nPhoto: press service\n\n"
            f"{BODY}\nShare of Chinese buses in the fleet is 40%.\n\nAdvertisement\n\n{BODY}\n\n"
            "Follow us on Telegram\nSubscribe to our newsletter\n"
            "We use cookies to improve your experience. Accept cookies to continue.\n"
            "Read also:\nTram line extended\nMetro opens two stations\n\n"
            "© 2024 Steppe News. All rights reserved.\n")
    assert clean_text(page) == (f"Bus plant opens in Jizzakh\n\n{BODY}\nShare of Chinese buses in the fleet is 40%."
                                f"\n\n{BODY}")
