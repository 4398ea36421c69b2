# The two commands of the README:
#   make demo   installs what is missing, builds in Release, runs rased on examples/corpus
#   make test   installs what is missing, builds (C++ and the web UI), runs every test through ctest
JOBS ?= $(shell nproc)
BUILD ?= build
CMAKE_FLAGS ?=

.PHONY: all setup build web demo test bench fuzz fuzz-build format clean

all: build

setup:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The web workspace (web/dist, served by `rased serve`): npm ci && npm run build,
# each only when its inputs changed.
web: setup
	@bash web/build.sh

demo: build web
	@bash scripts/demo.sh $(BUILD)/rased

# The fuzzers run first for FUZZ_SECONDS each, so that ctest's closing summary
# is the one of the whole suite.
test: build web fuzz-build
	cd $(BUILD)-fuzz && ctest -L fuzz --output-on-failure
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DRASED_BUILD_BENCHMARKS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	bash scripts/bench.sh $(BUILD)

# libFuzzer targets (clang, ASan + UBSan) for the tokenizer, the HTML cleaner
# and the date parser; `make fuzz FUZZ_SECONDS=600` for a longer run.
FUZZ_SECONDS ?= 20
fuzz-build: setup
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DRASED_BUILD_FUZZERS=ON -DRASED_BUILD_TESTS=OFF -DRASED_WITH_SERVER=OFF \
	  -DRASED_FUZZ_SECONDS=$(FUZZ_SECONDS)
	cmake --build $(BUILD)-fuzz -j $(JOBS) --target tokenizer_fuzzer html_fuzzer date_fuzzer

fuzz: fuzz-build
	cd $(BUILD)-fuzz && ctest -L fuzz --output-on-failure

format:
	find include src tools tests bench fuzz -name '*.h' -o -name '*.cc' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
