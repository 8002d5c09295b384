package channel

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	optypes "github.com/ethereum-optimism/optimism/op-core/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	l2genesis "github.com/nodeop/nodeop/rollup/genesis"
)

const (
	l1StartTime = 1_700_000_000
	l1StartNum  = 100
	l1BlockTime = 2
	l1Count     = 4096 // synthetic L1 blocks after the start block
	l2ChainID   = 901
	l1ChainID   = 900
)

var (
	gwei   = big.NewInt(params.GWei)
	feeCap = new(big.Int).Mul(big.NewInt(10), gwei)
	tipCap = big.NewInt(1000)
)

// key derives a deterministic test key: the same accounts and (RFC 6979) signatures
// on every run, which the golden test relies on.
func key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("nodeop channel test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// addr derives a deterministic, incompressible recipient address.
func addr(i int) common.Address {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	return common.BytesToAddress(crypto.Keccak256([]byte("recipient"), b[:]))
}

// fakeL1 is a synthetic L1 chain (headers only). It stands in for an L1 RPC for
// op-node's attributes builder and gives L1 block refs to the decoding checks.
type fakeL1 struct {
	headers []*types.Header // headers[i] is block l1StartNum+i
	byHash  map[common.Hash]*types.Header
}

func newFakeL1() *fakeL1 {
	l := &fakeL1{byHash: map[common.Hash]*types.Header{}}
	parent := common.HexToHash("0x01")
	for i := uint64(0); i <= l1Count; i++ {
		zero := uint64(0)
		beaconRoot := crypto.Keccak256Hash([]byte("beacon"), new(big.Int).SetUint64(i).Bytes())
		h := &types.Header{
			ParentHash:       parent,
			Number:           new(big.Int).SetUint64(l1StartNum + i),
			Time:             l1StartTime + i*l1BlockTime,
			GasLimit:         30_000_000,
			BaseFee:          big.NewInt(params.GWei),
			Difficulty:       new(big.Int),
			MixDigest:        crypto.Keccak256Hash([]byte("randao"), new(big.Int).SetUint64(i).Bytes()),
			ExcessBlobGas:    &zero,
			BlobGasUsed:      &zero,
			ParentBeaconRoot: &beaconRoot,
			WithdrawalsHash:  &types.EmptyWithdrawalsHash,
		}
		l.headers = append(l.headers, h)
		l.byHash[h.Hash()] = h
		parent = h.Hash()
	}
	return l
}

func (l *fakeL1) header(n uint64) *types.Header {
	if n < l1StartNum || n-l1StartNum >= uint64(len(l.headers)) {
		return nil
	}
	return l.headers[n-l1StartNum]
}

func (l *fakeL1) ref(t testing.TB, n uint64) eth.L1BlockRef {
	t.Helper()
	h := l.header(n)
	if h == nil {
		t.Fatalf("no synthetic L1 block %d", n)
	}
	return eth.InfoToL1BlockRef(eth.HeaderBlockInfo(h))
}

// refs returns the L1 block refs from..to (inclusive).
func (l *fakeL1) refs(t testing.TB, from, to uint64) []eth.L1BlockRef {
	var out []eth.L1BlockRef
	for n := from; n <= to; n++ {
		out = append(out, l.ref(t, n))
	}
	return out
}

func (l *fakeL1) InfoByHash(_ context.Context, hash common.Hash) (eth.BlockInfo, error) {
	h, ok := l.byHash[hash]
	if !ok {
		return nil, fmt.Errorf("L1 block %s not found", hash)
	}
	return eth.HeaderBlockInfo(h), nil
}

func (l *fakeL1) FetchReceipts(ctx context.Context, hash common.Hash) (eth.BlockInfo, optypes.Receipts, error) {
	info, err := l.InfoByHash(ctx, hash)
	return info, optypes.Receipts{}, err
}

// nextOrigin picks the L1 origin of an L2 block at l2Time after a block with origin
// cur, like a sequencer: move to the next L1 block once the L2 time reaches it.
func (l *fakeL1) nextOrigin(cur, l2Time uint64) uint64 {
	if next := l.header(cur + 1); next != nil && next.Time <= l2Time {
		return cur + 1
	}
	return cur
}

// testChain is a rollup genesis (rollup/genesis.Build) over the synthetic L1.
type testChain struct {
	l1      *fakeL1
	genesis *core.Genesis
	rcfg    *rollup.Config
	l1Cfg   *params.ChainConfig
	keys    []*ecdsa.PrivateKey
	signer  types.Signer
}

func newTestChain(t testing.TB, accounts int) *testChain {
	t.Helper()
	l1 := newFakeL1()
	keys := make([]*ecdsa.PrivateKey, accounts)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i] = key(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	gen, rcfg, err := l2genesis.Build(l2genesis.Config{
		ChainID:           l2ChainID,
		L1ChainID:         l1ChainID,
		BatchInbox:        common.HexToAddress("0xff00000000000000000000000000000000000901"),
		SystemConfig:      common.HexToAddress("0xff00000000000000000000000000000000000901"),
		Batcher:           common.HexToAddress("0xba7c4e7"),
		UnsafeBlockSigner: common.HexToAddress("0x5e9"),
		Alloc:             alloc,
	}, l1.header(l1StartNum))
	if err != nil {
		t.Fatal(err)
	}
	return &testChain{
		l1:      l1,
		genesis: gen,
		rcfg:    rcfg,
		l1Cfg:   params.MergedTestChainConfig, // post-Cancun L1 with a blob schedule
		keys:    keys,
		signer:  types.LatestSignerForChainID(gen.Config.ChainID),
	}
}

func (c *testChain) cfg(maxBlobs int) Config {
	return Config{Rollup: c.rcfg, MaxBlobs: maxBlobs}
}

func (c *testChain) sign(t testing.TB, k *ecdsa.PrivateKey, inner types.TxData) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(k, c.signer, inner)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (c *testChain) transfer(t testing.TB, from int, nonce uint64, to common.Address) *types.Transaction {
	t.Helper()
	return c.sign(t, c.keys[from], &types.DynamicFeeTx{
		ChainID:   c.genesis.Config.ChainID,
		Nonce:     nonce,
		GasTipCap: tipCap,
		GasFeeCap: feeCap,
		Gas:       params.TxGas,
		To:        &to,
		Value:     big.NewInt(int64(1_000_000 + nonce)),
	})
}

// transfers returns n signed transfers spread over the chain's accounts (nonces from
// base[i]), each to its own recipient.
func (c *testChain) transfers(t testing.TB, n int, nonces []uint64) []*types.Transaction {
	t.Helper()
	txs := make([]*types.Transaction, n)
	for i := range txs {
		from := i % len(c.keys)
		txs[i] = c.transfer(t, from, nonces[from], addr(int(nonces[from])*len(c.keys)+from))
		nonces[from]++
	}
	return txs
}

// synthBlocks lays out L2 blocks 1..len(txs) after genesis as a sequencer would
// (timestamps, L1 origins, sequence numbers, op-node's L1-info deposit) with txs[i] as
// the user txs of block i+1. They are never executed: hashes are synthetic, which is
// all the encoder needs (it checks links, not execution).
func (c *testChain) synthBlocks(t testing.TB, txs [][]*types.Transaction) []*eth.ExecutionPayloadEnvelope {
	t.Helper()
	g := c.rcfg.Genesis
	parentHash, origin, seq := g.L2.Hash, g.L1.Number, uint64(0)
	var out []*eth.ExecutionPayloadEnvelope
	for i, blockTxs := range txs {
		num := g.L2.Number + uint64(i) + 1
		ts := g.L2Time + uint64(i+1)*c.rcfg.BlockTime
		if next := c.l1.nextOrigin(origin, ts); next != origin {
			origin, seq = next, 0
		} else {
			seq++
		}
		dep, err := derive.L1InfoDepositBytes(c.rcfg, c.l1Cfg, g.SystemConfig, seq, eth.HeaderBlockInfo(c.l1.header(origin)), ts)
		if err != nil {
			t.Fatal(err)
		}
		raw := []eth.Data{dep}
		for _, tx := range blockTxs {
			b, err := tx.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			raw = append(raw, b)
		}
		hash := crypto.Keccak256Hash([]byte("synthetic L2 block"), new(big.Int).SetUint64(num).Bytes())
		out = append(out, &eth.ExecutionPayloadEnvelope{ExecutionPayload: &eth.ExecutionPayload{
			ParentHash:   parentHash,
			BlockNumber:  hexutil.Uint64(num),
			Timestamp:    hexutil.Uint64(ts),
			BlockHash:    hash,
			Transactions: raw,
		}})
		parentHash = hash
	}
	return out
}

// userTxs returns a payload's batched txs (all but deposits), as bytes.
func userTxs(p *eth.ExecutionPayload) [][]byte {
	var out [][]byte
	for _, tx := range p.Transactions {
		if tx[0] != types.DepositTxType {
			out = append(out, tx)
		}
	}
	return out
}
