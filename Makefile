# Two commands set everything up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --disable-pip-version-check -q -c constraints.txt

.PHONY: demo test lint clean browser

# pip is pinned too: the pip that ships with Python 3.11 does not normalise extra names and warns
# "lxml does not provide the extra 'html_clean'" on every install (lxml names it html-clean).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q pip==25.3

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/graphbuild build seeds/ --out out/

# Browser tests need Debian's chromium + chromium-driver; install them when we can (root, apt available).
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "warning: chromium/chromedriver not found and cannot be installed here; browser tests will be skipped"; fi; \
	fi

test: $(VENV)/.installed-test browser
	$(BIN)/ruff check graphbuild tests $(wildcard benchmarks)
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check graphbuild tests $(wildcard benchmarks)
	$(BIN)/ruff format --check graphbuild tests $(wildcard benchmarks)

clean:
	rm -rf $(VENV) out
