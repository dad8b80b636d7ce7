# Varta: two commands set everything up on a fresh Debian machine.
#   make demo   installs what is missing, builds, renders the example diagram
#   make test   installs what is missing, runs the whole test suite
# No `dot` program is used anywhere: rendering goes through libgvc in-process.

APT_PACKAGES := libgraphviz-dev libjemalloc-dev fonts-noto-core pkg-config fontconfig
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
VARTA := .build/release/varta
EXAMPLE := examples/sco-2023-04-28

.PHONY: demo test deps build examples score fuzz leaks bench clean

demo: deps build examples
	@echo "Rendered $(EXAMPLE)/graph.svg from $(EXAMPLE)/graph.json"

test: deps
	swift test

# Installs the Debian packages that are missing (Graphviz libraries and plugins,
# a font with Devanagari), and nothing when all are there.
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build:
	swift build -c release

# The example's graph, extracted from the article, and its DOT and SVG.
examples: build
	$(VARTA) extract $(EXAMPLE)/hi-sco-2023-04-28.txt -o $(EXAMPLE)/graph.json
	$(VARTA) export $(EXAMPLE)/graph.json --format dot --cluster -o $(EXAMPLE)/graph.dot
	$(VARTA) render $(EXAMPLE)/graph.json --cluster -o $(EXAMPLE)/graph.svg

# Extraction quality on the hand-annotated dev set.
score: build
	python3 ../shared/eval/score.py --gold ../shared/eval/dev --cmd '$(VARTA) extract --format json {}'

# libFuzzer on the extractor, the DOT writer (through Graphviz's parser) and the JSON
# reader, FUZZ_SECONDS each (README: "Robustness"). Seeds in
# Fuzz/corpus/ are copied to .build-fuzz/corpus/, which the runs grow; crashes are saved
# as .build-fuzz/artifacts/TARGET/crash-*.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := extract dot json
fuzz: deps
	@for target in $(FUZZ_TARGETS); do \
	  Fuzz/build.sh $$target .build-fuzz >/dev/null || exit 1; \
	  mkdir -p .build-fuzz/corpus/$$target .build-fuzz/artifacts/$$target; \
	  cp Fuzz/corpus/$$target/* .build-fuzz/corpus/$$target/; \
	  echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  VARTA_LEXICON_DIR=$(CURDIR)/Sources/VartaExtraction/Resources \
	    .build-fuzz/fuzz-$$target .build-fuzz/corpus/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -print_final_stats=1 \
	    -artifact_prefix=.build-fuzz/artifacts/$$target/ || exit 1; \
	done

# Renders the example graph LEAK_RENDERS times in one process under valgrind; the summary
# shows the bytes definitely lost, and each loss record its stack (Varta or Graphviz).
LEAK_RENDERS ?= 1000
leaks: deps
	@command -v valgrind >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq valgrind; }
	swift build -c release --product varta-leakcheck
	valgrind --leak-check=full --show-leak-kinds=definite --num-callers=30 \
	  .build/release/varta-leakcheck $(EXAMPLE)/graph.json $(LEAK_RENDERS)

# Throughput and peak memory of extraction, writers, reader, rendering and diff on
# generated inputs (kept in .build/bench/ for the next run with the same parameters).
# Extraction reads the first BENCH_EXTRACT_MB of the BENCH_MB corpus (all of it by default).
# The first run generates two 1M-edge graphs (a few minutes); later runs reuse them.
BENCH_MB ?= 50
BENCH_EXTRACT_MB ?= 50
BENCH_NODES ?= 100000
BENCH_EDGES ?= 1000000
BENCH_PERTURB ?= 5
BENCH_RENDER_TIMEOUT ?= 60
BENCH_REPEAT ?= 3
bench: deps
	swift build -c release
	.build/release/varta-bench --corpus-mb $(BENCH_MB) --extract-mb $(BENCH_EXTRACT_MB) \
	  --nodes $(BENCH_NODES) --edges $(BENCH_EDGES) --perturb $(BENCH_PERTURB) \
	  --render-timeout $(BENCH_RENDER_TIMEOUT) --repeat $(BENCH_REPEAT) --scratch .build/bench

clean:
	rm -rf .build .build-fuzz
