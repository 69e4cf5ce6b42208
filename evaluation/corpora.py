"""`python -m evaluation.corpora`: score every annotated corpus of the repository, one line each.

A corpus is `corpus/sample` or any `tests/fixtures/<name>` with `articles/` and `gold/`. All of
them are built into one throw-away warehouse (one load, one dbt build, as an analyst's warehouse
holds many sources) and each is scored on its own articles as `python -m evaluation` does
(`score.article_marts`); the summary gives F1 per table and the attribute counts a change is
judged by. `--json OUT` keeps the figures, and `--against OUT` prints each figure's change since
that run, so a rule's effect on every corpus is one command.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from evaluation.score import Report

ROOT = Path(__file__).resolve().parent.parent

# (column, report figure or attribute) of the summary line
F1_COLUMNS = (("prod", "production_targets.f1"), ("trade", "trade_volumes.f1"), ("agree", "agreements.f1"),
              ("comp", "companies.f1"), ("ctry", "countries.f1"))
COUNT_COLUMNS = (("period", "trade_volumes.period"), ("count", "agreements.agreement_count"),
                 ("pub", "published_date"))


def annotated_corpora(root: Path = ROOT) -> dict[str, Path]:
    """Name -> directory of every annotated corpus: the sample, then the fixtures in natural order."""
    found = {"sample": root / "corpus" / "sample"}
    fixtures = [d for d in (root / "tests" / "fixtures").iterdir()
                if (d / "articles").is_dir() and (d / "gold").is_dir()]
    for d in sorted(fixtures, key=lambda d: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", d.name)]):
        found[d.name] = d
    return found


def score_corpora(corpora: dict[str, Path]) -> dict[str, Report]:
    """Each corpus's report, from one warehouse built from the articles of them all."""
    from evaluation.score import article_marts, load_gold, read_marts, score_marts
    from loaders.build import build  # lazy: reading the figures needs neither the loaders nor dbt

    golds = {name: load_gold(d / "gold") for name, d in corpora.items()}
    owner: dict[str, str] = {}
    for name, articles in golds.items():
        for gold in articles:
            if owner.setdefault(gold.file_name, name) != name:
                raise ValueError(f"{gold.file_name} is in two corpora ({owner[gold.file_name]}, {name}): "
                                 "articles are told apart by file name")
    with tempfile.TemporaryDirectory(prefix="corpora-") as tmp:
        articles = Path(tmp, "articles")
        articles.mkdir()
        for name, directory in corpora.items():
            (articles / name).symlink_to((directory / "articles").resolve(), target_is_directory=True)
        warehouse = Path(tmp, "warehouse.duckdb")
        build(articles=str(articles), warehouse=str(warehouse), strict=False, quiet=True)
        marts = read_marts(warehouse)
    return {name: score_marts(article_marts(marts, {g.file_name for g in golds[name]}), golds[name],
                              str(warehouse), str(corpora[name] / "gold"))
            for name in corpora}


def report_figures(report: Report) -> dict:
    """The summary figures of one report: F1 per table, (correct, total) per counted attribute."""
    out: dict = {"articles": report.articles_scored, "duplicate_companies": len(report.duplicate_companies)}
    out.update({name: report.figures()[name] for _, name in F1_COLUMNS})
    accuracies = {**report.attributes, "published_date": report.published_date}
    out.update({name: [accuracies[name].correct, accuracies[name].total] for _, name in COUNT_COLUMNS})
    return out


def format_summary(results: dict[str, dict], against: dict[str, dict] | None = None) -> str:
    """One line per corpus; with `against`, each changed figure is followed by its change."""
    head = f"{'corpus':<9}" + "".join(f"{c:>14}" if against else f"{c:>7}" for c, _ in F1_COLUMNS) \
        + "".join(f"{c:>16}" if against else f"{c:>10}" for c, _ in COUNT_COLUMNS) + "  dup"
    lines = [head]
    for corpus, fig in results.items():
        old = (against or {}).get(corpus)
        cells = [f"{corpus:<9}"]
        for _, name in F1_COLUMNS:
            cell = f"{fig[name]:.3f}"
            if against is not None:
                cell += _delta(fig[name] - old[name]) if old else " (new)"
                cells.append(f"{cell:>14}")
            else:
                cells.append(f"{cell:>7}")
        for _, name in COUNT_COLUMNS:
            correct, total = fig[name]
            cell = f"{correct}/{total}"
            if against is not None:
                if old and old[name] != fig[name]:
                    cell += f" ({old[name][0]}/{old[name][1]})"
                cells.append(f"{cell:>16}")
            else:
                cells.append(f"{cell:>10}")
        cells.append(f"{fig['duplicate_companies']:>5}")
        lines.append("".join(cells))
    return "\n".join(lines)


def _delta(d: float) -> str:
    return "" if abs(d) < 0.0005 else f" ({d:+.3f})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.corpora", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated corpus names (default: all)")
    parser.add_argument("--json", metavar="OUT", help="write the figures to OUT")
    parser.add_argument("--against", metavar="OLD", help="show each figure's change since a --json file")
    args = parser.parse_args(argv)

    corpora = annotated_corpora()
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in corpora]
        if unknown:
            print(f"error: no annotated corpus named {', '.join(unknown)} (have: {', '.join(corpora)})",
                  file=sys.stderr)
            return 2
        corpora = {n: corpora[n] for n in names}
    against = None
    if args.against:
        try:
            against = json.loads(Path(args.against).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"error: {args.against}: {exc}", file=sys.stderr)
            return 2
    figures = {name: report_figures(report) for name, report in score_corpora(corpora).items()}
    print(format_summary(figures, against))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
