package engine

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// openPool opens an engine with op-geth's tx pool on and an HTTP endpoint, and an RPC
// client to it.
func (c *testChain) openPool(t testing.TB, recommit time.Duration) (*Engine, *rpc.Client) {
	t.Helper()
	e, err := Open(context.Background(), Config{
		Genesis: c.genesis, RollupConfig: c.rollupCfg, HTTPAddr: "127.0.0.1:0", TxPool: true, Recommit: recommit,
	}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e, dialEngine(t, e.HTTPEndpoint())
}

func dialEngine(t testing.TB, url string) *rpc.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

func sendRaw(ctx context.Context, cl *rpc.Client, tx *types.Transaction) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	var h common.Hash
	if err := cl.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		return err
	}
	if h != tx.Hash() {
		return errors.New("eth_sendRawTransaction answered " + h.Hex() + ", want " + tx.Hash().Hex())
	}
	return nil
}

// waitPool waits until txpool_status reports pending executable txs (the pool promotes
// added txs asynchronously, and the miner only takes pending ones).
func waitPool(t testing.TB, cl *rpc.Client, pending int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var st map[string]hexutil.Uint
		if err := cl.Call(&st, "txpool_status"); err != nil {
			t.Fatalf("txpool_status: %v", err)
		}
		if int(st["pending"]) == pending {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("txpool_status %v, want %d pending", st, pending)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// buildFromPool starts a pool build, gives op-geth time for its first pass over the
// pool (getPayload interrupts a pass in progress, so sealing at once would seal a block
// of the deposit alone), and seals it.
func (c *testChain) buildFromPool(t testing.TB, e *Engine) *eth.ExecutionPayloadEnvelope {
	t.Helper()
	b, err := e.StartBuild(context.Background(), c.poolAttrs(t, e))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	env, err := e.SealBuild(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// poolAttrs are the next block's attributes asking op-geth to fill it from its pool.
func (c *testChain) poolAttrs(t testing.TB, e *Engine) *eth.PayloadAttributes {
	t.Helper()
	attrs := c.nextAttrs(t, e)
	attrs.NoTxPool = false
	return attrs
}

// TestTxPoolBlockInNonceOrder sends txs of two senders over HTTP in shuffled order and
// builds one block from the pool: all land, each sender's in nonce order, after the
// L1-info deposit, and the pool is drained.
func TestTxPoolBlockInNonceOrder(t *testing.T) {
	c := newTestChain(t, 2)
	e, cl := c.openPool(t, 0)
	ctx := context.Background()
	to := common.HexToAddress("0x7070")
	var txs []*types.Transaction
	for n := range uint64(10) {
		txs = append(txs, c.transfer(t, 0, n, to, big.NewInt(1)))
	}
	for n := range uint64(5) {
		txs = append(txs, c.transfer(t, 1, n, to, big.NewInt(2)))
	}
	sent := append([]*types.Transaction(nil), txs...)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(sent), func(i, j int) { sent[i], sent[j] = sent[j], sent[i] })
	for _, tx := range sent {
		if err := sendRaw(ctx, cl, tx); err != nil {
			t.Fatalf("send nonce %d: %v", tx.Nonce(), err)
		}
	}
	waitPool(t, cl, len(txs))

	payload := c.buildFromPool(t, e).ExecutionPayload
	if got, want := len(payload.Transactions), 1+len(txs); got != want {
		t.Fatalf("block has %d txs, want %d (deposit + pool)", got, want)
	}
	if payload.Transactions[0][0] != types.DepositTxType {
		t.Fatal("block does not start with the L1-info deposit")
	}
	if e.Head().Hash() != payload.BlockHash {
		t.Fatalf("head %s, want the sealed block %s", e.Head().Hash(), payload.BlockHash)
	}
	next := map[common.Address]uint64{}
	for i, raw := range payload.Transactions[1:] {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		from, err := types.Sender(c.signer, &tx)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Nonce() != next[from] {
			t.Fatalf("tx %d from %s has nonce %d, want %d", i+1, from, tx.Nonce(), next[from])
		}
		next[from]++
	}
	ec := ethclient.NewClient(cl)
	for _, tx := range txs {
		r, err := ec.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("receipt of %s: %v", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() != 1 {
			t.Fatalf("receipt of %s: status %d block %d", tx.Hash(), r.Status, r.BlockNumber)
		}
	}
	waitPool(t, cl, 0)
}

// TestTxPoolRecommitTakesLateTxs: a tx that reaches the pool after StartBuild makes the
// block when op-geth rebuilds before SealBuild.
func TestTxPoolRecommitTakesLateTxs(t *testing.T) {
	c := newTestChain(t, 1)
	recommit := 50 * time.Millisecond
	e, cl := c.openPool(t, recommit)
	ctx := context.Background()
	b, err := e.StartBuild(ctx, c.poolAttrs(t, e))
	if err != nil {
		t.Fatal(err)
	}
	tx := c.transfer(t, 0, 0, common.HexToAddress("0x7070"), big.NewInt(1))
	if err := sendRaw(ctx, cl, tx); err != nil {
		t.Fatal(err)
	}
	waitPool(t, cl, 1)
	if b.Number() != 1 || b.Timestamp() != c.rollupCfg.Genesis.L2Time+c.rollupCfg.BlockTime {
		t.Fatalf("building block %d at %d, want 1 at %d", b.Number(), b.Timestamp(), c.rollupCfg.Genesis.L2Time+c.rollupCfg.BlockTime)
	}
	time.Sleep(10 * recommit)
	env, err := e.SealBuild(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(env.ExecutionPayload.Transactions); got != 2 {
		t.Fatalf("block has %d txs, want the deposit and the late tx", got)
	}
}

// TestSealBuildAfterHeadMoved: a pending build whose parent is no longer the head is
// refused, and the head stays where Build put it.
func TestSealBuildAfterHeadMoved(t *testing.T) {
	c := newTestChain(t, 1)
	e, _ := c.openPool(t, 0)
	ctx := context.Background()
	b, err := e.StartBuild(ctx, c.poolAttrs(t, e))
	if err != nil {
		t.Fatal(err)
	}
	res := c.step(t, e, nil)
	if _, err := e.SealBuild(ctx, b); !errors.Is(err, ErrBuild) {
		t.Fatalf("SealBuild after the head moved: %v, want ErrBuild", err)
	}
	if e.Head().Hash() != res.env.ExecutionPayload.BlockHash {
		t.Fatalf("head %s, want %s", e.Head().Hash(), res.env.ExecutionPayload.BlockHash)
	}
	if _, err := e.SealBuild(ctx, nil); !errors.Is(err, ErrBuild) {
		t.Fatalf("SealBuild(nil): %v, want ErrBuild", err)
	}
}

// TestBuildIgnoresPool: Build keeps its contract with the pool on: the block holds
// the forced txs only, even when asked for the pool, and the pool keeps its tx.
func TestBuildIgnoresPool(t *testing.T) {
	c := newTestChain(t, 1)
	e, cl := c.openPool(t, 0)
	if err := sendRaw(context.Background(), cl, c.transfer(t, 0, 0, common.HexToAddress("0x7070"), big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	waitPool(t, cl, 1)
	env, err := e.Build(context.Background(), c.poolAttrs(t, e), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(env.ExecutionPayload.Transactions); got != 1 {
		t.Fatalf("Build made a block of %d txs, want the deposit only", got)
	}
	waitPool(t, cl, 1)
}

// TestTxPoolOffRefuses: without Config.TxPool submission is refused as before, the
// txpool namespace is not served, and a pool build holds the deposit only.
func TestTxPoolOffRefuses(t *testing.T) {
	c := newTestChain(t, 1)
	e, err := Open(context.Background(), Config{Genesis: c.genesis, RollupConfig: c.rollupCfg, HTTPAddr: "127.0.0.1:0"}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	cl := dialEngine(t, e.HTTPEndpoint())
	ctx := context.Background()
	err = sendRaw(ctx, cl, c.transfer(t, 0, 0, common.HexToAddress("0x7070"), big.NewInt(1)))
	if err == nil || err.Error() != ErrTxSubmission.Error() {
		t.Fatalf("eth_sendRawTransaction: %v, want %v", err, ErrTxSubmission)
	}
	var st any
	if err := cl.Call(&st, "txpool_status"); err == nil {
		t.Fatal("txpool namespace served without Config.TxPool")
	}
	if got := len(c.buildFromPool(t, e).ExecutionPayload.Transactions); got != 1 {
		t.Fatalf("block has %d txs, want the deposit only", got)
	}
}

// TestTxPoolAdmissionErrors: the pool answers bad txs with go-ethereum's own errors.
func TestTxPoolAdmissionErrors(t *testing.T) {
	c := newTestChain(t, 2)
	e, cl := c.openPool(t, 0)
	ctx := context.Background()
	to := common.HexToAddress("0x7070")
	alice := addrOf(c.keys[0])

	// Alice's nonce 0 is used by a block built without the pool.
	c.step(t, e, []*types.Transaction{c.transfer(t, 0, 0, to, big.NewInt(1))})
	// The pool takes in the new head asynchronously.
	ec := ethclient.NewClient(cl)
	deadline := time.Now().Add(10 * time.Second)
	for n, _ := ec.PendingNonceAt(ctx, alice); n != 1; n, _ = ec.PendingNonceAt(ctx, alice) {
		if time.Now().After(deadline) {
			t.Fatalf("pool pending nonce %d, want 1", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	queued := c.transfer(t, 0, 1, to, big.NewInt(1))
	if err := sendRaw(ctx, cl, queued); err != nil {
		t.Fatal(err)
	}
	otherChain := types.LatestSignerForChainID(big.NewInt(l2ChainID + 1))

	tests := []struct {
		name string
		tx   *types.Transaction
		want error
	}{
		{"nonce too low", c.transfer(t, 0, 0, to, big.NewInt(2)), core.ErrNonceTooLow},
		{"already known", queued, txpool.ErrAlreadyKnown},
		{"replacement underpriced", c.transfer(t, 0, 1, to, big.NewInt(3)), txpool.ErrReplaceUnderpriced},
		{"tip below the pool's minimum", c.signed(t, c.keys[1], &types.DynamicFeeTx{
			ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: new(big.Int), GasFeeCap: feeCap, Gas: params.TxGas, To: &to,
		}), txpool.ErrTxGasPriceTooLow},
		{"wrong chain id", mustSign(t, otherChain, c.keys[1], &types.DynamicFeeTx{
			ChainID: otherChain.ChainID(), Nonce: 0, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: params.TxGas, To: &to,
		}), types.ErrInvalidChainId},
		{"insufficient funds", c.transfer(t, 1, 0, to, new(big.Int).Mul(big.NewInt(1000), oneEther)), core.ErrInsufficientFunds},
		{"intrinsic gas", c.signed(t, c.keys[1], &types.DynamicFeeTx{
			ChainID: c.genesis.Config.ChainID, Nonce: 0, GasTipCap: tipCap, GasFeeCap: feeCap, Gas: params.TxGas - 1, To: &to,
		}), core.ErrIntrinsicGas},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := sendRaw(ctx, cl, tc.tx)
			if err == nil || !strings.Contains(err.Error(), tc.want.Error()) {
				t.Fatalf("eth_sendRawTransaction: %v, want %q", err, tc.want)
			}
		})
	}
	t.Run("malformed", func(t *testing.T) {
		var h common.Hash
		err := cl.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes{0x02, 0xc0})
		if err == nil {
			t.Fatal("malformed tx accepted")
		}
	})

	// Only the one valid tx is in the pool, and a pool block takes it.
	var st map[string]hexutil.Uint
	if err := cl.Call(&st, "txpool_status"); err != nil {
		t.Fatal(err)
	}
	if st["pending"] != 1 || st["queued"] != 0 {
		t.Fatalf("txpool_status %v, want 1 pending", st)
	}
	if got := len(c.buildFromPool(t, e).ExecutionPayload.Transactions); got != 2 {
		t.Fatalf("block has %d txs, want the deposit and alice's nonce 1", got)
	}
}
