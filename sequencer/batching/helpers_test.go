package batching

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/l1view"
	"github.com/nodeop/nodeop/batcher/protect"
	"github.com/nodeop/nodeop/sequencer"
)

const (
	testChainID = 901
	nodes       = 4
)

// testKeys are the operators' BLS keys, fixed so runs are reproducible.
var testKeys = sync.OnceValue(func() []*bls.KeyPair {
	keys := make([]*bls.KeyPair, nodes)
	for i := range keys {
		k, err := bls.NewKeyPairFromString(fmt.Sprint(7_000_001*(i+1) + 13))
		if err != nil {
			panic(err)
		}
		keys[i] = k
	}
	return keys
})

// opAddr is operator i's L1 address.
func opAddr(i int) common.Address {
	var a common.Address
	a[0], a[19] = 0x0A, byte(i+1)
	return a
}

// valAddr is validator i's CometBFT address (20 bytes), bound to opAddr(i).
func valAddr(i int) []byte {
	v := make([]byte, 20)
	v[0], v[19] = 0xC0, byte(i+1)
	return v
}

// stake is every member's stake: 32 ether in wei.
var stake = new(big.Int).Mul(big.NewInt(32), big.NewInt(1_000_000_000_000_000_000))

// testEpoch is epoch 3 of the operators idx (all of them if none given),
// each with the same stake.
func testEpoch(tb testing.TB, idx ...int) *l1view.Epoch {
	tb.Helper()
	if len(idx) == 0 {
		idx = []int{0, 1, 2, 3}
	}
	ms := make([]l1view.Member, len(idx))
	total, apk := new(big.Int), bls.NewZeroG1Point()
	for j, i := range idx {
		k := testKeys()[i]
		ms[j] = l1view.Member{Address: opAddr(i), Stake: new(big.Int).Set(stake), G1: k.GetPubKeyG1(), G2: k.GetPubKeyG2()}
		total.Add(total, stake)
		apk.Add(k.GetPubKeyG1())
	}
	ep, err := l1view.NewEpoch(3, 50, total, apk, ms)
	if err != nil {
		tb.Fatal(err)
	}
	return ep
}

// fakeL1 serves one operator set and per-block commits; safe for
// concurrent use.
type fakeL1 struct {
	mu         sync.Mutex
	epoch      *l1view.Epoch
	epochErr   error
	commits    map[common.Hash][]l1view.Commit
	commitsErr error
	// failEpochs and failCommits make the next that many calls fail with
	// a transient error before answering.
	failEpochs, failCommits int
	commitCalls             []common.Hash
}

func (f *fakeL1) EpochAt(context.Context, common.Hash) (*l1view.Epoch, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.epochErr != nil {
		return nil, f.epochErr
	}
	if f.failEpochs > 0 {
		f.failEpochs--
		return nil, errUnreachable
	}
	return f.epoch, nil
}

func (f *fakeL1) Commits(_ context.Context, h common.Hash) ([]l1view.Commit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.commitCalls = append(f.commitCalls, h)
	if f.commitsErr != nil {
		return nil, f.commitsErr
	}
	if f.failCommits > 0 {
		f.failCommits--
		return nil, errUnreachable
	}
	return f.commits[h], nil
}

func (f *fakeL1) set(fn func(f *fakeL1)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

func (f *fakeL1) calls() []common.Hash {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]common.Hash(nil), f.commitCalls...)
}

// errUnreachable is a transient L1 failure (not l1view.ErrInvalid).
var errUnreachable = errors.New("fake L1: connection refused")

// errNoPayloads stands for an engine the tests never ask for blocks.
var errNoPayloads = errors.New("fake chain: no payloads here")

type fakeChain struct{}

func (fakeChain) PayloadByNumber(uint64) (*eth.ExecutionPayloadEnvelope, error) {
	return nil, errNoPayloads
}

func testGenesis() sequencer.BatchGenesis {
	g := sequencer.BatchGenesis{
		Params:   batches.DefaultParams(),
		Registry: common.HexToAddress("0x00000000000000000000000000000000000000e1"),
		Inbox:    common.HexToAddress("0x00000000000000000000000000000000000000e2"),
	}
	for i := range nodes {
		g.Operators = append(g.Operators, sequencer.OperatorBinding{Validator: valAddr(i), Operator: opAddr(i)})
	}
	return g
}

// env is what pipelines of one test share: the fake L1, a state
// directory and a protection file.
type env struct {
	l1      *fakeL1
	dir     string
	protect string
}

func newEnv(tb testing.TB) *env {
	tb.Helper()
	dir := tb.TempDir()
	return &env{
		l1:      &fakeL1{epoch: testEpoch(tb), commits: map[common.Hash][]l1view.Commit{}},
		dir:     filepath.Join(dir, "state"),
		protect: filepath.Join(dir, "protect.db"),
	}
}

// openProtect opens the env's protection file, closed at the test's end.
func (e *env) openProtect(tb testing.TB) *protect.Store {
	tb.Helper()
	s, err := protect.Open(e.protect)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// config is node i's configuration (i < 0: a node without a key).
func (e *env) config(i int, st *protect.Store) Config {
	cfg := Config{
		ChainID:       testChainID,
		Genesis:       testGenesis(),
		Channel:       channel.Config{Rollup: &rollup.Config{BlockTime: 1, L2ChainID: big.NewInt(testChainID)}},
		L1:            e.l1,
		Chain:         fakeChain{},
		Protect:       st,
		Dir:           e.dir,
		RetryInterval: time.Millisecond,
	}
	if i >= 0 {
		cfg.Key = testKeys()[i]
		cfg.Operator = opAddr(i)
	}
	return cfg
}

func open(tb testing.TB, cfg Config, height int64) *Pipeline {
	tb.Helper()
	p, err := Open(cfg, height)
	if err != nil {
		tb.Fatalf("Open at %d: %v", height, err)
	}
	return p
}

// node opens a fresh pipeline for node i with its own protection store.
func (e *env) node(tb testing.TB, i int) *Pipeline {
	tb.Helper()
	return open(tb, e.config(i, e.openProtect(tb)), 0)
}

// Where the test header's L1 origin is: block 10, timestamped 1000 like
// the last L2 block, so the submitter's window is [10, 18) and the three
// fallbacks' [18, 22), [22, 26) and [26, 30).
const (
	originNumber = 10
	originTime   = 1000
)

var originHash = common.HexToHash("0x0a0a")

// sealInput seals up to block 100 (far beyond the heights tests run, so
// the pipeline never seals itself) with fake blobs and ep's members.
func sealInput(ep *l1view.Epoch) batches.SealInput {
	members := make([]batches.Member, len(ep.Members))
	for i, m := range ep.Members {
		members[i] = batches.Member{Address: m.Address, Stake: gwei(m.Stake)}
	}
	return batches.SealInput{
		LastBlock:      100,
		OutputRoot:     common.HexToHash("0x77"),
		BlobHashes:     []common.Hash{common.HexToHash("0x01b1"), common.HexToHash("0x01b2")},
		L1OriginNumber: originNumber,
		L1OriginHash:   originHash,
		L1OriginTime:   originTime,
		SealTime:       originTime,
		Epoch:          ep.Number,
		Members:        members,
		Blocks:         100,
		Txs:            7,
		TxBytes:        700,
		ChannelBytes:   300,
	}
}

// pendingState is a state at height 1 whose batch 0 is pending.
func pendingState(tb testing.TB, ep *l1view.Epoch) *batches.State {
	tb.Helper()
	st, err := batches.New(batches.DefaultParams(), testChainID)
	if err != nil {
		tb.Fatal(err)
	}
	if err := st.Begin(1); err != nil {
		tb.Fatal(err)
	}
	if _, err := st.Seal(sealInput(ep)); err != nil {
		tb.Fatal(err)
	}
	return st
}

// withPending gives p the state pendingState returns and the pending record.
func withPending(tb testing.TB, p *Pipeline, ep *l1view.Epoch) *batches.Record {
	tb.Helper()
	p.state = pendingState(tb, ep)
	rec, _ := p.state.Pending()
	return rec
}

// sealOn seals the open range of p's state directly (up to block 100).
func sealOn(tb testing.TB, p *Pipeline, ep *l1view.Epoch) *batches.Record {
	tb.Helper()
	rec, err := p.state.Seal(sealInput(ep))
	if err != nil {
		tb.Fatal(err)
	}
	return rec
}

// extension is operator i's extension signing hash for (chain, index).
func extension(i int, chainID, index uint64, hash common.Hash) []byte {
	return batches.Extension{ChainID: chainID, BatchIndex: index, HeaderHash: hash, Signature: testKeys()[i].SignMessage(hash)}.Encode()
}

// extensionFor is operator i's valid extension over rec.
func extensionFor(i int, rec *batches.Record) []byte {
	return extension(i, testChainID, rec.Header.BatchIndex, rec.Hash)
}

func vote(validator int, flag cmtproto.BlockIDFlag, ext []byte) abci.ExtendedVoteInfo {
	return abci.ExtendedVoteInfo{Validator: abci.Validator{Address: valAddr(validator), Power: 10}, VoteExtension: ext, BlockIdFlag: flag}
}

// commitVotes are committed votes with valid extensions over rec from the
// validators idx.
func commitVotes(rec *batches.Record, idx ...int) []abci.ExtendedVoteInfo {
	votes := make([]abci.ExtendedVoteInfo, len(idx))
	for j, i := range idx {
		votes[j] = vote(i, cmtproto.BlockIDFlagCommit, extensionFor(i, rec))
	}
	return votes
}

// bits is the bitmap with bits idx set.
func bits(idx ...int) *big.Int {
	b := new(big.Int)
	for _, i := range idx {
		b.SetBit(b, i, 1)
	}
	return b
}

// manualCert aggregates the signatures of operators idx over hash.
func manualCert(chainID, index uint64, hash common.Hash, idx ...int) batches.Cert {
	sigma := &bls.Signature{G1Point: bls.NewZeroG1Point()}
	apk := bls.NewZeroG2Point()
	for _, i := range idx {
		sigma.Add(testKeys()[i].SignMessage(hash))
		apk.Add(testKeys()[i].GetPubKeyG2())
	}
	return batches.Cert{ChainID: chainID, BatchIndex: index, HeaderHash: hash, Bitmap: bits(idx...), Sigma: sigma, APKG2: apk}
}

// certFor is a valid certificate record over rec by operators idx.
func certFor(rec *batches.Record, idx ...int) []byte {
	return manualCert(testChainID, rec.Header.BatchIndex, rec.Hash, idx...).Encode()
}

func voters(idx ...int) [][]byte {
	out := make([][]byte, len(idx))
	for j, i := range idx {
		out[j] = valAddr(i)
	}
	return out
}
