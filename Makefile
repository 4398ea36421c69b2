# The two commands of the README:
#   make demo   installs what is missing, builds in Release, runs rased on examples/corpus
#   make test   installs what is missing, builds, runs every test through ctest
JOBS ?= $(shell nproc)
BUILD ?= build
CMAKE_FLAGS ?=

.PHONY: all setup build demo test bench fuzz format clean

all: build

setup:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BUILD)/rased

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DRASED_BUILD_BENCHMARKS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	bash scripts/bench.sh $(BUILD)

fuzz: setup
	cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DRASED_BUILD_FUZZERS=ON -DRASED_BUILD_TESTS=OFF
	cmake --build $(BUILD)-fuzz -j $(JOBS)
	bash scripts/fuzz.sh $(BUILD)-fuzz 60

format:
	find include src tools tests bench fuzz -name '*.h' -o -name '*.cc' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
