"""Open the report in headless Chromium (the system's, through Selenium) and check that it draws.

Chromium and its driver come from the system packages (Debian: chromium,
chromium-driver); Selenium is only told where they are, so nothing is
downloaded. `check` returns what a person would see: console errors, the
charts that drew, any resource the page tried to fetch, and a screenshot.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
INSTALL_HINT = "install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-dev-shm-usage", "--window-size=1280,900")

# Per chart: how many traces plotly drew and how many marks (bars, points) are in its SVG.
DRAWN_JS = """
return Array.from(document.querySelectorAll('.js-plotly-plot')).map(gd => ({
    id: gd.id,
    traces: (gd._fullData || []).length,
    marks: gd.querySelectorAll('.trace .point, .trace .js-line').length
}));
"""


class BrowserMissing(RuntimeError):
    """No Chromium or chromedriver here; the message says what to install."""


@dataclass
class PageCheck:
    console_errors: list[str] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)       # {'id', 'traces', 'marks'}
    fetched: list[str] = field(default_factory=list)       # resources the page loaded from elsewhere
    screenshot: Path | None = None

    @property
    def charts_drawn(self) -> int:
        return sum(1 for c in self.charts if c["traces"] > 0 and c["marks"] > 0)


def available() -> str | None:
    """None when Chromium and its driver are here, else what is missing and how to install it."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).exists() or shutil.which(p))]
    return f"{', '.join(missing)} not found: {INSTALL_HINT}" if missing else None


def check(page: Path, screenshot: Path | None = None) -> PageCheck:
    """Load `page` (a local file) in headless Chromium, collect what it shows, save a full-page screenshot."""
    why = available()
    if why:
        raise BrowserMissing(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        driver.set_page_load_timeout(60)
        driver.get(Path(page).resolve().as_uri())
        result = PageCheck()
        result.charts = driver.execute_script(DRAWN_JS)
        result.fetched = driver.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        result.console_errors = [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        if screenshot is not None:
            for _ in range(3):      # the page reflows when the window grows: until it fits
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(1280, min(height + 140, 12000))
            Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(screenshot))
            result.screenshot = Path(screenshot)
        return result
    finally:
        driver.quit()
