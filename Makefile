GO      ?= go
BIN     := bin/nodeop
DATADIR ?= devnet-data

.PHONY: build test test-short devnet bench fuzz lint clean

build:
	$(GO) build -o $(BIN) ./cmd/nodeop

## test: every unit and end-to-end test (real CometBFT nodes over TCP).
test:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)
	$(GO) test -race -count=1 -timeout 25m ./...

## test-short: unit tests only (skips the multi-node end-to-end tests).
test-short:
	$(GO) test -short -count=1 ./...

## devnet: the main job: 4 operators in one process; Ctrl-C stops, rerun resumes.
devnet: build
	./$(BIN) devnet --datadir $(DATADIR) --validators 4

## bench: load run against a 4-validator set and a 1-node baseline, report in bench-out/.
bench: build
	./$(BIN) bench --out bench-out

## fuzz: run each fuzz target for FUZZTIME (seeds in testdata/ run in `make test` too).
FUZZTIME ?= 60s
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzDecode -fuzztime=$(FUZZTIME) ./internal/txn/

lint:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l .; exit 1)

clean:
	rm -rf bin $(DATADIR) bench-out
