"""make report: the fixture's answers are in the charts, and the page draws in a real browser.

The browser test opens the report in the system's headless Chromium (Debian packages chromium
and chromium-driver; .ci/run installs them) and skips, saying what to install, where they are
missing. It saves a full-page screenshot (REPORT_SCREENSHOT, else pytest's tmp dir).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from report import browser, data, figures, page


@pytest.fixture(scope="module")
def report_data(reconcile_warehouse: Path) -> data.ReportData:
    return data.read(reconcile_warehouse)


def traces(fig) -> dict[str, list[tuple]]:
    return {t.name: list(zip(t.x, t.y)) for t in fig.data}


def test_charts_show_the_reconciled_answers(report_data: data.ReportData) -> None:
    output = traces(figures.output_by_country_and_year(report_data.answers["output_by_country_and_year"]))
    assert output == {"Kazakhstan": [("2022", 110_000), ("2023", 121_000)], "Uzbekistan": [("2023", 380_000)]}

    turnover = traces(figures.turnover_between_countries(report_data.answers["turnover_between_countries"]))
    assert turnover == {"Kazakhstan - Russia": [("2022", 26.0), ("2023", 27.2)],
                        "Kazakhstan - Russia (part of a year)": [("Jan-Apr 2023", 8.0)]}

    agreements = traces(figures.agreements_per_company(report_data.answers["agreements_per_company"]))
    assert sorted((y, x) for x, y in agreements["agreements (one per real-world agreement)"]) == [
        ("Allur", 2), ("JAC Motors", 1), ("KAMAZ", 1)]   # as the articles write it (seed: "JAC")


def test_conflicts_and_coverage(report_data: data.ReportData) -> None:
    conflicts = report_data.conflicts.dicts()
    assert [(c["kind"], c["subject"], c["chosen"], c["lowest"], c["highest"]) for c in conflicts] == [
        ("production", "Uzbekistan", 380_000, 350_000, 380_000)]
    c = report_data.coverage
    assert (c["articles"], c["agreement_reports"], c["agreement_events"], c["conflicts"]) == (12, 4, 2, 1)
    assert (str(c["first_published"]), str(c["last_published"])) == ("2023-02-10", "2024-03-22")


def test_page_is_one_self_contained_file(report_data: data.ReportData, tmp_path: Path) -> None:
    html = page.render(report_data)
    assert html.count("<script") >= 3                       # plotly.js once, then one per chart
    assert "Plotly.newPlot" in html and "plotly.js" in html.lower()
    assert 'src="http' not in html and "src='http" not in html and "<link" not in html


def test_report_draws_in_a_real_browser(report_data: data.ReportData, tmp_path: Path) -> None:
    why = browser.available()
    if why:
        pytest.skip(f"no browser for the report test: {why}")
    out = page.write(report_data, tmp_path / "report.html")
    shot = Path(os.environ.get("REPORT_SCREENSHOT") or tmp_path / "report.png")
    result = browser.check(out, shot)
    assert result.console_errors == []
    assert [c["id"] for c in result.charts] == [f"chart-{name}" for name in data.ANALYSES]
    assert result.charts_drawn == 3, result.charts
    assert result.fetched == []                              # nothing loaded from elsewhere: works offline
    assert shot.stat().st_size > 20_000
    print(f"report screenshot: {shot}")
