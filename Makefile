# A thin wrapper around CMake (as neovim's): CMakeLists.txt is the build.
# The two commands a user types are `make demo` and `make test`.
BUILD      ?= build
TEST_BUILD ?= build-test
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
LOYAL      := $(BUILD)/loyal

.PHONY: all deps build demo test bench clean help

all: build

help:
	@echo "make demo   install what is missing, build, rank the bundled corpus into out/"
	@echo "make test   install what is missing, build with warnings as errors, run every test"
	@echo "make build  build ./$(LOYAL)"
	@echo "make clean  remove build folders and out/"

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

demo: build
	@scripts/demo $(LOYAL)

test: deps
	@cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOYAL_WERROR=ON >/dev/null
	@cmake --build $(TEST_BUILD) -j $(JOBS) -- --no-print-directory
	@cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(TEST_BUILD) out
