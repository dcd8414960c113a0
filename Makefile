# Two entry points for a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test lint bench clean

$(BIN)/truce: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(BIN)/truce

install: $(BIN)/truce

demo: install
	rm -f truce.duckdb
	$(BIN)/truce ingest --sample --db truce.duckdb
	$(BIN)/truce stats --db truce.duckdb
	@echo
	@echo "Open the workbench on this store (then browse http://127.0.0.1:8765/):"
	@echo "  $(BIN)/truce serve --db truce.duckdb --truce src/truce/data/truces/libya-2026.yaml"

test: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest -q

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf $(VENV) truce.duckdb .pytest_cache .ruff_cache
