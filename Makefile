PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check test bench corpus corpus-deep venv clean

$(STAMP): pyproject.toml
	test -x $(VPY) || $(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(VPY) -m generator generate

check: $(STAMP)
	$(VPY) -m generator check

test: $(STAMP)
	$(VPY) -m pytest

bench: $(STAMP)
	$(VPY) -m pip install -q -r bench/requirements.txt
	$(VPY) bench/run.py
	$(VPY) bench/run.py --no-orjson --no-footprint --quick
	$(VPY) bench/generation.py --dcg
	$(VPY) bench/summary.py

corpus: $(STAMP)
	$(VPY) bench/corpus.py --import --examples --mypy --black --ruff

corpus-deep: $(STAMP)
	CORPUS_DEEP=1 $(VPY) -m pytest tests/test_corpus_oracle.py tests/test_corpus_dcg.py tests/test_schema_fuzz.py -s -rs -p no:cacheprovider

clean:
	rm -rf $(VENV)
