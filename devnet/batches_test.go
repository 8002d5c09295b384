package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/client"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/sources"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/keys"
	"github.com/nodeop/nodeop/batcher/protect"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/rollup/executor"
	"github.com/nodeop/nodeop/sequencer/batching"
	"github.com/nodeop/nodeop/sequencer/operator"
)

// testBatches are batch rules that seal every 5 s, so tests see several
// batches and windows in a minute.
func testBatches(o *Options) {
	o.Batches = batches.DefaultParams()
	o.Batches.MaxBlocks, o.Batches.MaxSeconds = 5, 5
}

// getBatch calls sequencer_getBatch on node i (nil: not sealed there).
func getBatch(t *testing.T, ctx context.Context, c *ethclient.Client, index uint64) *batching.BatchView {
	t.Helper()
	var v *batching.BatchView
	if err := c.Client().CallContext(ctx, &v, "sequencer_getBatch", index); err != nil {
		t.Fatalf("sequencer_getBatch(%d): %v", index, err)
	}
	return v
}

// batchStatus is the batches part of sequencer_status.
type batchStatus struct {
	Batches struct {
		NextIndex     uint64                   `json:"nextBatchIndex"`
		LastCommitted *uint64                  `json:"lastCommittedBatch"`
		Operators     []batching.OperatorTrust `json:"operators"`
	} `json:"batches"`
}

func status(t *testing.T, ctx context.Context, c *ethclient.Client) batchStatus {
	t.Helper()
	var st batchStatus
	if err := c.Client().CallContext(ctx, &st, "sequencer_status"); err != nil {
		t.Fatalf("sequencer_status: %v", err)
	}
	return st
}

// sendTraffic sends 1-wei transfers from the funded test keys, round-robin
// over the nodes, at about rate tx/s for d, and returns what was sent.
func sendTraffic(t *testing.T, ctx context.Context, d *Devnet, clients []*ethclient.Client, rate int, dur time.Duration) []*types.Transaction {
	t.Helper()
	chainID := new(big.Int).SetUint64(d.Manifest.ChainID)
	const senders = 16
	var (
		mu   sync.Mutex
		sent []*types.Transaction
		wg   sync.WaitGroup
	)
	interval := time.Duration(senders) * time.Second / time.Duration(rate)
	for s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := testKey(s)
			tick := time.NewTicker(interval)
			defer tick.Stop()
			deadline := time.Now().Add(dur)
			for nonce := uint64(0); time.Now().Before(deadline); nonce++ {
				tx := transfer(t, chainID, key, nonce, 1_000_000_000)
				if err := clients[int(nonce)%len(clients)].SendTransaction(ctx, tx); err != nil {
					t.Errorf("sender %d nonce %d: %v", s, nonce, err)
					return
				}
				mu.Lock()
				sent = append(sent, tx)
				mu.Unlock()
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
			}
		}()
	}
	wg.Wait()
	return sent
}

// TestBatchesCommittedBySchedule is the batch pipeline end to end: 4
// operators under traffic for 60 s seal batches, sign them in vote
// extensions, certify them, and each batch is committed on L1, in order,
// by the submitter its header names, with blobs that op-node's decoders
// turn back into exactly the L2 blocks the sequencer committed.
func TestBatchesCommittedBySchedule(t *testing.T) {
	d := startDevnet(t, 4, testBatches)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	clients := make([]*ethclient.Client, 4)
	for i := range clients {
		clients[i] = ethClient(t, d, i)
	}
	// Windows are dated by consensus (BFT) time, so every batch should go
	// to its scheduled submitter; the first one, sealed while the nodes
	// are still starting, is exempt, since a submitter whose node is not up
	// yet cannot take its window.
	waitFor(t, 120*time.Second, "the first committed batch", func() bool {
		return status(t, ctx, clients[0]).Batches.LastCommitted != nil
	})
	scheduled := status(t, ctx, clients[0]).Batches.NextIndex
	sent := sendTraffic(t, ctx, d, clients, 40, 60*time.Second)
	receipts := waitReceipts(t, ctx, clients[0], sent)
	var lastTraffic uint64
	for _, r := range receipts {
		lastTraffic = max(lastTraffic, r.BlockNumber.Uint64())
	}

	// Wait for the batch holding the last traffic block to be committed.
	var top uint64
	waitFor(t, 90*time.Second, "the batch with the last traffic block to commit", func() bool {
		st := status(t, ctx, clients[0])
		if st.Batches.LastCommitted == nil {
			return false
		}
		v := getBatch(t, ctx, clients[0], *st.Batches.LastCommitted)
		top = v.Index
		return v.Header.LastBlock >= lastTraffic
	})

	l1c, err := ethclient.DialContext(ctx, d.Manifest.L1.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	inbox, err := bindings.NewBatchInbox(d.Manifest.Contracts["batchInbox"], l1c)
	if err != nil {
		t.Fatal(err)
	}
	beacon := sources.NewL1BeaconClient(sources.NewBeaconHTTPClient(client.NewBasicHTTPClient(d.Manifest.L1.Beacon, gethlog.NewLogger(slog.DiscardHandler))), sources.L1BeaconClientConfig{})
	eng := d.Node(0).App().Executor().(*executor.Executor).Engine()
	chCfg := channel.Config{Rollup: eng.RollupConfig(), MaxBlobs: batches.DefaultParams().MaxBlobs}

	var (
		nextBlock          = uint64(1)
		lastL1             uint64
		gas, txs           []uint64
		channelBytes, rawB uint64
		latencies          []time.Duration
		submitters         = map[common.Address]int{}
	)
	for i := uint64(0); i <= top; i++ {
		v := getBatch(t, ctx, clients[0], i)
		if v == nil || v.Status != "committed" || v.Commit == nil {
			t.Fatalf("batch %d: %+v, want committed", i, v)
		}
		h := v.Header
		// Contiguous, in order, on every node the same.
		if h.FirstBlock != nextBlock {
			t.Fatalf("batch %d starts at block %d, want %d", i, h.FirstBlock, nextBlock)
		}
		nextBlock = h.LastBlock + 1
		for j := 1; j < 4; j++ {
			if o := getBatch(t, ctx, clients[j], i); o == nil || o.Hash != v.Hash {
				t.Fatalf("batch %d: node %d has %+v, node 0 hash %s", i, j, o, v.Hash)
			}
		}
		// Committed by the scheduled submitter in its window, in order.
		c := v.Commit
		if i >= scheduled && (c.Submitter != h.Submitter || !c.OnTime || c.L1Block >= h.WindowEnd) {
			t.Fatalf("batch %d committed by %s at L1 block %d (on time %v); scheduled %s until %d", i, c.Submitter, c.L1Block, c.OnTime, h.Submitter, h.WindowEnd)
		}
		if c.L1Block < lastL1 {
			t.Fatalf("batch %d committed at L1 block %d, before batch %d's %d", i, c.L1Block, i-1, lastL1)
		}
		lastL1 = c.L1Block
		submitters[c.Submitter]++
		// The inbox holds this exact header, certified.
		onL1, err := inbox.HeaderHashOf(&bind.CallOpts{Context: ctx}, i)
		if err != nil || common.Hash(onL1) != v.Hash {
			t.Fatalf("batch %d: inbox holds %x (%v), want %s", i, onL1, err, v.Hash)
		}
		if v.Certificate == nil || len(v.Signers) < 3 {
			t.Fatalf("batch %d: certificate %+v signed by %d", i, v.Certificate, len(v.Signers))
		}
		rcpt, err := l1c.TransactionReceipt(ctx, c.TxHash)
		if err != nil {
			t.Fatalf("batch %d commit receipt: %v", i, err)
		}
		gas = append(gas, rcpt.GasUsed)
		// Blobs from the L1's beacon API decode, with op-node's own code,
		// to the blocks the sequencer executed.
		l1Block, err := l1c.HeaderByHash(ctx, c.L1BlockHash)
		if err != nil {
			t.Fatal(err)
		}
		blobs, err := beacon.GetBlobsByHash(ctx, l1Block.Time, h.BlobHashes)
		if err != nil {
			t.Fatalf("batch %d blobs: %v", i, err)
		}
		var payloads []*eth.ExecutionPayloadEnvelope
		for n := h.FirstBlock; n <= h.LastBlock; n++ {
			env, err := eng.PayloadByNumber(n)
			if err != nil {
				t.Fatal(err)
			}
			payloads = append(payloads, env)
			if i >= scheduled {
				latencies = append(latencies, time.Duration(l1Block.Time-uint64(env.ExecutionPayload.Timestamp))*time.Second)
			}
		}
		if err := channel.Verify(chCfg, blobs, payloads); err != nil {
			t.Fatalf("batch %d: blobs do not derive the committed blocks: %v", i, err)
		}
		txs = append(txs, uint64(v.Txs))
		channelBytes += uint64(v.BlobBytes)
		rawB += uint64(v.TxBytes)
	}
	if top < scheduled+4 {
		t.Fatalf("only batches %d..%d after catching up", scheduled, top)
	}
	if len(submitters) < 2 {
		t.Fatalf("all %d batches went to %v: windows are not dealt", top+1, submitters)
	}
	var totalTxs uint64
	for _, n := range txs {
		totalTxs += n
	}
	if totalTxs < uint64(len(sent)) {
		t.Fatalf("batches carry %d txs, %d were sent and included", totalTxs, len(sent))
	}
	slices.Sort(gas)
	slices.Sort(latencies)
	t.Logf("batches 0..%d committed by %v (from %d by schedule)", top, submitters, scheduled)
	t.Logf("L1 gas per commit: min %d median %d max %d", gas[0], gas[len(gas)/2], gas[len(gas)-1])
	t.Logf("txs %d: raw %d B (%.1f B/tx), channel %d B (%.1f B/tx)", totalTxs, rawB, float64(rawB)/float64(totalTxs), channelBytes, float64(channelBytes)/float64(totalTxs))
	t.Logf("L2 block -> L1 commit, batches %d..%d: p50 %s p99 %s (n=%d blocks)", scheduled, top, latencies[len(latencies)/2], latencies[len(latencies)*99/100], len(latencies))
}

// TestFallbackCommitsWhenSubmitterStops restarts an operator with its
// submitter off (submit = false): it keeps validating and signing, but
// posts nothing. A batch whose window is its own is committed by its first
// fallback after the window, the inbox records the miss with the Slashing
// contract, and on every node the operator's trust and share of windows
// fall below where they were, its trust the lowest of the set.
//
// Stopping the whole node would race: every batch it does not sign lowers
// its trust, and it can fall below MinTrust, and out of the deal, before a
// window of its own comes up.
func TestFallbackCommitsWhenSubmitterStops(t *testing.T) {
	// Natively staked: the devnet's other option gets an end-to-end run.
	d := startDevnet(t, 4, testBatches, func(o *Options) { o.Stake = StakeNative })
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	c0 := ethClient(t, d, 0)
	const idle = 3
	op := d.Manifest.Nodes[idle].Operator
	// Let a few batches commit so trust has moved off the prior.
	waitFor(t, 150*time.Second, "two committed batches", func() bool {
		st := status(t, ctx, c0)
		return st.Batches.LastCommitted != nil && *st.Batches.LastCommitted >= 1
	})
	before := trustOf(t, status(t, ctx, c0), op)
	if err := d.StopNode(idle); err != nil {
		t.Fatal(err)
	}
	cfg, err := operator.LoadConfig(d.Manifest.Nodes[idle].Config)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Submit = false
	if err := cfg.Write(d.Manifest.Nodes[idle].Config); err != nil {
		t.Fatal(err)
	}
	if err := d.StartNode(idle); err != nil {
		t.Fatal(err)
	}
	from := status(t, ctx, c0).Batches.NextIndex

	// Find a batch sealed after the restart whose window was the idle
	// operator's, and wait for its commit.
	var missed *batching.BatchView
	waitFor(t, 200*time.Second, "a batch of the idle operator to be committed", func() bool {
		st := status(t, ctx, c0)
		if st.Batches.LastCommitted == nil {
			return false
		}
		for i := from; i <= *st.Batches.LastCommitted; i++ {
			v := getBatch(t, ctx, c0, i)
			if v != nil && v.Header.Submitter == op && v.Commit != nil {
				missed = v
				return true
			}
		}
		return false
	})
	h, c := missed.Header, missed.Commit
	if len(h.Fallbacks) == 0 || c.Submitter != h.Fallbacks[0] {
		t.Fatalf("batch %d committed by %s; first fallback %v", missed.Index, c.Submitter, h.Fallbacks)
	}
	if c.L1Block < h.WindowEnd || c.L1Block >= h.WindowEnd+batches.DefaultParams().SubWindow || !c.OnTime {
		t.Fatalf("batch %d committed at L1 block %d (on time %v); window ended at %d", missed.Index, c.L1Block, c.OnTime, h.WindowEnd)
	}
	l1c, err := ethclient.DialContext(ctx, d.Manifest.L1.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	slashing, err := bindings.NewSlashing(d.Manifest.Contracts["slashing"], l1c)
	if err != nil {
		t.Fatal(err)
	}
	misses, err := slashing.MissedWindows(&bind.CallOpts{Context: ctx}, op)
	if err != nil || misses.Sign() == 0 {
		t.Fatalf("Slashing.missedWindows(%s) = %v, %v; want > 0", op, misses, err)
	}
	// Every node, the idle one included, observes the commit with the same
	// consequence: the idle operator ends with the lowest trust and the
	// smallest share of the set. (Its trust need not fall below where it
	// was before the restart: every batch it signs since raises it.)
	for i := range d.Len() {
		c := ethClient(t, d, i)
		var st batchStatus
		waitFor(t, 30*time.Second, fmt.Sprintf("node %d to observe the miss", i), func() bool {
			st = status(t, ctx, c)
			return st.Batches.LastCommitted != nil && *st.Batches.LastCommitted >= missed.Index
		})
		after := trustOf(t, st, op)
		for _, o := range st.Batches.Operators {
			if o.Address == op {
				continue
			}
			other := trustOf(t, st, o.Address)
			if other.trust <= after.trust || other.share <= after.share {
				t.Fatalf("node %d: %s stands at %+v, the idle operator at %+v", i, o.Address, other, after)
			}
		}
		if i == 0 {
			t.Logf("idle operator: trust %v before the restart, %v after its miss; share %v -> %v; misses on L1 %v", before.trust, after.trust, before.share, after.share, misses)
		}
	}
}

type operatorStanding struct{ trust, share float64 }

func trustOf(t *testing.T, st batchStatus, op common.Address) operatorStanding {
	t.Helper()
	for _, o := range st.Batches.Operators {
		if o.Address == op {
			var s operatorStanding
			if _, err := fmt.Sscan(o.Trust, &s.trust); err != nil {
				t.Fatalf("trust %q: %v", o.Trust, err)
			}
			if _, err := fmt.Sscan(o.Share, &s.share); err != nil {
				t.Fatalf("share %q: %v", o.Share, err)
			}
			return s
		}
	}
	t.Fatalf("operator %s not in %+v", op, st.Batches.Operators)
	return operatorStanding{}
}

// TestEquivocationRefusedThenSlashed: an operator's protection store
// refuses a second header for a batch it signed; a key used around the
// store (here: by the test, with the operator's own key file) produces two
// signed headers for one batch, which anyone proves to the Slashing
// contract, and after the veto delay the slash takes half its stake:
// AllocationManager.slashOperator halves what EigenLayer holds slashable
// for nodeop's set, and from the next epoch the operator's voting power.
func TestEquivocationRefusedThenSlashed(t *testing.T) {
	const vetoDelay = 5
	d := startDevnet(t, 4, testBatches, func(o *Options) { o.VetoDelayBlocks = vetoDelay })
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c0 := ethClient(t, d, 0)
	waitFor(t, 150*time.Second, "a committed batch", func() bool {
		return status(t, ctx, c0).Batches.LastCommitted != nil
	})
	signed := getBatch(t, ctx, c0, 0)
	const k = 2
	op := d.Manifest.Nodes[k].Operator
	if !slices.Contains(signed.Signers, op) {
		t.Fatalf("operator %s did not sign batch 0 (signers %v)", op, signed.Signers)
	}
	conflict := signed.Header
	conflict.OutputRoot = common.HexToHash("0xbad")
	if conflict.Hash() == signed.Hash {
		t.Fatal("conflicting header hashes the same")
	}

	// The node's own store refuses the conflicting header, also after the
	// node stopped (the store is what a restarted node consults).
	if err := d.StopNode(k); err != nil {
		t.Fatal(err)
	}
	home := filepath.Dir(d.Manifest.Nodes[k].Config)
	store, err := protect.Open(filepath.Join(home, "app", "slashing-protection.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Record(d.Manifest.ChainID, 0, conflict.Hash()); !errors.Is(err, protect.ErrConflict) {
		t.Fatalf("store accepted a conflicting header for batch 0: %v", err)
	}
	if h, ok := store.Signed(d.Manifest.ChainID, 0); !ok || h != signed.Hash {
		t.Fatalf("store holds %s (%v) for batch 0, want %s", h, ok, signed.Hash)
	}
	store.Close()

	// Around the store, the operator's key signs both.
	opKeys, err := keys.Load(filepath.Join(home, keysDir), devPassword)
	if err != nil {
		t.Fatal(err)
	}
	sigA, sigB := opKeys.BLS.SignMessage(signed.Hash), opKeys.BLS.SignMessage(conflict.Hash())

	l1c, err := ethclient.DialContext(ctx, d.Manifest.L1.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.Close()
	slashing, err := bindings.NewSlashing(d.Manifest.Contracts["slashing"], l1c)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	stakeBefore := slashableStake(t, ctx, d, l1c, op)
	prover := bind.NewKeyedTransactor(d.L1().Accounts()[5].PrivateKey, d.L1().ChainConfig().ChainID)
	prover.Context = ctx
	tx, err := slashing.ProveEquivocation(prover, op, signed.Header.Binding(), blsabi.Signature(sigA), conflict.Binding(), blsabi.Signature(sigB))
	if err != nil {
		t.Fatalf("proveEquivocation: %v", err)
	}
	mined(t, ctx, l1c, tx)
	id := deploy.EquivocationSlashID(op, d.Manifest.ChainID, 0)
	pending, err := slashing.GetSlash(call, id)
	if err != nil {
		t.Fatal(err)
	}
	// Before the veto delay the slash cannot run.
	if _, err := slashing.ExecuteSlash(prover, id); err == nil {
		t.Fatal("executeSlash succeeded inside the veto window")
	}
	executable := pending.ExecutableAt
	if d.Manifest.Stake == StakeEigenLayer {
		// EigenLayer v1.4.2's slashOperator underflows up to block
		// MIN_WITHDRAWAL_DELAY_BLOCKS + 1 of a chain: a young devnet
		// waits for that too.
		core, _, err := d.Manifest.EigenLayer(l1c)
		if err != nil {
			t.Fatal(err)
		}
		delay, err := core.DelegationManager.MinWithdrawalDelayBlocks(call)
		if err != nil {
			t.Fatal(err)
		}
		executable = max(executable, uint64(delay)+2)
	}
	waitFor(t, time.Duration(executable+10)*d.L1().SlotTime(), "the veto delay to pass", func() bool {
		n, err := l1c.BlockNumber(ctx)
		return err == nil && n >= executable
	})
	tx, err = slashing.ExecuteSlash(prover, id)
	if err != nil {
		t.Fatalf("executeSlash: %v", err)
	}
	slashed := mined(t, ctx, l1c, tx)
	registry, err := bindings.NewOperatorRegistry(d.Manifest.Contracts["registry"], l1c)
	if err != nil {
		t.Fatal(err)
	}
	// The epoch in force when the slash landed: a keeper may end it in the
	// very next block.
	epochAtSlash, err := registry.CurrentEpoch(&bind.CallOpts{Context: ctx, BlockNumber: slashed.BlockNumber})
	if err != nil {
		t.Fatal(err)
	}
	stakeAfter := slashableStake(t, ctx, d, l1c, op)
	want := new(big.Int).Sub(stakeBefore, new(big.Int).Div(stakeBefore, big.NewInt(2)))
	if stakeAfter.Cmp(want) != 0 {
		t.Fatalf("stake of %s: %v before, %v after the slash; want %v", op, stakeBefore, stakeAfter, want)
	}
	// Voting power follows the registry: once a new epoch freezes the
	// slashed stake and becomes the L2 chain's L1 origin, the operator's
	// validator has half the power of the others in CometBFT; the chain
	// goes on. Nobody calls advanceEpoch: the operators' keepers see that the next
	// set differs (the slashed stake) and one of them ends the epoch.
	waitFor(t, 60*time.Second, "a keeper to end the epoch", func() bool {
		e, err := registry.CurrentEpoch(call)
		return err == nil && e.Cmp(epochAtSlash) > 0
	})
	comet := cometClient(t, d, 0)
	slashedVal := d.Manifest.Nodes[k].ValidatorAddress
	waitFor(t, 60*time.Second, "the slashed operator's voting power to halve", func() bool {
		vals, err := comet.Validators(ctx, nil, nil, nil)
		if err != nil {
			return false
		}
		var slashedPower, other int64
		for _, v := range vals.Validators {
			if v.Address.String() == slashedVal {
				slashedPower = v.VotingPower
			} else {
				other = v.VotingPower
			}
		}
		return slashedPower > 0 && other == 2*slashedPower
	})
	h0, _ := c0.BlockNumber(ctx)
	waitFor(t, 30*time.Second, "the chain to go on", func() bool {
		h, err := c0.BlockNumber(ctx)
		return err == nil && h > h0+3
	})
}

// slashableStake is what the operator has at stake for nodeop: with
// EigenLayer, the AllocationManager's slashable stake for the operator set
// over the stake source's lookahead (what the EigenStakeSource reads);
// natively, the NativeStakeSource's.
func slashableStake(t *testing.T, ctx context.Context, d *Devnet, l1c *ethclient.Client, op common.Address) *big.Int {
	t.Helper()
	call := &bind.CallOpts{Context: ctx}
	if d.Manifest.Stake == StakeNative {
		src, err := bindings.NewNativeStakeSource(d.Manifest.Contracts["stakeSource"], l1c)
		if err != nil {
			t.Fatal(err)
		}
		st, err := src.StakeOf(call, op)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	core, avs, err := d.Manifest.EigenLayer(l1c)
	if err != nil {
		t.Fatal(err)
	}
	look, err := avs.StakeSource.LookaheadBlocks(call)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l1c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st, err := core.AllocationManager.GetMinimumSlashableStake(call, avs.OperatorSet(), []common.Address{op}, avs.Strategies, uint32(head)+look)
	if err != nil {
		t.Fatal(err)
	}
	return st[0][0]
}

func mined(t *testing.T, ctx context.Context, c *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	r, err := bind.WaitMined(ctx, c, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}
