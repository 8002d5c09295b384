package submit

import (
	"context"
	"crypto/rand"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/devnet/l1"
)

// Test deployment: the rollup, its fallback sub-window and epoch length,
// short so that a test waits few 1-second L1 slots.
// l1LogLevel is the embedded L1's log level in tests (Debug shows every sealed block).
const l1LogLevel = slog.LevelWarn

const (
	testRollupID  = 901
	testSubWindow = 2
	testEpochLen  = 2
	testSlot      = time.Second
)

// operator is one registered operator of the env's epoch.
type operator struct {
	acct  l1.Account
	key   *bls.KeyPair
	index uint64 // bit in a certificate's signer bitmap
}

func (o operator) addr() common.Address { return o.acct.Address }

// env is a running devnet L1 (1 s slots, Prague, blobs) with nodeop's
// contracts deployed by deploy.DeploySystem and n operators registered
// and frozen into the current epoch. Account 0 deploys; operators are
// accounts 1..n; the last account is the veto committee and an outsider.
type env struct {
	t        *testing.T
	chain    *l1.L1
	client   *ethclient.Client
	chainID  *big.Int
	sys      *deploy.System
	inbox    *bindings.BatchInbox
	registry *bindings.OperatorRegistry
	ops      []operator
	outsider l1.Account
	epoch    uint64
}

func testLogger(t *testing.T, level slog.Level) *slog.Logger {
	return slog.New(newTestHandler(t, level))
}

// testHandler writes to the test's output until the test ends, then drops
// records: goroutines that log during cleanup must not fail the test.
type testHandler struct {
	slog.Handler
	mu   *sync.Mutex
	done *bool
}

func newTestHandler(t *testing.T, level slog.Level) *testHandler {
	h := &testHandler{
		Handler: slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: level}),
		mu:      new(sync.Mutex),
		done:    new(bool),
	}
	t.Cleanup(func() {
		h.mu.Lock()
		*h.done = true
		h.mu.Unlock()
	})
	return h
}

func (h *testHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if *h.done {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h *testHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &testHandler{Handler: h.Handler.WithAttrs(as), mu: h.mu, done: h.done}
}

func (h *testHandler) WithGroup(name string) slog.Handler {
	return &testHandler{Handler: h.Handler.WithGroup(name), mu: h.mu, done: h.done}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

func newEnv(t *testing.T, n int) *env {
	t.Helper()
	start := time.Now()
	ctx := testCtx(t, time.Minute)
	// The KZG context is set up on first use, ~10 s under the race
	// detector: do it while the L1 starts rather than in the first commit.
	kzgReady := make(chan struct{})
	go func() {
		defer close(kzgReady)
		_, _ = kzg4844.BlobToCommitment(new(kzg4844.Blob))
	}()
	chain, err := l1.Start(context.Background(), l1.Config{SlotTime: testSlot}, testLogger(t, l1LogLevel))
	if err != nil {
		t.Fatalf("start L1: %v", err)
	}
	t.Cleanup(func() {
		if err := chain.Close(); err != nil {
			t.Errorf("close L1: %v", err)
		}
	})
	client, err := ethclient.DialContext(ctx, chain.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	accts := chain.Accounts()
	if len(accts) < n+2 {
		t.Fatalf("%d dev accounts, need %d", len(accts), n+2)
	}
	e := &env{t: t, chain: chain, client: client, chainID: chain.ChainConfig().ChainID, outsider: accts[len(accts)-1]}

	cfg := deploy.SystemConfig{
		Registry: deploy.Config{
			WithdrawalDelayBlocks: 600,
			MinimumStake:          ether(1),
			EpochLengthBlocks:     testEpochLen,
			MaxOperators:          16,
		},
		Slashing: deploy.SlashingConfig{
			VetoCommittee:        []common.Address{e.outsider.Address},
			VetoThreshold:        1,
			VetoDelayBlocks:      150,
			EquivocationSlashBps: 5000,
			MissedWindowPenalty:  new(big.Int).Div(ether(1), big.NewInt(100)),
		},
		Rewards: deploy.RewardsConfig{
			SubmissionFee:        new(big.Int).Div(ether(1), big.NewInt(1000)),
			SignerRewardPerBatch: new(big.Int).Div(ether(1), big.NewInt(100)),
		},
		Inbox: deploy.InboxConfig{ChainID: testRollupID, SubWindow: testSubWindow},
	}
	sys, err := deploy.DeploySystem(ctx, client, e.opts(accts[0]), cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if err := sys.WaitDeployed(ctx, client); err != nil {
		t.Fatal(err)
	}
	e.sys, e.inbox, e.registry = sys, sys.Inbox.Contract, sys.Registry.Registry
	srcABI, regABI, rwABI := abiOf(t, bindings.NativeStakeSourceMetaData), abiOf(t, bindings.OperatorRegistryMetaData), abiOf(t, bindings.RewardsMetaData)

	// Stake, and a funded rewards vault so that commits pay out as on a
	// real deployment (it changes the gas a commit uses).
	var txs []*types.Transaction
	for i := 1; i <= n; i++ {
		o := e.opts(accts[i])
		o.Value = ether(2)
		tx, err := sys.Registry.StakeSource.Deposit(o)
		if err != nil {
			t.Fatalf("deposit: %v", contracts.DecodeRevert(srcABI, err))
		}
		txs = append(txs, tx)
	}
	fo := e.opts(accts[0])
	fo.Value = ether(10)
	tx, err := sys.Rewards.Contract.Fund(fo)
	if err != nil {
		t.Fatalf("fund rewards: %v", contracts.DecodeRevert(rwABI, err))
	}
	e.mined(ctx, append(txs, tx)...)

	txs = txs[:0]
	for i := 1; i <= n; i++ {
		k, err := bls.GenRandomBlsKeys()
		if err != nil {
			t.Fatal(err)
		}
		reg := deploy.NewRegistration(k, e.chainID, sys.Registry.RegistryAddress, accts[i].Address)
		tx, err := reg.Send(e.opts(accts[i]), e.registry)
		if err != nil {
			t.Fatal(contracts.DecodeRevert(regABI, err))
		}
		txs = append(txs, tx)
		e.ops = append(e.ops, operator{acct: accts[i], key: k})
	}
	e.mined(ctx, txs...)

	// The epoch may end once EpochLengthBlocks have passed since it began;
	// calls run on the latest block, so wait until that one is far enough.
	ready, err := e.registry.NextEpochBlock(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	e.waitBlock(ctx, ready.Uint64())
	tx, err = e.registry.AdvanceEpoch(e.opts(accts[0]))
	if err != nil {
		t.Fatal(contracts.DecodeRevert(regABI, err))
	}
	e.mined(ctx, tx)
	ep, err := e.registry.CurrentEpoch(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	e.epoch = ep.Uint64()
	for i := range e.ops {
		idx, err := e.registry.IndexOf(&bind.CallOpts{Context: ctx}, ep, e.ops[i].addr())
		if err != nil {
			t.Fatal(contracts.DecodeRevert(regABI, err))
		}
		e.ops[i].index = idx.Uint64()
	}
	<-kzgReady
	t.Logf("L1 with %d operators in epoch %d ready at block %d after %v", n, e.epoch, e.head(), time.Since(start).Round(time.Millisecond))
	return e
}

func abiOf(t *testing.T, md *bind.MetaData) *abi.ABI {
	t.Helper()
	a, err := md.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func testCtx(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), d)
	t.Cleanup(cancel)
	return ctx
}

func (e *env) opts(a l1.Account) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(a.PrivateKey, e.chainID)
	if err != nil {
		e.t.Fatal(err)
	}
	return o
}

// mined waits for every tx and fails the test unless each succeeded.
func (e *env) mined(ctx context.Context, txs ...*types.Transaction) {
	e.t.Helper()
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, e.client, tx)
		if err != nil {
			e.t.Fatalf("wait for %s: %v", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatalf("tx %s failed", tx.Hash())
		}
	}
}

func (e *env) head() uint64 {
	e.t.Helper()
	n, err := e.client.BlockNumber(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// waitBlock waits until the head is at least n.
func (e *env) waitBlock(ctx context.Context, n uint64) {
	e.t.Helper()
	for e.head() < n {
		select {
		case <-ctx.Done():
			e.t.Fatalf("waiting for block %d: %v", n, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// submitter starts a Submitter for operator o (or any dev account).
func (e *env) submitter(a l1.Account) *Submitter {
	e.t.Helper()
	s, err := New(testCtx(e.t, 30*time.Second), Config{
		L1RPC:        e.chain.RPCURL(),
		L1ChainID:    e.chainID,
		Inbox:        e.sys.Inbox.Address,
		Key:          a.PrivateKey,
		Logger:       testLogger(e.t, slog.LevelInfo).With("operator", a.Address),
		PollInterval: 200 * time.Millisecond,
		SlotTime:     testSlot,
	})
	if err != nil {
		e.t.Fatalf("new submitter: %v", err)
	}
	e.t.Cleanup(s.Close)
	return s
}

// blobs returns n blobs of random data and their versioned hashes.
func blobs(t *testing.T, n int) ([]*eth.Blob, [][32]byte) {
	t.Helper()
	out := make([]*eth.Blob, n)
	for i := range out {
		data := make([]byte, 1000+i)
		if _, err := rand.Read(data); err != nil {
			t.Fatal(err)
		}
		out[i] = new(eth.Blob)
		if err := out[i].FromData(data); err != nil {
			t.Fatal(err)
		}
	}
	_, hashes, err := txmgr.MakeSidecar(out, false)
	if err != nil {
		t.Fatal(err)
	}
	hs := make([][32]byte, n)
	for i, h := range hashes {
		hs[i] = h
	}
	return out, hs
}

// batch builds a certified batch signed by every operator: index and
// parent as given, nBlobs new blobs, the window [start, end) for
// submitter with the fallbacks in order.
func (e *env) batch(index uint64, parent common.Hash, nBlobs int, submitter common.Address, fallbacks []common.Address, start, end uint64) *Batch {
	e.t.Helper()
	bs, hashes := blobs(e.t, nBlobs)
	h := bindings.BatchHeader{
		ChainId:        testRollupID,
		BatchIndex:     index,
		FirstBlock:     1 + index*10,
		LastBlock:      10 + index*10,
		ParentHash:     parent,
		OutputRoot:     common.Hash{0x0a, byte(index)},
		BlobHashes:     hashes,
		L1OriginNumber: start - 1,
		L1OriginHash:   common.Hash{0x01, byte(index)},
		Epoch:          e.epoch,
		Submitter:      submitter,
		Fallbacks:      fallbacks,
		WindowStart:    start,
		WindowEnd:      end,
	}
	return &Batch{Header: h, Cert: e.certify(h), Blobs: bs}
}

// certify aggregates every operator's signature over h as the sequencer
// does: G1 signatures added, G2 keys added, bitmap of their indexes.
func (e *env) certify(h bindings.BatchHeader) bindings.Certificate {
	msg := deploy.HeaderHash(h)
	sigma, apk := bls.NewZeroSignature(), bls.NewZeroG2Point()
	bitmap := new(big.Int)
	for _, o := range e.ops {
		sigma.Add(o.key.SignMessage(msg))
		apk.Add(o.key.GetPubKeyG2())
		bitmap.SetBit(bitmap, int(o.index), 1)
	}
	return deploy.NewCertificate(bitmap, sigma, apk)
}

func (e *env) addrs(ops ...int) []common.Address {
	out := make([]common.Address, len(ops))
	for i, o := range ops {
		out[i] = e.ops[o].addr()
	}
	return out
}

// nonces are an account's latest and pending nonces: both unchanged means
// nothing was sent (nor is waiting in the pool).
func (e *env) nonces(a common.Address) [2]uint64 {
	e.t.Helper()
	latest, err := e.client.NonceAt(context.Background(), a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	pending, err := e.client.PendingNonceAt(context.Background(), a)
	if err != nil {
		e.t.Fatal(err)
	}
	return [2]uint64{latest, pending}
}
