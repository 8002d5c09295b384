package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	coretypes "github.com/cometbft/cometbft/rpc/core/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"golang.org/x/sync/errgroup"

	"github.com/nodeop/nodeop/contracts"
)

const gwei = 1_000_000_000

// signTx signs a dynamic-fee tx from key.
func signTx(t *testing.T, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(gwei), GasFeeCap: big.NewInt(20 * gwei),
		Gas: gas, To: to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// waitReceipts waits for every tx's receipt on c and returns them by hash.
func waitReceipts(t *testing.T, ctx context.Context, c *ethclient.Client, txs []*types.Transaction) map[common.Hash]*types.Receipt {
	t.Helper()
	out := make(map[common.Hash]*types.Receipt, len(txs))
	waitFor(t, 2*time.Minute, fmt.Sprintf("%d receipts", len(txs)), func() bool {
		for _, tx := range txs {
			if out[tx.Hash()] != nil {
				continue
			}
			r, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return false
			}
			out[tx.Hash()] = r
		}
		return true
	})
	return out
}

// sameL2Chain checks that every node has the same L2 block hash and state
// root at every height up to the lowest head among them, and returns it.
func sameL2Chain(t *testing.T, ctx context.Context, clients []*ethclient.Client) uint64 {
	t.Helper()
	top := ^uint64(0)
	for _, c := range clients {
		n, err := c.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		top = min(top, n)
	}
	for h := uint64(0); h <= top; h++ {
		var ref *types.Header
		for i, c := range clients {
			hd, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(h))
			if err != nil {
				t.Fatalf("node %d header %d: %v", i, h, err)
			}
			if ref == nil {
				ref = hd
				continue
			}
			if hd.Hash() != ref.Hash() || hd.Root != ref.Root {
				t.Fatalf("L2 block %d: node %d hash %s root %s, node 0 hash %s root %s", h, i, hd.Hash(), hd.Root, ref.Hash(), ref.Root)
			}
		}
	}
	return top
}

// catchUp waits until every client has the L2 block n.
func catchUp(t *testing.T, ctx context.Context, clients []*ethclient.Client, n uint64) {
	t.Helper()
	waitFor(t, 30*time.Second, fmt.Sprintf("every node at L2 block %d", n), func() bool {
		for _, c := range clients {
			if h, err := c.BlockNumber(ctx); err != nil || h < n {
				return false
			}
		}
		return true
	})
}

// paid is what a receipt's tx cost its sender beyond its value: the gas.
// The receipt also reports an L1 fee, which op-geth derives from the
// L1-info deposit, but the state transition charges it from the L1Block
// predeploy's storage, and the devnet's genesis has no predeploy code: no
// L1 fee is charged (see docs/ARCHITECTURE.md).
func paid(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// TestExecutesTransfersAndContracts is acceptance 1 of the devnet issue:
// 1,000 ETH transfers, an ERC-20 deployment and 200 token transfers sent
// to all four nodes all succeed; every node has the same L2 block hashes
// and state roots at every height; balances add up to the wei.
func TestExecutesTransfersAndContracts(t *testing.T) {
	const (
		senders   = 50
		perSender = 20
	)
	d := startDevnet(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	chainID := new(big.Int).SetUint64(d.Manifest.ChainID)
	clients := make([]*ethclient.Client, d.Len())
	for i := range clients {
		clients[i] = ethClient(t, d, i)
	}
	start := make(map[common.Address]*big.Int)
	for s := range senders {
		bal, err := clients[0].BalanceAt(ctx, addressOf(s), nil)
		if err != nil {
			t.Fatal(err)
		}
		start[addressOf(s)] = bal
	}

	// 1,000 transfers to fresh recipients, each receiving a known sum.
	recipients := make([]common.Address, 100)
	for i := range recipients {
		recipients[i] = crypto.PubkeyToAddress(testKey(10_000 + i).PublicKey)
	}
	received := make(map[common.Address]*big.Int)
	sent := make(map[common.Address]*big.Int)
	var transfers []*types.Transaction
	byNode := make([][]*types.Transaction, len(clients))
	for n := range uint64(perSender) {
		for s := range senders {
			to := recipients[(s*perSender+int(n))%len(recipients)]
			value := big.NewInt(int64(1_000_000 + s*1000 + int(n)))
			tx := signTx(t, chainID, testKey(s), n, &to, value, 21_000, nil)
			transfers = append(transfers, tx)
			byNode[len(transfers)%len(clients)] = append(byNode[len(transfers)%len(clients)], tx)
			received[to] = new(big.Int).Add(orZero(received[to]), value)
			sent[addressOf(s)] = new(big.Int).Add(orZero(sent[addressOf(s)]), value)
		}
	}
	var g errgroup.Group
	for i, c := range clients {
		g.Go(func() error {
			for _, tx := range byNode[i] {
				if err := c.SendTransaction(ctx, tx); err != nil {
					return fmt.Errorf("node %d: %w", i, err)
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}

	// The ERC-20, deployed and used by a sender of its own.
	token, err := contracts.Load("TestToken")
	if err != nil {
		t.Fatal(err)
	}
	deployer := testKey(50)
	supply := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	data, err := token.DeployData(supply)
	if err != nil {
		t.Fatal(err)
	}
	deploy := signTx(t, chainID, deployer, 0, nil, new(big.Int), 2_000_000, data)
	if err := clients[1].SendTransaction(ctx, deploy); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	rDeploy := waitReceipts(t, ctx, clients[2], []*types.Transaction{deploy})[deploy.Hash()]
	if rDeploy.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy failed: %+v", rDeploy)
	}
	tokenAddr := rDeploy.ContractAddress
	catchUp(t, ctx, clients, rDeploy.BlockNumber.Uint64())
	// The runtime code equals the artifact's but for the immutable
	// totalSupply, which the constructor writes in.
	if code, err := clients[3].CodeAt(ctx, tokenAddr, nil); err != nil || len(code) != len(token.DeployedBytecode) {
		t.Fatalf("code at %s: %d bytes, err %v; want the artifact's %d", tokenAddr, len(code), err, len(token.DeployedBytecode))
	}
	supplyCall, _ := token.ABI.Pack("totalSupply")
	if out, err := clients[3].CallContract(ctx, ethereum.CallMsg{To: &tokenAddr, Data: supplyCall}, nil); err != nil || new(big.Int).SetBytes(out).Cmp(supply) != 0 {
		t.Fatalf("totalSupply = %x (%v), want %v", out, err, supply)
	}
	// A wallet watching over WebSocket on the same port: new heads and the
	// token's Transfer logs as they happen.
	ws, err := ethclient.Dial(d.Manifest.Nodes[1].WS)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 64)
	headSub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("eth_subscribe newHeads: %v", err)
	}
	defer headSub.Unsubscribe()
	logs := make(chan types.Log, 512)
	logSub, err := ws.SubscribeFilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{tokenAddr}}, logs)
	if err != nil {
		t.Fatalf("eth_subscribe logs: %v", err)
	}
	defer logSub.Unsubscribe()

	var tokenTxs []*types.Transaction
	tokenTo := make(map[common.Address]*big.Int)
	// 200 in waves of 50: one sender may run at most 64 nonces ahead.
	for wave := range 4 {
		var txs []*types.Transaction
		for k := range 50 {
			i := wave*50 + k
			to := crypto.PubkeyToAddress(testKey(20_000 + i).PublicKey)
			amount := big.NewInt(int64(1000 + i))
			call, err := token.ABI.Pack("transfer", to, amount)
			if err != nil {
				t.Fatal(err)
			}
			tx := signTx(t, chainID, deployer, uint64(1+i), &tokenAddr, new(big.Int), 100_000, call)
			if err := clients[i%len(clients)].SendTransaction(ctx, tx); err != nil {
				t.Fatalf("token transfer %d: %v", i, err)
			}
			txs = append(txs, tx)
			tokenTo[to] = amount
		}
		var last uint64
		for _, r := range waitReceipts(t, ctx, clients[0], txs) {
			last = max(last, r.BlockNumber.Uint64())
		}
		catchUp(t, ctx, clients, last)
		tokenTxs = append(tokenTxs, txs...)
	}

	receipts := waitReceipts(t, ctx, clients[0], append(append([]*types.Transaction{}, transfers...), tokenTxs...))
	var last uint64
	for _, r := range receipts {
		last = max(last, r.BlockNumber.Uint64())
	}
	catchUp(t, ctx, clients, last)
	fees := make(map[common.Address]*big.Int)
	for _, tx := range transfers {
		r := receipts[tx.Hash()]
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer %s failed", tx.Hash())
		}
		from, _ := types.Sender(types.LatestSignerForChainID(chainID), tx)
		fees[from] = new(big.Int).Add(orZero(fees[from]), paid(r))
	}
	for _, tx := range tokenTxs {
		if r := receipts[tx.Hash()]; r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
			t.Fatalf("token transfer %s: status %d, %d logs; want success and one Transfer event", tx.Hash(), r.Status, len(r.Logs))
		}
	}

	// Balances add up on every node.
	for i, c := range clients {
		for addr, want := range received {
			if got, err := c.BalanceAt(ctx, addr, nil); err != nil || got.Cmp(want) != 0 {
				t.Fatalf("node %d: recipient %s has %v (%v), want %v", i, addr, got, err, want)
			}
		}
		for addr, before := range start {
			want := new(big.Int).Sub(before, sent[addr])
			want.Sub(want, fees[addr])
			if got, err := c.BalanceAt(ctx, addr, nil); err != nil || got.Cmp(want) != 0 {
				t.Fatalf("node %d: sender %s has %v (%v), want %v", i, addr, got, err, want)
			}
		}
		total := new(big.Int)
		for addr, want := range tokenTo {
			call, _ := token.ABI.Pack("balanceOf", addr)
			out, err := c.CallContract(ctx, ethereum.CallMsg{To: &tokenAddr, Data: call}, nil)
			if err != nil || new(big.Int).SetBytes(out).Cmp(want) != 0 {
				t.Fatalf("node %d: token balance of %s = %x (%v), want %v", i, addr, out, err, want)
			}
			total.Add(total, want)
		}
		call, _ := token.ABI.Pack("balanceOf", crypto.PubkeyToAddress(deployer.PublicKey))
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &tokenAddr, Data: call}, nil)
		if err != nil || new(big.Int).Add(new(big.Int).SetBytes(out), total).Cmp(supply) != 0 {
			t.Fatalf("node %d: deployer keeps %x (%v); with %v sent it should make the supply %v", i, out, err, total, supply)
		}
	}
	top := sameL2Chain(t, ctx, clients)

	select {
	case h := <-heads:
		if h.Number.Uint64() == 0 {
			t.Fatal("newHeads delivered the genesis")
		}
	case err := <-headSub.Err():
		t.Fatalf("newHeads subscription: %v", err)
	}
	waitFor(t, 10*time.Second, "200 Transfer logs over the subscription", func() bool { return len(logs) >= 200 })
	past, err := clients[2].FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{tokenAddr}, FromBlock: big.NewInt(0)})
	if err != nil || len(past) != 201 {
		t.Fatalf("eth_getLogs for the token: %d logs (%v), want the mint and 200 transfers", len(past), err)
	}

	// CometBFT commits to execution: the header after height h carries the
	// L2 block h's hash as its app hash.
	c0 := cometClient(t, d, 0)
	for h := int64(1); h < int64(top); h++ {
		next := h + 1
		b, err := c0.Block(ctx, &next)
		if err != nil {
			t.Fatal(err)
		}
		l2, err := clients[0].HeaderByNumber(ctx, big.NewInt(h))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Block.AppHash, l2.Hash().Bytes()) {
			t.Fatalf("CometBFT app hash after %d is %X, L2 block %d is %s", h, b.Block.AppHash, h, l2.Hash())
		}
	}
	t.Logf("1,000 transfers, 1 deployment, 200 token transfers: all succeeded; L2 blocks 0..%d identical on %d nodes", top, len(clients))
}

func orZero(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return b
}

// TestDrainedTxDroppedIdentically is acceptance 3: a tx whose sender an
// earlier tx in the same block drains is dropped by every node alike, the
// block still builds, and the pools let the tx go.
func TestDrainedTxDroppedIdentically(t *testing.T) {
	d := startDevnet(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chainID := new(big.Int).SetUint64(d.Manifest.ChainID)
	clients := make([]*ethclient.Client, d.Len())
	for i := range clients {
		clients[i] = ethClient(t, d, i)
	}
	key := testKey(63)
	from := addressOf(63)
	bal, err := clients[0].BalanceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	sink := common.HexToAddress("0x5151")
	// tx1 leaves less than tx2's gas; each alone is affordable, so both
	// pass admission against the committed state.
	maxFee := new(big.Int).Mul(big.NewInt(21_000), big.NewInt(20*gwei))
	drain := signTx(t, chainID, key, 0, &sink, new(big.Int).Sub(bal, maxFee), 21_000, nil)
	starved := signTx(t, chainID, key, 1, &sink, big.NewInt(1), 21_000, nil)
	for _, tx := range []*types.Transaction{drain, starved} {
		if err := clients[2].SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send %s: %v", tx.Hash(), err)
		}
	}
	r := waitReceipts(t, ctx, clients[0], []*types.Transaction{drain})[drain.Hash()]
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the draining tx failed")
	}
	// Find the CometBFT block that carried the starved tx and check every
	// node reports it refused with the same result.
	raw, _ := starved.MarshalBinary()
	var carried int64
	waitFor(t, 30*time.Second, "the starved tx to appear in a block", func() bool {
		h, err := height(ctx, cometClient(t, d, 0))
		if err != nil {
			return false
		}
		for ; h >= 1 && carried == 0; h-- {
			b, err := cometClient(t, d, 0).Block(ctx, &h)
			if err != nil {
				return false
			}
			for _, tx := range b.Block.Txs {
				if bytes.Equal(tx, raw) {
					carried = h
				}
			}
		}
		return carried != 0
	})
	var log string
	for i := range clients {
		// Node 0 can be ahead of the others; a node has results for the
		// carrying height only once it has committed that height.
		var res *coretypes.ResultBlockResults
		waitFor(t, 30*time.Second, fmt.Sprintf("node %d's results for block %d", i, carried), func() bool {
			var err error
			res, err = cometClient(t, d, i).BlockResults(ctx, &carried)
			return err == nil
		})
		found := false
		for _, tr := range res.TxsResults {
			if tr.Code != 0 {
				if log == "" {
					log = tr.Log
				} else if tr.Log != log {
					t.Fatalf("node %d refused it with %q, node 0 with %q", i, tr.Log, log)
				}
				found = true
			}
		}
		if !found {
			t.Fatalf("node %d applied every tx of block %d", i, carried)
		}
	}
	if _, err := clients[1].TransactionReceipt(ctx, starved.Hash()); err == nil {
		t.Fatal("the starved tx has a receipt")
	}
	waitFor(t, 10*time.Second, "pools to drop the starved tx", func() bool {
		for i := range clients {
			if n, err := clients[i].PendingNonceAt(ctx, from); err != nil || n != 1 {
				return false
			}
		}
		return true
	})
	sameL2Chain(t, ctx, clients)
	t.Logf("starved tx refused in block %d on every node: %s", carried, log)
}
