package engine

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	beacon "github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	l2genesis "github.com/nodeop/nodeop/rollup/genesis"
)

func TestOpenAtGenesis(t *testing.T) {
	c := newTestChain(t, 2)
	e := c.open(t, "")
	head := e.Head()
	if head.Number.Sign() != 0 || head.Hash() != c.rollupCfg.Genesis.L2.Hash {
		t.Fatalf("head %d %s, want genesis %s", head.Number, head.Hash(), c.rollupCfg.Genesis.L2.Hash)
	}
	ref, err := e.HeadRef()
	if err != nil {
		t.Fatal(err)
	}
	if ref.L1Origin != c.rollupCfg.Genesis.L1 {
		t.Fatalf("genesis L1 origin %v, want %v", ref.L1Origin, c.rollupCfg.Genesis.L1)
	}
	sc, err := e.SystemConfigByL2Hash(context.Background(), head.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sc, c.rollupCfg.Genesis.SystemConfig) {
		t.Fatalf("genesis system config %+v, want %+v", sc, c.rollupCfg.Genesis.SystemConfig)
	}
	if got, want := e.Balance(addrOf(c.keys[0])), new(big.Int).Mul(big.NewInt(100), oneEther); got.Cmp(want) != 0 {
		t.Fatalf("dev balance %s, want %s", got, want)
	}
}

func TestOpenRejects(t *testing.T) {
	c := newTestChain(t, 1)
	noOsaka := *c.genesis
	cc := *c.genesis.Config
	cc.OsakaTime = nil
	noOsaka.Config = &cc
	otherChain := *c.rollupCfg
	otherChain.L2ChainID = big.NewInt(902)

	tests := []struct {
		name string
		cfg  Config
	}{
		{"no genesis", Config{RollupConfig: c.rollupCfg}},
		{"no rollup config", Config{Genesis: c.genesis}},
		{"Karst without Osaka", Config{Genesis: &noOsaka, RollupConfig: c.rollupCfg}},
		{"chain id mismatch", Config{Genesis: c.genesis, RollupConfig: &otherChain}},
		{"bad http addr", Config{Genesis: c.genesis, RollupConfig: c.rollupCfg, HTTPAddr: "localhost"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := Open(context.Background(), tc.cfg, nil)
			if err == nil {
				e.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("got %v, want ErrInvalidConfig", err)
			}
		})
	}
}

// TestBuildTransfers builds blocks with op-node's attributes (L1-info deposit, an epoch
// change) plus signed transfers and checks balances, nonces, receipts and RPC reads.
func TestBuildTransfers(t *testing.T) {
	c := newTestChain(t, 3)
	e := c.open(t, "")
	alice, bob := addrOf(c.keys[0]), addrOf(c.keys[1])
	carol := common.HexToAddress("0xca201")
	startAlice, startBob := e.Balance(alice), e.Balance(bob)

	value := big.NewInt(1_000_000)
	blocks := [][]*types.Transaction{
		{c.transfer(t, 0, 0, bob, value), c.transfer(t, 0, 1, carol, value)},
		{c.transfer(t, 1, 0, carol, value)},
		{c.transfer(t, 0, 2, bob, value), c.transfer(t, 1, 1, alice, value)},
	}
	var (
		sent    = map[common.Address]*big.Int{alice: new(big.Int), bob: new(big.Int)}
		origins []eth.BlockID
	)
	for i, txs := range blocks {
		res := c.step(t, e, txs)
		if len(res.dropped) != 0 {
			t.Fatalf("block %d: dropped %v", i+1, res.dropped)
		}
		payload := res.env.ExecutionPayload
		if got, want := len(payload.Transactions), 1+len(txs); got != want {
			t.Fatalf("block %d has %d txs, want %d", i+1, got, want)
		}
		if payload.Transactions[0][0] != types.DepositTxType {
			t.Fatalf("block %d does not start with the L1-info deposit", i+1)
		}
		head := e.Head()
		if head.Hash() != payload.BlockHash || head.Number.Uint64() != uint64(i+1) {
			t.Fatalf("head %d %s, want %d %s", head.Number, head.Hash(), i+1, payload.BlockHash)
		}
		ref, err := e.HeadRef()
		if err != nil {
			t.Fatal(err)
		}
		origins = append(origins, ref.L1Origin)
		// Fees: gas used times the effective gas price; L1 and operator fees are zero
		// because the fee predeploys have no code.
		for _, tx := range txs {
			var rcpt types.Receipt
			if err := e.RPC().Call(&rcpt, "eth_getTransactionReceipt", tx.Hash()); err != nil {
				t.Fatal(err)
			}
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx %s failed", tx.Hash())
			}
			from, _ := types.Sender(c.signer, tx)
			cost := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
			sent[from].Add(sent[from], cost.Add(cost, tx.Value()))
		}
	}
	if origins[0] != c.rollupCfg.Genesis.L1 || origins[2].Number != origins[0].Number+1 {
		t.Fatalf("L1 origins %v: want the genesis L1 block, then its child", origins)
	}

	received := map[common.Address]*big.Int{alice: value, bob: new(big.Int).Mul(value, big.NewInt(2))}
	for _, tc := range []struct {
		name  string
		addr  common.Address
		start *big.Int
		nonce uint64
	}{
		{"alice", alice, startAlice, 3},
		{"bob", bob, startBob, 2},
	} {
		want := new(big.Int).Sub(tc.start, sent[tc.addr])
		want.Add(want, received[tc.addr])
		if got := e.Balance(tc.addr); got.Cmp(want) != 0 {
			t.Errorf("%s balance %s, want %s", tc.name, got, want)
		}
		if got := e.Nonce(tc.addr); got != tc.nonce {
			t.Errorf("%s nonce %d, want %d", tc.name, got, tc.nonce)
		}
	}
	if got := e.Balance(carol); got.Cmp(new(big.Int).Mul(value, big.NewInt(2))) != 0 {
		t.Errorf("carol balance %s", got)
	}

	// The eth namespace reads the same chain in-process.
	var num hexutil.Uint64
	if err := e.RPC().Call(&num, "eth_blockNumber"); err != nil {
		t.Fatal(err)
	}
	if uint64(num) != 3 {
		t.Fatalf("eth_blockNumber %d, want 3", num)
	}
	var bal hexutil.Big
	if err := e.RPC().Call(&bal, "eth_getBalance", carol, "latest"); err != nil {
		t.Fatal(err)
	}
	if (*big.Int)(&bal).Cmp(e.Balance(carol)) != 0 {
		t.Fatalf("eth_getBalance %s != %s", (*big.Int)(&bal), e.Balance(carol))
	}
	// Safe and finalized follow the head.
	for _, tag := range []string{"safe", "finalized"} {
		var h types.Header
		if err := e.RPC().Call(&h, "eth_getBlockByNumber", tag, false); err != nil {
			t.Fatal(err)
		}
		if h.Number.Uint64() != 3 {
			t.Errorf("%s block %d, want 3", tag, h.Number)
		}
	}
}

// TestFilterDrops checks each reason to drop a tx and that Build then succeeds with
// what Filter kept.
func TestFilterDrops(t *testing.T) {
	c := newTestChain(t, 4)
	sink := common.HexToAddress("0x5151")

	// drained holds exactly enough for one transfer of (balance - max fee).
	drainedKey := testKey(1000)
	drained := addrOf(drainedKey)
	maxFee := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(params.TxGas))
	drainedFunds := new(big.Int).Add(maxFee, big.NewInt(5))

	tests := []struct {
		name     string
		txs      func(e *Engine) []*types.Transaction
		wantKeep []int
		wantDrop map[int]error
	}{
		{
			name: "sender drained by an earlier tx",
			txs: func(e *Engine) []*types.Transaction {
				return []*types.Transaction{
					c.signed(t, drainedKey, &types.DynamicFeeTx{ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: params.TxGas, To: &sink, Value: big.NewInt(5)}),
					c.signed(t, drainedKey, &types.DynamicFeeTx{ChainID: c.genesis.Config.ChainID, Nonce: 1, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: params.TxGas, To: &sink, Value: big.NewInt(1)}),
					c.transfer(t, 0, 0, sink, big.NewInt(1)),
				}
			},
			wantKeep: []int{0, 2},
			wantDrop: map[int]error{1: core.ErrInsufficientFunds},
		},
		{
			name: "nonce gap and reuse",
			txs: func(e *Engine) []*types.Transaction {
				return []*types.Transaction{
					c.transfer(t, 0, 5, sink, big.NewInt(1)), // gap
					c.transfer(t, 0, 0, sink, big.NewInt(1)),
					c.transfer(t, 0, 0, sink, big.NewInt(2)), // same nonce again
					c.transfer(t, 0, 1, sink, big.NewInt(1)),
				}
			},
			wantKeep: []int{1, 3},
			wantDrop: map[int]error{0: core.ErrNonceTooHigh, 2: core.ErrNonceTooLow},
		},
		{
			name: "fee cap below base fee, intrinsic gas, wrong chain",
			txs: func(e *Engine) []*types.Transaction {
				return []*types.Transaction{
					c.signed(t, c.keys[1], &types.DynamicFeeTx{ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), Gas: params.TxGas, To: &sink}),
					c.signed(t, c.keys[1], &types.DynamicFeeTx{ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: 20_000, To: &sink}),
					mustSign(t, types.LatestSignerForChainID(big.NewInt(1)), c.keys[1], &types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 0, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: params.TxGas, To: &sink}),
					c.transfer(t, 1, 0, sink, big.NewInt(1)),
				}
			},
			wantKeep: []int{3},
			wantDrop: map[int]error{0: core.ErrFeeCapTooLow, 1: core.ErrIntrinsicGas, 2: types.ErrInvalidChainId},
		},
		{
			name: "gas above the Osaka per-tx cap",
			txs: func(e *Engine) []*types.Transaction {
				return []*types.Transaction{
					c.signed(t, c.keys[2], &types.DynamicFeeTx{ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: params.MaxTxGas + 1, To: &sink}),
					c.transfer(t, 2, 0, sink, big.NewInt(1)),
				}
			},
			wantKeep: []int{1},
			wantDrop: map[int]error{0: core.ErrGasLimitTooHigh},
		},
		{
			name: "user deposit and blob tx",
			txs: func(e *Engine) []*types.Transaction {
				blobHash := common.Hash{0x01} // versioned-hash shape; never reaches execution
				return []*types.Transaction{
					types.NewTx(&types.DepositTx{From: addrOf(c.keys[3]), To: &sink, Mint: oneEther, Value: oneEther, Gas: 100_000}),
					c.signed(t, c.keys[3], &types.BlobTx{ChainID: uint256.NewInt(l2ChainID), Nonce: 0, GasTipCap: uint256.MustFromBig(tipCap), GasFeeCap: uint256.MustFromBig(feeCap), Gas: params.TxGas, To: sink, BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{blobHash}}),
					c.transfer(t, 3, 0, sink, big.NewInt(1)),
				}
			},
			wantKeep: []int{2},
			wantDrop: map[int]error{0: ErrDepositTx, 1: ErrBlobTx},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := *c.genesis
			g.Alloc = types.GenesisAlloc{drained: {Balance: drainedFunds}}
			for k, v := range c.genesis.Alloc {
				g.Alloc[k] = v
			}
			cc := *c
			cc.genesis = &g
			rc := *c.rollupCfg
			rc.Genesis.L2.Hash = g.ToBlock().Hash()
			cc.rollupCfg = &rc
			e := cc.open(t, "")

			txs := tc.txs(e)
			attrs := cc.nextAttrs(t, e)
			keep, dropped := e.Filter(attrs, txs)
			var wantKeep []*types.Transaction
			for _, i := range tc.wantKeep {
				wantKeep = append(wantKeep, txs[i])
			}
			if !sameTxs(keep, wantKeep) {
				t.Fatalf("kept %s, want %s (dropped: %v)", txHashes(keep), txHashes(wantKeep), dropped)
			}
			if len(dropped) != len(tc.wantDrop) {
				t.Fatalf("dropped %v, want %v", dropped, tc.wantDrop)
			}
			for i, want := range tc.wantDrop {
				if !errors.Is(dropped[i], want) {
					t.Errorf("tx %d dropped with %v, want %v", i, dropped[i], want)
				}
			}
			before := e.Head().Hash()
			env, err := e.Build(context.Background(), attrs, keep)
			if err != nil {
				t.Fatalf("build with the kept txs: %v", err)
			}
			if env.ExecutionPayload.ParentHash != before || len(env.ExecutionPayload.Transactions) != len(attrs.Transactions)+len(keep) {
				t.Fatalf("unexpected block %s", env.ExecutionPayload.ID())
			}
		})
	}
}

func sameTxs(a, b []*types.Transaction) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Hash() != b[i].Hash() {
			return false
		}
	}
	return true
}

func txHashes(txs []*types.Transaction) string {
	s := make([]string, len(txs))
	for i, tx := range txs {
		s[i] = tx.Hash().TerminalString()
	}
	return "[" + strings.Join(s, " ") + "]"
}

// TestTwoEnginesAgree runs the same block sequence on two independent engines: the
// attributes, Filter's verdicts and the resulting blocks must be identical.
func TestTwoEnginesAgree(t *testing.T) {
	c := newTestChain(t, 4)
	a, b := c.open(t, ""), c.open(t, t.TempDir())
	sink := common.HexToAddress("0x5151")
	poor := testKey(2000) // never funded: every tx from it fails

	bal := new(big.Int).Mul(big.NewInt(100), oneEther)
	maxFee := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(params.TxGas))
	drainAll := new(big.Int).Sub(bal, maxFee) // leaves less than one more tx's max fee

	rounds := [][]*types.Transaction{
		{c.transfer(t, 0, 0, sink, big.NewInt(1)), c.transfer(t, 1, 0, sink, big.NewInt(2))},
		{
			c.transfer(t, 2, 0, sink, drainAll),      // drains account 2
			c.transfer(t, 2, 1, sink, big.NewInt(1)), // dropped: insufficient funds
			c.transfer(t, 0, 1, sink, big.NewInt(3)), // kept
			c.transfer(t, 0, 7, sink, big.NewInt(1)), // dropped: nonce too high
			c.transfer(t, 1, 0, sink, big.NewInt(1)), // dropped: nonce too low
			c.signed(t, poor, &types.LegacyTx{Nonce: 0, GasPrice: feeCap, Gas: params.TxGas, To: &sink}),
		},
		{},
		{c.transfer(t, 3, 0, sink, big.NewInt(4)), c.transfer(t, 2, 1, sink, big.NewInt(1))},
	}
	var results []map[int]error
	for i, txs := range rounds {
		ra, rb := c.step(t, a, txs), c.step(t, b, txs)
		results = append(results, ra.dropped)
		if !reflect.DeepEqual(ra.attrs, rb.attrs) {
			t.Fatalf("round %d: attributes differ", i)
		}
		if !sameTxs(ra.keep, rb.keep) || !sameDrops(ra.dropped, rb.dropped) {
			t.Fatalf("round %d: filter differs: %v vs %v", i, ra.dropped, rb.dropped)
		}
		pa, pb := ra.env.ExecutionPayload, rb.env.ExecutionPayload
		if pa.BlockHash != pb.BlockHash || pa.StateRoot != pb.StateRoot {
			t.Fatalf("round %d: block %s root %s vs block %s root %s", i, pa.BlockHash, pa.StateRoot, pb.BlockHash, pb.StateRoot)
		}
		t.Logf("round %d: block %d %s, %d kept, %d dropped", i, pa.BlockNumber, pa.BlockHash.TerminalString(), len(ra.keep), len(ra.dropped))
	}
	// Round 1's verdicts, spelled out; the drained account stays unable to pay in round 3.
	wantDrops := []map[int]error{
		{},
		{1: core.ErrInsufficientFunds, 3: core.ErrNonceTooHigh, 4: core.ErrNonceTooLow, 5: core.ErrInsufficientFunds},
		{},
		{1: core.ErrInsufficientFunds},
	}
	for i, want := range wantDrops {
		got := results[i]
		if len(got) != len(want) {
			t.Fatalf("round %d dropped %v, want %v", i, got, want)
		}
		for j, err := range want {
			if !errors.Is(got[j], err) {
				t.Errorf("round %d tx %d dropped with %v, want %v", i, j, got[j], err)
			}
		}
	}
	if a.Nonce(addrOf(c.keys[2])) != 1 || a.Nonce(addrOf(c.keys[0])) != 2 || a.Nonce(addrOf(c.keys[3])) != 1 {
		t.Fatalf("nonces: account2 %d account0 %d account3 %d", a.Nonce(addrOf(c.keys[2])), a.Nonce(addrOf(c.keys[0])), a.Nonce(addrOf(c.keys[3])))
	}
}

func sameDrops(a, b map[int]error) bool {
	if len(a) != len(b) {
		return false
	}
	for i, ea := range a {
		eb, ok := b[i]
		if !ok || ea.Error() != eb.Error() {
			return false
		}
	}
	return true
}

// TestBuildFailsCleanly: attributes op-geth cannot build leave the head where it was, and
// the engine keeps working.
func TestBuildFailsCleanly(t *testing.T) {
	c := newTestChain(t, 2)
	e := c.open(t, "")
	c.step(t, e, []*types.Transaction{c.transfer(t, 0, 0, addrOf(c.keys[1]), big.NewInt(1))})
	head := e.Head()
	sink := common.HexToAddress("0x5151")

	good := c.nextAttrs(t, e)
	stale := *good
	stale.Timestamp = hexutil.Uint64(head.Time)
	past := *good
	past.Timestamp = hexutil.Uint64(head.Time - 1)
	noGas := *good
	noGas.GasLimit = nil
	noMinBaseFee := *good
	noMinBaseFee.MinBaseFee = nil
	noDeposit := *good
	noDeposit.Transactions = nil
	withdrawals := *good
	withdrawals.Withdrawals = &types.Withdrawals{{Index: 1, Address: sink, Amount: 1}}
	badEIP1559 := *good
	badEIP1559.EIP1559Params = &eth.Bytes8{7: 6} // elasticity 6 over a zero denominator
	garbage := *good
	garbage.Transactions = append(append([]eth.Data(nil), good.Transactions...), eth.Data{0x02, 0xc0})

	tests := []struct {
		name  string
		attrs *eth.PayloadAttributes
		want  error
	}{
		{"nil attributes", nil, ErrInvalidAttributes},
		{"timestamp equal to parent", &stale, ErrInvalidAttributes},
		{"timestamp before parent", &past, ErrInvalidAttributes},
		{"no gas limit", &noGas, ErrInvalidAttributes},
		{"no min base fee", &noMinBaseFee, ErrInvalidAttributes},
		{"withdrawals after Canyon", &withdrawals, ErrInvalidAttributes},
		{"eip1559Params with zero denominator", &badEIP1559, ErrInvalidAttributes},
		{"undecodable forced tx", &garbage, ErrInvalidAttributes},
		// op-geth: "missing L1 attributes deposit transaction".
		{"no L1-info deposit", &noDeposit, ErrBuild},
		// Not filtered: op-geth aborts the whole build on the bad nonce.
		{"unfiltered bad nonce", withTxs(t, good, []*types.Transaction{c.transfer(t, 0, 0, sink, big.NewInt(1))}), ErrBuild},
		{"unfiltered unfunded sender", withTxs(t, good, []*types.Transaction{c.signed(t, testKey(3000), &types.LegacyTx{GasPrice: feeCap, Gas: params.TxGas, To: &sink})}), ErrBuild},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.Build(context.Background(), tc.attrs, nil)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			t.Logf("error: %v", err)
			if got := e.Head(); got.Hash() != head.Hash() {
				t.Fatalf("head moved to %d %s", got.Number, got.Hash())
			}
			if tc.attrs != nil {
				keep, dropped := e.Filter(tc.attrs, []*types.Transaction{c.transfer(t, 0, 1, sink, big.NewInt(1))})
				// Filter says the attributes' own txs fail when they do not
				// decode, as when they do not apply.
				forcedBad := tc.attrs == &noDeposit || tc.attrs == &garbage
				if tc.want == ErrInvalidAttributes && !forcedBad && (len(keep) != 0 || !errors.Is(dropped[0], ErrInvalidAttributes)) ||
					forcedBad && (len(keep) != 0 || !errors.Is(dropped[0], ErrForcedTxsInvalid)) {
					t.Fatalf("Filter on bad attributes: keep %d, dropped %v", len(keep), dropped)
				}
			}
		})
	}
	// Still healthy: the next proper block builds on the unchanged head.
	res := c.step(t, e, []*types.Transaction{c.transfer(t, 0, 1, sink, big.NewInt(1))})
	if res.env.ExecutionPayload.ParentHash != head.Hash() {
		t.Fatalf("next block's parent %s, want %s", res.env.ExecutionPayload.ParentHash, head.Hash())
	}
}

func TestRestartKeepsHead(t *testing.T) {
	c := newTestChain(t, 2)
	dir := t.TempDir()
	bob := addrOf(c.keys[1])

	e, err := Open(context.Background(), Config{DataDir: dir, Genesis: c.genesis, RollupConfig: c.rollupCfg}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	for n := range uint64(3) {
		c.step(t, e, []*types.Transaction{c.transfer(t, 0, n, bob, big.NewInt(7))})
	}
	head, bal := e.Head(), e.Balance(bob)
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := e.Build(context.Background(), &eth.PayloadAttributes{}, nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Build after Close: %v", err)
	}

	e2 := c.open(t, dir)
	if got := e2.Head(); got.Hash() != head.Hash() {
		t.Fatalf("after restart head %d %s, want %d %s", got.Number, got.Hash(), head.Number, head.Hash())
	}
	if got := e2.Balance(bob); got.Cmp(bal) != 0 {
		t.Fatalf("after restart balance %s, want %s", got, bal)
	}
	if got := e2.Nonce(addrOf(c.keys[0])); got != 3 {
		t.Fatalf("after restart nonce %d, want 3", got)
	}
	c.step(t, e2, []*types.Transaction{c.transfer(t, 0, 3, bob, big.NewInt(7))})
	if e2.Head().Number.Uint64() != 4 {
		t.Fatalf("head %d after building on the restarted engine", e2.Head().Number)
	}
	e2.Close()

	// The datadir belongs to this chain: another genesis is refused.
	other := newTestChain(t, 3)
	if e3, err := Open(context.Background(), Config{DataDir: dir, Genesis: other.genesis, RollupConfig: other.rollupCfg}, nil); err == nil {
		e3.Close()
		t.Fatal("opened a datadir with a different genesis")
	} else {
		t.Logf("different genesis: %v", err)
	}
}

func TestHTTPAndWS(t *testing.T) {
	c := newTestChain(t, 1)
	e, err := Open(context.Background(), Config{Genesis: c.genesis, RollupConfig: c.rollupCfg, HTTPAddr: "127.0.0.1:0"}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, url := range []string{e.HTTPEndpoint(), e.WSEndpoint()} {
		t.Run(url, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			cl, err := rpc.DialContext(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			var id hexutil.Big
			if err := cl.CallContext(ctx, &id, "eth_chainId"); err != nil {
				t.Fatal(err)
			}
			if (*big.Int)(&id).Uint64() != l2ChainID {
				t.Fatalf("eth_chainId %s", (*big.Int)(&id))
			}
			var bal hexutil.Big
			if err := cl.CallContext(ctx, &bal, "eth_getBalance", addrOf(c.keys[0]), "latest"); err != nil {
				t.Fatal(err)
			}
			if (*big.Int)(&bal).Sign() == 0 {
				t.Fatal("dev account unfunded over RPC")
			}
			// Txs only enter through consensus: submission is refused, not silently dropped.
			raw, _ := c.transfer(t, 0, 0, common.HexToAddress("0x5151"), big.NewInt(1)).MarshalBinary()
			var h common.Hash
			if err := cl.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw)); err == nil || !strings.Contains(err.Error(), "ingress") {
				t.Fatalf("eth_sendRawTransaction: %v, want the ingress error", err)
			}
			// Only eth/net/web3 are exposed.
			var out any
			if err := cl.CallContext(ctx, &out, "admin_nodeInfo"); err == nil {
				t.Fatal("admin namespace exposed")
			}
		})
	}
}

// TestBuild1000Transfers measures Filter and Build for a block of 1,000 transfers from
// 1,000 different senders.
func TestBuild1000Transfers(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: signs and executes 1,000 transfers")
	}
	const n = 1000
	c := newTestChain(t, n)
	e := c.open(t, t.TempDir())
	txs := make([]*types.Transaction, n)
	for i := range txs {
		txs[i] = c.transfer(t, i, 0, addrOf(c.keys[(i+1)%n]), big.NewInt(int64(i+1)))
	}
	// Senders are recovered inside the timed part on fresh copies, as a node decoding
	// txs from a CometBFT block would.
	fresh := make([]*types.Transaction, n)
	for i, tx := range txs {
		raw, _ := tx.MarshalBinary()
		fresh[i] = new(types.Transaction)
		if err := fresh[i].UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
	}
	attrs := c.nextAttrs(t, e)

	start := time.Now()
	keep, dropped := e.Filter(attrs, fresh)
	filtered := time.Now()
	if len(keep) != n {
		t.Fatalf("kept %d of %d: %v", len(keep), n, firstErrors(dropped, 3))
	}
	env, err := e.Build(context.Background(), attrs, keep)
	if err != nil {
		t.Fatal(err)
	}
	built := time.Now()
	p := env.ExecutionPayload
	if len(p.Transactions) != n+1 {
		t.Fatalf("block has %d txs", len(p.Transactions))
	}
	t.Logf("1,000 transfers: Filter %v, Build %v (build, import, forkchoiceUpdated, sync), total %v; gas used %d of %d, block %d",
		filtered.Sub(start).Round(time.Millisecond), built.Sub(filtered).Round(time.Millisecond), built.Sub(start).Round(time.Millisecond),
		p.GasUsed, p.GasLimit, p.BlockNumber)
	if p.BlobGasUsed != nil {
		t.Logf("DA footprint (blobGasUsed) %d of gas limit %d", *p.BlobGasUsed, p.GasLimit)
	}
}

func firstErrors(m map[int]error, k int) string {
	var out []string
	for i := 0; i < len(m) && len(out) < k; i++ {
		if err, ok := m[i]; ok {
			out = append(out, fmt.Sprintf("%d: %v", i, err))
		}
	}
	return strings.Join(out, "; ")
}

// TestFilterBlockLimits: op-geth checks neither the Jovian DA footprint nor the Osaka
// block size of forced txs while building, only when importing (newPayload), so Filter
// must stop there or the whole block is lost.
func TestFilterBlockLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: hundreds of transfers")
	}
	sink := common.HexToAddress("0x5151")
	tests := []struct {
		name     string
		gasLimit uint64
		senders  int
		txs      func(c *testChain) []*types.Transaction
		wantKeep int
		wantErr  error
	}{
		{
			// 21M gas; a transfer's DA footprint is 100 bytes * 400 = 40,000 "gas", so
			// 525 transfers fill the DA budget long before the 21,000-gas ones would.
			name:     "DA footprint",
			gasLimit: 21_000_000,
			senders:  600,
			txs: func(c *testChain) []*types.Transaction {
				txs := make([]*types.Transaction, 600)
				for i := range txs {
					txs[i] = c.transfer(t, i, 0, sink, big.NewInt(1))
				}
				return txs
			},
			wantKeep: 525,
			wantErr:  ErrDAFootprint,
		},
		{
			// 128 KiB of zero calldata compresses to almost no DA but takes block space:
			// 66 of them (8.66 MB) exceed MaxBlockSize; Filter stops at MaxBlockSize - 1 MB.
			name:     "block size",
			gasLimit: 500_000_000,
			senders:  66,
			txs: func(c *testChain) []*types.Transaction {
				txs := make([]*types.Transaction, 66)
				for i := range txs {
					txs[i] = c.signed(t, c.keys[i], &types.DynamicFeeTx{ChainID: c.genesis.Config.ChainID, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: 1_400_000, To: &sink, Data: make([]byte, 128<<10)})
				}
				return txs
			},
			wantKeep: 56,
			wantErr:  ErrBlockSize,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestChain(t, tc.senders, func(g *l2genesis.Config) { g.GasLimit = tc.gasLimit })
			e := c.open(t, "")
			txs := tc.txs(c)
			attrs := c.nextAttrs(t, e)

			// Unfiltered, op-geth builds the block and then rejects it on import.
			head := e.Head().Hash()
			if _, err := e.Build(context.Background(), attrs, txs); !errors.Is(err, ErrBuild) {
				t.Fatalf("unfiltered build: %v", err)
			} else {
				t.Logf("unfiltered: %.300s", err)
			}
			if e.Head().Hash() != head {
				t.Fatal("failed build moved the head")
			}
			keep, dropped := e.Filter(attrs, txs)
			if len(keep) != tc.wantKeep {
				t.Fatalf("kept %d, want %d", len(keep), tc.wantKeep)
			}
			for i, err := range dropped {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("tx %d dropped with %v, want %v", i, err, tc.wantErr)
				}
			}
			env, err := e.Build(context.Background(), attrs, keep)
			if err != nil {
				t.Fatalf("filtered build: %v", err)
			}
			p := env.ExecutionPayload
			t.Logf("kept %d: gas %d, DA footprint %d, limit %d", len(keep), p.GasUsed, *p.BlobGasUsed, p.GasLimit)
		})
	}
}

const crashDirEnv = "NODEOP_ENGINE_CRASH_DATADIR"

// TestCrashKeepsHead kills a process right after it built blocks (no Close, so no
// flush or journal) and checks that the datadir reopens at the same head: the engine
// commits every block's state to the database as it is inserted.
func TestCrashKeepsHead(t *testing.T) {
	c := newTestChain(t, 2)
	if dir := os.Getenv(crashDirEnv); dir != "" {
		// Child: build three blocks, report the head, die without closing.
		e, err := Open(context.Background(), Config{DataDir: dir, Genesis: c.genesis, RollupConfig: c.rollupCfg}, nil)
		if err != nil {
			fmt.Println("open:", err)
			os.Exit(2)
		}
		for n := range uint64(3) {
			c.step(t, e, []*types.Transaction{c.transfer(t, 0, n, addrOf(c.keys[1]), big.NewInt(9))})
		}
		fmt.Printf("HEAD %s\n", e.Head().Hash())
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashKeepsHead$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var want common.Hash
	for _, line := range strings.Split(string(out), "\n") {
		if h, ok := strings.CutPrefix(line, "HEAD "); ok {
			want = common.HexToHash(h)
		}
	}
	if want == (common.Hash{}) {
		t.Fatalf("child reported no head:\n%s", out)
	}
	e := c.open(t, dir)
	if got := e.Head(); got.Hash() != want || got.Number.Uint64() != 3 {
		t.Fatalf("after crash head %d %s, want 3 %s", got.Number, got.Hash(), want)
	}
	if got := e.Nonce(addrOf(c.keys[0])); got != 3 {
		t.Fatalf("after crash nonce %d, want 3", got)
	}
	c.step(t, e, []*types.Transaction{c.transfer(t, 0, 3, addrOf(c.keys[1]), big.NewInt(9))})
}

// TestImportableRefusesOtherTxs: Build imports the builder's block with the caller's tx
// objects in place of decoded copies, so it must refuse any list that is not exactly the
// block's txs.
func TestImportableRefusesOtherTxs(t *testing.T) {
	c := newTestChain(t, 3)
	e := c.open(t, "")
	sink := common.HexToAddress("0x5151")
	txs := []*types.Transaction{
		c.transfer(t, 0, 0, sink, big.NewInt(1)),
		c.transfer(t, 1, 0, sink, big.NewInt(2)),
	}
	res := c.step(t, e, txs)
	block := e.chain.GetBlockByHash(res.env.ExecutionPayload.BlockHash)
	if block == nil {
		t.Fatal("built block not found")
	}
	env := beacon.BlockToExecutableData(block, new(big.Int), nil, [][]byte{})
	root := block.BeaconRoot()
	all := block.Transactions()
	other := c.transfer(t, 2, 0, sink, big.NewInt(3))

	tests := []struct {
		name string
		txs  types.Transactions
		ok   bool
	}{
		{"the block's txs", all, true},
		{"one missing", all[:len(all)-1], false},
		{"one extra", append(append(types.Transactions{}, all...), other), false},
		{"one replaced", append(append(types.Transactions{}, all[:len(all)-1]...), other), false},
		{"reordered", append(types.Transactions{all[0], all[2]}, all[1]), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := e.importable(env, root, tc.txs)
			if !tc.ok {
				if err == nil {
					t.Fatal("accepted a tx list that is not the block's")
				}
				t.Logf("error: %v", err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Hash() != block.Hash() || got.Transactions()[1] != tc.txs[1] {
				t.Fatalf("block %s with other tx objects, want %s with the given ones", got.Hash(), block.Hash())
			}
		})
	}
}

// TestHeadReadsFollowBuildsConcurrently: CheckTx reads balances and nonces on other
// goroutines while blocks are built; every read sees a head's state, never a torn one.
func TestHeadReadsFollowBuildsConcurrently(t *testing.T) {
	c := newTestChain(t, 2)
	e := c.open(t, "")
	alice, sink := addrOf(c.keys[0]), common.HexToAddress("0x5151")
	start := e.Balance(alice)
	const blocks = 20
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				// Nonce n means n transfers of 1 wei + gas were paid: the
				// balance must be below start by at least n wei.
				n := e.Nonce(alice)
				if bal := e.Balance(alice); n > 0 && bal.Cmp(new(big.Int).Sub(start, big.NewInt(int64(n)))) > 0 {
					t.Errorf("nonce %d with balance %s, start %s", n, bal, start)
					return
				}
			}
		})
	}
	for i := range blocks {
		c.step(t, e, []*types.Transaction{c.transfer(t, 0, uint64(i), sink, big.NewInt(1))})
	}
	close(done)
	wg.Wait()
	if n := e.Nonce(alice); n != blocks {
		t.Fatalf("nonce %d after %d transfers", n, blocks)
	}
	if got := e.Balance(sink); got.Cmp(big.NewInt(blocks)) != 0 {
		t.Fatalf("sink balance %s, want %d", got, blocks)
	}
}
