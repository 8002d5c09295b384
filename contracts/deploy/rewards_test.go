package deploy_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

// Accounts of a rewards env: 0 deploys, 1 stands in for the BatchInbox,
// 2 funds the vault, operators from 3 on.
const (
	rwInbox  = 1
	rwFunder = 2
	rwOp0    = 3
)

type rewardsEnv struct {
	*env
	rw    *bindings.Rewards
	rwABI *abi.ABI
	rcfg  deploy.RewardsConfig
	addr  common.Address
}

func newRewardsEnv(t *testing.T, operators int, fee, signerReward *big.Int) *rewardsEnv {
	t.Helper()
	return newRewardsEnvTo(t, operators, fee, signerReward, common.Address{})
}

// newRewardsEnvTo is newRewardsEnv with a signer rewards recipient.
func newRewardsEnvTo(t *testing.T, operators int, fee, signerReward *big.Int, recipient common.Address) *rewardsEnv {
	t.Helper()
	e := newEnv(t, rwOp0+operators, nil)
	rcfg := deploy.RewardsConfig{
		Registry:               e.d.RegistryAddress,
		Inbox:                  e.chain.Addrs[rwInbox],
		SubmissionFee:          fee,
		SignerRewardPerBatch:   signerReward,
		SignerRewardsRecipient: recipient,
	}
	r, err := deploy.DeployRewards(context.Background(), e.chain.Client, e.chain.Opts(t, 0), rcfg)
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Backend.Commit()
	if err := r.WaitDeployed(boundedCtx(t), e.chain.Client); err != nil {
		t.Fatal(err)
	}
	return &rewardsEnv{env: e, rw: r.Contract, rwABI: rewardsABI(t), rcfg: rcfg, addr: r.Address}
}

func rewardsABI(t *testing.T) *abi.ABI { return simtest.ABI(t, bindings.RewardsMetaData) }

func (e *rewardsEnv) fund(t *testing.T, wei *big.Int) {
	t.Helper()
	o := e.chain.Opts(t, rwFunder)
	o.Value = wei
	tx, err := e.rw.Fund(o)
	e.chain.MustSend(t, e.rwABI, tx, err)
}

func (e *rewardsEnv) commit(t *testing.T, chainID, index, epoch uint64, submitter common.Address, bitmap *big.Int) *types.Receipt {
	t.Helper()
	tx, err := e.rw.OnBatchCommitted(e.chain.Opts(t, rwInbox), chainID, index, epoch, submitter, bitmap)
	return e.chain.MustSend(t, e.rwABI, tx, err)
}

func (e *rewardsEnv) accrued(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	v, err := e.rw.Accrued(nil, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *rewardsEnv) totals(t *testing.T) (paid, allocated, claimed, unallocated *big.Int) {
	t.Helper()
	var err error
	if paid, err = e.rw.TotalPaidIn(nil); err != nil {
		t.Fatal(err)
	}
	if allocated, err = e.rw.TotalAllocated(nil); err != nil {
		t.Fatal(err)
	}
	if claimed, err = e.rw.TotalClaimed(nil); err != nil {
		t.Fatal(err)
	}
	if unallocated, err = e.rw.Unallocated(nil); err != nil {
		t.Fatal(err)
	}
	return
}

// registerAll stakes and registers operators 0..len(stakes)-1 and starts an
// epoch with them; it returns the epoch.
func (e *rewardsEnv) registerAll(t *testing.T, stakes []*big.Int) uint64 {
	t.Helper()
	for i, s := range stakes {
		e.stakeAndRegister(t, rwOp0+i, s)
	}
	e.advance(t)
	return e.currentEpoch(t).Uint64()
}

func bitmapOf(bits ...int) *big.Int {
	b := new(big.Int)
	for _, i := range bits {
		b.SetBit(b, i, 1)
	}
	return b
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// rewardModel is the vault's rule, computed independently in Go.
type rewardModel struct {
	fee, pool *big.Int
	paid      *big.Int
	allocated *big.Int
	accrued   map[common.Address]*big.Int
}

func newModel(fee, pool *big.Int) *rewardModel {
	return &rewardModel{fee: fee, pool: pool, paid: new(big.Int), allocated: new(big.Int), accrued: map[common.Address]*big.Int{}}
}

func (m *rewardModel) credit(a common.Address, v *big.Int) {
	if m.accrued[a] == nil {
		m.accrued[a] = new(big.Int)
	}
	m.accrued[a].Add(m.accrued[a], v)
	m.allocated.Add(m.allocated, v)
}

// batch applies one committed batch: members and stakes are the epoch's, in
// bitmap order.
func (m *rewardModel) batch(submitter common.Address, members []common.Address, stakes []*big.Int, bitmap *big.Int) {
	available := new(big.Int).Sub(m.paid, m.allocated)
	fee := minBig(m.fee, available)
	if submitter != (common.Address{}) && fee.Sign() > 0 {
		m.credit(submitter, fee)
		available.Sub(available, fee)
	}
	pool := minBig(m.pool, available)
	signed := new(big.Int)
	var idx []int
	for i := range members {
		if bitmap.Bit(i) == 1 {
			idx = append(idx, i)
			signed.Add(signed, stakes[i])
		}
	}
	if pool.Sign() == 0 || signed.Sign() == 0 {
		return
	}
	for _, i := range idx {
		s := new(big.Int).Mul(pool, stakes[i])
		s.Div(s, signed)
		if s.Sign() > 0 {
			m.credit(members[i], s)
		}
	}
}

func TestRewardsOnlyInboxCredits(t *testing.T) {
	e := newRewardsEnv(t, 1, ether(1), ether(1))
	epoch := e.registerAll(t, []*big.Int{ether(1)})
	e.fund(t, ether(10))
	for _, i := range []int{0, rwFunder, rwOp0} {
		_, err := e.rw.OnBatchCommitted(e.chain.Opts(t, i), 901, 0, epoch, e.chain.Addrs[i], bitmapOf(0))
		re := expectRevert(t, e.rwABI, err, "NotInbox")
		if re.Args[0].(common.Address) != e.chain.Addrs[i] {
			t.Fatalf("NotInbox caller %v, want %s", re.Args[0], e.chain.Addrs[i])
		}
	}
	if _, allocated, _, _ := e.totals(t); allocated.Sign() != 0 {
		t.Fatalf("allocated %v after refused credits", allocated)
	}
}

func TestRewardsSubmitterFee(t *testing.T) {
	fee := big.NewInt(3_000_000_007)
	e := newRewardsEnv(t, 2, fee, new(big.Int))
	epoch := e.registerAll(t, []*big.Int{ether(1), ether(1)})
	e.fund(t, ether(1))
	submitter := e.chain.Addrs[rwOp0+1]
	r := e.commit(t, 901, 0, epoch, submitter, bitmapOf(0, 1))
	if got := e.accrued(t, submitter); got.Cmp(fee) != 0 {
		t.Fatalf("submitter accrued %v, want %v", got, fee)
	}
	if got := e.accrued(t, e.chain.Addrs[rwOp0]); got.Sign() != 0 {
		t.Fatalf("non-submitter accrued %v with a zero signer reward", got)
	}
	ev, err := e.rw.ParseBatchRewarded(*r.Logs[0])
	if err != nil || ev.Submitter != submitter || ev.SubmitterFee.Cmp(fee) != 0 || ev.SignerRewards.Sign() != 0 || ev.ChainId != 901 {
		t.Fatalf("BatchRewarded %+v (%v)", ev, err)
	}
	// A submitter outside the operator set (after the fallbacks, anyone may
	// commit) is paid the same.
	outsider := e.chain.Addrs[rwFunder]
	e.commit(t, 901, 1, epoch, outsider, bitmapOf(0, 1))
	if got := e.accrued(t, outsider); got.Cmp(fee) != 0 {
		t.Fatalf("outside submitter accrued %v, want %v", got, fee)
	}
}

// The signer share is split by epoch stake, rounded down, dust left in the
// vault; non-signers get nothing.
func TestRewardsProRataByStake(t *testing.T) {
	pool := big.NewInt(1_000_000_000_000_000_003) // odd, so shares round
	e := newRewardsEnv(t, 4, new(big.Int), pool)
	stakes := []*big.Int{ether(1), ether(2), ether(3), ether(7)}
	epoch := e.registerAll(t, stakes)
	e.fund(t, ether(5))

	bitmap := bitmapOf(0, 1, 2) // member 3 did not sign
	r := e.commit(t, 901, 0, epoch, e.chain.Addrs[rwOp0], bitmap)
	t.Logf("onBatchCommitted, 3 signers of 4: %d gas", r.GasUsed)

	signed := ether(6)
	credited := new(big.Int)
	for i := 0; i < 3; i++ {
		want := new(big.Int).Mul(pool, stakes[i])
		want.Div(want, signed)
		if got := e.accrued(t, e.chain.Addrs[rwOp0+i]); got.Cmp(want) != 0 {
			t.Fatalf("signer %d (stake %v) accrued %v, want %v", i, stakes[i], got, want)
		}
		credited.Add(credited, want)
	}
	if got := e.accrued(t, e.chain.Addrs[rwOp0+3]); got.Sign() != 0 {
		t.Fatalf("non-signer accrued %v", got)
	}
	// 1:2:3 of an odd pool leaves dust, which stays unallocated.
	paid, allocated, _, unallocated := e.totals(t)
	if allocated.Cmp(credited) != 0 || credited.Cmp(pool) >= 0 {
		t.Fatalf("allocated %v, credited %v, pool %v", allocated, credited, pool)
	}
	if new(big.Int).Add(allocated, unallocated).Cmp(paid) != 0 {
		t.Fatalf("allocated %v + unallocated %v != paid %v", allocated, unallocated, paid)
	}
	ev, err := e.rw.ParseBatchRewarded(*r.Logs[0])
	if err != nil || ev.SignedStake.Cmp(signed) != 0 || ev.SignerRewards.Cmp(credited) != 0 {
		t.Fatalf("BatchRewarded %+v (%v)", ev, err)
	}
}

// An underfunded vault pays the submitter first and the signers from the
// rest, never more than was paid in.
func TestRewardsShortfall(t *testing.T) {
	fee, pool := big.NewInt(1000), big.NewInt(600)
	e := newRewardsEnv(t, 2, fee, pool)
	epoch := e.registerAll(t, []*big.Int{ether(1), ether(3)})
	sub := e.chain.Addrs[rwFunder]
	op0, op1 := e.chain.Addrs[rwOp0], e.chain.Addrs[rwOp0+1]

	// Empty vault: nothing for anyone, no revert (a batch must commit).
	e.commit(t, 901, 0, epoch, sub, bitmapOf(0, 1))
	if paid, allocated, _, _ := e.totals(t); paid.Sign() != 0 || allocated.Sign() != 0 {
		t.Fatalf("empty vault: paid %v allocated %v", paid, allocated)
	}
	// Less than the fee: all of it to the submitter.
	e.fund(t, big.NewInt(700))
	e.commit(t, 901, 1, epoch, sub, bitmapOf(0, 1))
	if got := e.accrued(t, sub); got.Cmp(big.NewInt(700)) != 0 {
		t.Fatalf("submitter accrued %v, want 700", got)
	}
	if e.accrued(t, op0).Sign() != 0 || e.accrued(t, op1).Sign() != 0 {
		t.Fatal("signers credited from an empty remainder")
	}
	// Fee plus part of the share: 1000 to the submitter, 400 split 1:3.
	e.fund(t, big.NewInt(1400))
	e.commit(t, 901, 2, epoch, sub, bitmapOf(0, 1))
	if got := e.accrued(t, sub); got.Cmp(big.NewInt(1700)) != 0 {
		t.Fatalf("submitter accrued %v, want 1700", got)
	}
	if a, b := e.accrued(t, op0), e.accrued(t, op1); a.Int64() != 100 || b.Int64() != 300 {
		t.Fatalf("signers accrued %v and %v, want 100 and 300", a, b)
	}
	paid, allocated, _, unallocated := e.totals(t)
	if paid.Int64() != 2100 || allocated.Int64() != 2100 || unallocated.Sign() != 0 {
		t.Fatalf("paid %v allocated %v unallocated %v, want 2100, 2100, 0", paid, allocated, unallocated)
	}
}

// Many batches over two epochs with random bitmaps, submitters and deposits:
// every credit matches the Go model and, after every batch,
// sum of accrued + unallocated == paid in. Then everyone claims and the
// vault keeps exactly the unallocated rest.
func TestRewardsAddUpAcrossManyBatches(t *testing.T) {
	const n = 6
	seed := uint64(20240917)
	rng := rand.New(rand.NewPCG(seed, seed))
	t.Logf("seed %d", seed)
	fee, pool := big.NewInt(123_456_789), big.NewInt(987_654_321_011)
	e := newRewardsEnv(t, n, fee, pool)

	stakes1 := make([]*big.Int, n)
	for i := range stakes1 {
		stakes1[i] = new(big.Int).Add(ether(1), big.NewInt(rng.Int64N(5e18)))
	}
	epoch1 := e.registerAll(t, stakes1)
	// Epoch 2: two operators top up; epoch 1's snapshot must still apply to
	// epoch 1's batches.
	stakes2 := make([]*big.Int, n)
	for i := range stakes2 {
		stakes2[i] = new(big.Int).Set(stakes1[i])
	}
	for _, i := range []int{1, 4} {
		extra := big.NewInt(rng.Int64N(3e18) + 1)
		e.deposit(t, rwOp0+i, extra)
		stakes2[i].Add(stakes2[i], extra)
	}
	e.advance(t)
	epoch2 := e.currentEpoch(t).Uint64()
	members := e.chain.Addrs[rwOp0 : rwOp0+n]
	for ep, st := range map[uint64][]*big.Int{epoch1: stakes1, epoch2: stakes2} {
		for i, s := range st {
			got, err := e.reg.StakeAt(nil, new(big.Int).SetUint64(ep), members[i])
			if err != nil || got.Cmp(s) != 0 {
				t.Fatalf("epoch %d stake of %d: %v (%v), want %v", ep, i, got, err, s)
			}
		}
	}

	m := newModel(fee, pool)
	accounts := append([]common.Address{e.chain.Addrs[rwFunder]}, members...)
	check := func(when string) {
		t.Helper()
		sum := new(big.Int)
		for _, a := range accounts {
			got := e.accrued(t, a)
			want := m.accrued[a]
			if want == nil {
				want = new(big.Int)
			}
			if got.Cmp(want) != 0 {
				t.Fatalf("%s: accrued of %s %v, model %v", when, a, got, want)
			}
			sum.Add(sum, got)
		}
		paid, allocated, _, unallocated := e.totals(t)
		if paid.Cmp(m.paid) != 0 || allocated.Cmp(m.allocated) != 0 {
			t.Fatalf("%s: paid %v allocated %v, model %v %v", when, paid, allocated, m.paid, m.allocated)
		}
		if new(big.Int).Add(sum, unallocated).Cmp(paid) != 0 {
			t.Fatalf("%s: accrued %v + unallocated %v != paid %v", when, sum, unallocated, paid)
		}
	}

	const batches = 60
	var shortfalls int
	for b := 0; b < batches; b++ {
		if rng.IntN(3) > 0 {
			// Sometimes less than a batch costs, so shortfalls happen.
			amt := big.NewInt(rng.Int64N(2 * (fee.Int64() + pool.Int64())))
			if amt.Sign() > 0 {
				e.fund(t, amt)
				m.paid.Add(m.paid, amt)
			}
		}
		ep, st := epoch1, stakes1
		if rng.IntN(2) == 0 {
			ep, st = epoch2, stakes2
		}
		// Random bits over the members plus two past the end, which the
		// vault must ignore.
		bitmap := big.NewInt(rng.Int64N(1 << (n + 2)))
		submitter := accounts[rng.IntN(len(accounts))]
		if new(big.Int).Sub(m.paid, m.allocated).Cmp(new(big.Int).Add(fee, pool)) < 0 {
			shortfalls++
		}
		e.commit(t, 901+uint64(b%2), uint64(b), ep, submitter, bitmap)
		masked := new(big.Int).And(bitmap, big.NewInt(1<<n-1))
		m.batch(submitter, members, st, masked)
		check("batch")
	}
	if shortfalls == 0 || shortfalls == batches {
		t.Fatalf("%d of %d batches underfunded: the run does not cover both cases", shortfalls, batches)
	}
	t.Logf("%d batches, %d underfunded", batches, shortfalls)

	// Everyone with a credit claims it; the vault then holds the unallocated rest.
	claimed := new(big.Int)
	for i, a := range accounts {
		if m.accrued[a] == nil || m.accrued[a].Sign() == 0 {
			continue
		}
		idx := rwFunder
		if i > 0 {
			idx = rwOp0 + i - 1
		}
		tx, err := e.rw.Claim(e.chain.Opts(t, idx))
		e.chain.MustSend(t, e.rwABI, tx, err)
		claimed.Add(claimed, m.accrued[a])
	}
	paid, allocated, totalClaimed, unallocated := e.totals(t)
	if totalClaimed.Cmp(claimed) != 0 || allocated.Cmp(claimed) != 0 {
		t.Fatalf("claimed %v, allocated %v, want both %v", totalClaimed, allocated, claimed)
	}
	if bal := e.balance(t, e.addr); bal.Cmp(unallocated) != 0 || new(big.Int).Add(bal, claimed).Cmp(paid) != 0 {
		t.Fatalf("vault balance %v, unallocated %v, claimed %v, paid %v", bal, unallocated, claimed, paid)
	}
}

func TestRewardsNoDoubleClaim(t *testing.T) {
	e := newRewardsEnv(t, 1, big.NewInt(5e15), big.NewInt(2e15))
	epoch := e.registerAll(t, []*big.Int{ether(1)})
	e.fund(t, ether(1))
	op := e.chain.Addrs[rwOp0]
	e.commit(t, 901, 0, epoch, op, bitmapOf(0))
	owed := e.accrued(t, op)
	if owed.Cmp(big.NewInt(7e15)) != 0 {
		t.Fatalf("accrued %v, want fee + whole share 7e15", owed)
	}

	before := e.balance(t, op)
	tx, err := e.rw.Claim(e.chain.Opts(t, rwOp0))
	r := e.chain.MustSend(t, e.rwABI, tx, err)
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	want := new(big.Int).Sub(new(big.Int).Add(before, owed), gasCost)
	if got := e.balance(t, op); got.Cmp(want) != 0 {
		t.Fatalf("balance after claim %v, want %v", got, want)
	}
	var claimedEv bool
	for _, l := range r.Logs {
		if ev, err := e.rw.ParseClaimed(*l); err == nil && ev.Account == op && ev.Amount.Cmp(owed) == 0 {
			claimedEv = true
		}
	}
	if !claimedEv {
		t.Fatal("no Claimed event")
	}
	if got := e.accrued(t, op); got.Sign() != 0 {
		t.Fatalf("accrued after claim %v", got)
	}
	_, err = e.rw.Claim(e.chain.Opts(t, rwOp0))
	re := expectRevert(t, e.rwABI, err, "NothingToClaim")
	if re.Args[0].(common.Address) != op {
		t.Fatalf("NothingToClaim account %v", re.Args[0])
	}
	// Someone never credited cannot claim either.
	_, err = e.rw.Claim(e.chain.Opts(t, rwFunder))
	expectRevert(t, e.rwABI, err, "NothingToClaim")
}

// A claimant that calls claim() again from inside the payment gets nothing
// more; one that refuses the payment keeps its credit.
func TestRewardsClaimReentrancy(t *testing.T) {
	e := newRewardsEnv(t, 0, big.NewInt(5e15), new(big.Int))
	addr, tx, probe, err := bindings.DeployRewardsClaimProbe(e.chain.Opts(t, 0), e.chain.Client, e.addr)
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Mine(t, tx)
	pABI := simtest.ABI(t, bindings.RewardsClaimProbeMetaData)
	e.fund(t, ether(1))
	// The probe is a batch's submitter: any address can be one.
	e.commit(t, 901, 0, 0, addr, new(big.Int))
	e.commit(t, 901, 1, 0, addr, new(big.Int))
	owed := big.NewInt(1e16)

	tx, err = probe.SetRejectPayments(e.chain.Opts(t, 0), true)
	e.chain.MustSend(t, pABI, tx, err)
	_, err = probe.Claim(e.chain.Opts(t, 0))
	expectRevert(t, e.rwABI, err, "TransferFailed")
	if got := e.accrued(t, addr); got.Cmp(owed) != 0 {
		t.Fatalf("accrued after a refused payment %v, want %v", got, owed)
	}

	tx, err = probe.SetRejectPayments(e.chain.Opts(t, 0), false)
	e.chain.MustSend(t, pABI, tx, err)
	tx, err = probe.Claim(e.chain.Opts(t, 0))
	e.chain.MustSend(t, pABI, tx, err)
	received, err := probe.Received(nil)
	if err != nil || received.Cmp(owed) != 0 {
		t.Fatalf("probe received %v (%v), want %v once", received, err, owed)
	}
	if n, err := probe.Reentries(nil); err != nil || n.Sign() != 0 {
		t.Fatalf("re-entrant claims that paid: %v (%v)", n, err)
	}
	data, err := probe.LastReentryError(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := e.rwABI.Errors["NothingToClaim"].ID
	if len(data) < 4 || [4]byte(data[:4]) != [4]byte(want[:4]) {
		t.Fatalf("re-entrant claim answered %x, want NothingToClaim", data)
	}
	if bal := e.balance(t, e.addr); bal.Cmp(new(big.Int).Sub(ether(1), owed)) != 0 {
		t.Fatalf("vault balance %v after paying %v of 1 ether", bal, owed)
	}
}

// With a signer rewards recipient (restaked operators) the whole signer
// share of a signed batch goes to it, the submitter's fee still to the
// submitter; anyone can move a credit to its account with claimFor, and
// the ETH goes nowhere else.
func TestRewardsSignerShareToRecipient(t *testing.T) {
	recipient := common.HexToAddress("0x00000000000000000000000000000000000e16e7")
	fee, pool := big.NewInt(1e15), big.NewInt(1e16)
	e := newRewardsEnvTo(t, 2, fee, pool, recipient)
	if got, err := e.rw.SignerRewardsRecipient(nil); err != nil || got != recipient {
		t.Fatalf("signerRewardsRecipient %s (%v), want %s", got, err, recipient)
	}
	epoch := e.registerAll(t, []*big.Int{ether(1), ether(3)})
	e.fund(t, ether(1))
	submitter := e.chain.Addrs[rwOp0]
	r := e.commit(t, 901, 0, epoch, submitter, bitmapOf(0, 1))
	if got := e.accrued(t, recipient); got.Cmp(pool) != 0 {
		t.Fatalf("recipient accrued %v, want the whole share %v", got, pool)
	}
	if got := e.accrued(t, submitter); got.Cmp(fee) != 0 {
		t.Fatalf("submitter accrued %v, want only its fee %v", got, fee)
	}
	if got := e.accrued(t, e.chain.Addrs[rwOp0+1]); got.Sign() != 0 {
		t.Fatalf("signer accrued %v; its share belongs to the recipient", got)
	}
	ev, err := e.rw.ParseBatchRewarded(*r.Logs[0])
	if err != nil || ev.SignerRewards.Cmp(pool) != 0 || ev.SignedStake.Sign() != 0 {
		t.Fatalf("BatchRewarded %+v (%v)", ev, err)
	}
	// A batch nobody signed credits nobody.
	e.commit(t, 901, 1, epoch, submitter, new(big.Int))
	if got := e.accrued(t, recipient); got.Cmp(pool) != 0 {
		t.Fatalf("recipient accrued %v after an unsigned batch", got)
	}

	// claimFor by a third party pays the recipient, once.
	tx, err := e.rw.ClaimFor(e.chain.Opts(t, rwFunder), recipient)
	e.chain.MustSend(t, e.rwABI, tx, err)
	if got := e.balance(t, recipient); got.Cmp(pool) != 0 {
		t.Fatalf("recipient balance %v, want %v", got, pool)
	}
	_, err = e.rw.ClaimFor(e.chain.Opts(t, rwFunder), recipient)
	re := expectRevert(t, e.rwABI, err, "NothingToClaim")
	if re.Args[0].(common.Address) != recipient {
		t.Fatalf("NothingToClaim account %v", re.Args[0])
	}
	// Nor does claimFor pay the caller: the submitter's fee stays its own.
	funderBefore := e.balance(t, e.chain.Addrs[rwFunder])
	tx, err = e.rw.ClaimFor(e.chain.Opts(t, rwFunder), submitter)
	r = e.chain.MustSend(t, e.rwABI, tx, err)
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := e.balance(t, e.chain.Addrs[rwFunder]); got.Cmp(new(big.Int).Sub(funderBefore, gasCost)) != 0 {
		t.Fatalf("caller balance %v, want %v less gas", got, funderBefore)
	}
	if got := e.accrued(t, submitter); got.Sign() != 0 {
		t.Fatalf("submitter accrued %v after claimFor", got)
	}
	paid, allocated, claimed, unallocated := e.totals(t)
	// The share once, the fee for each of the two batches.
	wantClaimed := new(big.Int).Add(pool, new(big.Int).Mul(fee, big.NewInt(2)))
	if new(big.Int).Add(allocated, unallocated).Cmp(paid) != 0 || claimed.Cmp(wantClaimed) != 0 {
		t.Fatalf("paid %v allocated %v claimed %v unallocated %v", paid, allocated, claimed, unallocated)
	}
}

func TestRewardsFunding(t *testing.T) {
	e := newRewardsEnv(t, 0, big.NewInt(1), big.NewInt(1))
	o := e.chain.Opts(t, rwFunder)
	o.Value = new(big.Int)
	_, err := e.rw.Fund(o)
	expectRevert(t, e.rwABI, err, "ZeroAmount")

	e.fund(t, big.NewInt(1234))
	// A plain transfer (how the stake source pays a slash's recipient) counts too.
	o = e.chain.Opts(t, rwFunder)
	o.Value = big.NewInt(66)
	tx, err := e.rw.Receive(o)
	e.chain.MustSend(t, e.rwABI, tx, err)
	paid, _, _, unallocated := e.totals(t)
	if paid.Int64() != 1300 || unallocated.Int64() != 1300 {
		t.Fatalf("paid %v unallocated %v, want 1300", paid, unallocated)
	}
}

func TestRewardsConfigValidation(t *testing.T) {
	e := newEnv(t, 2, nil)
	rABI := rewardsABI(t)
	ok := deploy.RewardsConfig{Registry: e.d.RegistryAddress, Inbox: e.chain.Addrs[1], SubmissionFee: new(big.Int), SignerRewardPerBatch: new(big.Int)}
	if err := ok.Validate(); err != nil {
		t.Fatalf("good config rejected: %v", err)
	}
	for name, mutate := range map[string]func(*deploy.RewardsConfig){
		"no registry": func(c *deploy.RewardsConfig) { c.Registry = common.Address{} },
		"no inbox":    func(c *deploy.RewardsConfig) { c.Inbox = common.Address{} },
	} {
		c := ok
		mutate(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("%s: Validate accepted", name)
		}
		_, _, _, err := bindings.DeployRewards(e.chain.Opts(t, 0), e.chain.Client, c.Registry, c.Inbox, c.SubmissionFee, c.SignerRewardPerBatch, c.SignerRewardsRecipient)
		expectRevert(t, rABI, err, "InvalidConfig")
	}
	if err := (deploy.RewardsConfig{Registry: e.d.RegistryAddress, Inbox: e.chain.Addrs[1], SubmissionFee: big.NewInt(-1), SignerRewardPerBatch: new(big.Int)}).Validate(); err == nil {
		t.Error("negative fee accepted")
	}
}

// The gas of onBatchCommitted grows with the signers: one registry call and
// one credit each.
func TestRewardsGas(t *testing.T) {
	const n = 64
	e := newRewardsEnv(t, n, big.NewInt(1e15), big.NewInt(1e16))
	stakes := make([]*big.Int, n)
	for i := range stakes {
		stakes[i] = ether(1)
	}
	epoch := e.registerAll(t, stakes)
	e.fund(t, ether(10))
	all := new(big.Int).Sub(new(big.Int).Lsh(common.Big1, n), common.Big1)
	two := bitmapOf(0, 1)
	// First credits write fresh slots (20k each); later ones update them.
	first := e.commit(t, 901, 0, epoch, e.chain.Addrs[rwOp0], all).GasUsed
	again := e.commit(t, 901, 1, epoch, e.chain.Addrs[rwOp0], all).GasUsed
	small := e.commit(t, 901, 2, epoch, e.chain.Addrs[rwOp0], two).GasUsed
	t.Logf("onBatchCommitted: %d signers first time %d gas, again %d gas (%d per signer); 2 signers %d gas",
		n, first, again, (again-small)/(n-2), small)
}

// Slashed stake can fund rewards: the vault is the Slashing treasury. It is
// deployed right after DeployWithSlashing's three contracts (deployer nonces
// 0, 1, 2), so its address is known in advance: nonce 3.
func TestSlashingTreasuryIsRewardsVault(t *testing.T) {
	e := newSlashEnv(t, 1, func(c *simtest.Chain, s *deploy.SlashingConfig) {
		s.Treasury = crypto.CreateAddress(c.Addrs[accDeployer], 3)
	})
	r, err := deploy.DeployRewards(context.Background(), e.chain.Client, e.chain.Opts(t, accDeployer), deploy.RewardsConfig{
		Registry: e.d.RegistryAddress, Inbox: e.chain.Addrs[accInbox],
		SubmissionFee: big.NewInt(1), SignerRewardPerBatch: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Backend.Commit()
	if err := r.WaitDeployed(boundedCtx(t), e.chain.Client); err != nil {
		t.Fatal(err)
	}
	if r.Address != e.scfg.Treasury {
		t.Fatalf("Rewards at %s, treasury %s", r.Address, e.scfg.Treasury)
	}
	stake := ether(4)
	k := e.stakeAndRegister(t, accOp0, stake)
	rcpt, id := e.prove(t, accOp0, k)
	e.mineTo(t, rcpt.BlockNumber.Uint64()+e.scfg.VetoDelayBlocks)
	tx, err := e.sl.ExecuteSlash(e.chain.Opts(t, accProver), id)
	e.chain.MustSend(t, e.sABI, tx, err)
	paid, err := r.Contract.TotalPaidIn(nil)
	if want := share(stake, e.scfg.EquivocationSlashBps); err != nil || paid.Cmp(want) != 0 {
		t.Fatalf("vault paid in %v (%v), want the slashed %v", paid, err, want)
	}
}
