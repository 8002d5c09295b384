GO      ?= go
BIN     := bin/nodeop
DATADIR ?= devnet-data

.PHONY: build test test-short devnet bench fuzz lint clean contracts contracts-check

# node_modules holds solc-js and viem, pinned in package-lock.json.
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch node_modules

build:
	$(GO) build -o $(BIN) ./cmd/nodeop

## test: every unit and end-to-end test (real CometBFT nodes over TCP),
## plus a check that the committed contract artifacts match their sources.
## The multi-node end-to-end packages (E2E) run without the race detector:
## under it a 4-node devnet with its L1 runs several times slower and these
## packages alone took most of CI's 40-minute budget. Every other package
## (units, the L1, the engine, the executor, the contracts) runs with -race.
E2E := github.com/nodeop/nodeop/devnet github.com/nodeop/nodeop/devnet/bench \
       github.com/nodeop/nodeop/devnet/verifier github.com/nodeop/nodeop/cmd/nodeop
test: contracts-check
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)
	$(GO) test -race -count=1 -timeout 30m $$($(GO) list ./... | grep -v -x -F $(addprefix -e ,$(E2E)))
	$(GO) test -count=1 -timeout 30m $(E2E)

## test-short: unit tests only (skips the multi-node end-to-end tests).
test-short:
	$(GO) test -short -count=1 ./...

## devnet: the main job: 4 operators in one process; Ctrl-C stops, rerun resumes.
devnet: build
	./$(BIN) devnet --datadir $(DATADIR) --validators 4

## bench: sweep of 1, 4 and 7 validators against the centralized op-geth baseline,
## offered load stepped up past saturation; report and plots in bench-out/; then
## 4 validators and the baseline under ERC-20 transfers in bench-out/erc20/
## (about 35 min in all).
BENCH_RATES ?= 500,1000,1500,2000,2500
bench: build
	./$(BIN) bench --sweep 1,4,7 --rates $(BENCH_RATES) --block-gas-limit 150000000 --out bench-out
	./$(BIN) bench --load erc20 --sweep 4 --rates 500,1000,1500 --block-gas-limit 150000000 --out bench-out/erc20

## fuzz: run every fuzz target for FUZZTIME each (their seeds in testdata/ also run in `make test`).
FUZZTIME ?= 30s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list='^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$t"; $(GO) test -run='^$$' -fuzz="^$$t$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

## contracts: compile contracts/src with solc-js into contracts/artifacts and
## generate their Go bindings (abigen, package bindings) into contracts/bindings.
contracts: node_modules
	GO=$(GO) node contracts/compile.mjs

## contracts-check: fail if the committed artifacts or bindings differ from a fresh generation.
contracts-check: contracts
	@git diff --exit-code --stat -- contracts/artifacts contracts/bindings || (echo "contracts/artifacts or contracts/bindings out of date: run make contracts and commit"; exit 1)
	@test -z "$$(git ls-files --others --exclude-standard -- contracts/artifacts contracts/bindings)" || (echo "new artifacts or bindings not committed: run make contracts and commit"; exit 1)

lint:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l .; exit 1)

clean:
	rm -rf bin $(DATADIR) bench-out
