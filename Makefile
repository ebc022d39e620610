# perfection: `make chat` and `make test` work on a fresh machine; everything else is a helper.
SWIFT ?= swift
BUILD_FLAGS ?=
BIN = .build/debug/perfection
# Debian packages the build needs, by the pkg-config name that proves each is there.
PKG_DEPS = libpcre2-8:libpcre2-dev libedit:libedit-dev sqlite3:libsqlite3-dev
# Runs a command with its output kept in a log: nothing on success, the log's end on failure.
QUIET = Makefile.quiet

.PHONY: all setup web-setup build release chat web test transcripts browser-test openapi-test lint format format-check coverage bench fuzz sanitize man completions english-words synonym-gaps readme-explain clean help

all: build

help:
	@echo "make chat         set up, build and start the bot"
	@echo "make web          set up, build and start the chat page and HTTP API"
	@echo "make test         set up, build, check formatting, lint intents, run every test"
	@echo "make coverage     tests with code coverage, and a per-file report"
	@echo "make release      build the release binary (.build/release/perfection)"
	@echo "make bench        run the benchmarks (Benchmarks/ package) and print the README table"
	@echo "make fuzz         run every libFuzzer target for FUZZ_SECONDS (default 60) each"
	@echo "make sanitize     run the tests under AddressSanitizer and ThreadSanitizer"
	@echo "make man          generate the man page (.build/man/perfection.1)"
	@echo "make completions  generate bash, zsh and fish completions (.build/completions/)"
	@echo "make format       reformat the sources with swift format"
	@echo "make english-words  regenerate the speller's English word list from Debian's wamerican"
	@echo "make synonym-gaps  list WordNet synonyms the lexicon's concepts miss (CONCEPTS=\"die knife\" for some)"
	@echo "make readme-explain rerun the README's explain examples after intent lines moved"

# Installs the C libraries when pkg-config cannot find them (scripts/install-missing: with
# apt-get when root, otherwise it prints the exact command to run).
setup:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing=" pkg-config"; \
	for dep in $(PKG_DEPS); do \
	  pc=$${dep%%:*}; deb=$${dep##*:}; \
	  if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists $$pc; then missing="$$missing $$deb"; fi; \
	done; \
	scripts/install-missing $$missing

# What the browser and API tests need: Debian's Chromium and its driver, and Selenium and
# schemathesis from PyPI, each installed only when missing.
PIP = python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore
web-setup:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	scripts/install-missing $$missing
	@python3 -c 'import selenium' 2>/dev/null || { echo "setup: installing selenium"; $(PIP) selenium; }
	@python3 -c "import schemathesis" 2>/dev/null || { echo "setup: installing schemathesis"; $(PIP) schemathesis; }

build: setup
	@echo "build: swift build $(BUILD_FLAGS)"
	@sh $(QUIET) .build/logs/build.log $(SWIFT) build $(BUILD_FLAGS)

chat: build
	@$(BIN) chat

# The chat page and the HTTP API; it prints the address to open.
web: build
	@$(BIN) web

lint: build
	@printf 'lint: '; $(BIN) lint --strict Intents

FORMATTED = Package.swift Sources Tests Plugins Benchmarks/Package.swift Benchmarks/Sources \
  Benchmarks/Benchmarks Fuzz/Package.swift Fuzz/Sources

format-check:
	@echo "format-check: swift format lint --strict"
	@$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

# The speller's English word list, generated from Debian's wamerican and committed, so that
# a build needs no word list installed.
english-words:
	@scripts/make-english-words

# A review list for extending the lexicon, not a test: WordNet's synonyms of each concept's
# words that the concept does not read (Debian's wordnet, installed here only).
# Refreshes the README's `explain` examples after intent files have moved their lines.
readme-explain: build
	@scripts/readme-explain $(BIN)

synonym-gaps: build
	@command -v wn >/dev/null 2>&1 || scripts/install-missing wordnet
	@python3 -c 'import yaml' 2>/dev/null || scripts/install-missing python3-yaml
	@scripts/synonym-gaps $(BIN) $(CONCEPTS)

format:
	$(SWIFT) format --in-place --recursive --parallel $(FORMATTED)

transcripts: build
	@echo "transcripts:"; $(BIN) test --coverage Transcripts | sed 's/^/  /'

# The chat page in a real browser (Tests/Browser/), and the server against its OpenAPI document.
browser-test: build web-setup
	@python3 Tests/Browser/chat_page.py $(BIN) .build/browser/chat-page.png

openapi-test: build web-setup
	@scripts/check-openapi $(BIN)

# The whole suite, its log in .build/logs/test.log: the corpus figures and the totals, and
# every failure when there is one. It runs beside a throwaway PostgreSQL cluster
# (scripts/with-postgres: installed when missing, a free loopback port, removed afterwards).
test: setup format-check lint transcripts browser-test openapi-test
	@echo "swift test: unit, property, corpus, CLI, transcript, SQLite and PostgreSQL tests"
	@scripts/with-postgres sh $(QUIET) .build/logs/test.log $(SWIFT) test $(BUILD_FLAGS) \
	  --filter-summary '^(corpus |✘ Test run|✔ Test run|Test Suite .all tests. (passed|failed)|Executed [0-9]+ tests)'

# Tests with code coverage, then a per-file report of the project's own sources.
LLVM_COV ?= $(shell dirname "$$(readlink -f "$$(command -v $(SWIFT))")")/llvm-cov
coverage: setup
	scripts/with-postgres $(SWIFT) test --enable-code-coverage
	$(LLVM_COV) report .build/debug/perfectionPackageTests.xctest \
	  -instr-profile=.build/debug/codecov/default.profdata \
	  -ignore-filename-regex='(\.build|Tests|Benchmarks|Fuzz)/'

# The release binary, with the Swift runtime linked in statically (it starts twice as fast).
release: setup
	$(SWIFT) build -c release --static-swift-stdlib

# Statistical benchmarks (ordo-one/benchmark), then the README's table: every figure beside
# the bare C loop over the same patterns, measured in the same run; then wrk against
# `perfection web` with each session store.
bench: release
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark --no-progress
	cd Benchmarks && ../scripts/with-postgres $(SWIFT) run -c release bench-summary
	scripts/with-postgres scripts/bench-web .build/release/perfection

# libFuzzer targets (intent loader, transcript parser, reply path), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz: setup
	Fuzz/run.sh $(FUZZ_SECONDS)

sanitize: setup
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan.supp scripts/with-postgres $(SWIFT) test --sanitize=address --scratch-path .build-asan
	scripts/with-postgres $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# A man page from swift-argument-parser's generator: man -l .build/man/perfection.1
man: setup
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --configuration debug
	mkdir -p .build/man
	cp .build/plugins/GenerateManual/outputs/perfection/perfection.1 .build/man/

# Shell completions from swift-argument-parser, in .build/completions/
completions: build
	mkdir -p .build/completions
	$(BIN) --generate-completion-script bash > .build/completions/perfection.bash
	$(BIN) --generate-completion-script zsh > .build/completions/_perfection
	$(BIN) --generate-completion-script fish > .build/completions/perfection.fish

clean:
	rm -rf .build .build-asan .build-tsan Benchmarks/.build
