# The inner loop and the long runs, one name each. `make test` is the README's command.
# `make test-fast`: the pure libraries (DubanCore, DubanDocuments, DubanExport) and their tests,
# with no Vapor, Fluent, database or Python, in a build directory of their own.

SWIFT ?= swift
PG_URL ?= postgres://duban:duban@127.0.0.1:5432/duban_test?tlsmode=disable
# Tags (Tests/DubanTestSupport/Tags.swift) of the suites that call Python scorers, LibreOffice or
# the built `duban`, or read the whole corpus: `make test` runs them, `make test-fast` does not.
SLOW_TAGS ?= scorer,libreOffice,cliProcess,corpus

.PHONY: build test test-fast test-postgres e2e schemathesis bench fuzz corpus format lint

build:
	$(SWIFT) build

test:
	$(SWIFT) test

test-fast:
	DUBAN_PURE=1 $(SWIFT) build --build-tests --scratch-path .build/pure
	DUBAN_PURE=1 DUBAN_SKIP_TAGS="$(SLOW_TAGS)" $(SWIFT) test --skip-build --scratch-path .build/pure

test-postgres:
	DUBAN_TEST_POSTGRES_URL="$(PG_URL)" $(SWIFT) test --filter "DubanStoreTests"

e2e: build
	e2e/run.sh .build/debug/duban

schemathesis: build
	scripts/schemathesis.sh .build/debug/duban

bench:
	bench/server.sh
	bench/products.sh

fuzz:
	scripts/fuzz.sh --smoke

corpus: build
	python3 scripts/score-corpus.py

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests bench/Sources

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests bench/Sources
