package deploy_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum-optimism/optimism/op-node/rollup"
	"github.com/ethereum-optimism/optimism/op-node/rollup/derive"
	opeth "github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
	"github.com/nodeop/nodeop/contracts/internal/simtest"
)

// equalStakes returns n stakes of one ether each.
func equalStakes(n int) []*big.Int {
	s := make([]*big.Int, n)
	for i := range s {
		s[i] = ether(1)
	}
	return s
}

func TestInboxHeaderHashMatchesContract(t *testing.T) {
	e := newInboxEnv(t, equalStakes(1), 0)
	domain := crypto.Keccak256Hash([]byte("nodeop.batch.v1"))
	if deploy.BatchDomain != domain {
		t.Fatalf("BatchDomain %x, want keccak256(nodeop.batch.v1) %x", deploy.BatchDomain, domain)
	}
	u64 := func() uint64 {
		switch e.rng.IntN(4) {
		case 0:
			return 0
		case 1:
			return math.MaxUint64
		default:
			return e.rng.Uint64()
		}
	}
	addr := func() common.Address { return common.BytesToAddress(e.randHash().Bytes()) }
	for i := 0; i < 40; i++ {
		h := bindings.BatchHeader{
			ChainId: u64(), BatchIndex: u64(), FirstBlock: u64(), LastBlock: u64(),
			ParentHash: e.randHash(), OutputRoot: e.randHash(),
			L1OriginNumber: u64(), L1OriginHash: e.randHash(), Epoch: u64(),
			Submitter: addr(), WindowStart: u64(), WindowEnd: u64(),
		}
		// Nil and empty slices both encode as empty arrays.
		if n := e.rng.IntN(7); n > 0 || i%2 == 0 {
			h.BlobHashes = make([][32]byte, n)
			for j := range h.BlobHashes {
				h.BlobHashes[j] = e.randHash()
			}
		}
		if n := e.rng.IntN(6); n > 0 || i%3 == 0 {
			h.Fallbacks = make([]common.Address, n)
			for j := range h.Fallbacks {
				h.Fallbacks[j] = addr()
			}
		}
		got, err := e.ib.HashHeader(nil, h)
		if err != nil {
			t.Fatal(err)
		}
		if want := deploy.HeaderHash(h); common.Hash(got) != want {
			t.Fatalf("header %d: contract hash %x, Go HeaderHash %x (header %+v)", i, got, want, h)
		}
	}
}

// TestInboxCommitHappyPath commits batches certified by all members and by
// random signer sets missing less than a third of the stake, for 4, 16 and
// 64 members with random stakes, and logs the gas of each commit.
func TestInboxCommitHappyPath(t *testing.T) {
	for _, n := range []int{4, 16, 64} {
		t.Run(fmt.Sprintf("%d_operators", n), func(t *testing.T) {
			inboxHappyPath(t, n)
		})
	}
}

func inboxHappyPath(t *testing.T, n int, opts ...simtest.Option) {
	e := newInboxEnv(t, inboxStakes(rand.New(rand.NewPCG(uint64(n), 7)), n), 0, opts...)
	type round struct {
		name   string
		greedy bool
		all    bool
		blobs  int
	}
	rounds := []round{
		{name: "first batch of the epoch, all sign", all: true, blobs: 1},
		{name: "all sign", all: true, blobs: 1},
		{name: "random non-signers", blobs: 1},
		{name: "random non-signers", blobs: 2},
		{name: "random non-signers", blobs: 1},
		{name: "most non-signers under 1/3 stake", greedy: true, blobs: 1},
	}
	submitter := e.members[0].acct
	for _, rd := range rounds {
		b := e.nextBatch(t, rd.blobs)
		signers, missing := e.everyone(), []int(nil)
		if !rd.all {
			signers, missing = e.randomSigners(rd.greedy)
		}
		cert := e.certify(b.header, signers)
		r := e.commit(t, submitter, b, cert)
		t.Logf("%d operators, %s (%d of %d missing, %d blob(s)): commitBatch %d gas",
			n, rd.name, len(missing), n, rd.blobs, r.GasUsed)

		hash := deploy.HeaderHash(b.header)
		ev := e.committedEvent(t, r)
		if ev.ChainId != inboxRollupID || ev.BatchIndex != b.header.BatchIndex || common.Hash(ev.HeaderHash) != hash ||
			ev.Submitter != e.members[0].addr || ev.Epoch != e.epoch || ev.SignerBitmap.Cmp(cert.SignerBitmap) != 0 {
			t.Fatalf("BatchCommitted %+v for header %x", ev, hash)
		}
		st := e.state(t)
		if st.next != b.header.BatchIndex+1 || st.last != hash || st.batcher != e.members[0].addr {
			t.Fatalf("inbox state after batch %d: %+v", b.header.BatchIndex, st)
		}
		if got, err := e.ib.HeaderHashOf(nil, b.header.BatchIndex); err != nil || common.Hash(got) != hash {
			t.Fatalf("headerHashOf(%d) = %x (%v), want %x", b.header.BatchIndex, got, err, hash)
		}
		// The assigned submitter in its window: rewards told, no miss.
		calls := e.rewardCalls(r)
		if len(calls) != 1 || calls[0].Caller != e.inbox.Address || calls[0].ChainId != inboxRollupID ||
			calls[0].BatchIndex != b.header.BatchIndex || calls[0].Epoch != e.epoch ||
			calls[0].Submitter != e.members[0].addr || calls[0].SignerBitmap.Cmp(cert.SignerBitmap) != 0 {
			t.Fatalf("rewards calls: %+v", calls)
		}
		if m := e.misses(r); len(m) != 0 {
			t.Fatalf("a commit inside the window recorded a miss: %+v", m[0])
		}
	}
	if got, err := e.ib.HeaderHashOf(nil, uint64(len(rounds))); err != nil || got != ([32]byte{}) {
		t.Fatalf("headerHashOf(uncommitted) = %x (%v), want zero", got, err)
	}
}

// TestInboxCommitGasOsaka repeats the 64-operator happy path on an Osaka L1,
// whose modexp repricing (EIP-7883) makes hashToG1 dearer than on the
// devnet's Prague.
func TestInboxCommitGasOsaka(t *testing.T) {
	if testing.Short() {
		t.Skip("gas figures only")
	}
	inboxHappyPath(t, 64, inboxOsaka())
}

// inboxOsaka keeps the simulated backend's own chain config, which has Osaka
// active: it changes nothing, but any option stops newInboxEnv from
// switching to Prague.
func inboxOsaka() simtest.Option { return func(*node.Config, *ethconfig.Config) {} }

func TestInboxRejectsInsufficientQuorum(t *testing.T) {
	// Total 6: leaving out member 0 (2) signs exactly 2/3, which passes;
	// leaving out members 0 and 1 (3) signs half, which fails.
	e := newInboxEnv(t, []*big.Int{ether(2), ether(1), ether(1), ether(2)}, 0)
	b := e.nextBatch(t, 1)
	e.commit(t, e.members[0].acct, b, e.certify(b.header, e.without(0)))

	b = e.nextBatch(t, 1)
	re := e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.without(0, 1)), "InsufficientQuorum")
	if signed, total := re.Args[0].(*big.Int), re.Args[1].(*big.Int); signed.Cmp(ether(3)) != 0 || total.Cmp(ether(6)) != 0 {
		t.Fatalf("InsufficientQuorum(%v, %v), want (3 ether, 6 ether)", signed, total)
	}
	// Nobody signing: an all-zero certificate is a valid signature of no one
	// over anything, and only the quorum rule stops it.
	e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, nil), "InsufficientQuorum")
}

func TestInboxRejectsTamperedHeader(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	cert := e.certify(b.header, e.everyone())
	tampered := b
	tampered.header.OutputRoot = e.randHash()
	e.rejectCommit(t, e.members[0].acct, tampered, cert, "InvalidSignature")
	// The signature over one header does not carry to a sibling either.
	other := e.nextBatch(t, 1)
	e.rejectCommit(t, e.members[0].acct, other, cert, "InvalidSignature")
	e.commit(t, e.members[0].acct, b, cert)
}

func TestInboxRejectsWrongParent(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	e.commit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()))
	b = e.nextBatch(t, 1)
	want := b.header.ParentHash
	b.header.ParentHash = e.randHash()
	re := e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()), "WrongParent")
	if got := re.Args[1].([32]byte); common.Hash(got) != common.Hash(want) {
		t.Fatalf("WrongParent carries last header %x, want %x", got, want)
	}
	// The first batch's parent is zero.
	e2 := newInboxEnv(t, equalStakes(1), 0)
	b = e2.nextBatch(t, 1)
	b.header.ParentHash = e2.randHash()
	e2.rejectCommit(t, e2.members[0].acct, b, e2.certify(b.header, e2.everyone()), "WrongParent")
}

func TestInboxRejectsReplayedBatch(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	cert := e.certify(b.header, e.everyone())
	e.commit(t, e.members[0].acct, b, cert)
	re := e.rejectCommit(t, e.members[0].acct, b, cert, "BatchAlreadyCommitted")
	if idx, h := re.Args[0].(uint64), re.Args[1].([32]byte); idx != 0 || common.Hash(h) != deploy.HeaderHash(b.header) {
		t.Fatalf("BatchAlreadyCommitted(%d, %x)", idx, h)
	}
}

func TestInboxRejectsIndexGap(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.batchAfter(t, 1, common.Hash{}, 1)
	re := e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()), "BatchIndexGap")
	if idx, next := re.Args[0].(uint64), re.Args[1].(uint64); idx != 1 || next != 0 {
		t.Fatalf("BatchIndexGap(%d, %d), want (1, 0)", idx, next)
	}
}

func TestInboxRejectsBlobHashMismatch(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 2)
	cert := e.certify(b.header, e.everyone())
	// Other blobs, same count.
	other := b
	other.sidecar = e.newBlobs(t, 2)
	re := e.rejectCommit(t, e.members[0].acct, other, cert, "BlobHashMismatch")
	if idx := re.Args[0].(*big.Int); idx.Sign() != 0 {
		t.Fatalf("mismatch at blob %v, want 0", idx)
	}
	// The header's blobs, in the wrong order.
	swapped := b
	swapped.sidecar = types.NewBlobTxSidecar(types.BlobSidecarVersion0,
		[]kzg4844.Blob{b.sidecar.Blobs[1], b.sidecar.Blobs[0]},
		[]kzg4844.Commitment{b.sidecar.Commitments[1], b.sidecar.Commitments[0]},
		[]kzg4844.Proof{b.sidecar.Proofs[1], b.sidecar.Proofs[0]})
	e.rejectCommit(t, e.members[0].acct, swapped, cert, "BlobHashMismatch")
	// The second blob replaced.
	second := b
	second.sidecar = types.NewBlobTxSidecar(types.BlobSidecarVersion0,
		[]kzg4844.Blob{b.sidecar.Blobs[0], other.sidecar.Blobs[1]},
		[]kzg4844.Commitment{b.sidecar.Commitments[0], other.sidecar.Commitments[1]},
		[]kzg4844.Proof{b.sidecar.Proofs[0], other.sidecar.Proofs[1]})
	re = e.rejectCommit(t, e.members[0].acct, second, cert, "BlobHashMismatch")
	if idx := re.Args[0].(*big.Int); idx.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("mismatch at blob %v, want 1", idx)
	}
	e.commit(t, e.members[0].acct, b, cert)
}

func TestInboxRejectsMissingBlob(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 2)
	cert := e.certify(b.header, e.everyone())
	short := b
	short.sidecar = types.NewBlobTxSidecar(types.BlobSidecarVersion0,
		b.sidecar.Blobs[:1], b.sidecar.Commitments[:1], b.sidecar.Proofs[:1])
	re := e.rejectCommit(t, e.members[0].acct, short, cert, "MissingBlob")
	if idx := re.Args[0].(*big.Int); idx.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("missing blob %v, want 1", idx)
	}
	// No blobs at all: a plain transaction.
	none := b
	none.sidecar = nil
	e.rejectCommit(t, e.members[0].acct, none, cert, "MissingBlob")
}

func TestInboxRejectsExtraBlob(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	cert := e.certify(b.header, e.everyone())
	more := e.newBlobs(t, 1)
	extra := b
	extra.sidecar = types.NewBlobTxSidecar(types.BlobSidecarVersion0,
		append(slices.Clone(b.sidecar.Blobs), more.Blobs[0]),
		append(slices.Clone(b.sidecar.Commitments), more.Commitments[0]),
		append(slices.Clone(b.sidecar.Proofs), more.Proofs[0]))
	re := e.rejectCommit(t, e.members[0].acct, extra, cert, "ExtraBlob")
	if idx := re.Args[0].(*big.Int); idx.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("extra blob %v, want 1", idx)
	}
}

func TestInboxRejectsHeaderWithoutBlobs(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	b.header.BlobHashes = nil
	cert := e.certify(b.header, e.everyone())
	b.sidecar = nil
	e.rejectCommit(t, e.members[0].acct, b, cert, "NoBlobs")
	// Blobs in the transaction do not help a header that names none.
	b.sidecar = e.newBlobs(t, 1)
	e.rejectCommit(t, e.members[0].acct, b, cert, "NoBlobs")
}

func TestInboxRejectsNonMemberSignature(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	// A key that never registered signs in member 3's place.
	stranger := newKey(t)
	keys := append(e.keysOf([]int{0, 1, 2}), stranger)
	e.rejectCommit(t, e.members[0].acct, b, inboxCertify(b.header, keys, e.everyone()), "InvalidSignature")
	// The stranger added on top of all members.
	keys = append(e.keysOf(e.everyone()), stranger)
	e.rejectCommit(t, e.members[0].acct, b, inboxCertify(b.header, keys, e.everyone()), "InvalidSignature")
}

func TestInboxRejectsBitmapBeyondEpoch(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	cert := e.certify(b.header, e.everyone())
	cert.SignerBitmap = new(big.Int).SetBit(new(big.Int).Set(cert.SignerBitmap), 4, 1)
	re := e.rejectCommit(t, e.members[0].acct, b, cert, "BitmapOutOfRange")
	if size := re.Args[1].(*big.Int); size.Cmp(big.NewInt(4)) != 0 {
		t.Fatalf("BitmapOutOfRange epoch size %v, want 4", size)
	}
	cert.SignerBitmap = new(big.Int).Lsh(big.NewInt(1), 255)
	e.rejectCommit(t, e.members[0].acct, b, cert, "BitmapOutOfRange")
}

func TestInboxRejectsBitmapNotMatchingSigners(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	// Members 0, 1, 2 sign; the bitmap claims 0, 1, 3.
	cert := inboxCertify(b.header, e.keysOf([]int{0, 1, 2}), []int{0, 1, 3})
	e.rejectCommit(t, e.members[0].acct, b, cert, "InvalidSignature")
	// The bitmap claims one more signer than signed.
	cert = inboxCertify(b.header, e.keysOf([]int{0, 1, 2}), e.everyone())
	e.rejectCommit(t, e.members[0].acct, b, cert, "InvalidSignature")
}

func TestInboxRejectsOtherSenderInWindow(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 1)
	b := e.nextBatch(t, 1)
	cert := e.certify(b.header, e.everyone())
	for _, from := range []int{e.members[1].acct, e.members[3].acct, e.outsiders[0], 0} {
		re := e.rejectCommit(t, from, b, cert, "NotYourWindow")
		if allowed, until := re.Args[0].(common.Address), re.Args[1].(*big.Int); allowed != e.members[0].addr ||
			until.Uint64() != b.header.WindowEnd {
			t.Fatalf("NotYourWindow(%s, %v), want (%s, %d)", allowed, until, e.members[0].addr, b.header.WindowEnd)
		}
	}
	e.commit(t, e.members[0].acct, b, cert)
}

func TestInboxRejectsTooEarly(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	b.header.WindowStart += 3
	b.header.WindowEnd += 3
	cert := e.certify(b.header, e.everyone())
	re := e.rejectCommit(t, e.members[0].acct, b, cert, "TooEarly")
	if start := re.Args[0].(uint64); start != b.header.WindowStart {
		t.Fatalf("TooEarly(%d), want %d", start, b.header.WindowStart)
	}
	ph, err := e.ib.WhoMaySubmit(nil, b.header)
	if err != nil || ph.Phase != deploy.PhaseTooEarly || ph.Allowed != (common.Address{}) || ph.UntilBlock.Uint64() != b.header.WindowStart {
		t.Fatalf("whoMaySubmit before the window: %+v (%v)", ph, err)
	}
	e.mineUntilNext(t, b.header.WindowStart)
	e.commit(t, e.members[0].acct, b, cert)
}

func TestInboxRejectsWrongChainID(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b := e.nextBatch(t, 1)
	b.header.ChainId = inboxRollupID + 1
	re := e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()), "WrongChainId")
	if got, want := re.Args[0].(uint64), re.Args[1].(uint64); got != inboxRollupID+1 || want != inboxRollupID {
		t.Fatalf("WrongChainId(%d, %d)", got, want)
	}
}

func TestInboxEpochRules(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	// Epoch 0 is the empty set.
	b := e.nextBatch(t, 1)
	b.header.Epoch = 0
	re := e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, nil), "EmptyEpoch")
	if ep := re.Args[0].(*big.Int); ep.Sign() != 0 {
		t.Fatalf("EmptyEpoch(%v)", ep)
	}
	// A future epoch.
	b.header.Epoch = e.epoch + 1
	e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()), "UnknownEpoch")

	// Two epochs later (same members, same order), epoch 1 is stale and
	// epoch 2, the previous one, is still accepted.
	e.advance(t)
	e.advance(t)
	if cur := e.currentEpoch(t).Uint64(); cur != e.epoch+2 {
		t.Fatalf("current epoch %d", cur)
	}
	b = e.nextBatch(t, 1)
	re = e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()), "StaleEpoch")
	if ep, cur := re.Args[0].(*big.Int), re.Args[1].(*big.Int); ep.Uint64() != e.epoch || cur.Uint64() != e.epoch+2 {
		t.Fatalf("StaleEpoch(%v, %v)", ep, cur)
	}
	e.epoch++
	b = e.nextBatch(t, 1)
	e.commit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()))
	e.epoch++
	b = e.nextBatch(t, 1)
	e.commit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()))
}

// TestInboxFallbackOrder walks one header's window: the assigned submitter,
// then fallback 1 and fallback 2 each in its own sub-window, then any member.
func TestInboxFallbackOrder(t *testing.T) {
	e := newInboxEnv(t, equalStakes(5), 1)
	m := func(i int) int { return e.members[i].acct }
	whoMay := func(h bindings.BatchHeader) (uint8, common.Address, uint64) {
		t.Helper()
		// Views run on the latest block; the transactions land in the next.
		ph, err := e.ib.WhoMaySubmit(nil, h)
		if err != nil {
			t.Fatal(err)
		}
		until := uint64(math.MaxUint64)
		if ph.UntilBlock.IsUint64() {
			until = ph.UntilBlock.Uint64()
		}
		return ph.Phase, ph.Allowed, until
	}

	// Batch 0: member 0 assigned, fallbacks members 1 and 2. In fallback 1's
	// sub-window the assigned submitter and fallback 2 are refused.
	b := e.nextBatch(t, 1)
	end := b.header.WindowEnd
	cert := e.certify(b.header, e.everyone())
	if ph, who, until := whoMay(b.header); ph != deploy.PhaseTooEarly || who != (common.Address{}) || until != b.header.WindowStart {
		t.Fatalf("whoMaySubmit at the head before the window: %d %s %d", ph, who, until)
	}
	e.mineUntilNext(t, end)
	for _, from := range []int{m(2), m(0), m(3)} {
		re := e.rejectCommit(t, from, b, cert, "NotYourWindow")
		if allowed, until := re.Args[0].(common.Address), re.Args[1].(*big.Int).Uint64(); allowed != e.members[1].addr || until != end+inboxSubWindow {
			t.Fatalf("in fallback 1's sub-window: NotYourWindow(%s, %d), want (%s, %d)", allowed, until, e.members[1].addr, end+inboxSubWindow)
		}
	}
	if ph, who, until := whoMay(b.header); ph != deploy.PhaseFallback || who != e.members[1].addr || until != end+inboxSubWindow {
		t.Fatalf("whoMaySubmit in fallback 1's sub-window: %d %s %d", ph, who, until)
	}
	r := e.commit(t, m(1), b, cert)
	if ms := e.misses(r); len(ms) != 1 || ms[0].Operator != e.members[0].addr || ms[0].ChainId != inboxRollupID ||
		ms[0].BatchIndex != 0 || ms[0].Caller != e.inbox.Address {
		t.Fatalf("missed window for batch 0: %+v", ms)
	}
	if calls := e.rewardCalls(r); len(calls) != 1 || calls[0].Submitter != e.members[1].addr {
		t.Fatalf("rewards for batch 0: %+v", calls)
	}

	// Batch 1: fallback 2 in its own sub-window; fallback 1 is too late there.
	b = e.nextBatch(t, 1)
	end = b.header.WindowEnd
	cert = e.certify(b.header, e.everyone())
	e.mineUntilNext(t, end+inboxSubWindow)
	re := e.rejectCommit(t, m(1), b, cert, "NotYourWindow")
	if allowed := re.Args[0].(common.Address); allowed != e.members[2].addr {
		t.Fatalf("in fallback 2's sub-window: allowed %s, want %s", allowed, e.members[2].addr)
	}
	r = e.commit(t, m(2), b, cert)
	if ms := e.misses(r); len(ms) != 1 || ms[0].Operator != e.members[0].addr || ms[0].BatchIndex != 1 {
		t.Fatalf("missed window for batch 1: %+v", ms)
	}

	// Batch 2: after every sub-window any member may, an outsider may not.
	b = e.nextBatch(t, 1)
	end = b.header.WindowEnd
	cert = e.certify(b.header, e.everyone())
	e.mineUntilNext(t, end+2*inboxSubWindow)
	re = e.rejectCommit(t, e.outsiders[0], b, cert, "NotYourWindow")
	if allowed, until := re.Args[0].(common.Address), re.Args[1].(*big.Int); allowed != (common.Address{}) || until.Cmp(maxUint256) != 0 {
		t.Fatalf("open phase, outsider: NotYourWindow(%s, %v), want (0, max)", allowed, until)
	}
	if ph, who, until := whoMay(b.header); ph != deploy.PhaseOpen || who != (common.Address{}) || until != math.MaxUint64 {
		t.Fatalf("whoMaySubmit in the open phase: %d %s %d", ph, who, until)
	}
	r = e.commit(t, m(4), b, cert)
	if ms := e.misses(r); len(ms) != 1 || ms[0].Operator != e.members[0].addr || ms[0].BatchIndex != 2 {
		t.Fatalf("missed window for batch 2: %+v", ms)
	}

	// Batch 3: the assigned submitter itself, late (open phase), still missed its window.
	b = e.nextBatch(t, 1)
	cert = e.certify(b.header, e.everyone())
	e.mineUntilNext(t, b.header.WindowEnd+2*inboxSubWindow)
	r = e.commit(t, m(0), b, cert)
	if ms := e.misses(r); len(ms) != 1 || ms[0].Operator != e.members[0].addr || ms[0].BatchIndex != 3 {
		t.Fatalf("missed window for late batch 3: %+v", ms)
	}
}

// TestInboxLongFallbackList checks the sub-window arithmetic with more
// fallbacks than members and extreme window bounds: no overflow, the open
// phase just starts later (or never, within 2^64 blocks).
func TestInboxLongFallbackList(t *testing.T) {
	e := newInboxEnv(t, equalStakes(2), 0)
	b := e.nextBatch(t, 1)
	b.header.Fallbacks = nil
	for i := 0; i < 300; i++ {
		b.header.Fallbacks = append(b.header.Fallbacks, e.members[i%2].addr)
	}
	// Fallback k's sub-window: member k%2. Next block = windowEnd + 3 subs + 1.
	e.mineUntilNext(t, b.header.WindowEnd+3*inboxSubWindow+1)
	cert := e.certify(b.header, e.everyone())
	re := e.rejectCommit(t, e.members[0].acct, b, cert, "NotYourWindow")
	if allowed, until := re.Args[0].(common.Address), re.Args[1].(*big.Int).Uint64(); allowed != e.members[1].addr || until != b.header.WindowEnd+4*inboxSubWindow {
		t.Fatalf("NotYourWindow(%s, %d)", allowed, until)
	}
	e.commit(t, e.members[1].acct, b, cert)

	// A window that starts at 0 and ends at 2^64-1: always the assigned phase.
	h := b.header
	h.WindowStart, h.WindowEnd = 0, math.MaxUint64
	if ph, err := e.ib.WhoMaySubmit(nil, h); err != nil || ph.Phase != deploy.PhaseAssigned || ph.UntilBlock.Uint64() != math.MaxUint64 {
		t.Fatalf("whoMaySubmit with the widest window: %+v (%v)", ph, err)
	}
	// An empty assigned window (end <= start) goes straight to the fallbacks.
	head := e.chain.BlockNumber(t)
	h.WindowStart, h.WindowEnd = head, head-1
	if ph, err := e.ib.WhoMaySubmit(nil, h); err != nil || ph.Phase != deploy.PhaseFallback || ph.Allowed != h.Fallbacks[0] {
		t.Fatalf("whoMaySubmit with an empty window: %+v (%v)", ph, err)
	}
}

// TestInboxConfigUpdateOnBatcherChange decodes the inbox's logs with
// op-node's own SystemConfig parser, the way op-node's L1 traversal does for
// every L1 block: the batcher changes exactly when a new sender commits.
func TestInboxConfigUpdateOnBatcherChange(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	ctx := context.Background()
	rollupCfg := &rollup.Config{L1SystemConfigAddress: e.inbox.Address, BatchInboxAddress: e.inbox.Address}
	sys := opeth.SystemConfig{BatcherAddr: e.chain.Addrs[0]}
	if b, err := e.ib.Batcher(nil); err != nil || b != e.chain.Addrs[0] {
		t.Fatalf("initial batcher %s (%v), want the configured %s", b, err, e.chain.Addrs[0])
	}
	// applyBlock feeds all receipts of r's block to op-node's updater.
	applyBlock := func(r *types.Receipt) {
		t.Helper()
		// op-node fetches a block's receipts in one go; so does this.
		rs, err := ethclient.NewClient(e.rpc).BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(r.BlockHash, false))
		if err != nil {
			t.Fatal(err)
		}
		if err := derive.UpdateSystemConfigWithL1Receipts(&sys, rs, rollupCfg, 0); err != nil {
			t.Fatalf("op-node rejected the block's SystemConfig logs: %v", err)
		}
	}
	commitBy := func(member int) *types.Receipt {
		t.Helper()
		b := e.nextBatch(t, 1)
		b.header.Submitter = e.members[member].addr
		return e.commit(t, e.members[member].acct, b, e.certify(b.header, e.everyone()))
	}

	r := commitBy(0)
	ups := e.configUpdates(r)
	if len(ups) != 1 {
		t.Fatalf("first commit by a new sender: %d ConfigUpdate logs, want 1", len(ups))
	}
	l := ups[0]
	if l.Address != e.inbox.Address || l.Topics[1] != (common.Hash{}) || l.Topics[2] != derive.SystemConfigUpdateBatcher {
		t.Fatalf("ConfigUpdate log: address %s topics %v", l.Address, l.Topics)
	}
	var one opeth.SystemConfig
	if err := derive.ProcessSystemConfigUpdateLogEvent(&one, l, rollupCfg, 0); err != nil || one.BatcherAddr != e.members[0].addr {
		t.Fatalf("op-node parses the ConfigUpdate as batcher %s (%v), want %s", one.BatcherAddr, err, e.members[0].addr)
	}
	// Bytes of SystemConfig's own encoding: offset 32, length 32, padded address.
	want := append(append(common.LeftPadBytes([]byte{32}, 32), common.LeftPadBytes([]byte{32}, 32)...), common.LeftPadBytes(e.members[0].addr[:], 32)...)
	if !slices.Equal(l.Data, want) {
		t.Fatalf("ConfigUpdate data %x, want %x", l.Data, want)
	}
	applyBlock(r)
	if sys.BatcherAddr != e.members[0].addr {
		t.Fatalf("op-node batcher after the first commit: %s, want %s", sys.BatcherAddr, e.members[0].addr)
	}

	// The same sender again: no event, op-node's batcher stays.
	r = commitBy(0)
	if ups := e.configUpdates(r); len(ups) != 0 {
		t.Fatalf("second commit by the batcher emitted %d ConfigUpdate logs", len(ups))
	}
	applyBlock(r)
	if sys.BatcherAddr != e.members[0].addr {
		t.Fatalf("op-node batcher changed without a new sender: %s", sys.BatcherAddr)
	}

	// A rejected commit by another member changes nothing op-node sees.
	b := e.nextBatch(t, 1)
	b.header.Submitter = e.members[1].addr
	e.rejectCommit(t, e.members[1].acct, b, e.certify(b.header, e.without(0, 1)), "InsufficientQuorum")

	// Another member commits: the batcher follows it.
	r = commitBy(1)
	if ups := e.configUpdates(r); len(ups) != 1 {
		t.Fatalf("commit by a new sender: %d ConfigUpdate logs, want 1", len(ups))
	}
	applyBlock(r)
	if sys.BatcherAddr != e.members[1].addr {
		t.Fatalf("op-node batcher: %s, want %s", sys.BatcherAddr, e.members[1].addr)
	}
	if b, err := e.ib.Batcher(nil); err != nil || b != e.members[1].addr {
		t.Fatalf("inbox batcher %s (%v), want %s", b, err, e.members[1].addr)
	}
}

// TestInboxOneBatcherPerBlock: op-node reads a block's batches from the
// batcher in force at the block's end, so one L1 block takes commits from
// one sender only, though as many as it likes.
func TestInboxOneBatcherPerBlock(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	b0 := e.nextBatch(t, 1)
	b0.header.Submitter = e.members[0].addr
	b1 := e.batchAfter(t, 1, deploy.HeaderHash(b0.header), 1)
	b1.header.Submitter = e.members[0].addr
	b2 := e.batchAfter(t, 2, deploy.HeaderHash(b1.header), 1)
	b2.header.Submitter = e.members[1].addr
	// Member 0 sends batches 0 and 1, member 1 batch 2, all in one block;
	// higher tips first.
	tx0 := e.commitTx(t, e.members[0].acct, b0, e.certify(b0.header, e.everyone()), 0, 30e9)
	tx1 := e.commitTx(t, e.members[0].acct, b1, e.certify(b1.header, e.everyone()), 1, 30e9)
	cert2 := e.certify(b2.header, e.everyone())
	tx2 := e.commitTx(t, e.members[1].acct, b2, cert2, 0, 1e9)
	for _, tx := range []*types.Transaction{tx0, tx1, tx2} {
		e.send(t, tx)
	}
	e.chain.Backend.Commit()
	var block *big.Int
	for i, tx := range []*types.Transaction{tx0, tx1, tx2} {
		r, err := e.chain.Client.TransactionReceipt(context.Background(), tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		if block == nil {
			block = r.BlockNumber
		} else if r.BlockNumber.Cmp(block) != 0 {
			t.Fatalf("tx %d in block %v, want all in %v", i, r.BlockNumber, block)
		}
		if wantOK := i < 2; (r.Status == types.ReceiptStatusSuccessful) != wantOK {
			t.Fatalf("tx %d status %d", i, r.Status)
		}
	}
	// Why batch 2 failed: replay it on the block's final state as that block.
	err := e.callCommit(t, e.members[1].acct, b2, cert2, block, block.Uint64())
	if !errors.Is(err, contracts.Reverted("BatcherTakenThisBlock")) {
		t.Fatalf("second sender in one block: %v, want BatcherTakenThisBlock", err)
	}
	if st := e.state(t); st.next != 2 || st.batcher != e.members[0].addr {
		t.Fatalf("inbox state after the block: %+v", st)
	}
	// The next block is free for member 1.
	e.commit(t, e.members[1].acct, b2, cert2)
}

func TestInboxUnsafeBlockSignerSlot(t *testing.T) {
	e := newInboxEnv(t, equalStakes(1), 0)
	ctx := context.Background()
	// op-node's runcfg.UnsafeBlockSignerAddressSystemConfigStorageSlot.
	opNodeSlot := common.HexToHash("0x65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08")
	if deploy.UnsafeBlockSignerSlot != opNodeSlot {
		t.Fatalf("UnsafeBlockSignerSlot %x, op-node reads %x", deploy.UnsafeBlockSignerSlot, opNodeSlot)
	}
	if s, err := e.ib.UNSAFEBLOCKSIGNERSLOT(nil); err != nil || common.Hash(s) != opNodeSlot {
		t.Fatalf("contract's UNSAFE_BLOCK_SIGNER_SLOT %x (%v)", s, err)
	}
	if s, err := e.ib.UnsafeBlockSigner(nil); err != nil || s != e.signer {
		t.Fatalf("unsafeBlockSigner() = %s (%v), want %s", s, err, e.signer)
	}
	raw, err := e.chain.Client.StorageAt(ctx, e.inbox.Address, opNodeSlot, nil)
	if err != nil || common.BytesToAddress(raw) != e.signer {
		t.Fatalf("eth_getStorageAt at the slot: %x (%v), want %s", raw, err, e.signer)
	}

	// What op-node's EthClient.ReadStorageAt does for an untrusted RPC:
	// eth_getProof at the block, verified against the block's state root.
	head, err := e.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var res opeth.AccountResult
	if err := e.rpc.CallContext(ctx, &res, "eth_getProof", e.inbox.Address, []common.Hash{opNodeSlot}, head.Hash().Hex()); err != nil {
		t.Fatal(err)
	}
	if err := res.Verify(head.Root); err != nil {
		t.Fatalf("storage proof does not verify against the state root: %v", err)
	}
	if len(res.StorageProof) != 1 {
		t.Fatalf("%d storage proofs", len(res.StorageProof))
	}
	if got := common.BytesToAddress(res.StorageProof[0].Value.ToInt().Bytes()); got != e.signer {
		t.Fatalf("proved unsafe block signer %s, want %s", got, e.signer)
	}
}

func TestInboxFailingHookUndoesCommit(t *testing.T) {
	e := newInboxEnv(t, equalStakes(4), 0)
	tx, err := e.hooks.SetFail(e.chain.Opts(t, 0), true)
	e.chain.MustSend(t, e.hooksABI, tx, err)
	b := e.nextBatch(t, 1)
	cert := e.certify(b.header, e.everyone())
	e.rejectCommit(t, e.members[0].acct, b, cert, "HookFailed")
	tx, err = e.hooks.SetFail(e.chain.Opts(t, 0), false)
	e.chain.MustSend(t, e.hooksABI, tx, err)
	e.commit(t, e.members[0].acct, b, cert)
}

func TestInboxHooksOptionalOrDeployed(t *testing.T) {
	e := newInboxEnv(t, equalStakes(2), 0)
	cfg := deploy.InboxConfig{Registry: e.d.RegistryAddress, ChainID: inboxRollupID, SubWindow: inboxSubWindow}
	// No hooks: commits go through.
	e.deployInbox(t, cfg)
	b := e.nextBatch(t, 1)
	r := e.commit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()))
	if len(e.rewardCalls(r)) != 0 {
		t.Fatal("a hook-less inbox called the hooks")
	}
	// A rewards address without code yet (a contract to be deployed later).
	nonce, err := e.chain.Client.PendingNonceAt(context.Background(), e.chain.Addrs[0])
	if err != nil {
		t.Fatal(err)
	}
	cfg.Rewards = crypto.CreateAddress(e.chain.Addrs[0], nonce+100)
	e.deployInbox(t, cfg)
	b = e.nextBatch(t, 1)
	re := e.rejectCommit(t, e.members[0].acct, b, e.certify(b.header, e.everyone()), "HookNotDeployed")
	if a := re.Args[0].(common.Address); a != cfg.Rewards {
		t.Fatalf("HookNotDeployed(%s), want %s", a, cfg.Rewards)
	}
}

func TestInboxConfigValidation(t *testing.T) {
	e := newInboxEnv(t, equalStakes(1), 0)
	good := deploy.InboxConfig{Registry: e.d.RegistryAddress, ChainID: inboxRollupID, SubWindow: 1}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]deploy.InboxConfig{
		"no registry":  {ChainID: 1, SubWindow: 1},
		"chain id 0":   {Registry: e.d.RegistryAddress, SubWindow: 1},
		"sub-window 0": {Registry: e.d.RegistryAddress, ChainID: 1},
	} {
		if err := c.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
		if _, err := deploy.DeployInbox(context.Background(), e.chain.Client, e.chain.Opts(t, 0), c); err == nil {
			t.Errorf("%s: deployed", name)
		}
	}
	// The contract's own check: a registry address without code.
	bad := good
	bad.Registry = common.HexToAddress("0xdead")
	_, err := deploy.DeployInbox(context.Background(), e.chain.Client, e.chain.Opts(t, 0), bad)
	expectRevert(t, e.ibABI, err, "InvalidConfig")
}
