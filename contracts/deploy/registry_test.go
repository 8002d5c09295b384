package deploy_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
	"github.com/nodeop/nodeop/contracts/deploy"
)

func TestRegistrationMessageMatchesContract(t *testing.T) {
	e := newEnv(t, 2, nil)
	domain, err := e.reg.REGISTRATIONDOMAIN(nil)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(domain) != deploy.RegistrationDomain {
		t.Fatalf("domain: contract %x, Go %x", domain, deploy.RegistrationDomain)
	}
	k := newKey(t)
	got, err := e.reg.RegistrationMessage(nil, e.chain.Addrs[1], blsabi.G1(k.GetPubKeyG1()))
	if err != nil {
		t.Fatal(err)
	}
	want := deploy.RegistrationMessage(e.chain.ChainID, e.d.RegistryAddress, e.chain.Addrs[1], k.GetPubKeyG1())
	if got != want {
		t.Fatalf("registration message: contract %x, Go %x", got, want)
	}
}

func TestRegisterWithValidProofOfPossession(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, ether(2))
	k := newKey(t)
	r := e.register(t, 1, k)
	t.Logf("register: %d gas", r.GasUsed)

	info, err := e.reg.OperatorInfo(nil, e.chain.Addrs[1])
	if err != nil {
		t.Fatal(err)
	}
	if !info.Registered || !sameG1(info.PubkeyG1, blsabi.G1(k.GetPubKeyG1())) || !sameG2(info.PubkeyG2, blsabi.G2(k.GetPubKeyG2())) {
		t.Fatalf("operator info after registration: %+v", info)
	}
	wantHash := common.HexToHash(k.GetPubKeyG1().GetOperatorID())
	if common.Hash(info.PubkeyHash) != wantHash {
		t.Fatalf("pubkey hash: got %x, want eigensdk-go operator id %x", info.PubkeyHash, wantHash)
	}
	owner, err := e.reg.KeyOwner(nil, wantHash)
	if err != nil || owner != e.chain.Addrs[1] {
		t.Fatalf("key owner: got %s (%v), want %s", owner, err, e.chain.Addrs[1])
	}
	next, err := e.reg.RegisteredOperators(nil)
	if err != nil || !slices.Equal(next, []common.Address{e.chain.Addrs[1]}) {
		t.Fatalf("registered operators: %v (%v)", next, err)
	}
	// Not a member before the next epoch.
	if ep := e.currentEpoch(t); ep.Sign() != 0 {
		t.Fatalf("current epoch %v, want 0", ep)
	}
	if m, err := e.reg.IsMember(nil, big.NewInt(0), e.chain.Addrs[1]); err != nil || m {
		t.Fatalf("member of epoch 0 right after registering: %v (%v)", m, err)
	}
	it, err := e.reg.FilterOperatorRegistered(nil, []common.Address{e.chain.Addrs[1]}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !it.Next() || it.Event.EffectiveEpoch.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("OperatorRegistered event missing or wrong epoch: %+v", it.Event)
	}
}

func TestRegisterRejectsProofByAnotherKey(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, ether(1))
	k, other := newKey(t), newKey(t)
	r := e.registration(1, k)
	msg := deploy.RegistrationMessage(e.chain.ChainID, e.d.RegistryAddress, e.chain.Addrs[1], k.GetPubKeyG1())
	r.Signature = blsabi.Signature(other.SignMessage(msg))
	_, err := r.Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "InvalidProofOfPossession")
}

func TestRegisterRejectsProofForAnotherOperator(t *testing.T) {
	e := newEnv(t, 3, nil)
	e.deposit(t, 2, ether(1))
	// A valid proof for account 1, replayed by account 2.
	r := e.registration(1, newKey(t))
	_, err := r.Send(e.chain.Opts(t, 2), e.reg)
	expectRevert(t, e.regABI, err, "InvalidProofOfPossession")
}

func TestRegisterRejectsMismatchedG1G2(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, ether(1))
	k, other := newKey(t), newKey(t)
	r := e.registration(1, k)
	r.PubkeyG2 = blsabi.G2(other.GetPubKeyG2())
	_, err := r.Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "KeyMismatch")
}

func TestRegisterRejectsInvalidPublicKey(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, ether(1))
	r := e.registration(1, newKey(t))
	zero := r
	zero.PubkeyG1 = bindings.BN254G1Point{X: new(big.Int), Y: new(big.Int)}
	_, err := zero.Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "InvalidPublicKey")
	offCurve := r
	offCurve.PubkeyG1 = bindings.BN254G1Point{X: big.NewInt(1), Y: big.NewInt(3)}
	_, err = offCurve.Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "InvalidPublicKey")
	badG2 := r
	badG2.PubkeyG2.YRe = new(big.Int).Add(badG2.PubkeyG2.YRe, big.NewInt(1))
	_, err = badG2.Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "PairingInputInvalid")
}

func TestRegisterRejectsDuplicateKey(t *testing.T) {
	e := newEnv(t, 3, nil)
	k := e.stakeAndRegister(t, 1, ether(1))
	e.deposit(t, 2, ether(1))
	// Account 2 holds the same secret (so its proof is valid) but the key is
	// bound to account 1.
	_, err := e.registration(2, k).Send(e.chain.Opts(t, 2), e.reg)
	re := expectRevert(t, e.regABI, err, "PubkeyAlreadyRegistered")
	if owner := re.Args[1].(common.Address); owner != e.chain.Addrs[1] {
		t.Fatalf("owner in revert: got %s, want %s", owner, e.chain.Addrs[1])
	}
}

func TestRegisterRejectsAlreadyRegistered(t *testing.T) {
	e := newEnv(t, 2, nil)
	k := e.stakeAndRegister(t, 1, ether(1))
	_, err := e.registration(1, k).Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "AlreadyRegistered")
}

func TestRegisterRejectsInsufficientStake(t *testing.T) {
	e := newEnv(t, 2, nil)
	e.deposit(t, 1, new(big.Int).Sub(ether(1), big.NewInt(1)))
	_, err := e.registration(1, newKey(t)).Send(e.chain.Opts(t, 1), e.reg)
	re := expectRevert(t, e.regABI, err, "InsufficientStake")
	if stake, minimum := re.Args[0].(*big.Int), re.Args[1].(*big.Int); stake.Cmp(new(big.Int).Sub(ether(1), big.NewInt(1))) != 0 || minimum.Cmp(ether(1)) != 0 {
		t.Fatalf("InsufficientStake args: stake %v, minimum %v", stake, minimum)
	}
}

func TestRegisterRejectsWhenSetFull(t *testing.T) {
	e := newEnv(t, 4, func(c *deploy.Config) { c.MaxOperators = 2 })
	e.stakeAndRegister(t, 1, ether(1))
	e.stakeAndRegister(t, 2, ether(1))
	e.deposit(t, 3, ether(1))
	_, err := e.registration(3, newKey(t)).Send(e.chain.Opts(t, 3), e.reg)
	expectRevert(t, e.regABI, err, "OperatorSetFull")
}

func TestReregistrationKeepsKey(t *testing.T) {
	e := newEnv(t, 2, nil)
	k := e.stakeAndRegister(t, 1, ether(1))
	tx, err := e.reg.Deregister(e.chain.Opts(t, 1))
	e.chain.MustSend(t, e.regABI, tx, err)
	_, err = e.registration(1, newKey(t)).Send(e.chain.Opts(t, 1), e.reg)
	expectRevert(t, e.regABI, err, "KeyChangeNotAllowed")
	e.register(t, 1, k)
	_, err = e.reg.Deregister(e.chain.Opts(t, 0))
	expectRevert(t, e.regABI, err, "NotRegistered")
}

func TestAdvanceEpochBeforeLengthFails(t *testing.T) {
	e := newEnv(t, 1, nil)
	_, err := e.reg.AdvanceEpoch(e.chain.Opts(t, 0))
	re := expectRevert(t, e.regABI, err, "EpochNotOver")
	start, err := e.reg.EpochStartBlock(nil, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(start, big.NewInt(int64(e.cfg.EpochLengthBlocks))); re.Args[0].(*big.Int).Cmp(want) != 0 {
		t.Fatalf("EpochNotOver ready block: got %v, want %v", re.Args[0], want)
	}
	e.advance(t)
	// Right after an advance the next one is epochLength blocks away again.
	_, err = e.reg.AdvanceEpoch(e.chain.Opts(t, 0))
	expectRevert(t, e.regABI, err, "EpochNotOver")
	if ep := e.currentEpoch(t); ep.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("current epoch %v, want 1", ep)
	}
}

func TestEpochSnapshotsSetKeysAndStake(t *testing.T) {
	e := newEnv(t, 6, nil)
	stakes := []*big.Int{ether(1), ether(3), ether(2), ether(7), ether(5)}
	keys := make([]*bls.KeyPair, len(stakes))
	var ops []common.Address
	total := new(big.Int)
	for i, s := range stakes {
		keys[i] = e.stakeAndRegister(t, i+1, s)
		ops = append(ops, e.chain.Addrs[i+1])
		total.Add(total, s)
	}
	e.advance(t)
	epoch := big.NewInt(1)
	info, err := e.reg.EpochInfo(nil, epoch)
	if err != nil {
		t.Fatal(err)
	}
	if want := blsabi.G1(sumG1(keys...)); !sameG1(info.ApkG1, want) {
		t.Fatalf("epoch apk: got (%v, %v), want eigensdk-go sum (%v, %v)", info.ApkG1.X, info.ApkG1.Y, want.X, want.Y)
	}
	if info.TotalStake.Cmp(total) != 0 {
		t.Fatalf("total stake: got %v, want %v", info.TotalStake, total)
	}
	if !slices.Equal(info.Operators, ops) {
		t.Fatalf("operators: got %v, want registration order %v", info.Operators, ops)
	}
	for i, op := range ops {
		idx := big.NewInt(int64(i))
		at, err := e.reg.OperatorAt(nil, epoch, idx)
		if err != nil || at != op {
			t.Fatalf("operatorAt(%d): got %s (%v), want %s", i, at, err, op)
		}
		m, err := e.reg.MemberAt(nil, epoch, idx)
		if err != nil || m.Operator != op || m.Stake.Cmp(stakes[i]) != 0 || !sameG1(m.PubkeyG1, blsabi.G1(keys[i].GetPubKeyG1())) {
			t.Fatalf("memberAt(%d): %+v (%v)", i, m, err)
		}
		s, err := e.reg.StakeAt(nil, epoch, op)
		if err != nil || s.Cmp(stakes[i]) != 0 {
			t.Fatalf("stakeAt(%s): got %v (%v), want %v", op, s, err, stakes[i])
		}
		if in, err := e.reg.IsMember(nil, epoch, op); err != nil || !in {
			t.Fatalf("isMember(%s): %v (%v)", op, in, err)
		}
		if got, err := e.reg.IndexOf(nil, epoch, op); err != nil || got.Cmp(idx) != 0 {
			t.Fatalf("indexOf(%s): %v (%v)", op, got, err)
		}
	}
	outsider := e.chain.Addrs[0]
	if in, err := e.reg.IsMember(nil, epoch, outsider); err != nil || in {
		t.Fatalf("outsider is a member: %v (%v)", in, err)
	}
	if s, err := e.reg.StakeAt(nil, epoch, outsider); err != nil || s.Sign() != 0 {
		t.Fatalf("outsider stake: %v (%v)", s, err)
	}
	_, err = e.reg.OperatorAt(nil, epoch, big.NewInt(int64(len(ops))))
	expectRevert(t, e.regABI, err, "IndexOutOfRange")
	_, err = e.reg.EpochInfo(nil, big.NewInt(2))
	expectRevert(t, e.regABI, err, "UnknownEpoch")

	// Stake moved after the snapshot does not change the frozen epoch.
	e.deposit(t, 1, ether(10))
	s, err := e.reg.StakeAt(nil, epoch, ops[0])
	if err != nil || s.Cmp(stakes[0]) != 0 {
		t.Fatalf("stake snapshot changed after a deposit: %v (%v)", s, err)
	}
}

func TestDeregistrationTakesEffectNextEpoch(t *testing.T) {
	e := newEnv(t, 4, nil)
	a := e.stakeAndRegister(t, 1, ether(1))
	b := e.stakeAndRegister(t, 2, ether(2))
	c := e.stakeAndRegister(t, 3, ether(4))
	e.advance(t)
	before, err := e.reg.EpochInfo(nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}

	tx, err := e.reg.Deregister(e.chain.Opts(t, 2))
	e.chain.MustSend(t, e.regABI, tx, err)

	// Epoch 1 is untouched: B still signs for it.
	after, err := e.reg.EpochInfo(nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(after.Operators, before.Operators) || !sameG1(after.ApkG1, before.ApkG1) || after.TotalStake.Cmp(before.TotalStake) != 0 {
		t.Fatalf("epoch 1 changed by a deregistration: before %+v, after %+v", before, after)
	}
	if in, err := e.reg.IsMember(nil, big.NewInt(1), e.chain.Addrs[2]); err != nil || !in {
		t.Fatalf("deregistered operator left the current epoch: %v (%v)", in, err)
	}
	next, err := e.reg.RegisteredOperators(nil)
	if err != nil || !slices.Equal(next, []common.Address{e.chain.Addrs[1], e.chain.Addrs[3]}) {
		t.Fatalf("registered operators after deregistration: %v (%v)", next, err)
	}

	e.advance(t)
	info, err := e.reg.EpochInfo(nil, big.NewInt(2))
	if err != nil {
		t.Fatal(err)
	}
	if want := []common.Address{e.chain.Addrs[1], e.chain.Addrs[3]}; !slices.Equal(info.Operators, want) {
		t.Fatalf("epoch 2 operators: got %v, want %v", info.Operators, want)
	}
	if want := blsabi.G1(sumG1(a, c)); !sameG1(info.ApkG1, want) {
		t.Fatal("epoch 2 apk is not A + C")
	}
	if info.TotalStake.Cmp(ether(5)) != 0 {
		t.Fatalf("epoch 2 total stake: got %v, want 5 ether", info.TotalStake)
	}
	if in, err := e.reg.IsMember(nil, big.NewInt(2), e.chain.Addrs[2]); err != nil || in {
		t.Fatalf("deregistered operator still in epoch 2: %v (%v)", in, err)
	}
	// B's key stays bound to it and readable for past epochs.
	owner, err := e.reg.KeyOwner(nil, common.HexToHash(b.GetPubKeyG1().GetOperatorID()))
	if err != nil || owner != e.chain.Addrs[2] {
		t.Fatalf("key owner after deregistration: %s (%v)", owner, err)
	}
}

func TestOperatorBelowMinimumLeftOutOfEpoch(t *testing.T) {
	e := newEnv(t, 3, nil)
	a := e.stakeAndRegister(t, 1, ether(2))
	e.stakeAndRegister(t, 2, ether(1))
	// B withdraws below the minimum before the epoch is frozen.
	tx, err := e.src.RequestWithdrawal(e.chain.Opts(t, 2), big.NewInt(1))
	e.chain.MustSend(t, e.srcABI, tx, err)
	r := e.advance(t)
	info, err := e.reg.EpochInfo(nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(info.Operators, []common.Address{e.chain.Addrs[1]}) || !sameG1(info.ApkG1, blsabi.G1(a.GetPubKeyG1())) || info.TotalStake.Cmp(ether(2)) != 0 {
		t.Fatalf("epoch 1: %+v, want only A with 2 ether", info)
	}
	found := false
	for _, l := range r.Logs {
		if ev, err := e.reg.ParseOperatorBelowMinimum(*l); err == nil && ev.Operator == e.chain.Addrs[2] {
			found = true
		}
	}
	if !found {
		t.Fatal("no OperatorBelowMinimum event for B")
	}
	// Still registered: topping up brings it back at the next epoch.
	e.deposit(t, 2, big.NewInt(1))
	e.advance(t)
	if in, err := e.reg.IsMember(nil, big.NewInt(2), e.chain.Addrs[2]); err != nil || !in {
		t.Fatalf("topped-up operator not back in epoch 2: %v (%v)", in, err)
	}
}

// The gas of an epoch advance grows with the set; it must stay well inside
// an L1 block at MaxOperatorsLimit.
func TestAdvanceEpochGas(t *testing.T) {
	const n = 64
	e := newEnv(t, n+1, nil)
	keys := make([]*bls.KeyPair, n)
	var regGas uint64
	for i := 1; i <= n; i++ {
		keys[i-1] = newKey(t)
		e.deposit(t, i, ether(1))
		regGas = e.register(t, i, keys[i-1]).GasUsed
	}
	r := e.advance(t)
	info, err := e.reg.EpochInfo(nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if len(info.Operators) != n || !sameG1(info.ApkG1, blsabi.G1(sumG1(keys...))) {
		t.Fatalf("epoch of %d operators: %d members, apk match %v", n, len(info.Operators), sameG1(info.ApkG1, blsabi.G1(sumG1(keys...))))
	}
	t.Logf("register: %d gas; advanceEpoch with %d operators: %d gas (%d per operator)", regGas, n, r.GasUsed, r.GasUsed/n)
}

func TestDeregisterGasWorstCase(t *testing.T) {
	const n = 32
	e := newEnv(t, n+1, nil)
	for i := 1; i <= n; i++ {
		e.stakeAndRegister(t, i, ether(1))
	}
	// The first registrant leaving shifts everybody after it.
	tx, err := e.reg.Deregister(e.chain.Opts(t, 1))
	r := e.chain.MustSend(t, e.regABI, tx, err)
	next, err := e.reg.RegisteredOperators(nil)
	if err != nil || !slices.Equal(next, e.chain.Addrs[2:]) {
		t.Fatalf("order after deregistering the first: %v (%v)", next, err)
	}
	t.Logf("deregister of the first of %d operators: %d gas", n, r.GasUsed)
}

func sameG1(a, b bindings.BN254G1Point) bool { return a.X.Cmp(b.X) == 0 && a.Y.Cmp(b.Y) == 0 }

func sameG2(a, b bindings.BN254G2Point) bool {
	return a.XIm.Cmp(b.XIm) == 0 && a.XRe.Cmp(b.XRe) == 0 && a.YIm.Cmp(b.YIm) == 0 && a.YRe.Cmp(b.YRe) == 0
}
