package verifier

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/devnet"
	"github.com/nodeop/nodeop/sequencer/batching"
)

// submitters are the L1 submitters of batches 0..last, as the sequencer
// recorded their commits.
func submitters(t *testing.T, ctx context.Context, seq *ethclient.Client, last uint64) []*batching.BatchView {
	t.Helper()
	views := make([]*batching.BatchView, last+1)
	for i := range views {
		v, err := getBatch(ctx, seq, uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		if v.Commit == nil {
			t.Fatalf("batch %d has no L1 commit, batch %d has", i, last)
		}
		views[i] = v
	}
	return views
}

// submitterChanges counts consecutive batches committed by different
// operators.
func submitterChanges(views []*batching.BatchView) int {
	n := 0
	for i := 1; i < len(views); i++ {
		if views[i].Commit.Submitter != views[i-1].Commit.Submitter {
			n++
		}
	}
	return n
}

func fmtSubmitters(views []*batching.BatchView) string {
	var parts []string
	for _, v := range views {
		parts = append(parts, fmt.Sprintf("%d:%s@L1#%d", v.Index, v.Commit.Submitter.Hex()[:8], v.Commit.L1Block))
	}
	return strings.Join(parts, " ")
}

// waitSubmitterChange waits, from top on, until the committed batches show
// at least one change of submitter (at most 8 more batches), and returns
// the last committed batch and the views of all.
func waitSubmitterChange(t *testing.T, ctx context.Context, seq *ethclient.Client, top *batching.BatchView) (*batching.BatchView, []*batching.BatchView) {
	t.Helper()
	limit := top.Index + 8
	for {
		views := submitters(t, ctx, seq, top.Index)
		if submitterChanges(views) > 0 {
			return top, views
		}
		if top.Index >= limit {
			t.Fatalf("batches 0..%d were all committed by one submitter: %s", top.Index, fmtSubmitters(views))
		}
		top = waitCommitted(t, ctx, seq, top.Index+1)
	}
}

// checkBatcherHistory replays, with op-node's own parser
// (derive.ProcessSystemConfigUpdateLogEvent), every ConfigUpdate the inbox
// emitted from the rollup's L1 genesis up to the last batch's commit block,
// starting from rollup.json's genesis system config. After each batch's
// commit block the batcher op-node derives with must be that batch's
// submitter, and every ConfigUpdate must come from a commit that changed
// the submitter. It returns how many ConfigUpdate events there were.
func checkBatcherHistory(t *testing.T, ctx context.Context, l1 *ethclient.Client, rcfg *rollup.Config, views []*batching.BatchView) int {
	t.Helper()
	last := views[len(views)-1]
	logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(rcfg.Genesis.L1.Number),
		ToBlock:   new(big.Int).SetUint64(last.Commit.L1Block),
		Addresses: []common.Address{rcfg.L1SystemConfigAddress},
		Topics:    [][]common.Hash{{derive.ConfigUpdateEventABIHash}},
	})
	if err != nil {
		t.Fatalf("ConfigUpdate logs: %v", err)
	}
	commitTx := map[common.Hash]*batching.BatchView{}
	for _, v := range views {
		commitTx[v.Commit.TxHash] = v
	}
	sys := rcfg.Genesis.SystemConfig
	next := 0
	for _, v := range views {
		for ; next < len(logs) && logs[next].BlockNumber <= v.Commit.L1Block; next++ {
			l := logs[next]
			if err := derive.ProcessSystemConfigUpdateLogEvent(&sys, &l, rcfg, 0); err != nil {
				t.Fatalf("op-node cannot parse the inbox's ConfigUpdate in L1 block %d: %v", l.BlockNumber, err)
			}
			by, ok := commitTx[l.TxHash]
			if !ok {
				t.Fatalf("ConfigUpdate in L1 block %d tx %s comes from no batch commit", l.BlockNumber, l.TxHash)
			}
			if sys.BatcherAddr != by.Commit.Submitter {
				t.Fatalf("ConfigUpdate of batch %d's commit names batcher %s, the submitter was %s", by.Index, sys.BatcherAddr, by.Commit.Submitter)
			}
		}
		if sys.BatcherAddr != v.Commit.Submitter {
			t.Fatalf("after batch %d's commit (L1 block %d) op-node's batcher is %s, the submitter was %s", v.Index, v.Commit.L1Block, sys.BatcherAddr, v.Commit.Submitter)
		}
	}
	changes := submitterChanges(views)
	// One event for the first commit (genesis placeholder -> operator),
	// one per change after it.
	want := changes
	if views[0].Commit.Submitter != rcfg.Genesis.SystemConfig.BatcherAddr {
		want++
	}
	if len(logs) != want {
		t.Fatalf("%d ConfigUpdate(BATCHER) events up to L1 block %d, want %d (submitters %s)", len(logs), last.Commit.L1Block, want, fmtSubmitters(views))
	}
	return len(logs)
}

// forgery is a blob transaction to the inbox from an address that is not
// the batcher, carrying one channel of valid frames that would re-derive
// L2 blocks First..Last with one transaction less.
type forgery struct {
	Tx      *types.Transaction
	From    common.Address
	Receipt *types.Receipt
	// After is the batch whose commit came right before the forgery on L1:
	// op-node's safe head when it reads the forgery is its last block.
	After       *batching.BatchView
	SafeHead    eth.L2BlockRef
	First, Last uint64
	// Dropped is the sequencer's transaction left out of block Last.
	Dropped  common.Hash
	Attempts int
}

// forgerKey is a funded dev account that is no operator (and so can never
// be the batcher) and not the traffic sender.
func forgerKey(t *testing.T, m *devnet.Manifest) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	for i := len(m.Accounts) - 2; i >= 0; i-- {
		a := m.Accounts[i]
		if slices.ContainsFunc(m.Nodes, func(n devnet.NodeInfo) bool { return n.Operator == a.Address }) {
			continue
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(a.PrivateKey, "0x"))
		if err != nil {
			t.Fatal(err)
		}
		return key, a.Address
	}
	t.Fatal("no dev account outside the operators")
	return nil, common.Address{}
}

// forgeBatch sends a forgery that op-node's batch rules would accept if its
// sender were the batcher. op-node (Holocene) drops a span batch that
// starts after its safe head's successor, ignores one that lies wholly at or
// below the safe head, and drops one whose overlap with the safe chain
// differs; only a batch that extends the safe head by the next block would
// change the derived chain. So the forgery is built right after a batch j's
// commit on L1, from the sequencer's own blocks that follow batch j (the
// ones the next real batch will carry), with the last user transaction of
// its last block dropped, and it counts only if it reached L1 before the
// commit of batch j+1 (otherwise it is retried on the next batch). It is
// then checked with op-node's own derive.CheckBatch against that safe head,
// at its L1 inclusion block: BatchAccept.
func forgeBatch(t *testing.T, ctx context.Context, d *devnet.Devnet, seq, l1 *ethclient.Client, rcfg *rollup.Config) *forgery {
	t.Helper()
	m := d.Manifest
	key, from := forgerKey(t, m)
	inbox, err := bindings.NewBatchInbox(rcfg.BatchInboxAddress, l1)
	if err != nil {
		t.Fatal(err)
	}
	l1ChainID := new(big.Int).SetUint64(m.L1.ChainID)
	const attempts = 4
	for attempt := 1; attempt <= attempts; attempt++ {
		// A fresh commit on L1 (read from L1 itself: the sequencer sees
		// commits only at its L1 origin, a few blocks later).
		n0, err := inbox.NextBatchIndex(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		n1 := n0
		for n1 == n0 {
			select {
			case <-ctx.Done():
				t.Fatalf("waiting for a commit after batch index %d: %v", n0, ctx.Err())
			case <-time.After(100 * time.Millisecond):
			}
			if n1, err = inbox.NextBatchIndex(&bind.CallOpts{Context: ctx}); err != nil {
				t.Fatal(err)
			}
		}
		after, err := getBatch(ctx, seq, n1-1)
		if err != nil {
			t.Fatal(err)
		}
		batcherNow, err := inbox.Batcher(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		if batcherNow == from {
			t.Fatalf("the forger %s is the current batcher", from)
		}
		// The sequencer's blocks after batch j, up to 4 of them, ending at
		// the last one that holds a user transaction.
		head, err := seq.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var blocks []*types.Block
		lastWithTx := -1
		for n := after.Header.LastBlock + 1; n <= min(head, after.Header.LastBlock+4); n++ {
			b, err := seq.BlockByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				t.Fatal(err)
			}
			blocks = append(blocks, b)
			if txs := b.Transactions(); len(txs) > 0 && !txs[len(txs)-1].IsDepositTx() {
				lastWithTx = len(blocks) - 1
			}
		}
		if lastWithTx < 0 {
			t.Logf("forgery attempt %d: no user tx in the %d blocks after batch %d; next batch", attempt, len(blocks), after.Index)
			continue
		}
		blocks = blocks[:lastWithTx+1]
		envs := make([]*eth.ExecutionPayloadEnvelope, len(blocks))
		for i, b := range blocks {
			if envs[i], err = eth.BlockAsPayloadEnv(b, rcfg); err != nil {
				t.Fatal(err)
			}
		}
		lastEnv := envs[len(envs)-1].ExecutionPayload
		dropped := blocks[len(blocks)-1].Transactions()[len(lastEnv.Transactions)-1].Hash()
		lastEnv.Transactions = lastEnv.Transactions[:len(lastEnv.Transactions)-1]
		ccfg := channel.Config{Rollup: rcfg, MaxBlobs: channel.MaxBlobsPerTx}
		// A channel id of its own (nodeop's come from the batch index).
		batch, err := channel.Encode(ccfg, m.ChainID, 1<<40+after.Index, envs)
		if err != nil {
			t.Fatalf("encode the forgery: %v", err)
		}
		tx := sendBlobTx(t, ctx, l1, key, l1ChainID, rcfg.BatchInboxAddress, batch)
		rcpt := waitReceipt(t, ctx, l1, tx.Hash())
		f := &forgery{Tx: tx, From: from, Receipt: rcpt, After: after, First: blocks[0].NumberU64(),
			Last: blocks[len(blocks)-1].NumberU64(), Dropped: dropped, Attempts: attempt}

		// Which batch came last before the forgery on L1: commits up to the
		// block before, plus those earlier in the same block.
		incl := rcpt.BlockNumber.Uint64()
		before, err := inbox.NextBatchIndex(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(incl - 1)})
		if err != nil {
			t.Fatal(err)
		}
		it, err := inbox.FilterBatchCommitted(&bind.FilterOpts{Start: incl, End: &incl, Context: ctx}, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for it.Next() {
			if it.Event.Raw.TxIndex < rcpt.TransactionIndex {
				before++
			}
		}
		it.Close()
		if before != after.Index+1 {
			t.Logf("forgery attempt %d: tx %s in L1 block %d came after batch %d's commit, not right after batch %d's; next batch",
				attempt, tx.Hash(), incl, before-1, after.Index)
			continue
		}

		// op-node's batch check, as its batch stage would run it had the
		// sender been the batcher.
		safeBlock, err := seq.BlockByNumber(ctx, new(big.Int).SetUint64(after.Header.LastBlock))
		if err != nil {
			t.Fatal(err)
		}
		if f.SafeHead, err = derive.L2BlockToBlockRef(rcfg, safeBlock); err != nil {
			t.Fatal(err)
		}
		var l1Refs []eth.L1BlockRef
		for n := f.SafeHead.L1Origin.Number; n <= incl; n++ {
			h, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				t.Fatal(err)
			}
			l1Refs = append(l1Refs, eth.InfoToL1BlockRef(eth.HeaderBlockInfo(h)))
		}
		decoded, err := channel.Decode(ccfg, batch.Blobs)
		if err != nil {
			t.Fatalf("decode the forgery: %v", err)
		}
		var checkLog bytes.Buffer
		validity := derive.CheckBatch(ctx, rcfg, gethlog.NewLogger(slog.NewTextHandler(&checkLog, nil)), l1Refs, f.SafeHead,
			&derive.BatchWithL1InclusionBlock{Batch: decoded.Span, L1InclusionBlock: l1Refs[len(l1Refs)-1]}, noL2Fetcher{})
		if validity != derive.BatchAccept {
			t.Fatalf("op-node's CheckBatch rates the forgery %d, not BatchAccept (safe head %s, inclusion L1 block %d):\n%s",
				validity, f.SafeHead, incl, checkLog.String())
		}
		return f
	}
	t.Fatalf("no forgery reached L1 right after a commit in %d attempts", attempts)
	return nil
}

// noL2Fetcher serves CheckBatch a batch that does not overlap the safe
// chain, which needs no L2 block.
type noL2Fetcher struct{}

func (noL2Fetcher) L2BlockRefByNumber(context.Context, uint64) (eth.L2BlockRef, error) {
	return eth.L2BlockRef{}, errors.New("no L2 blocks here")
}

func (noL2Fetcher) PayloadByNumber(context.Context, uint64) (*eth.ExecutionPayloadEnvelope, error) {
	return nil, errors.New("no L2 blocks here")
}

// sendBlobTx sends batch's blobs to `to` in a type-3 transaction with an
// EIP-4844 (version 0) sidecar and no calldata: the inbox has no fallback,
// so the call reverts, which op-node never looks at.
func sendBlobTx(t *testing.T, ctx context.Context, l1 *ethclient.Client, key *ecdsa.PrivateKey, chainID *big.Int, to common.Address, batch *channel.Batch) *types.Transaction {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l1.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	blobFee, err := l1.BlobBaseFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sidecar, err := batch.Sidecar(types.BlobSidecarVersion0)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	blobFeeCap := new(big.Int).Add(new(big.Int).Mul(blobFee, big.NewInt(2)), big.NewInt(params.GWei))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID:    uint256.MustFromBig(chainID),
		Nonce:      nonce,
		GasTipCap:  uint256.MustFromBig(tip),
		GasFeeCap:  uint256.MustFromBig(feeCap),
		Gas:        100_000,
		To:         to,
		BlobFeeCap: uint256.MustFromBig(blobFeeCap),
		BlobHashes: batch.BlobHashes,
		Sidecar:    sidecar,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := l1.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send the forgery: %v", err)
	}
	return tx
}

func waitReceipt(t *testing.T, ctx context.Context, c *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v (%v)", hash, ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitLogLine waits until op-node's log has a line with every one of parts.
func waitLogLine(t *testing.T, ctx context.Context, v *Verifier, parts ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	for {
		data, _ := os.ReadFile(v.LogPath())
		for _, line := range strings.Split(string(data), "\n") {
			ok := true
			for _, p := range parts {
				if !strings.Contains(line, p) {
					ok = false
					break
				}
			}
			if ok {
				return line
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("op-node logged no line with %q: %v\nlog tail:\n%s", parts, ctx.Err(), v.LogTail(40))
		case <-time.After(200 * time.Millisecond):
		}
	}
}
