package channel

import (
	"bytes"
	"crypto/rand"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt and the fuzz seed corpus")

// mixedTxs returns one tx of every kind a span batch carries: EIP-155 legacy,
// unprotected legacy, access list, dynamic fee, contract creation, SetCode.
func mixedTxs(t testing.TB, c *testChain) []*types.Transaction {
	to := addr(7)
	auth, err := types.SignSetCode(c.keys[2], types.SetCodeAuthorization{
		ChainID: *uint256.NewInt(l2ChainID), Address: addr(8), Nonce: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	unprotected, err := types.SignNewTx(c.keys[1], types.HomesteadSigner{}, &types.LegacyTx{
		Nonce: 0, GasPrice: feeCap, Gas: params.TxGas, To: &to, Value: big.NewInt(2),
	})
	if err != nil {
		t.Fatal(err)
	}
	return []*types.Transaction{
		c.sign(t, c.keys[0], &types.LegacyTx{Nonce: 0, GasPrice: feeCap, Gas: params.TxGas, To: &to, Value: big.NewInt(1)}),
		unprotected,
		c.sign(t, c.keys[0], &types.AccessListTx{
			ChainID: big.NewInt(l2ChainID), Nonce: 1, GasPrice: feeCap, Gas: 30_000, To: &to,
			AccessList: types.AccessList{{Address: to, StorageKeys: []common.Hash{{1}}}},
		}),
		c.transfer(t, 0, 2, to),
		c.sign(t, c.keys[0], &types.DynamicFeeTx{
			ChainID: big.NewInt(l2ChainID), Nonce: 3, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: 100_000,
			Data: []byte{0x60, 0x00, 0x60, 0x00, 0xf3}, // contract creation
		}),
		c.sign(t, c.keys[2], &types.SetCodeTx{
			ChainID: uint256.NewInt(l2ChainID), Nonce: 0, GasTipCap: uint256.MustFromBig(tipCap),
			GasFeeCap: uint256.MustFromBig(feeCap), Gas: 100_000, To: to,
			AuthList: []types.SetCodeAuthorization{auth},
		}),
	}
}

// goldenBlocks is a fixed batch: mixed tx kinds, empty blocks, an epoch change.
func goldenBlocks(t testing.TB, c *testChain) []*eth.ExecutionPayloadEnvelope {
	nonces := make([]uint64, len(c.keys))
	nonces[0], nonces[1], nonces[2] = 4, 1, 2
	return c.synthBlocks(t, [][]*types.Transaction{
		mixedTxs(t, c),
		nil,
		c.transfers(t, 20, nonces),
		nil,
		c.transfers(t, 5, nonces),
	})
}

func TestEncodeDecodeMixedTxs(t *testing.T) {
	c := newTestChain(t, 4)
	blocks := goldenBlocks(t, c)
	b, err := Encode(c.cfg(1), l2ChainID, 3, blocks)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Blobs) != 1 || len(b.Frames) != 1 || len(b.BlobHashes) != 1 || len(b.Commitments) != 1 {
		t.Fatalf("%d blobs, %d frames, %d hashes, %d commitments; want 1 each", len(b.Blobs), len(b.Frames), len(b.BlobHashes), len(b.Commitments))
	}
	if b.First != blocks[0].ExecutionPayload.ID() || b.Last != blocks[4].ExecutionPayload.ID() || b.Blocks != 5 || b.Txs != 31 {
		t.Fatalf("batch covers %s..%s, %d blocks, %d txs", b.First, b.Last, b.Blocks, b.Txs)
	}
	if b.ChannelID != ChannelIDFor(l2ChainID, 3) {
		t.Fatalf("channel id %s", b.ChannelID)
	}
	d, err := Decode(c.cfg(1), b.Blobs)
	if err != nil {
		t.Fatal(err)
	}
	if d.ChannelID != b.ChannelID || d.Compression != derive.Brotli {
		t.Fatalf("decoded channel %s (%s)", d.ChannelID, d.Compression)
	}
	if d.Span.GetBlockCount() != len(blocks) {
		t.Fatalf("decoded %d blocks", d.Span.GetBlockCount())
	}
	for i, env := range blocks {
		want := userTxs(env.ExecutionPayload)
		got := d.Span.GetBlockTransactions(i)
		if len(got) != len(want) {
			t.Fatalf("block %d: %d txs, want %d", i, len(got), len(want))
		}
		for j := range got {
			if !bytes.Equal(got[j], want[j]) {
				t.Fatalf("block %d tx %d differs:\n got %x\nwant %x", i, j, got[j], want[j])
			}
		}
	}
	// The frame itself, parsed by op-node.
	frames, err := derive.ParseFrames(append([]byte{0}, b.Frames[0]...))
	if err != nil || len(frames) != 1 || !frames[0].IsLast || frames[0].FrameNumber != 0 || frames[0].ID != b.ChannelID {
		t.Fatalf("frame: %+v, %v", frames, err)
	}
	if err := Verify(c.cfg(1), b.Blobs, blocks); err != nil {
		t.Fatal(err)
	}
	// Verify catches blobs of other blocks.
	other := c.synthBlocks(t, [][]*types.Transaction{nil, nil, nil, nil, nil})
	if err := Verify(c.cfg(1), b.Blobs, other); !errors.Is(err, ErrDecode) {
		t.Fatalf("Verify against other blocks: %v", err)
	}
}

func TestDepositOnlyBlocks(t *testing.T) {
	c := newTestChain(t, 1)
	blocks := c.synthBlocks(t, make([][]*types.Transaction, 30))
	b, err := Encode(c.cfg(1), l2ChainID, 0, blocks)
	if err != nil {
		t.Fatal(err)
	}
	if b.Txs != 0 || len(b.Blobs) != 1 {
		t.Fatalf("%d txs, %d blobs", b.Txs, len(b.Blobs))
	}
	t.Logf("30 deposit-only blocks: span batch %d bytes, channel %d bytes", b.SpanBatchBytes, b.ChannelBytes)
}

func TestDeterminism(t *testing.T) {
	c := newTestChain(t, 8)
	nonces := make([]uint64, len(c.keys))
	var txs [][]*types.Transaction
	for i := 0; i < 12; i++ {
		txs = append(txs, c.transfers(t, 150*(i%3), nonces)) // 0, 150, 300 txs
	}
	blocks := c.synthBlocks(t, txs)
	cfg := c.cfg(6)
	ref, err := Encode(cfg, l2ChainID, 42, blocks)
	if err != nil {
		t.Fatal(err)
	}
	same := func(name string, b *Batch) {
		t.Helper()
		if b.ChannelID != ref.ChannelID || len(b.Frames) != len(ref.Frames) || len(b.Blobs) != len(ref.Blobs) {
			t.Fatalf("%s: different shape", name)
		}
		for i := range b.Frames {
			if !bytes.Equal(b.Frames[i], ref.Frames[i]) || *b.Blobs[i] != *ref.Blobs[i] ||
				b.BlobHashes[i] != ref.BlobHashes[i] || b.Commitments[i] != ref.Commitments[i] {
				t.Fatalf("%s: blob %d differs", name, i)
			}
		}
	}
	again, err := Encode(cfg, l2ChainID, 42, blocks)
	if err != nil {
		t.Fatal(err)
	}
	same("second run", again)

	var wg sync.WaitGroup
	results := make([]*Batch, 2)
	errs := make([]error, 2)
	for i := range results {
		wg.Go(func() { results[i], errs[i] = Encode(cfg, l2ChainID, 42, blocks) })
	}
	wg.Wait()
	for i := range results {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		same("goroutine", results[i])
	}

	// The id depends on chain and index, and only the ids differ.
	other, err := Encode(cfg, l2ChainID, 43, blocks)
	if err != nil {
		t.Fatal(err)
	}
	if other.ChannelID == ref.ChannelID || other.BlobHashes[0] == ref.BlobHashes[0] {
		t.Fatal("batch 43 has batch 42's channel id or blob hash")
	}
	for i := range other.Frames {
		if !bytes.Equal(other.Frames[i][16:], ref.Frames[i][16:]) {
			t.Fatalf("frame %d differs beyond the channel id", i)
		}
	}
	if ChannelIDFor(l2ChainID, 1) == ChannelIDFor(l2ChainID+1, 1) {
		t.Fatal("channel id ignores the chain id")
	}
}

// TestGolden pins the bytes: a change of brotli (library or level), op-node's span
// batch encoding or the frame layout changes the blob hashes that operators sign, so it
// must be a deliberate, coordinated upgrade. Regenerate with -update.
func TestGolden(t *testing.T) {
	c := newTestChain(t, 4)
	b, err := Encode(c.cfg(1), l2ChainID, 3, goldenBlocks(t, c))
	if err != nil {
		t.Fatal(err)
	}
	got := "channel " + hexutil.Encode(b.ChannelID[:]) + "\nblobhash " + b.BlobHashes[0].Hex() + "\n"
	path := filepath.Join("testdata", "golden.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("encoding changed (a consensus change!):\n got %s\nwant %s", got, want)
	}
}

func TestMultiBlob(t *testing.T) {
	c := newTestChain(t, 4)
	// Incompressible calldata: ~300 KB needs 3 blobs.
	var txs [][]*types.Transaction
	to := addr(1)
	for i := 0; i < 3; i++ {
		data := make([]byte, 100_000)
		if _, err := rand.Read(data); err != nil {
			t.Fatal(err)
		}
		txs = append(txs, []*types.Transaction{c.sign(t, c.keys[0], &types.DynamicFeeTx{
			ChainID: big.NewInt(l2ChainID), Nonce: uint64(i), GasTipCap: tipCap, GasFeeCap: feeCap,
			Gas: 5_000_000, To: &to, Data: data,
		})})
	}
	blocks := c.synthBlocks(t, txs)
	if _, err := Encode(c.cfg(2), l2ChainID, 0, blocks); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("2 blobs: got %v, want ErrTooLarge", err)
	}
	b, err := Encode(c.cfg(6), l2ChainID, 0, blocks)
	if err != nil {
		t.Fatal(err)
	}
	if want := (b.ChannelBytes + FrameDataPerBlob - 1) / FrameDataPerBlob; len(b.Blobs) != want || want != 3 {
		t.Fatalf("%d blobs for %d channel bytes, want %d", len(b.Blobs), b.ChannelBytes, want)
	}
	for i, f := range b.Frames {
		fr, err := derive.ParseFrames(append([]byte{0}, f...))
		if err != nil || len(fr) != 1 {
			t.Fatalf("frame %d: %v", i, err)
		}
		last := i == len(b.Frames)-1
		if fr[0].FrameNumber != uint16(i) || fr[0].IsLast != last || (!last && len(f) != MaxFrameSize) {
			t.Fatalf("frame %d: number %d, last %v, %d bytes", i, fr[0].FrameNumber, fr[0].IsLast, len(f))
		}
	}
	// Blob order matters (Holocene: frames in order), so does completeness.
	cfg := c.cfg(6)
	for name, blobs := range map[string][]*eth.Blob{
		"reordered":  {b.Blobs[1], b.Blobs[0], b.Blobs[2]},
		"missing":    {b.Blobs[0], b.Blobs[1]},
		"no first":   {b.Blobs[1], b.Blobs[2]},
		"duplicated": {b.Blobs[0], b.Blobs[1], b.Blobs[2], b.Blobs[2]},
		"empty blob": {new(eth.Blob)},
		"none":       nil,
	} {
		if _, err := Decode(cfg, blobs); !errors.Is(err, ErrDecode) {
			t.Errorf("%s: got %v, want ErrDecode", name, err)
		}
	}
	// A blob of another batch (other channel id).
	small, err := Encode(c.cfg(1), l2ChainID, 1, c.synthBlocks(t, [][]*types.Transaction{nil}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(cfg, []*eth.Blob{b.Blobs[0], small.Blobs[0]}); !errors.Is(err, ErrDecode) {
		t.Errorf("mixed channels: got %v", err)
	}
	if _, err := Decode(cfg, []*eth.Blob{small.Blobs[0], small.Blobs[0]}); !errors.Is(err, ErrDecode) {
		t.Errorf("frame after last: got %v", err)
	}
}

func TestSidecar(t *testing.T) {
	c := newTestChain(t, 4)
	nonces := make([]uint64, 4)
	b, err := Encode(c.cfg(2), l2ChainID, 0, c.synthBlocks(t, [][]*types.Transaction{c.transfers(t, 10, nonces)}))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []byte{types.BlobSidecarVersion0, types.BlobSidecarVersion1} {
		sc, err := b.Sidecar(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := sc.ValidateBlobCommitmentHashes(b.BlobHashes); err != nil {
			t.Fatalf("v%d: %v", v, err)
		}
		switch v {
		case types.BlobSidecarVersion0:
			for i := range sc.Blobs {
				if err := kzg4844.VerifyBlobProof(&sc.Blobs[i], sc.Commitments[i], sc.Proofs[i]); err != nil {
					t.Fatalf("v0 proof %d: %v", i, err)
				}
			}
		case types.BlobSidecarVersion1:
			if err := kzg4844.VerifyCellProofs(sc.Blobs, sc.Commitments, sc.Proofs); err != nil {
				t.Fatalf("v1 proofs: %v", err)
			}
		}
	}
	if _, err := b.Sidecar(7); err == nil {
		t.Fatal("sidecar version 7 accepted")
	}
}

func TestEncodeRejects(t *testing.T) {
	c := newTestChain(t, 4)
	nonces := make([]uint64, 4)
	good := func() []*eth.ExecutionPayloadEnvelope {
		return c.synthBlocks(t, [][]*types.Transaction{c.transfers(t, 2, nonces), nil, c.transfers(t, 2, nonces), nil})
	}
	cfg := c.cfg(1)
	rehash := func(blocks []*eth.ExecutionPayloadEnvelope) []*eth.ExecutionPayloadEnvelope {
		for i := 1; i < len(blocks); i++ {
			blocks[i].ExecutionPayload.ParentHash = blocks[i-1].ExecutionPayload.BlockHash
		}
		return blocks
	}
	tests := []struct {
		name   string
		cfg    Config
		chain  uint64
		blocks func() []*eth.ExecutionPayloadEnvelope
		want   error
		substr string
	}{
		{"empty list", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope { return nil }, ErrNoBlocks, ""},
		{"nil block", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope { b := good(); b[1] = nil; return b }, ErrInvalidBlocks, "missing"},
		{"gap", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			return append(b[:1], b[2:]...)
		}, ErrInvalidBlocks, "not contiguous"},
		{"reversed", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			b[0], b[1] = b[1], b[0]
			return b
		}, ErrInvalidBlocks, ""},
		{"wrong parent", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			b[2].ExecutionPayload.ParentHash = common.Hash{1}
			return b
		}, ErrInvalidBlocks, "parent hash"},
		{"wrong timestamp", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			b[3].ExecutionPayload.Timestamp++
			return b
		}, ErrInvalidBlocks, "timestamp"},
		{"first off the block-time grid", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()[:1]
			b[0].ExecutionPayload.Timestamp++
			return b
		}, ErrInvalidBlocks, "block time"},
		{"genesis", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			g := &eth.ExecutionPayloadEnvelope{ExecutionPayload: &eth.ExecutionPayload{
				BlockHash: c.rcfg.Genesis.L2.Hash, Timestamp: hexutil.Uint64(c.rcfg.Genesis.L2Time),
			}}
			return append([]*eth.ExecutionPayloadEnvelope{g}, b...)
		}, ErrInvalidBlocks, "genesis"},
		{"no L1-info deposit", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			p := b[0].ExecutionPayload
			p.Transactions = p.Transactions[1:]
			return b
		}, ErrInvalidBlocks, "deposit"},
		{"no txs at all", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			b[1].ExecutionPayload.Transactions = nil
			return b
		}, ErrInvalidBlocks, "no transactions"},
		{"epoch jumps by two", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			p := b[3].ExecutionPayload
			dep, err := derive.L1InfoDepositBytes(c.rcfg, c.l1Cfg, c.rcfg.Genesis.SystemConfig, 0,
				eth.HeaderBlockInfo(c.l1.header(c.rcfg.Genesis.L1.Number+5)), uint64(p.Timestamp))
			if err != nil {
				t.Fatal(err)
			}
			p.Transactions[0] = dep
			return b
		}, ErrInvalidBlocks, "does not follow"},
		{"user txs past the sequencer drift", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			// 1,801 s after genesis on the genesis L1 origin.
			n := int(c.rcfg.MaxSequencerDrift/c.rcfg.BlockTime) + 1
			b := c.synthBlocks(t, make([][]*types.Transaction, n))
			var out []*eth.ExecutionPayloadEnvelope
			for _, env := range b[n-2:] {
				p := env.ExecutionPayload
				dep, err := derive.L1InfoDepositBytes(c.rcfg, c.l1Cfg, c.rcfg.Genesis.SystemConfig, uint64(p.BlockNumber),
					eth.HeaderBlockInfo(c.l1.header(c.rcfg.Genesis.L1.Number)), uint64(p.Timestamp))
				if err != nil {
					t.Fatal(err)
				}
				p.Transactions = []eth.Data{dep}
				out = append(out, env)
			}
			tx, _ := c.transfer(t, 0, 0, addr(1)).MarshalBinary()
			out[1].ExecutionPayload.Transactions = append(out[1].ExecutionPayload.Transactions, tx)
			return out
		}, ErrInvalidBlocks, "drift"},
		{"blob tx", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			tx, _ := c.sign(t, c.keys[0], &types.BlobTx{
				ChainID: uint256.NewInt(l2ChainID), GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1),
				Gas: 21000, BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{1}},
			}).MarshalBinary()
			b[1].ExecutionPayload.Transactions = append(b[1].ExecutionPayload.Transactions, tx)
			return b
		}, ErrInvalidBlocks, "blob tx"},
		{"tx of another chain", cfg, l2ChainID, func() []*eth.ExecutionPayloadEnvelope {
			b := good()
			tx, err := types.SignNewTx(c.keys[0], types.LatestSignerForChainID(big.NewInt(5)), &types.DynamicFeeTx{
				ChainID: big.NewInt(5), Gas: 21000, GasFeeCap: feeCap, To: &common.Address{},
			})
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := tx.MarshalBinary()
			b[1].ExecutionPayload.Transactions = append(b[1].ExecutionPayload.Transactions, raw)
			return rehash(b)
		}, ErrInvalidBlocks, "chain ID"},
		{"chain id mismatch", cfg, l2ChainID + 1, good, ErrInvalidConfig, "chain id"},
		{"no rollup config", Config{MaxBlobs: 1}, l2ChainID, good, ErrInvalidConfig, "rollup"},
		{"zero blobs", c.cfg(0), l2ChainID, good, ErrInvalidConfig, "MaxBlobs"},
		{"seven blobs", c.cfg(MaxBlobsPerTx + 1), l2ChainID, good, ErrInvalidConfig, "MaxBlobs"},
		{"zlib", Config{Rollup: c.rcfg, MaxBlobs: 1, Compression: derive.Zlib}, l2ChainID, good, ErrInvalidConfig, "brotli"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Encode(tc.cfg, tc.chain, 0, tc.blocks())
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if tc.substr != "" && !strings.Contains(err.Error(), tc.substr) {
				t.Fatalf("error %q does not mention %q", err, tc.substr)
			}
			t.Log(err)
		})
	}
}

// TestMeasure logs what a batch of plain transfers costs in blob space and time.
func TestMeasure(t *testing.T) {
	c := newTestChain(t, 100)
	nonces := make([]uint64, len(c.keys))
	const blocks, perBlock = 10, 100 // 1,000 transfers from 100 senders to 1,000 recipients
	var txs [][]*types.Transaction
	for i := 0; i < blocks; i++ {
		txs = append(txs, c.transfers(t, perBlock, nonces))
	}
	envs := c.synthBlocks(t, txs)
	for _, algo := range []derive.CompressionAlgo{derive.Brotli9, derive.Brotli10, derive.Brotli11} {
		cfg := Config{Rollup: c.rcfg, MaxBlobs: 6, Compression: algo}
		start := time.Now()
		b, err := Encode(cfg, l2ChainID, 0, envs)
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		start = time.Now()
		if _, err := Decode(cfg, b.Blobs); err != nil {
			t.Fatal(err)
		}
		dec := time.Since(start)
		blobBytes := 0
		for _, f := range b.Frames {
			blobBytes += 1 + len(f)
		}
		t.Logf("%s: %d transfers in %d blocks: raw tx RLP %d B (%.1f B/tx), span batch %d B (%.1f B/tx), blob data %d B (%.1f B/tx, %.1f%% of raw) in %d blob(s); encode %v (incl. self-check and KZG), decode %v",
			algo, b.Txs, b.Blocks, b.TxBytes, float64(b.TxBytes)/float64(b.Txs),
			b.SpanBatchBytes, float64(b.SpanBatchBytes)/float64(b.Txs),
			blobBytes, float64(blobBytes)/float64(b.Txs), 100*float64(blobBytes)/float64(b.TxBytes), len(b.Blobs), took.Round(time.Millisecond), dec.Round(time.Millisecond))
	}
	if testing.Short() {
		return
	}
	// A full batch: how many transfers fit in 6 blobs, and what that costs.
	var more [][]*types.Transaction
	for i := 0; i < 60; i++ {
		more = append(more, c.transfers(t, 150, nonces))
	}
	big := c.synthBlocks(t, more)
	cfg := c.cfg(6)
	start := time.Now()
	b, err := Encode(cfg, l2ChainID, 0, big)
	if errors.Is(err, ErrTooLarge) {
		t.Logf("9,000 transfers do not fit 6 blobs: %v (%v)", err, time.Since(start).Round(time.Millisecond))
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d transfers in %d blocks: raw %d B, blob data %d B (%.1f B/tx) in %d blobs; encode %v",
		DefaultCompression, b.Txs, b.Blocks, b.TxBytes, b.ChannelBytes, float64(b.ChannelBytes)/float64(b.Txs), len(b.Blobs), time.Since(start).Round(time.Millisecond))
	for _, v := range []byte{types.BlobSidecarVersion0, types.BlobSidecarVersion1} {
		start := time.Now()
		if _, err := b.Sidecar(v); err != nil {
			t.Fatal(err)
		}
		t.Logf("sidecar v%d proofs for %d blobs: %v", v, len(b.Blobs), time.Since(start).Round(time.Millisecond))
	}
}

func TestWarm(t *testing.T) {
	if err := Warm(); err != nil {
		t.Fatal(err)
	}
	// Warm is the same computation as a commitment: an empty blob's is the
	// point at infinity, whose versioned hash is fixed.
	cs, hashes, err := commit([]*eth.Blob{new(eth.Blob)})
	if err != nil {
		t.Fatal(err)
	}
	if cs[0][0] != 0xc0 || hashes[0][0] != 0x01 {
		t.Fatalf("empty blob: commitment %x, versioned hash %s", cs[0], hashes[0])
	}
}
