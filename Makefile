# The two commands of the README: `make demo` and `make test`. Both set up .venv/ first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: setup
	$(BIN)/graphkit build corpus --out out/corpus

# What ruff lints and checks the format of.
PYTHON_DIRS := graphkit tests benchmarks ontologies

# What CI runs (.ci/run): lint, format, types (mypy reads its files from pyproject.toml), then the tests,
# the docstrings' examples among them; the first that fails fails the target.
# The browser tests drive the system's Chromium (Debian's package); without it they fail and say so.
test: setup
	$(BIN)/ruff check $(PYTHON_DIRS)
	$(BIN)/ruff format --check $(PYTHON_DIRS)
	$(BIN)/mypy
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
	  || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "graphkit: Chromium is missing and could not be installed; run: sudo apt-get install chromium" >&2
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out
