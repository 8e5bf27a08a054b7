# The front door.  `make run` and `make test` are all a fresh machine needs.
# Python 3.12 where the machine has one (a pyenv version too): on 3.11.7 the test sequence
# of tests/reliability/test_no_crash.py crashes, a heap corruption in the interpreter's
# instance dictionaries that SQLAlchemy's session close meets after a large export (3 of 3
# runs on 3.11.7, 0 of 3 on 3.12.1, the same code); else python3.
PY ?= $(shell for p in python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) python3; \
	do $$p -c '' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///jixiao.db

.PHONY: run test lint goldens samples bench score clean install system-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,ocr]'
	touch $(STAMP)

## Ingest samples/ into the default SQLite file and print what is stored.
SAMPLE_DIRS := $(filter-out samples/__pycache__/ samples/real_specs/,$(wildcard samples/*/))

# exit 1 means some files failed, as some samples do on purpose (an encrypted PDF): go on
run: install system-deps
	$(BIN)/jixiao ingest $(SAMPLE_DIRS) --db $(DB) || [ $$? -eq 1 ]
	$(BIN)/jixiao documents --db $(DB)

## The system packages some files are read through, where missing: LibreOffice for old Word
## (.doc, .wps, .rtf) and OpenDocument (.odt, .ods), libarchive for .rar.  Installed with apt-get when run as root; else
## a note, and such files fail naming the package (everything else reads without them).
SYSTEM_DEPS_APT := DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends
system-deps:
	@need=""; \
	command -v soffice >/dev/null 2>&1 || need="$$need libreoffice-writer-nogui libreoffice-calc-nogui"; \
	ldconfig -p 2>/dev/null | grep -q 'libarchive\.so\.13' || need="$$need libarchive13"; \
	if [ -n "$$need" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$need (old Word files, .rar archives)"; \
	    $(SYSTEM_DEPS_APT) $$need >/dev/null 2>&1 || { timeout 300 apt-get update -qq >/dev/null 2>&1; \
	      $(SYSTEM_DEPS_APT) $$need >/dev/null 2>&1; } || \
	      echo "note: apt-get could not install$$need: .doc/.wps/.rar files will fail naming it"; \
	  else echo "note:$$need missing (run as root to install): .doc/.wps/.rar files will fail naming it"; fi; \
	fi

## Run the test suite (PostgreSQL tests run when JIXIAO_TEST_PG_URL is set).
test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

## ruff; mypy and import-linter over the package as it is imported (`jixiao.parsers` …),
## through a tree of links: neither tool can follow an editable install's import hook.
LINT_TREE := build/lint
lint: install
	rm -rf $(LINT_TREE) && mkdir -p $(LINT_TREE)
	cp -rs $(CURDIR)/jixiao $(LINT_TREE)/jixiao
	for d in ingest parsers normalize store; do cp -rs $(CURDIR)/$$d $(LINT_TREE)/jixiao/$$d; done
	$(BIN)/ruff check jixiao ingest parsers normalize store tests samples bench
	MYPYPATH=$(LINT_TREE) $(BIN)/mypy
	cd $(LINT_TREE) && $(CURDIR)/$(BIN)/lint-imports $(CURDIR)/pyproject.toml --no-cache

## Rebuild the golden exports after a deliberate change (then review `git diff tests/golden`).
goldens: install
	JIXIAO_UPDATE_GOLDENS=1 $(BIN)/python -m pytest -q -p no:cacheprovider -k golden

## How the reader does on the real published tables (samples/real/) against their truth.
score: install
	$(BIN)/python -m tests.documents.scoring $(SCORE_ARGS)

## Rebuild the sample files from the seed (needs LibreOffice for .pdf and .doc).
samples: install
	$(BIN)/python samples/build.py

bench: install
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) jixiao.db jixiao.db-* .pytest_cache .mypy_cache .ruff_cache
