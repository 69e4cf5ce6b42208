"""The report's charts: rows of the saved analyses in, plotly figures out (pure functions)."""
from __future__ import annotations

from collections import defaultdict

import plotly.graph_objects as go

from report.data import Table

LAYOUT = dict(template="plotly_white", height=420, margin=dict(l=70, r=30, t=20, b=60),
              legend=dict(orientation="h", y=-0.18))
MAX_PAIRS = 8          # turnover: the pairs with the most statements
MAX_COMPANIES = 15     # agreements: the companies with the most agreements


def output_by_country_and_year(t: Table) -> go.Figure:
    """Grouped bars: vehicles per year, one trace per country; part-year figures hatched."""
    by_country: dict[str, list[dict]] = defaultdict(list)
    for r in t.dicts():
        by_country[r["country_name"]].append(r)
    fig = go.Figure()
    for country, rows in sorted(by_country.items()):
        rows.sort(key=lambda r: r["year"])
        fig.add_bar(
            name=country,
            x=[str(r["year"]) for r in rows],
            y=[r["vehicles"] for r in rows],
            text=[f"{r['vehicles']:,.0f}" + ("" if r["period_label"] == str(r["year"]) else f" ({r['period_label']})")
                  + (" ⚠" if r["has_conflict"] else "") for r in rows],
            textposition="outside",
            marker_pattern_shape=["" if r["period_label"] == str(r["year"]) else "/" for r in rows],
            customdata=[[r["period_label"], r["statements"], "yes" if r["has_conflict"] else "no"] for r in rows],
            hovertemplate="%{x}: %{y:,.0f} vehicles<br>period %{customdata[0]}<br>"
                          "%{customdata[1]} statement(s); conflict: %{customdata[2]}<extra>%{fullData.name}</extra>",
        )
    fig.update_layout(barmode="group", xaxis_title="year", yaxis_title="vehicles", **LAYOUT)
    return _note_if_empty(fig, t)


def turnover_between_countries(t: Table) -> go.Figure:
    """One line per country pair through its whole years; part-year figures as open markers.

    The x axis is the periods in words ('2022', 'Jan-Apr 2023', '2023'), in order of their end,
    so a part of a year stands beside the whole years, never in place of one.
    """
    rows_all = t.dicts()
    by_pair: dict[str, list[dict]] = defaultdict(list)
    for r in rows_all:
        by_pair[f"{r['country_a']} - {r['country_b']}"].append(r)
    top = sorted(by_pair, key=lambda p: (-sum(r["statements"] for r in by_pair[p]), p))[:MAX_PAIRS]
    periods = sorted({(r["period_end"], r["months"] or 0, r["period_label"]) for p in top for r in by_pair[p]})
    fig = go.Figure()
    for i, pair in enumerate(sorted(top)):
        rows = sorted(by_pair[pair], key=lambda r: (r["period_end"], r["months"] or 0))
        color = _color(i)
        for whole in (True, False):
            part = [r for r in rows if bool(r["is_whole_year"]) == whole]
            if not part:
                continue
            fig.add_scatter(
                name=pair + ("" if whole else " (part of a year)"),
                x=[r["period_label"] for r in part],
                y=[r["turnover_usd"] / 1e9 for r in part],
                mode="lines+markers" if whole else "markers",
                marker=dict(symbol="circle" if whole else "circle-open", size=10, color=color),
                line=dict(color=color),
                customdata=[[r["months"], r["statements"]] for r in part],
                hovertemplate="%{x}: $%{y:.2f} bn (%{customdata[0]} months, "
                              "%{customdata[1]} statement(s))<extra>%{fullData.name}</extra>",
            )
    fig.update_layout(xaxis_title="period", yaxis_title="US$ billion", yaxis_rangemode="tozero",
                      xaxis=dict(type="category", categoryorder="array",
                                 categoryarray=[label for _, _, label in periods]), **LAYOUT)
    return _note_if_empty(fig, t)


def agreements_per_company(t: Table) -> go.Figure:
    """Horizontal bars: real-world agreements per company, beside the reports behind them."""
    rows = t.dicts()[:MAX_COMPANIES][::-1]
    fig = go.Figure()
    fig.add_bar(name="agreements (one per real-world agreement)", orientation="h",
                y=[r["company_name"] for r in rows], x=[r["agreements"] for r in rows],
                text=[r["agreements"] for r in rows], textposition="outside")
    fig.add_bar(name="reports (agreement rows in articles)", orientation="h",
                y=[r["company_name"] for r in rows], x=[r["reports"] for r in rows],
                marker_color="#c7c7c7", text=[r["reports"] for r in rows], textposition="outside")
    layout = {**LAYOUT, "height": max(320, 60 + 40 * len(rows))}
    most = max([r["reports"] for r in rows] + [1])
    fig.update_layout(barmode="group", xaxis_title="count", xaxis_dtick=1 if most <= 10 else None, **layout)
    return _note_if_empty(fig, t)


def _note_if_empty(fig: go.Figure, t: Table) -> go.Figure:
    if not t.rows:
        fig.add_annotation(text="no rows in this warehouse", showarrow=False, font=dict(size=16, color="#888"),
                           xref="paper", yref="paper", x=0.5, y=0.5)
    return fig


def _color(i: int) -> str:
    palette = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")
    return palette[i % len(palette)]


# analysis name -> (heading, chart)
CHARTS = {
    "output_by_country_and_year": (
        "Vehicle output by country and year (national figures; hatched: part of the year only)",
        output_by_country_and_year),
    "turnover_between_countries": (
        "Trade turnover between two countries (US$ billion; open markers: part of a year)",
        turnover_between_countries),
    "agreements_per_company": (
        "Agreements per company (real-world agreements, beside the reports of them)",
        agreements_per_company),
}
