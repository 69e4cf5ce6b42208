"""The report as one HTML file: plotly's JavaScript inlined once, tables as plain HTML, no links out."""
from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from report.data import ANALYSES, ReportData, Table
from report.figures import CHARTS

MAX_CONFLICT_ROWS = 200
STYLE = """
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 24px auto;
       max-width: 1100px; color: #222; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 32px; }
.note { color: #666; font-size: 13px; }
table { border-collapse: collapse; font-size: 13px; margin-top: 8px; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.coverage td:first-child { color: #555; }
"""


def render(data: ReportData) -> str:
    """The whole page for `data`."""
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
             f"<title>News warehouse report</title><style>{STYLE}</style></head><body>",
             "<h1>News warehouse report</h1>",
             f"<p class='note'>{html.escape(Path(data.warehouse).name)}, generated "
             f"{datetime.now().strftime('%Y-%m-%d %H:%M')}. Every number is a reconciled answer: one figure "
             f"per question, however many articles state it (see the warehouse's marts.*_reconciled and "
             f"marts.fct_agreement_event).</p>",
             "<h2>Coverage</h2>", _coverage(data.coverage)]
    for i, name in enumerate(ANALYSES):
        heading, chart = CHARTS[name]
        fig = chart(data.answers[name])
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(f"<p class='note'>analyses/{name}.sql: {len(data.answers[name].rows)} row(s)</p>")
        parts.append(fig.to_html(full_html=False, include_plotlyjs=(i == 0), div_id=f"chart-{name}",
                                 config={"displaylogo": False, "responsive": True}))
    parts.append("<h2>Conflicts</h2>")
    parts.append("<p class='note'>Reconciled rows whose statements for the same subject, period, kind and unit "
                 "differ by more than 1 %: the chosen figure and the range stated.</p>")
    parts.append(_table(data.conflicts, MAX_CONFLICT_ROWS) if data.conflicts and data.conflicts.rows
                 else "<p>No conflicts.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write(data: ReportData, out: Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(data), encoding="utf-8")
    return out


def _coverage(c: dict) -> str:
    rows = [
        ("articles", f"{c['articles']:,} ({c['dated_articles']:,} with a publication date)"),
        ("published", f"{_fmt(c['first_published'])} to {_fmt(c['last_published'])}"),
        ("production statements", f"{c['production_statements']:,} -> {c['production_rows']:,} reconciled rows"),
        ("trade statements", f"{c['trade_statements']:,} -> {c['trade_rows']:,} reconciled rows"),
        ("agreement reports", f"{c['agreement_reports']:,} -> {c['agreement_events']:,} real-world agreements"),
        ("conflicts", f"{c['conflicts']:,} reconciled rows"),
    ]
    body = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table class='coverage' id='coverage'>{body}</table>"


def _table(t: Table, limit: int) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in t.columns)
    body = []
    for row in t.rows[:limit]:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f"<td class='num'>{v:,.0f}</td>")
            else:
                cells.append(f"<td>{html.escape(_fmt(v))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f"<p class='note'>{len(t.rows) - limit:,} more not shown.</p>" if len(t.rows) > limit else ""
    return f"<table id='conflicts'><tr>{head}</tr>{''.join(body)}</table>{more}"


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)
