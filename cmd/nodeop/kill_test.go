package main

import (
	"context"
	"math/big"
	"os/exec"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/nodeop/nodeop/devnet"
)

// TestKilledOperatorRecovers is acceptance 5 of the devnet issue: an
// operator process killed (SIGKILL, no shutdown) while transactions flow
// restarts from its data folder, op-geth and CometBFT state recover, and
// it rejoins with exactly the others' L2 chain. It is killed twice, at
// different points of the block cycle.
func TestKilledOperatorRecovers(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	out, err := exec.Command(bin, "init", "--datadir", dir, "--validators", "4", "--base-port", "0").CombinedOutput()
	if err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	m, err := devnet.LoadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	l1 := start(t, nil, bin, "l1", "--datadir", dir, "--log-level", "warn")
	procs := make([]*proc, len(m.Nodes))
	for i, n := range m.Nodes {
		procs[i] = start(t, []string{"NODEOP_LOG_LEVEL=warn"}, bin, "node", "--config", n.Config)
	}
	for i, n := range m.Nodes {
		waitBlock(t, n.RPC, 2, 60*time.Second, procs[i])
	}

	// Transfers flow to the three nodes that stay up, from every dev account.
	ctx, cancel := context.WithCancel(context.Background())
	var sent atomic.Int64
	var wg sync.WaitGroup
	for a, acct := range m.Accounts {
		key, err := crypto.HexToECDSA(acct.PrivateKey[2:])
		if err != nil {
			t.Fatal(err)
		}
		node := []int{0, 1, 3}[a%3]
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := ethclient.Dial(m.Nodes[node].RPC)
			if err != nil {
				return
			}
			defer c.Close()
			chainID := new(big.Int).SetUint64(m.ChainID)
			to := common.HexToAddress("0xdead")
			for nonce := uint64(0); ctx.Err() == nil; {
				tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
					ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(50e9), Gas: 21_000, To: &to, Value: big.NewInt(1),
				})
				if err := c.SendTransaction(ctx, tx); err == nil {
					nonce++
					sent.Add(1)
				} else if n, err := c.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey)); err == nil {
					nonce = n // resync after a rejection
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}

	for round, delay := range []time.Duration{1500 * time.Millisecond, 2300 * time.Millisecond} {
		time.Sleep(delay)
		if err := procs[2].cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		procs[2].cmd.Wait()
		at := blockNumber(m.Nodes[0].RPC)
		waitBlock(t, m.Nodes[0].RPC, at+2, 30*time.Second, procs[0]) // 3 of 4 keep committing
		procs[2] = start(t, []string{"NODEOP_LOG_LEVEL=warn"}, bin, "node", "--config", m.Nodes[2].Config)
		target := blockNumber(m.Nodes[0].RPC)
		waitBlock(t, m.Nodes[2].RPC, target+1, 60*time.Second, procs[2])
		t.Logf("kill %d: node 2 back and past block %d", round+1, target)
	}
	cancel()
	wg.Wait()
	if sent.Load() == 0 {
		t.Fatal("no transfer was accepted during the run")
	}

	clients := make([]*ethclient.Client, len(m.Nodes))
	for i, n := range m.Nodes {
		c, err := ethclient.Dial(n.RPC)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		clients[i] = c
	}
	bg := context.Background()
	top := ^uint64(0)
	for _, c := range clients {
		n, err := c.BlockNumber(bg)
		if err != nil {
			t.Fatal(err)
		}
		top = min(top, n)
	}
	txs := 0
	for h := uint64(0); h <= top; h++ {
		var ref *types.Block
		for i, c := range clients {
			b, err := c.BlockByNumber(bg, new(big.Int).SetUint64(h))
			if err != nil {
				t.Fatalf("node %d block %d: %v", i, h, err)
			}
			if ref == nil {
				ref = b
				txs += len(b.Transactions()) - 1 // less the L1-info deposit
				continue
			}
			if b.Hash() != ref.Hash() || b.Root() != ref.Root() {
				t.Fatalf("L2 block %d: node %d %s/%s, node 0 %s/%s", h, i, b.Hash(), b.Root(), ref.Hash(), ref.Root())
			}
		}
	}
	if txs == 0 {
		t.Fatal("no transfer reached a block")
	}
	t.Logf("%d transfers accepted, %d in L2 blocks 0..%d, identical on all nodes after two kills", sent.Load(), txs, top)
	for _, p := range procs {
		p.stop(t, syscall.SIGTERM)
	}
	l1.stop(t, syscall.SIGTERM)
}
