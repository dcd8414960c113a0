# Two entry points for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DB ?= truce.duckdb
# No bytecode at install time: Python writes it for the modules a run imports (a third of them);
# the rest (pip's, setuptools', most of numpy's and pygments') would be 50 MB never read.
PIP_INSTALL = $(BIN)/pip install -q --no-compile

.PHONY: install demo test lint bench snapshot clean

# Runtime only (what a user gets): `make demo`. Test tools come on top: `make install` / `make test`.
$(BIN)/truce: pyproject.toml
	$(PY) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -e .
	touch $(BIN)/truce

$(BIN)/pytest: $(BIN)/truce
	$(BIN)/pip install -q -e ".[test]"
	touch $(BIN)/pytest

install: $(BIN)/pytest

demo: $(BIN)/truce
	rm -f $(DEMO_DB)
	$(BIN)/truce ingest --sample --db $(DEMO_DB)
	$(BIN)/truce stats --db $(DEMO_DB) --sample
	@echo
	@echo "Open the workbench on this store (then browse http://127.0.0.1:8765/):"
	@echo "  $(BIN)/truce serve --db $(DEMO_DB) --truce src/truce/data/truces/libya-2026.yaml"

test: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest -q

# Intended output changes: rewrite tests/snapshots/ (sample corpus outputs, dev numbers) and commit it.
snapshot: install
	$(BIN)/python scripts/snapshot.py --update

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_venv.py

clean:
	rm -rf $(VENV) truce.duckdb .pytest_cache .ruff_cache
