# news-to-warehouse: every command a user needs.
#   make setup                                  venv + pinned dependencies
#   make build [ARTICLES=dir] [WAREHOUSE=path] [STRICT=1] [PARQUET=dir]
#                                               load, dbt build, publish
#   make test                                   every test (the Spark parity test when
#                                               Java >= 17 and the Spark packages are there)
#   make setup-spark                            the Spark packages (requirements-spark.txt)
#   make spark-extract ARTICLES=dir PARQUET=dir extraction as a Spark job (raw Parquet)
#   make evaluate ARTICLES=dir GOLD=dir [VERBOSE=1]
#   make evaluate [JSON=out] [AGAINST=out]      every annotated corpus, a line each
#   make bench N=1000
#   make sql [WAREHOUSE=path]                   DuckDB command line on the warehouse, read-only
#   make report [WAREHOUSE=path] [REPORT=file]  one self-contained HTML report (and a
#                                               screenshot when Chromium is installed)

PYTHON_BOOT ?= $(shell command -v python3.11 || command -v python3)
VENV        := .venv
PY          := $(VENV)/bin/python
ARTICLES    ?= corpus/sample/articles
WAREHOUSE   ?= warehouse.duckdb
N           ?= 1000
REPORT      ?= report.html
# The DuckDB that BI tools embed (Metabase's driver, Rill): the published file
# must open in it. Installed apart from the project's own DuckDB for the test.
BI_DUCKDB   := $(VENV)/bi-duckdb-1.5.5
# Paths reach the recipes as environment variables, quoted by the shell that
# expands them ("$$ARTICLES"): a quote or a backtick in a path stays a path.
export ARTICLES WAREHOUSE PARQUET GOLD REPORT JSON AGAINST

.PHONY: setup setup-spark build test evaluate bench spark-extract sql report clean
.DEFAULT_GOAL := build

# The last step puts the project's packages (loaders, report) on the venv's
# path wherever it runs: dbt loads the warehouse-lock plugin (loaders/dbt_lock.py) by name.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --target $(BI_DUCKDB) duckdb==1.5.5
	$(PY) -c "import os, pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], 'news_warehouse.pth').write_text(os.getcwd() + '\n')"
	touch $@

setup: $(VENV)/.installed

$(VENV)/.installed-spark: requirements-spark.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-spark.txt
	touch $@

setup-spark: $(VENV)/.installed-spark

build: setup
	$(PY) -m loaders.build --articles "$$ARTICLES" --warehouse "$$WAREHOUSE" $(if $(filter 1,$(STRICT)),--strict) $(if $(PARQUET),--parquet "$$PARQUET")

# -rs: a skipped test says why (the Spark parity test: what to install).
# -n auto: one worker per core; --dist loadgroup keeps the tests that share a
# module fixture (a dbt build) on one worker, so it is built once, and spreads
# every other test, each quality corpus's build too, over the workers (groups:
# tests/conftest.py).
test: setup
	$(PY) -m pytest -q -rs -n auto --dist loadgroup

# Without GOLD: every annotated corpus of the repository, a line each (JSON=out keeps the
# figures, AGAINST=out shows each figure's change since then).
evaluate: setup
ifdef GOLD
	$(PY) -m evaluation --articles "$$ARTICLES" --gold "$$GOLD" $(if $(filter 1,$(VERBOSE)),--verbose)
else
	$(PY) -m evaluation.corpora $(if $(JSON),--json "$$JSON") $(if $(AGAINST),--against "$$AGAINST")
endif

bench: setup
	$(PY) -m pip install --quiet -r requirements-bench.txt
	$(PY) -m bench.run --n $(N)

spark-extract: setup-spark
	@test -n "$(PARQUET)" || { echo "usage: make spark-extract ARTICLES=<dir> PARQUET=<dir>"; exit 2; }
	$(PY) -m loaders.spark_extract --articles "$(ARTICLES)" --parquet "$(PARQUET)"

sql: setup
	@test -f "$$WAREHOUSE" || { echo "$$WAREHOUSE: no warehouse yet; run make build first"; exit 2; }
	$(VENV)/bin/duckdb -readonly "$$WAREHOUSE"

report: setup
	$(PY) -m report --warehouse "$$WAREHOUSE" --out "$$REPORT"

clean:
	rm -rf target logs *.work.duckdb* *.dbt-target .pytest_cache
