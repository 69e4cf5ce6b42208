"""Meaning-preserving rewrites of an annotated corpus, to find rules that hold only for the
spellings they were tuned on.

Each rewrite changes how a fact is written, never what it says ("$1.2 billion" -> "1.2 billion
US dollars", "Russia" -> "the Russian Federation", "30,000" -> "30 000"), so the corpus's gold
stays right and any drop in score against it is a brittle rule. The headline and the lines of
the header are left as they are (the first `HEADER_LINES` lines): only the body is rewritten.

    python -m evaluation.rewrites --rewrite money_after --articles DIR --gold DIR

scores the corpus as it is and rewritten, and prints both reports' summary lines.
"""
from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HEADER_LINES = 3
_NUM = r"\d+(?:[.,]\d+)?"
_STATES = r"Kazakhstan|Uzbekistan|Tajikistan|Azerbaijan|Belarus|Turkmenistan"


@dataclass(frozen=True)
class Rewrite:
    name: str
    steps: tuple[tuple[re.Pattern, str | Callable[[re.Match], str]], ...]
    example: tuple[str, str]            # (before, after): what it does, checked by the tests

    def apply(self, text: str) -> str:
        for pattern, repl in self.steps:
            text = pattern.sub(repl, text)
        return text


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
            ((re.compile(_sentence_start(r"Russia\b(?!n)")), r"\1The Russian Federation"),
             (re.compile(r"\bRussia's\b"), "the Russian Federation's"),
             (re.compile(r"\bRussia\b(?!n)"), "the Russian Federation")),
            ("Russia's exports to Turkey and Russia.", "The Russian Federation's exports to Turkey and the "
                                                      "Russian Federation.")),
    Rewrite("long_state_names",
            # not before a capitalised word: "Kazakhstan Temir Zholy" is a company's name
            ((re.compile(_sentence_start(r"(" + _STATES + r")\b(?!['\u2019])(?!\s+[A-Z])")), r"\1The Republic of \2"),
             (re.compile(r"(?<!Republic of )\b(" + _STATES + r")\b(?!['\u2019])(?!\s+[A-Z])"), r"the Republic of \1"),
             (re.compile(r"\bKyrgyzstan\b(?!['\u2019])(?!\s+[A-Z])"), "the Kyrgyz Republic"),
             (re.compile(r"\bIran\b(?!['\u2019])(?!\s+[A-Z])"), "the Islamic Republic of Iran")),
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
)
BY_NAME = {r.name: r for r in REWRITES}


def rewrite_article(text: str, rewrite: Rewrite) -> str:
    """The article with its body rewritten; the headline and header lines as they were."""
    lines = text.split("\n")
    head, body = lines[:HEADER_LINES], "\n".join(lines[HEADER_LINES:])
    return "\n".join(head + [rewrite.apply(body)]) if len(lines) > HEADER_LINES else text


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
    ap.add_argument("--rewrite", required=True, choices=sorted(BY_NAME))
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    args = ap.parse_args(argv)
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


if __name__ == "__main__":
    raise SystemExit(main())
