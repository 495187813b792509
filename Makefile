# The two commands a new user runs: `make run` (the shell over the demo corpus) and `make test`.
# `make run ARGS="my-articles/"` opens the shell over other articles.
SWIFT ?= swift

.PHONY: run test build release deps golden

run: release
	.build/release/factsh $(ARGS)

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product factsh

# Re-record Queries/*.expected from the current build (review the diff before committing).
golden: deps
	RECORD=1 $(SWIFT) test --filter ShellQueryGoldenTests

# libedit's headers are the one system package factsh needs (Debian: libedit-dev).
deps:
	@if [ ! -f /usr/include/editline/readline.h ]; then \
		echo "installing libedit-dev (needed for line editing)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && $$SUDO apt-get install -y libedit-dev; \
	fi
