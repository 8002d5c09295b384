package channel

import (
	"bytes"
	"context"
	"log/slog"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/core/types"
	gethlog "github.com/ethereum/go-ethereum/log"

	"github.com/nodeop/nodeop/rollup/engine"
)

func openEngine(t *testing.T, c *testChain) *engine.Engine {
	t.Helper()
	e, err := engine.Open(context.Background(), engine.Config{Genesis: c.genesis, RollupConfig: c.rcfg}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// buildOn builds the next block of e on epoch with txs after the attributes' deposits,
// like op-node: attributes from op-node's attributes builder over the fake L1.
func buildOn(t *testing.T, c *testChain, e *engine.Engine, epoch eth.BlockID, txs [][]byte) *eth.ExecutionPayloadEnvelope {
	t.Helper()
	ctx := context.Background()
	parent, err := e.HeadRef()
	if err != nil {
		t.Fatal(err)
	}
	attrs, err := derive.NewFetchingAttributesBuilder(c.rcfg, c.l1Cfg, nil, c.l1, e).PreparePayloadAttributes(ctx, parent, epoch)
	if err != nil {
		t.Fatalf("attributes on %s: %v", parent, err)
	}
	for _, tx := range txs {
		attrs.Transactions = append(attrs.Transactions, tx)
	}
	env, err := e.Build(ctx, attrs, nil)
	if err != nil {
		t.Fatalf("build on %s: %v", parent, err)
	}
	return env
}

// TestRoundTripEngine is the acceptance test: real L2 blocks from the embedded op-geth
// (signed txs of every kind, empty blocks, epoch changes) are encoded into blobs; the
// blobs, decoded with op-node's decoders, give back exactly the committed blocks —
// checked field by field, by op-node's own batch validity rules, and by rebuilding the
// chain from the decoded batches alone in a second engine, which must reach the same
// block hashes.
func TestRoundTripEngine(t *testing.T) {
	ctx := context.Background()
	c := newTestChain(t, 4)
	e := openEngine(t, c)

	const n = 21
	nonces := make([]uint64, len(c.keys))
	nonces[0], nonces[1], nonces[2] = 4, 1, 2         // mixedTxs uses these
	committed := []*eth.ExecutionPayloadEnvelope{nil} // index = block number
	for i := 1; i <= n; i++ {
		parent, err := e.HeadRef()
		if err != nil {
			t.Fatal(err)
		}
		var txs []*types.Transaction
		switch {
		case i == 1:
			txs = mixedTxs(t, c)
		case i%4 == 0:
			// empty (deposit-only) block
		default:
			txs = c.transfers(t, 3*i, nonces)
		}
		origin := c.l1.nextOrigin(parent.L1Origin.Number, parent.Time+c.rcfg.BlockTime)
		epoch := eth.BlockID{Number: origin, Hash: c.l1.header(origin).Hash()}
		// Drop nothing silently: the engine's filter must keep every tx we made.
		probe, err := derive.NewFetchingAttributesBuilder(c.rcfg, c.l1Cfg, nil, c.l1, e).PreparePayloadAttributes(ctx, parent, epoch)
		if err != nil {
			t.Fatal(err)
		}
		if keep, dropped := e.Filter(probe, txs); len(keep) != len(txs) {
			t.Fatalf("block %d: engine drops txs: %v", i, dropped)
		}
		var raw [][]byte
		for _, tx := range txs {
			b, err := tx.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			raw = append(raw, b)
		}
		env := buildOn(t, c, e, epoch, raw)
		if got := len(env.ExecutionPayload.Transactions) - len(probe.Transactions); got != len(txs) {
			t.Fatalf("block %d carries %d of our %d txs", i, got, len(txs))
		}
		committed = append(committed, env)
	}
	// What the batcher reads: the canonical blocks by number.
	genesis, err := e.PayloadByNumber(0)
	if err != nil {
		t.Fatal(err)
	}
	blocks := []*eth.ExecutionPayloadEnvelope{genesis}
	for i := uint64(1); i <= n; i++ {
		env, err := e.PayloadByNumber(i)
		if err != nil {
			t.Fatal(err)
		}
		if env.ExecutionPayload.BlockHash != committed[i].ExecutionPayload.BlockHash {
			t.Fatalf("block %d: PayloadByNumber gives %s, built %s", i, env.ExecutionPayload.BlockHash, committed[i].ExecutionPayload.BlockHash)
		}
		blocks = append(blocks, env)
	}

	// Two consecutive batches, decoded and replayed in order in a fresh engine.
	replay := openEngine(t, c)
	cfg := c.cfg(2)
	discard := gethlog.NewLogger(slog.DiscardHandler)
	for idx, rng := range [][2]int{{1, 7}, {8, n}} {
		batchBlocks := blocks[rng[0] : rng[1]+1]
		b, err := Encode(cfg, l2ChainID, uint64(idx), batchBlocks)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch %d: blocks %d..%d, %d txs (%d B) -> %d-byte channel in %d blob(s), hashes %v",
			idx, b.First.Number, b.Last.Number, b.Txs, b.TxBytes, b.ChannelBytes, len(b.Blobs), b.BlobHashes)

		d, err := Decode(cfg, b.Blobs)
		if err != nil {
			t.Fatal(err)
		}
		parent, err := derive.PayloadToBlockRef(c.rcfg, blocks[rng[0]-1].ExecutionPayload)
		if err != nil {
			t.Fatal(err)
		}
		lastRef, err := derive.PayloadToBlockRef(c.rcfg, blocks[rng[1]].ExecutionPayload)
		if err != nil {
			t.Fatal(err)
		}
		// The L1 blocks op-node has in view: from the safe head's origin to the
		// inclusion block, a few blocks after the batch's last origin.
		inclusion := c.l1.ref(t, lastRef.L1Origin.Number+3)
		l1Blocks := c.l1.refs(t, parent.L1Origin.Number, inclusion.Number)

		// op-node's span batch rules (prefix, every block's epoch/time/drift/txs).
		if v := derive.CheckBatch(ctx, c.rcfg, discard, l1Blocks, parent,
			&derive.BatchWithL1InclusionBlock{Batch: d.Span, L1InclusionBlock: inclusion}, nil); v != derive.BatchAccept {
			t.Fatalf("batch %d: op-node's CheckBatch says %d, want accept", idx, v)
		}
		sbs, err := d.SingularBatches(l1Blocks, parent)
		if err != nil {
			t.Fatal(err)
		}
		if len(sbs) != len(batchBlocks) {
			t.Fatalf("batch %d: %d singular batches for %d blocks", idx, len(sbs), len(batchBlocks))
		}
		safe := parent
		for i, sb := range sbs {
			p := batchBlocks[i].ExecutionPayload
			ref, err := derive.PayloadToBlockRef(c.rcfg, p)
			if err != nil {
				t.Fatal(err)
			}
			// op-node's batch stage: the parent is the block it derived just before.
			sb.ParentHash = safe.Hash
			if sb.Timestamp != uint64(p.Timestamp) || sb.Epoch() != ref.L1Origin || sb.ParentHash != p.ParentHash {
				t.Fatalf("block %d: decoded time %d epoch %s parent %s; committed time %d epoch %s parent %s",
					ref.Number, sb.Timestamp, sb.Epoch(), sb.ParentHash, uint64(p.Timestamp), ref.L1Origin, p.ParentHash)
			}
			want := userTxs(p)
			if len(sb.Transactions) != len(want) {
				t.Fatalf("block %d: %d txs decoded, %d committed", ref.Number, len(sb.Transactions), len(want))
			}
			for j := range want {
				if !bytes.Equal(sb.Transactions[j], want[j]) {
					t.Fatalf("block %d tx %d: decoded bytes differ", ref.Number, j)
				}
			}
			if v := derive.CheckBatch(ctx, c.rcfg, discard, c.l1.refs(t, safe.L1Origin.Number, inclusion.Number), safe,
				&derive.BatchWithL1InclusionBlock{Batch: sb, L1InclusionBlock: inclusion}, nil); v != derive.BatchAccept {
				t.Fatalf("block %d: op-node's CheckBatch on the singular batch says %d", ref.Number, v)
			}

			// Rebuild from the decoded batch only, as op-node's attributes queue does.
			rebuilt := buildOn(t, c, replay, sb.Epoch(), bytesList(sb.Transactions))
			if got := rebuilt.ExecutionPayload.BlockHash; got != p.BlockHash {
				t.Fatalf("block %d rebuilt from the blobs has hash %s, committed %s", ref.Number, got, p.BlockHash)
			}
			safe = ref
		}
	}
	if h := replay.Head(); h.Number.Uint64() != n || h.Hash() != blocks[n].ExecutionPayload.BlockHash {
		t.Fatalf("replayed head %d %s, want %d %s", h.Number, h.Hash(), n, blocks[n].ExecutionPayload.BlockHash)
	}
	var empty, epochs int
	for i := 1; i <= n; i++ {
		if len(userTxs(blocks[i].ExecutionPayload)) == 0 {
			empty++
		}
	}
	first, _ := derive.PayloadToBlockRef(c.rcfg, blocks[1].ExecutionPayload)
	last, _ := derive.PayloadToBlockRef(c.rcfg, blocks[n].ExecutionPayload)
	epochs = int(last.L1Origin.Number-first.L1Origin.Number) + 1
	if empty == 0 || epochs < 2 {
		t.Fatalf("test chain too plain: %d empty blocks, %d epochs", empty, epochs)
	}
	t.Logf("%d blocks (%d empty, %d L1 epochs) rebuilt from blobs to identical hashes; head %s", n, empty, epochs, blocks[n].ExecutionPayload.BlockHash)
}

func bytesList[T ~[]byte](in []T) [][]byte {
	out := make([][]byte, len(in))
	for i := range in {
		out[i] = in[i]
	}
	return out
}
