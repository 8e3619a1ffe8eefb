# Two commands: `make run` and `make test`. Both install what is missing first.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
# WERROR=ON turns compiler warnings into errors (CI sets it); once set it stays in the
# build folder's cache until given again, so switching targets never forces a rebuild.
CMAKE_FLAGS := $(if $(WERROR),-DSEEDBED_WERROR=$(WERROR))
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test fuzz format clean

all: build

deps:
	./packaging/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/CMakeCache.txt ]; then \
	  if command -v ninja >/dev/null 2>&1; then gen=Ninja; else gen="Unix Makefiles"; fi; \
	  cmake -S . -B $(BUILD_DIR) -G "$$gen" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS); \
	elif [ -n "$(CMAKE_FLAGS)" ]; then \
	  cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS) >/dev/null; \
	fi

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/app/seedbed --example

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)

# Each libFuzzer target of tests/fuzz for FUZZ_SECONDS, in a clang build of its own; the corpus
# grows in build-fuzz/corpus, crashes land in build-fuzz/ (add them to tests/fuzz/corpus/NAME).
FUZZ_SECONDS ?= 60
fuzz:
	./packaging/install-deps.sh --fuzz
	@if [ ! -f build-fuzz/CMakeCache.txt ]; then \
	  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_CXX_COMPILER=clang++ -DSEEDBED_FUZZ=ON; \
	fi
	cmake --build build-fuzz --target fuzzers --parallel $(JOBS)
	@for target in build-fuzz/tests/fuzz_*; do \
	  name=$${target##*/fuzz_}; mkdir -p build-fuzz/corpus/$$name; \
	  echo "== fuzz_$$name for $(FUZZ_SECONDS) s"; \
	  (cd build-fuzz && ./tests/fuzz_$$name corpus/$$name ../tests/fuzz/corpus/$$name \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10) || exit 1; \
	done

format:
	find models widgets app tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
