package deploy_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

// The rollup the test inboxes serve, and their fallback sub-window.
const (
	inboxRollupID  = 901
	inboxSubWindow = 4
	// inboxGas is the gas limit of every commit transaction: commits are
	// sent with a fixed limit (the rejected ones cannot be estimated) that
	// covers 256 non-signers with room to spare.
	inboxGas = 5_000_000
)

// inboxMember is one member of the test epoch, in bitmap order.
type inboxMember struct {
	acct  int // account index in the simulated chain
	addr  common.Address
	key   *bls.KeyPair
	stake *big.Int
}

// inboxEnv is a simulated L1 with a registry whose current epoch has the
// given members, a RecordingInboxHooks standing in for Slashing and Rewards,
// and a BatchInbox for rollup inboxRollupID. Account 0 deploys and is the
// initial batcher; accounts 1..n are the members; the rest are outsiders.
type inboxEnv struct {
	*env
	members   []inboxMember
	outsiders []int
	total     *big.Int
	epoch     uint64
	inbox     *deploy.Inbox
	ib        *bindings.BatchInbox
	ibABI     *abi.ABI
	hooks     *bindings.RecordingInboxHooks
	hooksAddr common.Address
	hooksABI  *abi.ABI
	signer    common.Address // the unsafe block signer given at deployment
	rng       *rand.Rand
	// rpc reaches the simulated node over IPC, for what its client leaves
	// out on purpose: eth_call with block overrides, eth_getProof, receipts by block.
	rpc *rpc.Client
}

// inboxStakes returns n stakes of 1..10 ether, drawn from rng.
func inboxStakes(rng *rand.Rand, n int) []*big.Int {
	s := make([]*big.Int, n)
	for i := range s {
		s[i] = ether(1 + rng.Int64N(10))
	}
	return s
}

// newInboxEnv registers one member per stake through the real registry
// (deposit, BLS key with proof of possession), freezes them into epoch 1 and
// deploys the hooks and the inbox. The chain runs Prague like the devnet L1
// unless opts say otherwise.
func newInboxEnv(t *testing.T, stakes []*big.Int, outsiders int, opts ...simtest.Option) *inboxEnv {
	t.Helper()
	if len(opts) == 0 {
		opts = []simtest.Option{simtest.Prague()}
	}
	// A short absolute path: unix socket paths are limited to ~100 bytes.
	dir, err := os.MkdirTemp("", "inbox")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	ipc := filepath.Join(dir, "l1.ipc")
	opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) { nc.IPCPath = ipc })
	n := len(stakes)
	c := simtest.New(t, 1+n+outsiders, opts...)
	rc, err := rpc.Dial(ipc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	cfg := testConfig()
	cfg.Slasher = c.Addrs[0]
	d, err := deploy.DeployRegistry(context.Background(), c.Client, c.Opts(t, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &inboxEnv{
		env: &env{
			chain: c, cfg: cfg, d: d, reg: d.Registry, src: d.StakeSource,
			regABI: simtest.ABI(t, bindings.OperatorRegistryMetaData),
			srcABI: simtest.ABI(t, bindings.NativeStakeSourceMetaData),
		},
		total:    new(big.Int),
		ibABI:    simtest.ABI(t, bindings.BatchInboxMetaData),
		hooksABI: simtest.ABI(t, bindings.RecordingInboxHooksMetaData),
		rng:      rand.New(rand.NewPCG(uint64(n), 0x1b0c)),
		rpc:      rc,
	}
	e.mineAll(t, d.Txs)

	// Deposits, then registrations, each wave in as few blocks as the gas
	// limit allows: different senders, so no nonce waits on another.
	var txs []*types.Transaction
	for i, s := range stakes {
		o := c.Opts(t, 1+i)
		o.Value = s
		tx, err := e.src.Deposit(o)
		if err != nil {
			t.Fatalf("deposit: %v", contracts.DecodeRevert(e.srcABI, err))
		}
		txs = append(txs, tx)
	}
	e.mineAll(t, txs)
	txs = txs[:0]
	for i, s := range stakes {
		k := newKey(t)
		tx, err := e.registration(1+i, k).Send(c.Opts(t, 1+i), e.reg)
		if err != nil {
			t.Fatal(contracts.DecodeRevert(e.regABI, err))
		}
		txs = append(txs, tx)
		e.members = append(e.members, inboxMember{acct: 1 + i, addr: c.Addrs[1+i], key: k, stake: s})
		e.total.Add(e.total, s)
	}
	e.mineAll(t, txs)
	for i := 0; i < outsiders; i++ {
		e.outsiders = append(e.outsiders, 1+n+i)
	}
	e.advance(t)
	e.epoch = e.currentEpoch(t).Uint64()

	hooksAddr, tx, hooks, err := bindings.DeployRecordingInboxHooks(c.Opts(t, 0), c.Client)
	if err != nil {
		t.Fatal(err)
	}
	e.mineAll(t, []*types.Transaction{tx})
	e.hooks, e.hooksAddr = hooks, hooksAddr
	e.signer = common.HexToAddress("0x5157e4b10c5157e4b10c5157e4b10c5157e4b10c")
	e.deployInbox(t, deploy.InboxConfig{
		Registry:          d.RegistryAddress,
		MissedWindowSink:  hooksAddr,
		Rewards:           hooksAddr,
		ChainID:           inboxRollupID,
		SubWindow:         inboxSubWindow,
		Batcher:           c.Addrs[0],
		UnsafeBlockSigner: e.signer,
	})
	return e
}

// deployInbox deploys an inbox with cfg and makes it the env's inbox.
func (e *inboxEnv) deployInbox(t *testing.T, cfg deploy.InboxConfig) {
	t.Helper()
	in, err := deploy.DeployInbox(context.Background(), e.chain.Client, e.chain.Opts(t, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	// Mined before WaitDeployed, which polls without mining and would wait
	// forever for a transaction the one Commit left out.
	e.mineAll(t, []*types.Transaction{in.Tx})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := in.WaitDeployed(ctx, e.chain.Client); err != nil {
		t.Fatal(err)
	}
	e.inbox, e.ib = in, in.Contract
}

// mineAll commits blocks until every tx has a successful receipt.
func (e *inboxEnv) mineAll(t *testing.T, txs []*types.Transaction) {
	t.Helper()
	for _, tx := range txs {
		for tries := 0; ; tries++ {
			r, err := e.chain.Client.TransactionReceipt(context.Background(), tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("tx %s failed", tx.Hash())
				}
				break
			}
			if tries > 10 {
				t.Fatalf("tx %s not mined: %v", tx.Hash(), err)
			}
			e.chain.Backend.Commit()
		}
	}
}

func (e *inboxEnv) addrs(members ...int) []common.Address {
	out := make([]common.Address, len(members))
	for i, m := range members {
		out[i] = e.members[m].addr
	}
	return out
}

// inboxBatch is a header and the blobs that carry its batch.
type inboxBatch struct {
	header  bindings.BatchHeader
	sidecar *types.BlobTxSidecar
}

// newBlobs builds n blobs of random bytes with real KZG commitments and
// proofs (sidecar version 0, what a Prague L1 takes).
func (e *inboxEnv) newBlobs(t *testing.T, n int) *types.BlobTxSidecar {
	t.Helper()
	var (
		blobs       []kzg4844.Blob
		commitments []kzg4844.Commitment
		proofs      []kzg4844.Proof
	)
	for i := 0; i < n; i++ {
		var blob kzg4844.Blob
		// Keep each 32-byte field element below the BLS modulus: zero top byte.
		for j := range blob {
			if j%32 != 0 {
				blob[j] = byte(e.rng.Uint32())
			}
		}
		c, err := kzg4844.BlobToCommitment(&blob)
		if err != nil {
			t.Fatal(err)
		}
		p, err := kzg4844.ComputeBlobProof(&blob, c)
		if err != nil {
			t.Fatal(err)
		}
		blobs, commitments, proofs = append(blobs, blob), append(commitments, c), append(proofs, p)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion0, blobs, commitments, proofs)
}

// nextBatch builds the next header of the inbox's chain, carried by nBlobs
// new blobs: parent = the last committed header, epoch = the env's, member
// 0 assigned for [next block, +8), members 1 and 2 (if any) as fallbacks.
func (e *inboxEnv) nextBatch(t *testing.T, nBlobs int) inboxBatch {
	t.Helper()
	next, err := e.ib.NextBatchIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	last, err := e.ib.LastHeaderHash(nil)
	if err != nil {
		t.Fatal(err)
	}
	return e.batchAfter(t, next, last, nBlobs)
}

// batchAfter is nextBatch for index `index` on top of parent `parent`.
func (e *inboxEnv) batchAfter(t *testing.T, index uint64, parent common.Hash, nBlobs int) inboxBatch {
	t.Helper()
	sc := e.newBlobs(t, nBlobs)
	var fallbacks []common.Address
	for i := 1; i < len(e.members) && i <= 2; i++ {
		fallbacks = append(fallbacks, e.members[i].addr)
	}
	start := e.chain.BlockNumber(t) + 1
	first := 1 + index*10
	h := bindings.BatchHeader{
		ChainId:        inboxRollupID,
		BatchIndex:     index,
		FirstBlock:     first,
		LastBlock:      first + 9,
		ParentHash:     parent,
		OutputRoot:     e.randHash(),
		BlobHashes:     toBytes32s(sc.BlobHashes()),
		L1OriginNumber: start - 1,
		L1OriginHash:   e.randHash(),
		Epoch:          e.epoch,
		Submitter:      e.members[0].addr,
		Fallbacks:      fallbacks,
		WindowStart:    start,
		WindowEnd:      start + 8,
	}
	return inboxBatch{header: h, sidecar: sc}
}

func (e *inboxEnv) randHash() (h common.Hash) {
	for i := range h {
		h[i] = byte(e.rng.Uint32())
	}
	return h
}

func toBytes32s(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// certify signs h with the given members' keys as operators do
// (SignMessage over deploy.HeaderHash) and aggregates the certificate.
func (e *inboxEnv) certify(h bindings.BatchHeader, signers []int) bindings.Certificate {
	return inboxCertify(h, e.keysOf(signers), signers)
}

func (e *inboxEnv) keysOf(members []int) []*bls.KeyPair {
	ks := make([]*bls.KeyPair, len(members))
	for i, m := range members {
		ks[i] = e.members[m].key
	}
	return ks
}

// inboxCertify aggregates the signatures of keys over h into a certificate
// whose bitmap sets the given bits (normally the keys' member indexes; tests
// of bad certificates pass others).
func inboxCertify(h bindings.BatchHeader, keys []*bls.KeyPair, bits []int) bindings.Certificate {
	msg := deploy.HeaderHash(h)
	sigma, apk := bls.NewZeroSignature(), bls.NewZeroG2Point()
	for _, k := range keys {
		sigma.Add(k.SignMessage(msg))
		apk.Add(k.GetPubKeyG2())
	}
	bitmap := new(big.Int)
	for _, b := range bits {
		bitmap.SetBit(bitmap, b, 1)
	}
	return deploy.NewCertificate(bitmap, sigma, apk)
}

func (e *inboxEnv) everyone() []int {
	all := make([]int, len(e.members))
	for i := range all {
		all[i] = i
	}
	return all
}

// without returns all members except the given ones.
func (e *inboxEnv) without(missing ...int) []int {
	skip := map[int]bool{}
	for _, m := range missing {
		skip[m] = true
	}
	var out []int
	for i := range e.members {
		if !skip[i] {
			out = append(out, i)
		}
	}
	return out
}

// randomSigners leaves out a random set of members holding strictly less
// than a third of the stake; with greedy, as many as fit.
func (e *inboxEnv) randomSigners(greedy bool) (signers, missing []int) {
	missingStake := new(big.Int)
	for _, i := range e.rng.Perm(len(e.members)) {
		s := new(big.Int).Add(missingStake, e.members[i].stake)
		under := new(big.Int).Mul(s, big.NewInt(3)).Cmp(e.total) < 0
		if under && (greedy || e.rng.IntN(2) == 0) {
			missing = append(missing, i)
			missingStake = s
			continue
		}
		signers = append(signers, i)
	}
	return signers, missing
}

// commitTx signs (without sending) a transaction from account `from` calling
// commitBatch with b's header and cert, carrying b's blobs (sidecar); a nil
// sidecar makes a plain dynamic-fee transaction. tip orders transactions
// within one block.
func (e *inboxEnv) commitTx(t *testing.T, from int, b inboxBatch, cert bindings.Certificate, nonceOffset uint64, tip uint64) *types.Transaction {
	t.Helper()
	data, err := deploy.PackCommitBatch(b.header, cert)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := e.chain.Client.PendingNonceAt(context.Background(), e.chain.Addrs[from])
	if err != nil {
		t.Fatal(err)
	}
	nonce += nonceOffset
	if tip == 0 {
		tip = params.GWei
	}
	var inner types.TxData
	if b.sidecar == nil {
		inner = &types.DynamicFeeTx{
			ChainID: e.chain.ChainID, Nonce: nonce, GasTipCap: new(big.Int).SetUint64(tip),
			GasFeeCap: big.NewInt(100 * params.GWei), Gas: inboxGas, To: &e.inbox.Address, Data: data,
		}
	} else {
		inner = &types.BlobTx{
			ChainID: uint256.MustFromBig(e.chain.ChainID), Nonce: nonce, GasTipCap: uint256.NewInt(tip),
			GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: inboxGas, To: e.inbox.Address, Data: data,
			BlobFeeCap: uint256.NewInt(params.GWei), BlobHashes: b.sidecar.BlobHashes(), Sidecar: b.sidecar,
		}
	}
	tx, err := types.SignNewTx(e.chain.Keys[from], types.LatestSignerForChainID(e.chain.ChainID), inner)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (e *inboxEnv) send(t *testing.T, tx *types.Transaction) {
	t.Helper()
	if err := e.chain.Client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatalf("send %s: %v", tx.Hash(), err)
	}
}

// callCommit runs commitBatch as eth_call from account `from` with b's blob
// hashes, on the state of block `at` (nil: latest) with block.number
// overridden to `number`, i.e. as it would run in that block. It returns the
// revert decoded against the inbox's ABI (and the hooks', for their errors).
func (e *inboxEnv) callCommit(t *testing.T, from int, b inboxBatch, cert bindings.Certificate, at *big.Int, number uint64) error {
	t.Helper()
	data, err := deploy.PackCommitBatch(b.header, cert)
	if err != nil {
		t.Fatal(err)
	}
	msg := ethereum.CallMsg{From: e.chain.Addrs[from], To: &e.inbox.Address, Gas: inboxGas, Data: data}
	if b.sidecar != nil {
		msg.BlobHashes = b.sidecar.BlobHashes()
	}
	_, err = gethclient.New(e.rpc).CallContractWithBlockOverrides(context.Background(), msg, at, nil,
		gethclient.BlockOverrides{Number: new(big.Int).SetUint64(number)})
	if err == nil {
		return nil
	}
	if d := contracts.DecodeRevert(e.ibABI, err); d != err {
		return d
	}
	return contracts.DecodeRevert(e.hooksABI, err)
}

// commit sends b from account `from` certified by cert, mines it and
// returns the receipt, failing the test (with the revert's name) if it fails.
func (e *inboxEnv) commit(t *testing.T, from int, b inboxBatch, cert bindings.Certificate) *types.Receipt {
	t.Helper()
	if err := e.callCommit(t, from, b, cert, nil, e.chain.BlockNumber(t)+1); err != nil {
		t.Fatalf("commit batch %d from account %d: %v", b.header.BatchIndex, from, err)
	}
	tx := e.commitTx(t, from, b, cert, 0, 0)
	e.send(t, tx)
	return e.chain.Mine(t, tx)
}

// inboxState is what a commit changes: a rejected one must change none of it.
type inboxState struct {
	next    uint64
	last    common.Hash
	batcher common.Address
}

func (e *inboxEnv) state(t *testing.T) inboxState {
	t.Helper()
	next, err := e.ib.NextBatchIndex(nil)
	if err != nil {
		t.Fatal(err)
	}
	last, err := e.ib.LastHeaderHash(nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.ib.Batcher(nil)
	if err != nil {
		t.Fatal(err)
	}
	return inboxState{next: next, last: last, batcher: b}
}

// rejectCommit checks that committing b from account `from` reverts with
// the named error: by eth_call as the next block (to read the error), then
// for real in a mined blob transaction, which must fail without logs and
// leave the inbox's state unchanged. It returns the decoded revert.
func (e *inboxEnv) rejectCommit(t *testing.T, from int, b inboxBatch, cert bindings.Certificate, name string) *contracts.RevertError {
	t.Helper()
	before := e.state(t)
	err := e.callCommit(t, from, b, cert, nil, e.chain.BlockNumber(t)+1)
	if err == nil {
		t.Fatalf("commit of batch %d from account %d succeeded, want %s", b.header.BatchIndex, from, name)
	}
	if !errors.Is(err, contracts.Reverted(name)) {
		t.Fatalf("commit of batch %d from account %d: %v, want %s", b.header.BatchIndex, from, err, name)
	}
	var re *contracts.RevertError
	errors.As(err, &re)

	tx := e.commitTx(t, from, b, cert, 0, 0)
	e.send(t, tx)
	e.chain.Backend.Commit()
	r, rerr := e.chain.Client.TransactionReceipt(context.Background(), tx.Hash())
	if rerr != nil {
		t.Fatalf("receipt of rejected commit: %v", rerr)
	}
	if r.Status != types.ReceiptStatusFailed || len(r.Logs) != 0 {
		t.Fatalf("rejected commit mined with status %d and %d logs", r.Status, len(r.Logs))
	}
	if after := e.state(t); after != before {
		t.Fatalf("rejected commit changed the inbox: before %+v, after %+v", before, after)
	}
	return re
}

// mineUntilNext mines until the next block (where a tx sent now lands) is `number`.
func (e *inboxEnv) mineUntilNext(t *testing.T, number uint64) {
	t.Helper()
	head := e.chain.BlockNumber(t)
	if head+1 > number {
		t.Fatalf("next block %d is past %d already", head+1, number)
	}
	e.chain.Blocks(int(number - head - 1))
}

// committedEvent returns the receipt's BatchCommitted event.
func (e *inboxEnv) committedEvent(t *testing.T, r *types.Receipt) *bindings.BatchInboxBatchCommitted {
	t.Helper()
	var out *bindings.BatchInboxBatchCommitted
	for _, l := range r.Logs {
		if ev, err := e.ib.ParseBatchCommitted(*l); err == nil && l.Address == e.inbox.Address {
			if out != nil {
				t.Fatal("two BatchCommitted events in one commit")
			}
			out = ev
		}
	}
	if out == nil {
		t.Fatal("no BatchCommitted event")
	}
	return out
}

// misses returns the MissedWindowRecorded events of the receipt.
func (e *inboxEnv) misses(r *types.Receipt) []*bindings.RecordingInboxHooksMissedWindowRecorded {
	var out []*bindings.RecordingInboxHooksMissedWindowRecorded
	for _, l := range r.Logs {
		if ev, err := e.hooks.ParseMissedWindowRecorded(*l); err == nil && l.Address == e.hooksAddr {
			out = append(out, ev)
		}
	}
	return out
}

// rewardCalls returns the BatchCommittedRecorded events of the receipt.
func (e *inboxEnv) rewardCalls(r *types.Receipt) []*bindings.RecordingInboxHooksBatchCommittedRecorded {
	var out []*bindings.RecordingInboxHooksBatchCommittedRecorded
	for _, l := range r.Logs {
		if ev, err := e.hooks.ParseBatchCommittedRecorded(*l); err == nil && l.Address == e.hooksAddr {
			out = append(out, ev)
		}
	}
	return out
}

// configUpdates returns the logs of r that look like SystemConfig's ConfigUpdate.
func (e *inboxEnv) configUpdates(r *types.Receipt) []*types.Log {
	topic := crypto.Keccak256Hash([]byte("ConfigUpdate(uint256,uint8,bytes)"))
	var out []*types.Log
	for _, l := range r.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == topic {
			out = append(out, l)
		}
	}
	return out
}

// maxUint256 is what NotYourWindow carries as untilBlock in the open phase.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
