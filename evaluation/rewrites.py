"""Meaning-preserving rewrites of an annotated corpus, to find rules that hold only for the
spellings they were tuned on.

Each rewrite changes how a fact is written, never what it says ("$1.2 billion" -> "1.2 billion
US dollars", "Russia" -> "the Russian Federation", "30,000" -> "30 000"), so the corpus's gold
stays right and any drop in score against it is a brittle rule. Most rewrites change the body
only; the headline and the lines of the header (the first `HEADER_LINES` lines) are left as they
are. The header's own rewrites (`where="header"`) change its date line and nothing else.

    python -m evaluation.rewrites --rewrite money_after --articles DIR --gold DIR

scores the corpus as it is and rewritten, and prints both reports' summary lines;
`--rewrite all` prints one line of F1 per rewrite instead.
"""
from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from extraction.lexicon import CARDINALS, MONTHS

HEADER_LINES = 3
_NUM = r"\d+(?:[.,]\d+)?"
_STATES = r"Kazakhstan|Uzbekistan|Tajikistan|Azerbaijan|Belarus|Turkmenistan"


@dataclass(frozen=True)
class Rewrite:
    name: str
    steps: tuple[tuple[re.Pattern, str | Callable[[re.Match], str]], ...]
    example: tuple[str, str]            # (before, after): what it does, checked by the tests
    where: str = "body"                 # "body", or "header": the lines under the headline

    def apply(self, text: str) -> str:
        for pattern, repl in self.steps:
            text = pattern.sub(repl, text)
        return text


_MONTH_NAME = "|".join(m.capitalize() for m in MONTHS)
_NUMBER_WORD = {n: w for w, n in CARDINALS.items() if 2 <= n <= 20}
_ROUND_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}),(\d)00(?![\d,])(?!\.\d)")


def _thousands(m: re.Match) -> str:
    """"30,000" -> "30 thousand", "12,500" -> "12.5 thousand" ("2,750" does not match)."""
    return m[1] + ("" if m[2] == "0" else "." + m[2]) + " thousand"


def _day_first(m: re.Match) -> str:
    day, month, year = m["day"] or m["day2"], MONTHS[(m["month"] or m["month2"]).lower()], m["year"] or m["year2"]
    return f"{int(day):02d}.{month:02d}.{year}"


def _lower_word_before(template: str) -> Callable[[re.Match], str]:
    """The replacement when the word before the name is not capitalised ("between Kazakhstan"),
    else the name as written ("Stadler Kazakhstan" is a company)."""
    def replace(m: re.Match) -> str:
        before = m.string[:m.start()].rstrip(" ").rsplit(None, 1)
        if len(before) and before[-1][:1].isupper() and m.string[m.start() - 1:m.start()] == " ":
            return m[0]
        return m.expand(template)
    return replace


def _sentence_start(name: str) -> str:
    return r"(^|[.:!?]\s+|\n|[-\u2022*]\s|\d\.\s)" + name


REWRITES: tuple[Rewrite, ...] = (
    Rewrite("money_after",
            ((re.compile(r"\$\s?(" + _NUM + r")\s?(billion|million|thousand|bn|mln|bln)\b"), r"\1 \2 US dollars"),),
            ("Exports reached $1.2 billion.", "Exports reached 1.2 billion US dollars.")),
    Rewrite("usd_code",
            ((re.compile(r"\$\s?(" + _NUM + r")"), r"USD \1"),),
            ("Exports reached $1.2 billion.", "Exports reached USD 1.2 billion.")),
    Rewrite("scale_abbreviations",
            ((re.compile(r"(\d)\s+billion\b"), r"\1 bln"), (re.compile(r"(\d)\s+million\b"), r"\1 mln")),
            ("Exports reached $1.2 billion and 300 million tonnes.", "Exports reached $1.2 bln and 300 mln tonnes.")),
    Rewrite("space_thousands",
            ((re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d,])(?!\.\d)"), r"\1 \2"),),
            ("The plant made 30,000 cars.", "The plant made 30 000 cars.")),
    Rewrite("billions_as_millions",
            ((re.compile(r"\$(\d+)\.(\d) (billion|bln)\b"),
              lambda m: "$" + format(int(m[1]) * 1000 + int(m[2]) * 100, ",") + " million"),),
            ("Trade came to $4.1 billion.", "Trade came to $4,100 million.")),
    Rewrite("turkiye",
            ((re.compile(r"\bTurkey\b"), "Türkiye"),),
            ("Trade with Turkey grew.", "Trade with Türkiye grew.")),
    Rewrite("russian_federation",
            ((re.compile(_sentence_start(r"Russia\b(?![n-])")), r"\1The Russian Federation"),
             (re.compile(r"\bRussia's\b"), "the Russian Federation's"),
             (re.compile(r"(?<!-)\bRussia\b(?![n-])"), "the Russian Federation")),
            ("Russia's exports to Turkey and Russia.", "The Russian Federation's exports to Turkey and the "
                                                      "Russian Federation.")),
    Rewrite("long_state_names",
            # not next to a capitalised word: "Kazakhstan Temir Zholy" and "Stadler Kazakhstan"
            # are companies' names
            ((re.compile(_sentence_start(r"(" + _STATES + r")\b(?![-'\u2019])(?!\s+[A-Z])")), r"\1The Republic of \2"),
             (re.compile(r"(?<!Republic of )(?<!-)\b(" + _STATES + r")\b(?![-'\u2019])(?!\s+[A-Z])"),
              _lower_word_before(r"the Republic of \1")),
             (re.compile(r"(?<!-)\bKyrgyzstan\b(?![-'\u2019])(?!\s+[A-Z])"), _lower_word_before("the Kyrgyz Republic")),
             (re.compile(r"(?<!-)\bIran\b(?![-'\u2019])(?!\s+[A-Z])"),
              _lower_word_before("the Islamic Republic of Iran"))),
            ("Belarus sold tractors to Kyrgyzstan.", "The Republic of Belarus sold tractors to the Kyrgyz Republic.")),
    Rewrite("month_ranges_abbreviated",
            ((re.compile(r"\b(January|February|March|April|June|July|August|September|October|November|December)"
                         r"(?=\s*[-\u2013]\s*[A-Z])"), lambda m: m[1][:3]),
             (re.compile(r"(?<=[-\u2013])(January|February|March|April|June|July|August|September|October|November"
                         r"|December)\b"), lambda m: m[1][:3])),
            ("Trade in January-October 2023 grew.", "Trade in Jan-Oct 2023 grew.")),
    Rewrite("month_ranges_through",
            ((re.compile(r"\b(January)\s*[-\u2013]\s*(February|March|April|May|June|July|August|September|October"
                         r"|November|December)\b"), r"\1 through \2"),),
            ("Trade in January-October 2023 grew.", "Trade in January through October 2023 grew.")),
    Rewrite("percent_sign",
            ((re.compile(r"(\d)\s?(?:percent|per\s+cent)\b"), r"\1%"),),
            ("Exports rose 12.5 percent to $3 billion.", "Exports rose 12.5% to $3 billion.")),
    Rewrite("decimal_comma",
            # one or two decimals only: "1,250 million" would read as a thousands separator
            ((re.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})(?=\s?(?:billion|million|thousand|bln|mln|bn)\b)"), r"\1,\2"),),
            ("Exports reached $1.2 billion and 109.9 thousand tonnes.",
             "Exports reached $1,2 billion and 109,9 thousand tonnes.")),
    Rewrite("thousands_as_words",
            ((_ROUND_THOUSANDS, _thousands),),
            ("The plant made 30,000 cars and 12,500 buses, 2,750 of them exported.",
             "The plant made 30 thousand cars and 12.5 thousand buses, 2,750 of them exported.")),
    Rewrite("counts_as_words",
            ((re.compile(r"\b(\d{1,2})(?=\s+(?:\w+\s+)?(?:documents|agreements|memorand\w+|contracts|deals|treaties)\b)"),
              lambda m: _NUMBER_WORD.get(int(m[1]), m[1])),),
            ("The sides signed 14 documents and 3 investment agreements.",
             "The sides signed fourteen documents and three investment agreements.")),
    Rewrite("header_dates_day_first",
            ((re.compile(r"\b(?:(?P<day>\d{1,2})\s+(?P<month>" + _MONTH_NAME + r")\s+(?P<year>\d{4})"
                         r"|(?P<month2>" + _MONTH_NAME + r")\s+(?P<day2>\d{1,2}),?\s+(?P<year2>\d{4}))\b"), _day_first),),
            ("20 January 2022, 17:05 | Economy", "20.01.2022, 17:05 | Economy"),
            where="header"),
)
BY_NAME = {r.name: r for r in REWRITES}


def rewrite_article(text: str, rewrite: Rewrite) -> str:
    """The article with its body rewritten and the headline and header lines as they were,
    or, for a header rewrite, the lines under the headline rewritten and the rest as it was."""
    lines = text.split("\n")
    if len(lines) <= HEADER_LINES:
        return text
    if rewrite.where == "header":
        return "\n".join(lines[:1] + [rewrite.apply(line) for line in lines[1:HEADER_LINES]] + lines[HEADER_LINES:])
    head, body = lines[:HEADER_LINES], "\n".join(lines[HEADER_LINES:])
    return "\n".join(head + [rewrite.apply(body)])


def rewrite_corpus(articles: Path, out: Path, rewrite: Rewrite) -> int:
    """Every article of `articles` rewritten into `out`; returns how many changed."""
    out.mkdir(parents=True, exist_ok=True)
    changed = 0
    for path in sorted(articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        new = rewrite_article(text, rewrite)
        changed += new != text
        (out / path.name).write_text(new, encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    from evaluation.score import evaluate_corpus, format_report

    ap = argparse.ArgumentParser(prog="python -m evaluation.rewrites", description=__doc__.split("\n\n")[0])
    ap.add_argument("--rewrite", required=True, choices=sorted(BY_NAME) + ["all"])
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    args = ap.parse_args(argv)
    if args.rewrite == "all":
        return _summary(args.articles, args.gold)
    with tempfile.TemporaryDirectory(prefix="rewrites-") as tmp:
        out = Path(tmp) / "articles"
        changed = rewrite_corpus(args.articles, out, BY_NAME[args.rewrite])
        before = evaluate_corpus(str(args.articles), str(args.gold))
        after = evaluate_corpus(str(out), str(args.gold))
        shutil.rmtree(out, ignore_errors=True)
    print(f"{args.rewrite}: {changed} articles rewritten")
    for label, report in (("as written", before), ("rewritten", after)):
        table = format_report(report).split("\n\n")[1]
        print(f"\n{label}\n{table}")
    return 0


def _summary(articles: Path, gold: Path) -> int:
    """One line per rewrite: articles changed, F1 of each fact table and companies, and the
    accuracy of trade periods, agreement counts and publication dates."""
    from evaluation.score import evaluate_corpus

    def line(label: str, changed: str, report) -> str:
        f1 = [report.tables[t].f1 for t in ("production_targets", "trade_volumes", "agreements", "companies")]
        acc = [report.attributes.get(a) for a in ("trade_volumes.period", "agreements.agreement_count")]
        acc.append(report.published_date)
        return (f"{label:<26} {changed:>7} " + " ".join(f"{v:6.3f}" for v in f1) + " "
                + " ".join(f"{a.correct:>4}/{a.total:<4}" if a else "     -   " for a in acc))

    print(f"{'rewrite':<26} {'changed':>7} {'prod':>6} {'trade':>6} {'agree':>6} {'compa':>6}"
          f" {'period':>9} {'count':>9} {'pubdate':>9}")
    print(line("(as written)", "-", evaluate_corpus(str(articles), str(gold))))
    for rewrite in REWRITES:
        with tempfile.TemporaryDirectory(prefix="rewrites-") as tmp:
            out = Path(tmp) / "articles"
            changed = rewrite_corpus(articles, out, rewrite)
            print(line(rewrite.name, str(changed), evaluate_corpus(str(out), str(gold))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
