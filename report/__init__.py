"""The warehouse report: one self-contained HTML file a person opens offline.

    python -m report [--warehouse warehouse.duckdb] [--out report.html]

`data` reads the answers from the warehouse (the saved analyses of analyses/
and the reconciled marts), `figures` draws them with plotly, `page` writes the
HTML file with plotly's JavaScript inlined, and `browser` opens it in headless
Chromium to check that it draws (the test, and `make report` when Chromium is
installed).
"""
