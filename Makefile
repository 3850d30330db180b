# Entry points for people and CI. Each target installs missing Debian packages first.
#   make run    build, then open the editor on the default library (demo content on first run)
#   make test   build, then run every test through ctest
#   make build  build only (into build/)
#   make package  build, then the Debian package with CPack (build/newsdesk_VERSION-1_ARCH.deb)
#   make install-check  as root: the package, installed with apt in a fresh Debian 12 root
#               (debootstrap; downloads from Debian) and run there by an unprivileged user
#   make bench  release build (build-release/), then the benchmarks; figures go to docs/benchmarks.md
#               (BENCH_ARTICLES=N, BENCH_LIBRARY=FILE to keep and reuse a generated library;
#               EXPORT_BENCH_ARTICLES=N for the export against Hugo, 10000)
#   make asan   build and test with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#   make fuzz   clang + libFuzzer build (build-fuzz/), then fuzz the sanitizer and the import
#               readers for FUZZ_SECONDS each (make test runs them for FUZZ_SMOKE_SECONDS first)

JOBS ?= $(shell nproc)
CTEST_ARGS ?=

.PHONY: all deps node-deps configure build package install-check run test bench asan fuzz fuzz-smoke screenshots clean build-fuzz/fuzz/fuzz_sanitizer

all: build

deps:
	@bash packaging/install-deps.sh

# Test tools from npm (the Nu HTML Checker), exactly as package-lock.json pins them. Scripts are
# not run: vnu-jar's would download a Java runtime; Debian's default-jre-headless runs it.
node-deps: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund; \
	else \
		echo "node-deps: npm is not installed; the HTML validity test will be skipped"; \
	fi

build/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset dev

configure: deps
	cmake --preset dev

build: deps build/build.ninja
	cmake --build build -j $(JOBS)

package: build
	cd build && cpack

# INSTALL_CHECK_ROOT=DIR keeps the Debian root there for the next run.
install-check: package
	tests/package/install_check.sh "$$(ls -t build/newsdesk_*.deb | head -n 1)" $(INSTALL_CHECK_ROOT)

run: build
	./build/bin/newsdesk $(ARGS)

test: build node-deps fuzz-smoke
	cd build && QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
		ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

BENCH_ARTICLES ?= 100000
# A library file to keep and reuse between runs (generated on the first); empty: a temporary
# one for each benchmark.
BENCH_LIBRARY ?=
# Articles of the library the export is measured on, side by side with Hugo.
EXPORT_BENCH_ARTICLES ?= 10000
# Markdown files of the import benchmark (the brief's 10,000).
IMPORT_BENCH_FILES ?= 10000

bench: deps
	cmake --preset release
	cmake --build build-release -j $(JOBS) --target bench_library bench_search bench_render bench_startup bench_sanitizer bench_preview bench_media \
		bench_sitefiles newsdesk bench_corpus bench_touch bench_import
	./build-release/bench/bench_library $(BENCH_ARTICLES) $(BENCH_LIBRARY)
	./build-release/bench/bench_search $(BENCH_ARTICLES) $(if $(BENCH_LIBRARY),--library $(BENCH_LIBRARY))
	./build-release/bench/bench_render $(BENCH_ARTICLES) $(BENCH_LIBRARY)
	$(if $(BENCH_LIBRARY),./build-release/bench/bench_startup $(BENCH_LIBRARY))
	./build-release/bench/bench_sanitizer
	./build-release/bench/bench_sitefiles
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 ./build-release/bench/bench_preview
	QT_QPA_PLATFORM=offscreen ./build-release/bench/bench_media
	./build-release/bench/bench_import $(IMPORT_BENCH_FILES)
	tests/bench/export_vs_hugo.sh $(EXPORT_BENCH_ARTICLES)

asan: deps
	cmake --preset asan
	cmake --build build-asan -j $(JOBS)
	cd build-asan && QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
		ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

FUZZ_SECONDS ?= 60
# make test (and so CI) runs the fuzzers briefly, seeded with their corpora, before ctest.
FUZZ_SMOKE_SECONDS ?= 30

build-fuzz/fuzz/fuzz_sanitizer: deps
	cmake --preset fuzz
	cmake --build build-fuzz -j $(JOBS) --target fuzz_sanitizer fuzz_import

fuzz: build-fuzz/fuzz/fuzz_sanitizer
	$(call run-fuzzer,$(FUZZ_SECONDS))

fuzz-smoke: build-fuzz/fuzz/fuzz_sanitizer
	$(call run-fuzzer,$(FUZZ_SMOKE_SECONDS))

# The sanitizer, then the import readers (seeded with their fixtures), each for $(1) seconds.
define run-fuzzer
	mkdir -p build-fuzz/fuzz/corpus build-fuzz/fuzz/import-corpus
	ASAN_OPTIONS=detect_leaks=0 ./build-fuzz/fuzz/fuzz_sanitizer -max_total_time=$(1) \
		-max_len=4096 -timeout=10 -dict=tests/fuzz/html.dict \
		build-fuzz/fuzz/corpus tests/data/sanitizer
	ASAN_OPTIONS=detect_leaks=0 ./build-fuzz/fuzz/fuzz_import -max_total_time=$(1) \
		-max_len=16384 -timeout=10 -dict=tests/fuzz/html.dict \
		build-fuzz/fuzz/import-corpus tests/data/import/html tests/data/import/markdown
endef

# The user manual's screenshots (docs/manual/images/), from build/bin/newsdesk under Xvfb.
screenshots: build
	docs/manual/screenshots.sh

clean:
	rm -rf build build-release build-asan build-fuzz
