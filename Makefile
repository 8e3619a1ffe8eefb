# Two commands: `make run` and `make test`. Both install what is missing first.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
# WERROR=ON turns compiler warnings into errors (CI sets it); once set it stays in the
# build folder's cache until given again, so switching targets never forces a rebuild.
CMAKE_FLAGS := $(if $(WERROR),-DSEEDBED_WERROR=$(WERROR))
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test test-asan test-tsan fuzz format clean

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

# Sanitizers (tests/RELIABILITY.md, "Sanitizers"): every report fails the test that caused it.
# Only Qt and the system libraries are left uninstrumented; what they report is suppressed in
# tests/sanitizers/*.supp, one commented entry each, never our own code.
ASAN_DIR ?= build-asan
TSAN_DIR ?= build-tsan
SUPP := $(CURDIR)/tests/sanitizers
ASAN_ENV := ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1 \
  LSAN_OPTIONS=suppressions=$(SUPP)/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$(SUPP)/ubsan.supp
TSAN_ENV := TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:report_mutex_bugs=0:suppressions=$(SUPP)/tsan.supp
# -O1 and line tables only: what the sanitizers' documentation recommends, and the cheapest
# compile that still gives file:line in every report.
SANITIZED_FLAGS := -O1 -gline-tables-only -DNDEBUG
# configure-sanitized DIR, CMAKE ARGS: a clang build folder of its own (Ninja when present).
define configure-sanitized
	@if [ ! -f $(1)/CMakeCache.txt ]; then \
	  if command -v ninja >/dev/null 2>&1; then gen=Ninja; else gen="Unix Makefiles"; fi; \
	  cmake -S . -B $(1) -G "$$gen" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$(SANITIZED_FLAGS)" \
	    -DCMAKE_CXX_COMPILER=clang++ $(2) $(CMAKE_FLAGS); \
	elif [ -n "$(CMAKE_FLAGS)" ]; then \
	  cmake -S . -B $(1) $(CMAKE_FLAGS) >/dev/null; \
	fi
endef

# Everything (models, widgets, app, every ctest test) under AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer. The same clang build holds the libFuzzer targets (`make fuzz`).
test-asan:
	./packaging/install-deps.sh --fuzz
	$(call configure-sanitized,$(ASAN_DIR),-DSEEDBED_FUZZ=ON)
	cmake --build $(ASAN_DIR) --parallel $(JOBS)
	$(ASAN_ENV) ctest --test-dir $(ASAN_DIR) --output-on-failure --parallel $(JOBS)

# The engine tests (tests/models: the runner, the providers, the worker pools, their threads)
# under ThreadSanitizer. The cli tests run the same engine in a child process; building the GUI
# libraries and the app a third time for them would cost CI more than it finds. Qt is not built
# for ThreadSanitizer: tests/sanitizers/tsanqt.cpp tells it about Qt's queued hand-offs, and
# ignore_noninstrumented_modules / report_mutex_bugs=0 keep it from judging Qt's own locking.
# Skipped: clang 14's ThreadSanitizer aborts in its clone() interceptor when QProcess starts a
# child ("CHECK failed: tsan_rtl.cpp:234"); these two start processes. ASan covers them.
TSAN_SKIP := tst_validatorprocess|tst_projectdocument
test-tsan:
	./packaging/install-deps.sh --fuzz
	$(call configure-sanitized,$(TSAN_DIR),-DSEEDBED_SANITIZE=thread)
	cmake --build $(TSAN_DIR) --target engine_tests --parallel $(JOBS)
	$(TSAN_ENV) ctest --test-dir $(TSAN_DIR) -R '^models/' -E '$(TSAN_SKIP)' --output-on-failure \
	  --parallel $(JOBS)

# Each libFuzzer target of tests/fuzz for FUZZ_SECONDS, in the ASan build of `make test-asan`;
# the corpus grows in $(ASAN_DIR)/corpus, crashes land in $(ASAN_DIR)/ (add them to
# tests/fuzz/corpus/NAME).
FUZZ_SECONDS ?= 60
fuzz:
	./packaging/install-deps.sh --fuzz
	$(call configure-sanitized,$(ASAN_DIR),-DSEEDBED_FUZZ=ON)
	cmake --build $(ASAN_DIR) --target fuzzers --parallel $(JOBS)
	@for target in $(ASAN_DIR)/tests/fuzz_*; do \
	  [ -f $$target ] && [ -x $$target ] || continue; \
	  name=$${target##*/fuzz_}; mkdir -p $(ASAN_DIR)/corpus/$$name; \
	  echo "== fuzz_$$name for $(FUZZ_SECONDS) s"; \
	  (cd $(ASAN_DIR) && $(ASAN_ENV) ./tests/fuzz_$$name corpus/$$name \
	    $(CURDIR)/tests/fuzz/corpus/$$name \
	    -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10) || exit 1; \
	done

format:
	find models widgets app tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
