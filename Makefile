# A thin wrapper around CMake (as neovim's): CMakeLists.txt is the build.
# The two commands a user types are `make demo` and `make test`.
BUILD      ?= build
TEST_BUILD ?= build-test
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
LOYAL      := $(BUILD)/loyal

.PHONY: all deps build demo test sanitize fuzz clean help

all: build

help:
	@echo "make demo   install what is missing, build, rank the bundled corpus into out/"
	@echo "make test   install what is missing, build with warnings as errors, run every test"
	@echo "make build  build ./$(LOYAL)"
	@echo "make sanitize  every test under AddressSanitizer and UBSan (build-asan/)"
	@echo "make fuzz   build the libFuzzer harnesses with clang (build-fuzz/), run 60 s each"
	@echo "make clean  remove build folders and out/"

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

demo: build
	@scripts/demo $(LOYAL)

test: deps
	@cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOYAL_WERROR=ON \
		-DLOYAL_EXACT_TWIN=ON >/dev/null
	@cmake --build $(TEST_BUILD) -j $(JOBS) -- --no-print-directory
	@cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

sanitize: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DLOYAL_WERROR=ON \
		"-DLOYAL_SANITIZE=address;undefined" >/dev/null
	@cmake --build build-asan -j $(JOBS) -- --no-print-directory
	@cd build-asan && UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

fuzz:
	@scripts/install-deps --fuzz
	@CC=clang cmake -S . -B build-fuzz -DLOYAL_FUZZ=ON "-DLOYAL_SANITIZE=address;undefined" >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target fuzz_source fuzz_lexicon fuzz_tagger -- --no-print-directory
	@for n in source lexicon tagger; do mkdir -p build-fuzz/corpus-$$n && \
		build-fuzz/fuzz_$$n -max_total_time=60 -max_len=4096 build-fuzz/corpus-$$n tests/fuzz/corpus/$$n || exit 1; done

clean:
	rm -rf $(BUILD) $(TEST_BUILD) build-asan build-fuzz out
