# Entry points for people and CI. Each target installs missing Debian packages first.
#   make run    build, then open the editor on the default library (demo content on first run)
#   make test   build, then run every test through ctest
#   make build  build only (into build/)
#   make bench  release build (build-release/), then the benchmarks; figures go to docs/benchmarks.md
#               (BENCH_ARTICLES=N, BENCH_SEARCH_LIBRARY=FILE to reuse a generated library)
#   make asan   build and test with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)

JOBS ?= $(shell nproc)
CTEST_ARGS ?=

.PHONY: all deps configure build run test bench asan clean

all: build

deps:
	@bash packaging/install-deps.sh

build/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset dev

configure: deps
	cmake --preset dev

build: deps build/build.ninja
	cmake --build build -j $(JOBS)

run: build
	./build/bin/newsdesk $(ARGS)

test: build
	cd build && QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
		ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

BENCH_ARTICLES ?= 100000
# A library file for bench_search to reuse between runs (created when missing); by default it
# generates a fresh one.
BENCH_SEARCH_LIBRARY ?=

bench: deps
	cmake --preset release
	cmake --build build-release -j $(JOBS) --target bench_library bench_search
	./build-release/bench/bench_library $(BENCH_ARTICLES)
	./build-release/bench/bench_search $(BENCH_ARTICLES) \
		$(if $(BENCH_SEARCH_LIBRARY),--library $(BENCH_SEARCH_LIBRARY))

asan: deps
	cmake --preset asan
	cmake --build build-asan -j $(JOBS)
	cd build-asan && QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
		ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

clean:
	rm -rf build build-release build-asan
