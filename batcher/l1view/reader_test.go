package l1view

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
	"github.com/nodeop/nodeop/contracts/deploy"
)

var _ Backend = (*ethclient.Client)(nil)

const (
	rollupID = 901
	// commitGas is a fixed gas limit for commit calls: rejected ones cannot
	// be estimated.
	commitGas = 5_000_000
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// chain is a simulated Prague L1 with nodeop's contracts deployed. Account 0
// deploys and is the initial batcher; accounts 1..4 are operators 0..3.
type chain struct {
	sim     *simulated.Backend
	client  simulated.Client
	backend Backend
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	sys     *deploy.System
	regABI  *abi.ABI
	inABI   *abi.ABI
}

// pragueOnly drops Osaka: the devnet L1 runs Prague, whose blob
// transactions carry version-0 sidecars.
func pragueOnly(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.OsakaTime = nil
	blobs := *cfg.BlobScheduleConfig
	blobs.Osaka = nil
	cfg.BlobScheduleConfig = &blobs
	ec.Genesis.Config = &cfg
}

// fastRecommit avoids a lost wakeup in the simulated beacon (see
// contracts/internal/simtest, which this package cannot import): Commit can
// wait forever for a payload broadcast that happened before it waited;
// rebuilding every few milliseconds broadcasts again.
func fastRecommit(_ *node.Config, ec *ethconfig.Config) { ec.Miner.Recommit = 5 * time.Millisecond }

func newChain(t *testing.T, accounts int) *chain {
	t.Helper()
	c := &chain{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < accounts; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		c.keys = append(c.keys, k)
		c.addrs = append(c.addrs, crypto.PubkeyToAddress(k.PublicKey))
		alloc[c.addrs[i]] = types.Account{Balance: ether(1_000_000)}
	}
	c.sim = simulated.NewBackend(alloc, pragueOnly, fastRecommit)
	t.Cleanup(func() { _ = c.sim.Close() })
	c.client = c.sim.Client()
	// simulated.Client hides it, but the value is an *ethclient.Client
	// underneath: the Reader's production backend.
	b, ok := c.client.(Backend)
	if !ok {
		t.Fatal("the simulated client does not implement Backend")
	}
	c.backend = b
	id, err := c.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.chainID = id
	if c.regABI, err = bindings.OperatorRegistryMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}
	if c.inABI, err = bindings.BatchInboxMetaData.GetAbi(); err != nil {
		t.Fatal(err)
	}

	ctx := boundedCtx(t)
	cfg := deploy.SystemConfig{
		Registry: deploy.Config{WithdrawalDelayBlocks: 30, MinimumStake: ether(1), EpochLengthBlocks: 2, MaxOperators: 16},
		Slashing: deploy.SlashingConfig{VetoCommittee: []common.Address{c.addrs[0]}, VetoThreshold: 1, VetoDelayBlocks: 10,
			EquivocationSlashBps: 5000, MissedWindowPenalty: big.NewInt(1e16)},
		Rewards: deploy.RewardsConfig{SubmissionFee: big.NewInt(1e15), SignerRewardPerBatch: big.NewInt(1e16)},
		Inbox:   deploy.InboxConfig{ChainID: rollupID, SubWindow: 10, Batcher: c.addrs[0], UnsafeBlockSigner: common.Address{0x5}},
	}
	sys, err := deploy.DeploySystem(ctx, c.client, c.opts(0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	if err := sys.WaitDeployed(ctx, c.client); err != nil {
		t.Fatal(err)
	}
	c.sys = sys
	return c
}

func (c *chain) opts(i int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(c.keys[i], c.chainID)
	o.Context = context.Background()
	return o
}

// mine commits a block and fails unless every tx succeeded in it; it
// returns the block's hash.
func (c *chain) mine(t *testing.T, txs ...*types.Transaction) common.Hash {
	t.Helper()
	h := c.sim.Commit()
	for _, tx := range txs {
		r, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
		if err != nil {
			t.Fatalf("receipt of %s: %v", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful || r.BlockHash != h {
			t.Fatalf("tx %s failed or not in block %s", tx.Hash(), h)
		}
	}
	return h
}

func (c *chain) must(t *testing.T, a *abi.ABI, tx *types.Transaction, err error) *types.Transaction {
	t.Helper()
	if err != nil {
		t.Fatalf("send: %v", contracts.DecodeRevert(a, err))
	}
	return tx
}

func (c *chain) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func (c *chain) deposit(t *testing.T, stakes map[int]*big.Int) {
	t.Helper()
	var txs []*types.Transaction
	for acct, s := range stakes {
		o := c.opts(acct)
		o.Value = s
		tx, err := c.sys.Registry.StakeSource.Deposit(o)
		txs = append(txs, c.must(t, c.regABI, tx, err))
	}
	c.mine(t, txs...)
}

// advance mines until the epoch may end, ends it, and returns the hash of
// the block that froze the new epoch.
func (c *chain) advance(t *testing.T) common.Hash {
	t.Helper()
	reg := c.sys.Registry.Registry
	ready, err := reg.NextEpochBlock(nil)
	if err != nil {
		t.Fatal(err)
	}
	// The tx lands in the next block; calls and estimates run on the latest.
	for c.head(t).Number.Cmp(ready) < 0 {
		c.sim.Commit()
	}
	tx, err := reg.AdvanceEpoch(c.opts(0))
	return c.mine(t, c.must(t, c.regABI, tx, err))
}

// world is the scenario every chain test reads: four operators registered
// with stakes 1..4 ether and frozen into epoch 1, then topped up to 4 ether
// each and frozen into epoch 2.
type world struct {
	*chain
	ops       []*bls.KeyPair // operator i is account i+1
	preEpoch1 common.Hash    // last block of epoch 0
	epoch1    common.Hash    // block that froze epoch 1
	epoch2    common.Hash    // block that froze epoch 2
	blob      *types.BlobTxSidecar
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{chain: newChain(t, 5)}
	w.deposit(t, map[int]*big.Int{1: ether(1), 2: ether(2), 3: ether(3), 4: ether(4)})
	w.ops = newKeys(t, 4)
	for i, k := range w.ops {
		// One block each: the registration order is the bitmap order.
		reg := deploy.NewRegistration(k, w.chainID, w.sys.Registry.RegistryAddress, w.addrs[i+1])
		tx, err := reg.Send(w.opts(i+1), w.sys.Registry.Registry)
		w.preEpoch1 = w.mine(t, w.must(t, w.regABI, tx, err))
	}
	w.epoch1 = w.advance(t)
	w.deposit(t, map[int]*big.Int{1: ether(3), 2: ether(2), 3: ether(1)})
	w.epoch2 = w.advance(t)
	w.blob = newSidecar(t)
	return w
}

// newSidecar builds a one-blob sidecar. The first KZG operation loads the
// trusted setup: about 10 s under -race, most of this package's test time.
func newSidecar(t *testing.T) *types.BlobTxSidecar {
	t.Helper()
	var blob kzg4844.Blob
	copy(blob[1:], "a batch") // byte 0 of each field element stays 0: below the BLS modulus
	commitment, err := kzg4844.BlobToCommitment(&blob)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := kzg4844.ComputeBlobProof(&blob, commitment)
	if err != nil {
		t.Fatal(err)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion0, []kzg4844.Blob{blob}, []kzg4844.Commitment{commitment}, []kzg4844.Proof{proof})
}

// header is batch `index` of the rollup on top of parent, signed by `epoch`,
// assigned to operator 0 with a window open from genesis on.
func (w *world) header(index uint64, parent common.Hash, epoch uint64) bindings.BatchHeader {
	hashes := make([][32]byte, len(w.blob.BlobHashes()))
	for i, h := range w.blob.BlobHashes() {
		hashes[i] = h
	}
	return bindings.BatchHeader{
		ChainId: rollupID, BatchIndex: index, FirstBlock: 1 + 10*index, LastBlock: 10 + 10*index,
		ParentHash: parent, OutputRoot: crypto.Keccak256Hash([]byte{byte(index)}), BlobHashes: hashes,
		L1OriginNumber: 1, L1OriginHash: common.Hash{0x01}, Epoch: epoch,
		Submitter: w.addrs[1], WindowStart: 0, WindowEnd: 1 << 40,
	}
}

// callCommit runs commitBatch(h, cert) from operator 0 as eth_call on the
// state of block `at`, carrying the header's blob hashes, and returns the
// revert decoded against the inbox's ABI.
func (w *world) callCommit(t *testing.T, at common.Hash, h bindings.BatchHeader, cert bindings.Certificate) error {
	t.Helper()
	data, err := deploy.PackCommitBatch(h, cert)
	if err != nil {
		t.Fatal(err)
	}
	msg := ethereum.CallMsg{From: w.addrs[1], To: &w.sys.Inbox.Address, Gas: commitGas, Data: data, BlobHashes: w.blob.BlobHashes()}
	_, err = w.backend.CallContractAtHash(context.Background(), msg, at)
	return contracts.DecodeRevert(w.inABI, err)
}

// commitTx signs a blob transaction from operator 0 committing h.
func (w *world) commitTx(t *testing.T, nonce uint64, h bindings.BatchHeader, cert bindings.Certificate) *types.Transaction {
	t.Helper()
	data, err := deploy.PackCommitBatch(h, cert)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(w.keys[1], types.LatestSignerForChainID(w.chainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(w.chainID), Nonce: nonce,
		GasTipCap: uint256.NewInt(params.GWei), GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: commitGas,
		To: w.sys.Inbox.Address, Data: data,
		BlobFeeCap: uint256.NewInt(params.GWei), BlobHashes: w.blob.BlobHashes(), Sidecar: w.blob,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (w *world) reader(t *testing.T, b Backend) *Reader {
	t.Helper()
	r, err := NewReader(b, w.sys.Registry.RegistryAddress, w.sys.Inbox.Address)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func boundedCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// spyBackend counts the registry calls by method and can fail or tamper
// with them, or with logs.
type spyBackend struct {
	Backend
	abi *abi.ABI

	mu     sync.Mutex
	calls  map[string]int
	fail   error                                // returned by every call if set
	tamper func(method string, out []any) []any // rewrites a call's outputs
	logs   func(logs []types.Log) []types.Log   // rewrites FilterLogs' answer
}

func newSpy(b Backend, a *abi.ABI) *spyBackend {
	return &spyBackend{Backend: b, abi: a, calls: map[string]int{}}
}

func (s *spyBackend) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, h common.Hash) ([]byte, error) {
	m, err := s.abi.MethodById(msg.Data)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.calls[m.Name]++
	fail, tamper := s.fail, s.tamper
	s.mu.Unlock()
	if fail != nil {
		return nil, fail
	}
	out, err := s.Backend.CallContractAtHash(ctx, msg, h)
	if err != nil || tamper == nil {
		return out, err
	}
	vals, err := m.Outputs.Unpack(out)
	if err != nil {
		return nil, err
	}
	return m.Outputs.Pack(tamper(m.Name, vals)...)
}

func (s *spyBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := s.Backend.FilterLogs(ctx, q)
	if err == nil && s.logs != nil {
		logs = s.logs(logs)
	}
	return logs, err
}

func (s *spyBackend) count() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.calls))
	for k, v := range s.calls {
		out[k] = v
	}
	return out
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestReaderOnChain runs every chain-backed check on one deployment: the
// setup (deploy, 4 registrations, 2 epochs) dominates the cost.
func TestReaderOnChain(t *testing.T) {
	w := newWorld(t)
	ctx := boundedCtx(t)

	t.Run("EpochAt", func(t *testing.T) {
		r := w.reader(t, w.backend)
		e0, err := r.EpochAt(ctx, w.preEpoch1)
		if err != nil {
			t.Fatal(err)
		}
		if e0.Number != 0 || len(e0.Members) != 0 || e0.TotalStake.Sign() != 0 || !e0.APK.IsInfinity() {
			t.Fatalf("before the first advance: epoch %d, %d members, stake %v, apk %v; want the empty epoch 0",
				e0.Number, len(e0.Members), e0.TotalStake, e0.APK)
		}
		check := func(e *Epoch, number uint64, at common.Hash, stakes ...int64) {
			t.Helper()
			hdr, err := w.client.HeaderByHash(ctx, at)
			if err != nil {
				t.Fatal(err)
			}
			if e.Number != number || e.StartBlock != hdr.Number.Uint64() || len(e.Members) != 4 {
				t.Fatalf("epoch %d from block %d with %d members; want %d from %d with 4", e.Number, e.StartBlock, len(e.Members), number, hdr.Number)
			}
			total := new(big.Int)
			for i, m := range e.Members {
				k := w.ops[i]
				if m.Address != w.addrs[i+1] || m.Stake.Cmp(ether(stakes[i])) != 0 ||
					!m.G1.Equal(k.GetPubKeyG1().G1Affine) || !m.G2.Equal(k.GetPubKeyG2().G2Affine) {
					t.Fatalf("member %d = %s, stake %v; want %s, %d ether and its registered keys", i, m.Address, m.Stake, w.addrs[i+1], stakes[i])
				}
				total.Add(total, m.Stake)
			}
			if e.TotalStake.Cmp(total) != 0 || !e.APK.Equal(sumG1(w.ops...).G1Affine) {
				t.Fatalf("total %v, apk %v; want %v and the keys' sum", e.TotalStake, e.APK, total)
			}
		}
		e1, err := r.EpochAt(ctx, w.epoch1)
		if err != nil {
			t.Fatal(err)
		}
		check(e1, 1, w.epoch1, 1, 2, 3, 4)
		e2, err := r.EpochAt(ctx, w.epoch2)
		if err != nil {
			t.Fatal(err)
		}
		check(e2, 2, w.epoch2, 4, 4, 4, 4)
		// Epoch 1 stays as frozen after the top-ups.
		old, err := w.reader(t, w.backend).Epoch(ctx, 1, w.head(t).Hash())
		if err != nil {
			t.Fatal(err)
		}
		check(old, 1, w.epoch1, 1, 2, 3, 4)
	})

	t.Run("cache", func(t *testing.T) {
		spy := newSpy(w.backend, w.regABI)
		r := w.reader(t, spy)
		first, err := r.EpochAt(ctx, w.epoch2)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int{"currentEpoch": 1, "epochInfo": 1, "epochStartBlock": 1, "memberAt": 4, "operatorInfo": 4}
		if got := spy.count(); !sameCounts(got, want) {
			t.Fatalf("first read made calls %v, want %v", got, want)
		}
		w.sim.Commit()
		again, err := r.EpochAt(ctx, w.head(t).Hash())
		if err != nil {
			t.Fatal(err)
		}
		byNumber, err := r.Epoch(ctx, 2, w.epoch2)
		if err != nil {
			t.Fatal(err)
		}
		want["currentEpoch"] += 2
		if got := spy.count(); !sameCounts(got, want) || again != first || byNumber != first {
			t.Fatalf("cached reads made calls %v (want %v) or returned another epoch", got, want)
		}
		// A cached epoch is still unknown at a block before its freeze, as
		// on a node that never read it.
		if _, err := r.Epoch(ctx, 2, w.epoch1); !errors.Is(err, ErrUnknownEpoch) || !errors.Is(err, ErrInvalid) {
			t.Fatalf("Epoch(2) at epoch 1's block: %v, want ErrUnknownEpoch", err)
		}
		if _, err := r.Epoch(ctx, 3, w.epoch2); !errors.Is(err, ErrUnknownEpoch) {
			t.Fatalf("Epoch(3): %v, want ErrUnknownEpoch", err)
		}
	})

	t.Run("concurrent readers", func(t *testing.T) {
		r := w.reader(t, w.backend)
		var wg sync.WaitGroup
		got := make([]*Epoch, 8)
		errs := make([]error, 8)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i], errs[i] = r.Epoch(ctx, uint64(1+i%2), w.epoch2)
			}()
		}
		wg.Wait()
		for i, e := range got {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			if e.Number != uint64(1+i%2) || len(e.Members) != 4 {
				t.Fatalf("reader %d got epoch %d with %d members", i, e.Number, len(e.Members))
			}
		}
	})

	t.Run("errors", func(t *testing.T) {
		cases := []struct {
			name     string
			registry common.Address
			spy      func(*spyBackend)
			ctx      func() context.Context
			at       common.Hash
			want     error
			alsoIs   error
		}{
			{name: "unknown block", at: common.Hash{0xde, 0xad}, want: ErrUnavailable},
			{name: "transport failure", spy: func(s *spyBackend) { s.fail = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused") }, want: ErrUnavailable},
			{name: "canceled", ctx: func() context.Context {
				c, cancel := context.WithCancel(ctx)
				cancel()
				return c
			}, want: ErrUnavailable, alsoIs: context.Canceled},
			{name: "no contract at the address", registry: common.Address{0x99}, want: ErrInvalid},
			{name: "another contract (reverts)", registry: w.sys.Inbox.Address, want: ErrInvalid},
			{name: "apk not the members' sum", spy: func(s *spyBackend) {
				s.tamper = func(m string, out []any) []any {
					if m == "epochInfo" {
						out[0] = blsabi.G1(sumG1(w.ops[:3]...))
					}
					return out
				}
			}, want: ErrInvalid},
			{name: "stakes not summing to the total", spy: func(s *spyBackend) {
				s.tamper = func(m string, out []any) []any {
					if m == "memberAt" {
						out[1] = new(big.Int).Add(out[1].(*big.Int), common.Big1)
					}
					return out
				}
			}, want: ErrInvalid},
			{name: "G1 key off the curve", spy: func(s *spyBackend) {
				s.tamper = func(m string, out []any) []any {
					if m == "memberAt" {
						out[2] = bindings.BN254G1Point{X: big.NewInt(1), Y: big.NewInt(3)}
					}
					return out
				}
			}, want: ErrInvalid},
			{name: "member lists disagree", spy: func(s *spyBackend) {
				s.tamper = func(m string, out []any) []any {
					if m == "memberAt" {
						out[0] = common.Address{0x42}
					}
					return out
				}
			}, want: ErrInvalid},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				spy := newSpy(w.backend, w.regABI)
				if c.spy != nil {
					c.spy(spy)
				}
				registry := w.sys.Registry.RegistryAddress
				if c.registry != (common.Address{}) {
					registry = c.registry
				}
				r, err := NewReader(spy, registry, w.sys.Inbox.Address)
				if err != nil {
					t.Fatal(err)
				}
				cctx, at := ctx, w.epoch2
				if c.ctx != nil {
					cctx = c.ctx()
				}
				if c.at != (common.Hash{}) {
					at = c.at
				}
				_, err = r.EpochAt(cctx, at)
				if !errors.Is(err, c.want) || (c.alsoIs != nil && !errors.Is(err, c.alsoIs)) {
					t.Fatalf("got %v, want %v", err, c.want)
				}
				other := ErrInvalid
				if c.want == ErrInvalid {
					other = ErrUnavailable
				}
				if errors.Is(err, other) {
					t.Fatalf("%v is both unavailable and invalid", err)
				}
			})
		}
	})

	// The certificate cross-check: each certificate goes through
	// VerifyAggregate and through the deployed inbox's commitBatch (eth_call
	// pinned to the same block, with the header's blob hashes); both must
	// give the same verdict, named by the inbox's custom error.
	t.Run("VerifyAggregate agrees with the inbox", func(t *testing.T) {
		r := w.reader(t, w.backend)
		type cert struct {
			bitmap *big.Int
			sigma  *bls.Signature
			apkG2  *bls.G2Point
		}
		e2, err := r.Epoch(ctx, 2, w.epoch2)
		if err != nil {
			t.Fatal(err)
		}
		h := w.header(0, common.Hash{}, 2)
		msg := deploy.HeaderHash(h)
		other := deploy.HeaderHash(w.header(0, common.Hash{1}, 2))
		signed := func(m [32]byte, bits []int, signers ...int) cert {
			sigma, _ := aggregate(m, pick(w.ops, signers...)...)
			// The aggregate key of the bitmap, as a proposer builds it.
			return cert{bitmapOf(bits...), sigma, e2.SignersAPKG2(bitmapOf(bits...))}
		}
		s012 := signed(msg, []int{0, 1, 2}, 0, 1, 2)
		if !s012.apkG2.Equal(sumG2(pick(w.ops, 0, 1, 2)...).G2Affine) {
			t.Fatal("SignersAPKG2 is not the signers' G2 sum")
		}
		sigma013, apk013 := aggregate(msg, pick(w.ops, 0, 1, 3)...)
		type crossCase struct {
			name   string
			epoch  uint64
			at     common.Hash
			cert   cert
			want   error  // VerifyAggregate's
			revert string // the inbox's, "" for success
		}
		cases := []crossCase{
			{"3 of 4 equal stakes", 2, w.epoch2, s012, nil, ""},
			{"all 4", 2, w.epoch2, signed(msg, []int{0, 1, 2, 3}, 0, 1, 2, 3), nil, ""},
			{"wrong message", 2, w.epoch2, signed(other, []int{0, 1, 2}, 0, 1, 2), ErrInvalidSignature, "InvalidSignature"},
			{"bit past the members", 2, w.epoch2, cert{bitmapOf(0, 1, 2, 4), s012.sigma, s012.apkG2}, ErrBitmapOutOfRange, "BitmapOutOfRange"},
			{"bit 255", 2, w.epoch2, cert{bitmapOf(0, 1, 2, 255), s012.sigma, s012.apkG2}, ErrBitmapOutOfRange, "BitmapOutOfRange"},
			{"2 of 4: no quorum", 2, w.epoch2, signed(msg, []int{0, 1}, 0, 1), ErrInsufficientQuorum, "InsufficientQuorum"},
			{"sigma of other signers", 2, w.epoch2, cert{s012.bitmap, sigma013, s012.apkG2}, ErrInvalidSignature, "InvalidSignature"},
			{"apkG2 of other signers", 2, w.epoch2, cert{s012.bitmap, s012.sigma, apk013}, ErrInvalidSignature, "InvalidSignature"},
			{"sigma and apkG2 of other signers", 2, w.epoch2, cert{s012.bitmap, sigma013, apk013}, ErrInvalidSignature, "InvalidSignature"},
			{"infinity sigma and apkG2", 2, w.epoch2, cert{s012.bitmap, bls.NewZeroSignature(), bls.NewZeroG2Point()}, ErrInvalidSignature, "InvalidSignature"},
			// No signers: the pairing holds trivially, so the stake rule decides.
			{"empty bitmap", 2, w.epoch2, cert{bitmapOf(), bls.NewZeroSignature(), bls.NewZeroG2Point()}, ErrInsufficientQuorum, "InsufficientQuorum"},
			{"sigma off the curve", 2, w.epoch2, cert{s012.bitmap, &bls.Signature{G1Point: offCurveG1()}, s012.apkG2}, ErrInvalidSignature, "G1AddFailed"},
			{"apkG2 outside the subgroup", 2, w.epoch2, cert{s012.bitmap, s012.sigma, twistPointOutsideG2(t)}, ErrInvalidSignature, "PairingInputInvalid"},
			{"empty epoch 0", 0, w.epoch1, cert{bitmapOf(), bls.NewZeroSignature(), bls.NewZeroG2Point()}, ErrEmptyEpoch, "EmptyEpoch"},
		}
		// Every bitmap over epoch 1's unequal stakes (1, 2, 3, 4 ether),
		// honestly signed: the quorum rule alone decides.
		for b := int64(1); b < 16; b++ {
			bitmap := big.NewInt(b)
			var signers []int
			for i := 0; i < 4; i++ {
				if bitmap.Bit(i) == 1 {
					signers = append(signers, i)
				}
			}
			h1 := w.header(0, common.Hash{}, 1)
			sigma, apk := aggregate(deploy.HeaderHash(h1), pick(w.ops, signers...)...)
			var want error
			revert := ""
			if new(big.Int).Mul(w.stakeSum(signers, 1, 2, 3, 4), big.NewInt(3)).Cmp(ether(20)) < 0 {
				want, revert = ErrInsufficientQuorum, "InsufficientQuorum"
			}
			cases = append(cases, crossCase{"epoch 1 bitmap " + bitmap.Text(2), 1, w.epoch2, cert{bitmap, sigma, apk}, want, revert})
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e, err := r.Epoch(ctx, c.epoch, c.at)
				if err != nil {
					t.Fatal(err)
				}
				hdr := w.header(0, common.Hash{}, c.epoch)
				goErr := e.VerifyAggregate(deploy.HeaderHash(hdr), c.cert.bitmap, c.cert.sigma, c.cert.apkG2)
				if c.want == nil {
					if goErr != nil {
						t.Fatalf("VerifyAggregate rejected: %v", goErr)
					}
				} else if !errors.Is(goErr, c.want) {
					t.Fatalf("VerifyAggregate: %v, want %v", goErr, c.want)
				}
				// Quorum is the stake rule alone: it holds unless the inbox
				// refuses the bitmap or the stake.
				if q := e.Quorum(c.cert.bitmap); q != (c.want == nil || errors.Is(c.want, ErrInvalidSignature)) {
					t.Fatalf("Quorum = %v for an inbox verdict of %q", q, c.revert)
				}
				chainErr := w.callCommit(t, c.at, hdr, deploy.NewCertificate(c.cert.bitmap, c.cert.sigma, c.cert.apkG2))
				if c.revert == "" {
					if chainErr != nil {
						t.Fatalf("the inbox rejected a certificate VerifyAggregate accepts: %v", chainErr)
					}
				} else if !errors.Is(chainErr, contracts.Reverted(c.revert)) {
					t.Fatalf("the inbox: %v, want revert %s", chainErr, c.revert)
				}
			})
		}
	})

	t.Run("VerifyMember", func(t *testing.T) {
		e, err := w.reader(t, w.backend).EpochAt(ctx, w.epoch2)
		if err != nil {
			t.Fatal(err)
		}
		msg := deploy.HeaderHash(w.header(0, common.Hash{}, 2))
		for i, k := range w.ops {
			if err := e.VerifyMember(i, msg, k.SignMessage(msg)); err != nil {
				t.Fatalf("member %d: %v", i, err)
			}
			if err := e.VerifyMember((i+1)%4, msg, k.SignMessage(msg)); !errors.Is(err, ErrInvalidSignature) {
				t.Fatalf("member %d's signature as member %d: %v", i, (i+1)%4, err)
			}
		}
	})

	// Last: it commits batches, which the eth_calls above assume absent.
	t.Run("Commits", func(t *testing.T) {
		r := w.reader(t, w.backend)
		none, err := r.Commits(ctx, w.epoch2)
		if err != nil || len(none) != 0 {
			t.Fatalf("Commits of a block without commits: %v, %v", none, err)
		}
		if _, err := r.Commits(ctx, common.Hash{0xde, 0xad}); !errors.Is(err, ErrUnavailable) {
			t.Fatalf("Commits of an unknown block: %v, want ErrUnavailable", err)
		}

		// Two batches in one block from the same sender (the first makes it
		// the batcher, so the second may follow in the same block).
		e2, err := r.EpochAt(ctx, w.epoch2)
		if err != nil {
			t.Fatal(err)
		}
		h0 := w.header(0, common.Hash{}, 2)
		h1 := w.header(1, deploy.HeaderHash(h0), 2)
		bitmaps := []*big.Int{bitmapOf(0, 1, 2), bitmapOf(1, 2, 3)}
		nonce, err := w.client.PendingNonceAt(ctx, w.addrs[1])
		if err != nil {
			t.Fatal(err)
		}
		var txs []*types.Transaction
		for i, h := range []bindings.BatchHeader{h0, h1} {
			msg := deploy.HeaderHash(h)
			var signers []*bls.KeyPair
			for j := 0; j < 4; j++ {
				if bitmaps[i].Bit(j) == 1 {
					signers = append(signers, w.ops[j])
				}
			}
			sigma, _ := aggregate(msg, signers...)
			apk := e2.SignersAPKG2(bitmaps[i])
			if err := e2.VerifyAggregate(msg, bitmaps[i], sigma, apk); err != nil {
				t.Fatal(err)
			}
			tx := w.commitTx(t, nonce+uint64(i), h, deploy.NewCertificate(bitmaps[i], sigma, apk))
			if err := w.client.SendTransaction(ctx, tx); err != nil {
				t.Fatal(err)
			}
			txs = append(txs, tx)
		}
		block := w.mine(t, txs...)

		got, err := r.Commits(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("%d commits, want 2", len(got))
		}
		for i, h := range []bindings.BatchHeader{h0, h1} {
			rc, err := w.client.TransactionReceipt(ctx, txs[i].Hash())
			if err != nil {
				t.Fatal(err)
			}
			var logIndex uint
			found := false
			for _, l := range rc.Logs {
				if l.Topics[0] == w.inABI.Events["BatchCommitted"].ID {
					logIndex, found = l.Index, true
				}
			}
			want := Commit{
				ChainID: rollupID, BatchIndex: uint64(i), HeaderHash: deploy.HeaderHash(h), Submitter: w.addrs[1],
				Epoch: 2, SignerBitmap: bitmaps[i], L1Block: rc.BlockNumber.Uint64(), L1BlockHash: block,
				TxHash: txs[i].Hash(), TxIndex: rc.TransactionIndex, LogIndex: logIndex,
			}
			c := got[i]
			if !found || c.SignerBitmap.Cmp(want.SignerBitmap) != 0 {
				t.Fatalf("commit %d: bitmap %v, want %v", i, c.SignerBitmap, want.SignerBitmap)
			}
			c.SignerBitmap = want.SignerBitmap
			if c != want {
				t.Fatalf("commit %d:\n got %+v\nwant %+v", i, c, want)
			}
		}

		spy := newSpy(w.backend, w.regABI)
		spy.logs = func(logs []types.Log) []types.Log {
			logs[len(logs)-1].Removed = true
			return logs
		}
		if _, err := w.reader(t, spy).Commits(ctx, block); !errors.Is(err, ErrInvalid) {
			t.Fatalf("Commits with a removed log: %v, want ErrInvalid", err)
		}
	})
}

// stakeSum is the sum of stakes[i] ether over the given members.
func (w *world) stakeSum(members []int, stakes ...int64) *big.Int {
	s := new(big.Int)
	for _, m := range members {
		s.Add(s, ether(stakes[m]))
	}
	return s
}
