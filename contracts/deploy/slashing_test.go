package deploy_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

// Accounts of a slashing env: the deployer, an EOA standing in for the
// BatchInbox (so these tests do not depend on BatchInbox.sol), three veto
// committee members, a prover, then operators.
const (
	accDeployer = 0
	accInbox    = 1
	accVetoer0  = 2 // 2, 3, 4
	accProver   = 5
	accOp0      = 6 // first operator
)

// treasury is an address nobody controls, so its balance moves only by slashes.
var treasury = common.HexToAddress("0x7ea5000000000000000000000000000000000001")

type slashEnv struct {
	*env
	s       *deploy.Slashing
	sl      *bindings.Slashing
	sABI    *abi.ABI
	scfg    deploy.SlashingConfig
	headerT abi.Type // BatchHeader as the ABI sees it, for hashing in Go
}

func testSlashingConfig(c *simtest.Chain) deploy.SlashingConfig {
	return deploy.SlashingConfig{
		Inbox:                c.Addrs[accInbox],
		Treasury:             treasury,
		VetoCommittee:        c.Addrs[accVetoer0 : accVetoer0+3],
		VetoThreshold:        2,
		VetoDelayBlocks:      10,
		EquivocationSlashBps: 1234,
		MissedWindowPenalty:  new(big.Int).Div(oneEther, big.NewInt(10)),
	}
}

// newSlashEnv deploys stake source, registry and Slashing with
// DeployWithSlashing; operators is the number of operator accounts.
func newSlashEnv(t *testing.T, operators int, adjust func(*simtest.Chain, *deploy.SlashingConfig), opts ...simtest.Option) *slashEnv {
	t.Helper()
	c := simtest.New(t, accOp0+operators, opts...)
	cfg := testConfig()
	cfg.WithdrawalDelayBlocks = 40 // > epoch length 5 + veto delay 10
	scfg := testSlashingConfig(c)
	if adjust != nil {
		adjust(c, &scfg)
	}
	d, s, err := deploy.DeployWithSlashing(context.Background(), c.Client, c.Opts(t, accDeployer), cfg, scfg)
	if err != nil {
		t.Fatal(err)
	}
	c.Backend.Commit()
	if err := d.WaitDeployed(boundedCtx(t), c.Client); err != nil {
		t.Fatal(err)
	}
	if err := s.WaitDeployed(boundedCtx(t), c.Client); err != nil {
		t.Fatal(err)
	}
	cfg.Slasher = s.Address
	scfg.Registry, scfg.StakeSource = d.RegistryAddress, d.StakeSourceAddress
	sABI := simtest.ABI(t, bindings.SlashingMetaData)
	return &slashEnv{
		env: &env{
			chain: c, cfg: cfg, d: d, reg: d.Registry, src: d.StakeSource,
			regABI: simtest.ABI(t, bindings.OperatorRegistryMetaData),
			srcABI: simtest.ABI(t, bindings.NativeStakeSourceMetaData),
		},
		s: s, sl: s.Contract, sABI: sABI, scfg: scfg,
		headerT: sABI.Methods["headerHash"].Inputs[0].Type,
	}
}

var batchDomain = crypto.Keccak256Hash([]byte("nodeop.batch.v1"))

// hash is BatchHeaders.hash computed in Go: keccak256(abi.encode(DOMAIN, h)).
func (e *slashEnv) hash(t *testing.T, h bindings.BatchHeader) [32]byte {
	t.Helper()
	bytes32, err := abi.NewType("bytes32", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := abi.Arguments{{Type: bytes32}, {Type: e.headerT}}.Pack(batchDomain, h)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(enc)
}

func (e *slashEnv) sign(t *testing.T, k *bls.KeyPair, h bindings.BatchHeader) bindings.BN254G1Point {
	t.Helper()
	return blsabi.Signature(k.SignMessage(e.hash(t, h)))
}

func testHeader(c *simtest.Chain) bindings.BatchHeader {
	return bindings.BatchHeader{
		ChainId:        901,
		BatchIndex:     7,
		FirstBlock:     70,
		LastBlock:      79,
		ParentHash:     crypto.Keccak256Hash([]byte("parent")),
		OutputRoot:     crypto.Keccak256Hash([]byte("output A")),
		BlobHashes:     [][32]byte{crypto.Keccak256Hash([]byte("blob 0")), crypto.Keccak256Hash([]byte("blob 1"))},
		L1OriginNumber: 12,
		L1OriginHash:   crypto.Keccak256Hash([]byte("l1 origin")),
		Epoch:          1,
		Submitter:      c.Addrs[accVetoer0],
		Fallbacks:      []common.Address{c.Addrs[accProver], c.Addrs[accInbox]},
		WindowStart:    20,
		WindowEnd:      30,
	}
}

// conflicting returns the test header and one that differs only in its
// output root: what an equivocating operator signs.
func conflicting(c *simtest.Chain) (bindings.BatchHeader, bindings.BatchHeader) {
	a := testHeader(c)
	b := testHeader(c)
	b.OutputRoot = crypto.Keccak256Hash([]byte("output B"))
	return a, b
}

func (e *slashEnv) slash(t *testing.T, id [32]byte) bindings.SlashingPendingSlash {
	t.Helper()
	s, err := e.sl.GetSlash(nil, id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// mineTo mines until the latest block is n: calls and gas estimates then
// run with block.number n, the next transaction with n+1.
func (e *slashEnv) mineTo(t *testing.T, n uint64) {
	t.Helper()
	for e.chain.BlockNumber(t) < n {
		e.chain.Backend.Commit()
	}
}

// prove sends a valid equivocation proof against operator account i (key k)
// from the prover and returns the receipt and slash id.
func (e *slashEnv) prove(t *testing.T, i int, k *bls.KeyPair) (*types.Receipt, [32]byte) {
	t.Helper()
	a, b := conflicting(e.chain)
	tx, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[i], a, e.sign(t, k, a), b, e.sign(t, k, b))
	r := e.chain.MustSend(t, e.sABI, tx, err)
	return r, deploy.EquivocationSlashID(e.chain.Addrs[i], a.ChainId, a.BatchIndex)
}

func (e *slashEnv) veto(t *testing.T, member int, id [32]byte) error {
	t.Helper()
	tx, err := e.sl.Veto(e.chain.Opts(t, member), id)
	if err == nil {
		e.chain.Mine(t, tx)
	}
	return err
}

// share is stake * bps / BPS, rounded down like the contract.
func share(stake *big.Int, bps uint64) *big.Int {
	r := new(big.Int).Mul(stake, new(big.Int).SetUint64(bps))
	return r.Div(r, big.NewInt(deploy.SlashingBPS))
}

func TestSlashingDeployedAtStakeSourceSlasher(t *testing.T) {
	e := newSlashEnv(t, 0, nil)
	got, err := e.src.Slasher(nil)
	if err != nil || got != e.s.Address {
		t.Fatalf("stake source slasher %s (%v), Slashing at %s", got, err, e.s.Address)
	}
	for name, want := range map[string]common.Address{"registry": e.d.RegistryAddress, "stakeSource": e.d.StakeSourceAddress, "inbox": e.chain.Addrs[accInbox], "treasury": treasury} {
		var got common.Address
		switch name {
		case "registry":
			got, err = e.sl.Registry(nil)
		case "stakeSource":
			got, err = e.sl.StakeSource(nil)
		case "inbox":
			got, err = e.sl.Inbox(nil)
		case "treasury":
			got, err = e.sl.Treasury(nil)
		}
		if err != nil || got != want {
			t.Errorf("%s: got %s (%v), want %s", name, got, err, want)
		}
	}
	committee, err := e.sl.VetoCommittee(nil)
	if err != nil || len(committee) != 3 || committee[0] != e.chain.Addrs[accVetoer0] {
		t.Fatalf("veto committee %v (%v)", committee, err)
	}
}

func TestSlashingHeaderHashAndIDsMatchGo(t *testing.T) {
	e := newSlashEnv(t, 0, nil)
	h := testHeader(e.chain)
	got, err := e.sl.HeaderHash(nil, h)
	if err != nil {
		t.Fatal(err)
	}
	if got != e.hash(t, h) {
		t.Fatalf("header hash: contract %x, Go %x", got, e.hash(t, h))
	}
	op := e.chain.Addrs[accProver]
	eq, err := e.sl.EquivocationSlashId(nil, op, 901, 7)
	if err != nil || common.Hash(eq) != deploy.EquivocationSlashID(op, 901, 7) {
		t.Fatalf("equivocation id: contract %x (%v), Go %x", eq, err, deploy.EquivocationSlashID(op, 901, 7))
	}
	mw, err := e.sl.MissedWindowSlashId(nil, op, 901, 7)
	if err != nil || common.Hash(mw) != deploy.MissedWindowSlashID(op, 901, 7) {
		t.Fatalf("missed window id: contract %x (%v), Go %x", mw, err, deploy.MissedWindowSlashID(op, 901, 7))
	}
	tag, err := e.sl.MISSEDWINDOWTAG(nil)
	if err != nil || common.Hash(tag) != deploy.MissedWindowTag {
		t.Fatalf("missed window tag %x (%v)", tag, err)
	}
}

// The main path: two conflicting signed headers queue a slash; it cannot run
// inside the veto window, runs after it, takes exactly equivocationSlashBps
// of the stake to the treasury, and runs once.
func TestSlashingEquivocationExecutesAfterDelay(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	op := accOp0
	stake := new(big.Int).Add(ether(10), big.NewInt(7)) // odd, so the share rounds
	k := e.stakeAndRegister(t, op, stake)

	r, id := e.prove(t, op, k)
	t.Logf("proveEquivocation: %d gas", r.GasUsed)
	want := share(stake, e.scfg.EquivocationSlashBps)
	executableAt := r.BlockNumber.Uint64() + e.scfg.VetoDelayBlocks

	var queued, proven bool
	for _, l := range r.Logs {
		if ev, err := e.sl.ParseSlashQueued(*l); err == nil {
			queued = true
			if ev.SlashId != id || ev.Operator != e.chain.Addrs[op] || ev.Kind != deploy.SlashKindEquivocation ||
				ev.ChainId != 901 || ev.BatchIndex != 7 || ev.Amount.Cmp(want) != 0 || ev.ExecutableAt.Uint64() != executableAt {
				t.Fatalf("SlashQueued %+v; want id %x amount %v executableAt %d", ev, id, want, executableAt)
			}
		}
		if ev, err := e.sl.ParseEquivocationProven(*l); err == nil {
			proven = true
			a, b := conflicting(e.chain)
			if ev.Prover != e.chain.Addrs[accProver] || ev.HeaderHashA != e.hash(t, a) || ev.HeaderHashB != e.hash(t, b) {
				t.Fatalf("EquivocationProven %+v", ev)
			}
		}
	}
	if !queued || !proven {
		t.Fatalf("events: SlashQueued %v, EquivocationProven %v", queued, proven)
	}
	s := e.slash(t, id)
	if s.Status != deploy.SlashStatusQueued || s.Operator != e.chain.Addrs[op] || s.Amount.Cmp(want) != 0 || s.ExecutableAt != executableAt {
		t.Fatalf("slash after proof: %+v", s)
	}

	// Inside the veto window nothing moves.
	_, err := e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	re := expectRevert(t, e.sABI, err, "VetoWindowOpen")
	if re.Args[1].(*big.Int).Uint64() != executableAt {
		t.Fatalf("VetoWindowOpen executableAt %v, want %d", re.Args[1], executableAt)
	}
	e.mineTo(t, executableAt-2) // the next tx lands in executableAt-1
	_, err = e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	expectRevert(t, e.sABI, err, "VetoWindowOpen")

	e.mineTo(t, executableAt)
	before := e.balance(t, treasury)
	tx, err := e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	r = e.chain.MustSend(t, e.sABI, tx, err)
	t.Logf("executeSlash: %d gas", r.GasUsed)
	if got := e.stakeOf(t, op); got.Cmp(new(big.Int).Sub(stake, want)) != 0 {
		t.Fatalf("stake after slash: got %v, want %v - %v", got, stake, want)
	}
	if got := new(big.Int).Sub(e.balance(t, treasury), before); got.Cmp(want) != 0 {
		t.Fatalf("treasury received %v, want %v", got, want)
	}
	var executed bool
	for _, l := range r.Logs {
		if ev, err := e.sl.ParseSlashExecuted(*l); err == nil {
			executed = ev.SlashId == id && ev.Requested.Cmp(want) == 0 && ev.Slashed.Cmp(want) == 0
		}
	}
	if !executed {
		t.Fatal("no SlashExecuted event with the slashed amount")
	}
	if s := e.slash(t, id); s.Status != deploy.SlashStatusExecuted {
		t.Fatalf("status after execution %d", s.Status)
	}

	_, err = e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	expectRevert(t, e.sABI, err, "SlashAlreadyExecuted")
}

// An operator that sees the proof coming and asks to withdraw everything
// first still loses equivocationSlashBps of what it had at risk: the epoch
// snapshot counts, and the stake source takes from the pending withdrawal.
func TestSlashingWithdrawalRequestDoesNotShrinkSlash(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	stake := ether(10)
	k := e.stakeAndRegister(t, accOp0, stake)
	e.advance(t)
	a, _ := conflicting(e.chain)
	if ep := e.currentEpoch(t).Uint64(); ep != a.Epoch {
		t.Fatalf("epoch %d, headers name %d", ep, a.Epoch)
	}
	tx, err := e.src.RequestWithdrawal(e.chain.Opts(t, accOp0), stake)
	e.chain.MustSend(t, e.srcABI, tx, err)
	if s := e.stakeOf(t, accOp0); s.Sign() != 0 {
		t.Fatalf("stakeOf after withdrawing all: %v", s)
	}

	r, id := e.prove(t, accOp0, k)
	want := share(stake, e.scfg.EquivocationSlashBps)
	if s := e.slash(t, id); s.Amount.Cmp(want) != 0 {
		t.Fatalf("queued amount %v, want %v of the epoch snapshot", s.Amount, want)
	}
	e.mineTo(t, r.BlockNumber.Uint64()+e.scfg.VetoDelayBlocks)
	tx, err = e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	e.chain.MustSend(t, e.sABI, tx, err)
	acct, err := e.src.AccountOf(nil, e.chain.Addrs[accOp0])
	if err != nil {
		t.Fatal(err)
	}
	if acct.Pending.Cmp(new(big.Int).Sub(stake, want)) != 0 {
		t.Fatalf("pending withdrawal after slash %v, want %v - %v", acct.Pending, stake, want)
	}
}

// Headers naming an epoch the registry has not reached do not make the
// proof revert: that epoch simply counts no stake.
func TestSlashingFutureEpochHeadersStillProve(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	stake := ether(2)
	k := e.stakeAndRegister(t, accOp0, stake)
	a, b := conflicting(e.chain)
	a.Epoch, b.Epoch = 1000, 1001
	tx, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], a, e.sign(t, k, a), b, e.sign(t, k, b))
	e.chain.MustSend(t, e.sABI, tx, err)
	s := e.slash(t, deploy.EquivocationSlashID(e.chain.Addrs[accOp0], a.ChainId, a.BatchIndex))
	if s.Amount.Cmp(share(stake, e.scfg.EquivocationSlashBps)) != 0 {
		t.Fatalf("amount %v, want the share of the current stake", s.Amount)
	}
}

// Gas of the proof and the execution on both L1 forks in use: the devnet
// runs Prague, and Osaka reprices modexp (hashToG1's square roots).
func TestSlashingGas(t *testing.T) {
	for _, fork := range []struct {
		name string
		opts []simtest.Option
	}{{"Osaka", nil}, {"Prague", []simtest.Option{simtest.Prague()}}} {
		e := newSlashEnv(t, 1, nil, fork.opts...)
		k := e.stakeAndRegister(t, accOp0, ether(1))
		e.advance(t)
		r, id := e.prove(t, accOp0, k)
		e.mineTo(t, r.BlockNumber.Uint64()+e.scfg.VetoDelayBlocks)
		tx, err := e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
		x := e.chain.MustSend(t, e.sABI, tx, err)
		tx, err = e.sl.RecordMissedWindow(e.chain.Opts(t, accInbox), e.chain.Addrs[accOp0], 901, 8)
		m := e.chain.MustSend(t, e.sABI, tx, err)
		t.Logf("%s: proveEquivocation %d gas, executeSlash %d gas, recordMissedWindow %d gas", fork.name, r.GasUsed, x.GasUsed, m.GasUsed)
	}
}

func TestSlashingDuplicateProofRejected(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	k := e.stakeAndRegister(t, accOp0, ether(5))
	_, id := e.prove(t, accOp0, k)

	// Another pair of conflicting headers for the same batch is the same fault.
	a, _ := conflicting(e.chain)
	c := testHeader(e.chain)
	c.OutputRoot = crypto.Keccak256Hash([]byte("output C"))
	_, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], a, e.sign(t, k, a), c, e.sign(t, k, c))
	re := expectRevert(t, e.sABI, err, "SlashAlreadyQueued")
	if re.Args[0].([32]byte) != id {
		t.Fatalf("SlashAlreadyQueued id %x, want %x", re.Args[0], id)
	}
}

// M = 2 of 3 vetoes inside the window cancel the slash for good.
func TestSlashingVetoCancels(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	stake := ether(5)
	k := e.stakeAndRegister(t, accOp0, stake)
	r, id := e.prove(t, accOp0, k)
	executableAt := r.BlockNumber.Uint64() + e.scfg.VetoDelayBlocks

	_, err := e.sl.Veto(e.chain.Opts(t, accProver), id)
	expectRevert(t, e.sABI, err, "NotVetoer")
	if err := e.veto(t, accVetoer0, id); err != nil {
		t.Fatal(err)
	}
	if s := e.slash(t, id); s.Status != deploy.SlashStatusQueued || s.Vetoes != 1 {
		t.Fatalf("after one of two vetoes: %+v", s)
	}
	err = e.veto(t, accVetoer0, id)
	expectRevert(t, e.sABI, err, "AlreadyVoted")

	tx, err := e.sl.Veto(e.chain.Opts(t, accVetoer0+1), id)
	r = e.chain.MustSend(t, e.sABI, tx, err)
	if r.BlockNumber.Uint64() >= executableAt {
		t.Fatalf("second veto in block %d, not inside the window ending at %d", r.BlockNumber, executableAt)
	}
	var vetoed bool
	for _, l := range r.Logs {
		if ev, err := e.sl.ParseSlashVetoed(*l); err == nil && ev.SlashId == id {
			vetoed = true
		}
	}
	if !vetoed {
		t.Fatal("no SlashVetoed event at the threshold")
	}
	if s := e.slash(t, id); s.Status != deploy.SlashStatusVetoed || s.Vetoes != 2 {
		t.Fatalf("after two vetoes: %+v", s)
	}
	if ok, err := e.sl.HasVetoed(nil, id, e.chain.Addrs[accVetoer0+2]); err != nil || ok {
		t.Fatalf("third member marked as vetoed: %v (%v)", ok, err)
	}
	err = e.veto(t, accVetoer0+2, id)
	expectRevert(t, e.sABI, err, "SlashIsVetoed")

	e.mineTo(t, executableAt)
	_, err = e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	expectRevert(t, e.sABI, err, "SlashIsVetoed")
	if got := e.stakeOf(t, accOp0); got.Cmp(stake) != 0 {
		t.Fatalf("stake after vetoed slash: %v, want %v", got, stake)
	}
	// A vetoed fault stays decided: proving it again is refused.
	a, b := conflicting(e.chain)
	_, err = e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], a, e.sign(t, k, a), b, e.sign(t, k, b))
	expectRevert(t, e.sABI, err, "SlashAlreadyQueued")
}

func TestSlashingVetoAfterDelayFails(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	stake := ether(5)
	k := e.stakeAndRegister(t, accOp0, stake)
	r, id := e.prove(t, accOp0, k)
	executableAt := r.BlockNumber.Uint64() + e.scfg.VetoDelayBlocks

	if err := e.veto(t, accVetoer0, id); err != nil {
		t.Fatal(err)
	}
	e.mineTo(t, executableAt)
	err := e.veto(t, accVetoer0+1, id)
	re := expectRevert(t, e.sABI, err, "VetoWindowClosed")
	if re.Args[1].(*big.Int).Uint64() != executableAt {
		t.Fatalf("VetoWindowClosed executableAt %v, want %d", re.Args[1], executableAt)
	}
	// One veto short of the threshold does not stop the slash.
	tx, err := e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	e.chain.MustSend(t, e.sABI, tx, err)
	want := new(big.Int).Sub(stake, share(stake, e.scfg.EquivocationSlashBps))
	if got := e.stakeOf(t, accOp0); got.Cmp(want) != 0 {
		t.Fatalf("stake after slash: %v, want %v", got, want)
	}
}

func TestSlashingIdenticalHeadersRejected(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	k := e.stakeAndRegister(t, accOp0, ether(5))
	h := testHeader(e.chain)
	sig := e.sign(t, k, h)
	_, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], h, sig, h, sig)
	re := expectRevert(t, e.sABI, err, "IdenticalHeaders")
	if re.Args[0].([32]byte) != e.hash(t, h) {
		t.Fatalf("IdenticalHeaders hash %x, want %x", re.Args[0], e.hash(t, h))
	}
}

// Signatures by another registered operator's key, or by the operator's key
// over another message, do not prove anything against the operator.
func TestSlashingForgedSignatureRejected(t *testing.T) {
	e := newSlashEnv(t, 2, nil)
	victim := e.stakeAndRegister(t, accOp0, ether(5))
	other := e.stakeAndRegister(t, accOp0+1, ether(5))
	a, b := conflicting(e.chain)
	operator := e.chain.Addrs[accOp0]

	_, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), operator, a, e.sign(t, victim, a), b, e.sign(t, other, b))
	re := expectRevert(t, e.sABI, err, "InvalidSignature")
	if re.Args[0].([32]byte) != e.hash(t, b) {
		t.Fatalf("InvalidSignature names %x, want header b %x", re.Args[0], e.hash(t, b))
	}
	_, err = e.sl.ProveEquivocation(e.chain.Opts(t, accProver), operator, a, e.sign(t, other, a), b, e.sign(t, victim, b))
	re = expectRevert(t, e.sABI, err, "InvalidSignature")
	if re.Args[0].([32]byte) != e.hash(t, a) {
		t.Fatalf("InvalidSignature names %x, want header a %x", re.Args[0], e.hash(t, a))
	}
	// Both signed by the other operator: valid equivocation evidence, but
	// against the other operator, not this one.
	_, err = e.sl.ProveEquivocation(e.chain.Opts(t, accProver), operator, a, e.sign(t, other, a), b, e.sign(t, other, b))
	expectRevert(t, e.sABI, err, "InvalidSignature")
	// The victim's signature of b passed off as one of a.
	_, err = e.sl.ProveEquivocation(e.chain.Opts(t, accProver), operator, a, e.sign(t, victim, b), b, e.sign(t, victim, b))
	expectRevert(t, e.sABI, err, "InvalidSignature")

	// A "signature" off the curve is refused by name, too.
	bogus := bindings.BN254G1Point{X: big.NewInt(1), Y: big.NewInt(1)}
	_, err = e.sl.ProveEquivocation(e.chain.Opts(t, accProver), operator, a, e.sign(t, victim, a), b, bogus)
	expectRevert(t, e.sABI, err, "G1AddFailed")

	if s := e.slash(t, deploy.EquivocationSlashID(operator, a.ChainId, a.BatchIndex)); s.Status != deploy.SlashStatusNone {
		t.Fatalf("a forged proof queued a slash: %+v", s)
	}
}

func TestSlashingDifferentChainIDRejected(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	k := e.stakeAndRegister(t, accOp0, ether(5))
	a, b := conflicting(e.chain)
	b.ChainId = 902
	_, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], a, e.sign(t, k, a), b, e.sign(t, k, b))
	re := expectRevert(t, e.sABI, err, "ChainIdMismatch")
	if re.Args[0].(uint64) != 901 || re.Args[1].(uint64) != 902 {
		t.Fatalf("ChainIdMismatch args %v", re.Args)
	}
}

func TestSlashingDifferentBatchIndexRejected(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	k := e.stakeAndRegister(t, accOp0, ether(5))
	a, b := conflicting(e.chain)
	b.BatchIndex = 8
	_, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], a, e.sign(t, k, a), b, e.sign(t, k, b))
	re := expectRevert(t, e.sABI, err, "BatchIndexMismatch")
	if re.Args[0].(uint64) != 7 || re.Args[1].(uint64) != 8 {
		t.Fatalf("BatchIndexMismatch args %v", re.Args)
	}
}

func TestSlashingUnknownOperatorRejected(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	k := newKey(t) // never registered
	a, b := conflicting(e.chain)
	_, err := e.sl.ProveEquivocation(e.chain.Opts(t, accProver), e.chain.Addrs[accOp0], a, e.sign(t, k, a), b, e.sign(t, k, b))
	expectRevert(t, e.sABI, err, "UnknownOperator")
}

// Only the inbox records misses; each queues the fixed penalty behind the
// veto delay and counts against the operator.
func TestSlashingMissedWindowOnlyByInbox(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	op := e.chain.Addrs[accOp0]
	stake := ether(3)
	e.stakeAndRegister(t, accOp0, stake)

	_, err := e.sl.RecordMissedWindow(e.chain.Opts(t, accProver), op, 901, 7)
	re := expectRevert(t, e.sABI, err, "NotInbox")
	if re.Args[0].(common.Address) != e.chain.Addrs[accProver] {
		t.Fatalf("NotInbox caller %v", re.Args[0])
	}
	// Not even the operator itself, nor a vetoer.
	_, err = e.sl.RecordMissedWindow(e.chain.Opts(t, accOp0), op, 901, 7)
	expectRevert(t, e.sABI, err, "NotInbox")
	_, err = e.sl.RecordMissedWindow(e.chain.Opts(t, accVetoer0), op, 901, 7)
	expectRevert(t, e.sABI, err, "NotInbox")
	if n, err := e.sl.MissedWindows(nil, op); err != nil || n.Sign() != 0 {
		t.Fatalf("missed windows before any record: %v (%v)", n, err)
	}
}

func TestSlashingMissedWindowPenaltyAfterDelay(t *testing.T) {
	e := newSlashEnv(t, 1, nil)
	op := e.chain.Addrs[accOp0]
	stake := ether(3)
	e.stakeAndRegister(t, accOp0, stake)
	penalty := e.scfg.MissedWindowPenalty

	tx, err := e.sl.RecordMissedWindow(e.chain.Opts(t, accInbox), op, 901, 7)
	r := e.chain.MustSend(t, e.sABI, tx, err)
	t.Logf("recordMissedWindow: %d gas", r.GasUsed)
	id := deploy.MissedWindowSlashID(op, 901, 7)
	executableAt := r.BlockNumber.Uint64() + e.scfg.VetoDelayBlocks
	var recorded bool
	for _, l := range r.Logs {
		if ev, err := e.sl.ParseMissRecorded(*l); err == nil {
			recorded = ev.Operator == op && ev.ChainId == 901 && ev.BatchIndex == 7 && ev.SlashId == id && ev.MissedWindows.Uint64() == 1
		}
	}
	if !recorded {
		t.Fatal("no MissRecorded event with the miss")
	}
	s := e.slash(t, id)
	if s.Kind != deploy.SlashKindMissedWindow || s.Status != deploy.SlashStatusQueued || s.Amount.Cmp(penalty) != 0 || s.ExecutableAt != executableAt {
		t.Fatalf("missed-window slash %+v", s)
	}
	// The same batch twice is refused; another batch counts again.
	_, err = e.sl.RecordMissedWindow(e.chain.Opts(t, accInbox), op, 901, 7)
	expectRevert(t, e.sABI, err, "SlashAlreadyQueued")
	tx, err = e.sl.RecordMissedWindow(e.chain.Opts(t, accInbox), op, 902, 7)
	e.chain.MustSend(t, e.sABI, tx, err)
	if n, err := e.sl.MissedWindows(nil, op); err != nil || n.Uint64() != 2 {
		t.Fatalf("missed windows: %v (%v), want 2", n, err)
	}
	// An equivocation for the same batch is a separate slash.
	if deploy.EquivocationSlashID(op, 901, 7) == id {
		t.Fatal("equivocation and missed-window ids collide")
	}

	_, err = e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	expectRevert(t, e.sABI, err, "VetoWindowOpen")
	e.mineTo(t, executableAt)
	before := e.balance(t, treasury)
	tx, err = e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	e.chain.MustSend(t, e.sABI, tx, err)
	if got := e.stakeOf(t, accOp0); got.Cmp(new(big.Int).Sub(stake, penalty)) != 0 {
		t.Fatalf("stake after penalty: %v, want %v - %v", got, stake, penalty)
	}
	if got := new(big.Int).Sub(e.balance(t, treasury), before); got.Cmp(penalty) != 0 {
		t.Fatalf("treasury received %v, want %v", got, penalty)
	}
}

func TestSlashingExecuteUnknownSlash(t *testing.T) {
	e := newSlashEnv(t, 0, nil)
	_, err := e.sl.ExecuteSlash(e.chain.Opts(t, accProver), [32]byte{1})
	expectRevert(t, e.sABI, err, "UnknownSlash")
	_, err = e.sl.Veto(e.chain.Opts(t, accVetoer0), [32]byte{1})
	expectRevert(t, e.sABI, err, "UnknownSlash")
}

// The Go check and the constructor agree on what is invalid.
func TestSlashingConfigValidation(t *testing.T) {
	c := simtest.New(t, accOp0)
	d, err := deploy.DeployRegistry(context.Background(), c.Client, c.Opts(t, 0), testConfig())
	if err != nil {
		t.Fatal(err)
	}
	c.Backend.Commit()
	sABI := simtest.ABI(t, bindings.SlashingMetaData)
	good := testSlashingConfig(c)
	good.Registry, good.StakeSource = d.RegistryAddress, d.StakeSourceAddress
	if err := good.Validate(); err != nil {
		t.Fatalf("good config rejected: %v", err)
	}
	for name, mutate := range map[string]func(*deploy.SlashingConfig){
		"no inbox":                  func(s *deploy.SlashingConfig) { s.Inbox = common.Address{} },
		"no treasury":               func(s *deploy.SlashingConfig) { s.Treasury = common.Address{} },
		"bps above one":             func(s *deploy.SlashingConfig) { s.EquivocationSlashBps = deploy.SlashingBPS + 1 },
		"threshold above committee": func(s *deploy.SlashingConfig) { s.VetoThreshold = 4 },
		"zero threshold":            func(s *deploy.SlashingConfig) { s.VetoThreshold = 0 },
		"committee without delay":   func(s *deploy.SlashingConfig) { s.VetoDelayBlocks = 0 },
		"duplicate member": func(s *deploy.SlashingConfig) {
			s.VetoCommittee = []common.Address{c.Addrs[2], c.Addrs[3], c.Addrs[2]}
		},
		"threshold without committee": func(s *deploy.SlashingConfig) { s.VetoCommittee = nil },
	} {
		s := good
		mutate(&s)
		if err := s.Validate(); err == nil {
			t.Errorf("%s: Validate accepted", name)
		}
		// Bypass the Go check to see the constructor refuse too.
		_, _, _, err := bindings.DeploySlashing(c.Opts(t, 0), c.Client, s.Registry, s.StakeSource, s.Inbox, s.VetoCommittee,
			new(big.Int).SetUint64(s.VetoThreshold), new(big.Int).SetUint64(s.VetoDelayBlocks),
			new(big.Int).SetUint64(s.EquivocationSlashBps), s.MissedWindowPenalty, s.Treasury)
		if err == nil {
			t.Errorf("%s: constructor accepted", name)
			continue
		}
		expectRevert(t, sABI, err, "InvalidConfig")
	}
	// No committee at all is valid: slashes then only wait out the delay.
	s := good
	s.VetoCommittee, s.VetoThreshold = nil, 0
	if err := s.Validate(); err != nil {
		t.Fatalf("no committee: %v", err)
	}

	cfg := testConfig() // withdrawal delay 20 <= epoch 5 + veto delay 20
	bad := testSlashingConfig(c)
	bad.VetoDelayBlocks = 20
	if _, _, err := deploy.DeployWithSlashing(context.Background(), c.Client, c.Opts(t, 0), cfg, bad); err == nil {
		t.Fatal("DeployWithSlashing accepted a withdrawal delay shorter than epoch + veto delay")
	}
}
