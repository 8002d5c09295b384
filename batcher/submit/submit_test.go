package submit

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/deploy"
)

// TestSubmitter runs one operator set on a real L1: the window rule
// against the contract's, refusals that send nothing, and a commit.
func TestSubmitter(t *testing.T) {
	e := newEnv(t, 4)
	a, b := e.submitter(e.ops[0].acct), e.submitter(e.ops[1].acct)
	if a.Address() != e.ops[0].addr() || a.SubWindow() != testSubWindow || a.Inbox() != e.sys.Inbox.Address {
		t.Fatalf("submitter: address %s, sub-window %d, inbox %s", a.Address(), a.SubWindow(), a.Inbox())
	}

	t.Run("WindowMatchesContract", func(t *testing.T) { testWindowMatchesContract(t, e) })

	t.Run("BlobsMustMatchHeader", func(t *testing.T) {
		head := e.head()
		good := e.batch(0, common.Hash{}, 2, e.ops[0].addr(), nil, head, head+10)
		other, _ := blobs(t, 1)
		with := func(bs ...*eth.Blob) *Batch { return &Batch{Header: good.Header, Cert: good.Cert, Blobs: bs} }
		cases := []struct {
			name  string
			batch *Batch
		}{
			{"wrong blob", with(good.Blobs[0], other[0])},
			{"swapped", with(good.Blobs[1], good.Blobs[0])},
			{"one missing", with(good.Blobs[0])},
			{"one extra", with(good.Blobs[0], good.Blobs[1], other[0])},
			{"none", with()},
			{"nil blob", with(good.Blobs[0], nil)},
		}
		before := e.nonces(a.Address())
		for _, c := range cases {
			_, err := a.Submit(t.Context(), c.batch)
			if !errors.Is(err, ErrBlobMismatch) {
				t.Errorf("%s: %v, want ErrBlobMismatch", c.name, err)
			}
		}
		noHashes := *good
		noHashes.Header.BlobHashes = nil
		if _, err := a.Submit(t.Context(), &noHashes); !errors.Is(err, ErrBlobMismatch) {
			t.Errorf("header without blobs: %v, want ErrBlobMismatch", err)
		}
		if after := e.nonces(a.Address()); after != before {
			t.Fatalf("nonces (latest, pending) went from %v to %v: something was sent", before, after)
		}
		if st := a.Status(); st.LastError == "" || st.Committed {
			t.Fatalf("status after refusals: %+v", st)
		}
	})

	head := e.head()
	// Window [head, head+6) for A, then B and C. Six blocks rather than the
	// two or three a sealing node might give: under the race detector the
	// in-process L1 and the blob proofs are slow enough for a commit to
	// land a block or two after the one it was aimed at.
	b0 := e.batch(0, common.Hash{}, 2, e.ops[0].addr(), e.addrs(1, 2), head, head+6)

	t.Run("FallbackRefusedInAssignedWindow", func(t *testing.T) {
		before := e.nonces(b.Address())
		start := time.Now()
		r, err := b.Submit(t.Context(), b0)
		if r != nil || !errors.Is(err, ErrWouldRevert) || !errors.Is(err, contracts.Reverted("NotYourWindow")) {
			t.Fatalf("fallback's submit in the assigned window: receipt %v, err %v; want ErrWouldRevert naming NotYourWindow", r, err)
		}
		var re *contracts.RevertError
		if !errors.As(err, &re) || len(re.Args) != 2 || re.Args[0] != e.ops[0].addr() {
			t.Fatalf("revert %+v does not name the assigned submitter %s", re, e.ops[0].addr())
		}
		t.Logf("refused in %v: %v", time.Since(start).Round(time.Millisecond), err)
		// txmgr would retry a failed estimate for a minute; the refusal is immediate.
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("refusal took %v", d)
		}
		if after := e.nonces(b.Address()); after != before {
			t.Fatalf("B's nonces (latest, pending) went from %v to %v: a transaction was sent", before, after)
		}
	})

	t.Run("AssignedSubmitterCommits", func(t *testing.T) {
		r, err := a.Submit(t.Context(), b0)
		if err != nil {
			t.Fatalf("submit: %v", err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt status %d", r.Status)
		}
		t.Logf("commitBatch gas used: %d (2 blobs, 4 of 4 signers, first batch of the epoch, rewards paid) in block %d",
			r.GasUsed, r.BlockNumber)
		ev := committedEvent(t, e, r)
		if ev.Submitter != e.ops[0].addr() || ev.BatchIndex != 0 || ev.HeaderHash != deploy.HeaderHash(b0.Header) || ev.Epoch != e.epoch {
			t.Fatalf("BatchCommitted %+v", ev)
		}
		tx, _, err := e.client.TransactionByHash(t.Context(), r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Type() != types.BlobTxType || len(tx.BlobHashes()) != 2 || tx.BlobHashes()[0] != b0.Header.BlobHashes[0] {
			t.Fatalf("commit went as type %d with blob hashes %v", tx.Type(), tx.BlobHashes())
		}
		call := &bind.CallOpts{Context: t.Context()}
		next, err := e.inbox.NextBatchIndex(call)
		if err != nil || next != 1 {
			t.Fatalf("nextBatchIndex %d (%v), want 1", next, err)
		}
		got, err := e.inbox.HeaderHashOf(call, 0)
		if err != nil || got != deploy.HeaderHash(b0.Header) {
			t.Fatalf("headerHashOf(0) %x (%v), want %s", got, err, deploy.HeaderHash(b0.Header))
		}
		batcher, err := e.inbox.Batcher(call)
		if err != nil || batcher != a.Address() {
			t.Fatalf("batcher %s (%v), want the committer %s", batcher, err, a.Address())
		}
		st := a.Status()
		if !st.Committed || st.LastIndex != 0 || st.LastTx != r.TxHash || st.LastError != "" {
			t.Fatalf("status %+v", st)
		}
	})

	t.Run("CommittedBatchRefused", func(t *testing.T) {
		before := e.nonces(a.Address())
		_, err := a.Submit(t.Context(), b0)
		if !errors.Is(err, ErrWouldRevert) || !errors.Is(err, contracts.Reverted("BatchAlreadyCommitted")) {
			t.Fatalf("second submit of batch 0: %v, want ErrWouldRevert naming BatchAlreadyCommitted", err)
		}
		if after := e.nonces(a.Address()); after != before {
			t.Fatalf("nonces went from %v to %v", before, after)
		}
		if st := a.Status(); !st.Committed || st.LastIndex != 0 || st.LastError == "" {
			t.Fatalf("status %+v", st)
		}
	})

	// In the open phase two members may race for a batch: one commits, the
	// other's commit reverts when mined in the same block (ErrReverted, the
	// reason found by replay) or is refused unsent if it comes later
	// (ErrWouldRevert). Which one happens depends on timing; both must name
	// the reason.
	t.Run("OpenPhaseRaceLoserGetsReason", func(t *testing.T) {
		head := e.head()
		b1 := e.batch(1, deploy.HeaderHash(b0.Header), 1, e.ops[3].addr(), nil, head-4, head-3)
		type result struct {
			s   *Submitter
			r   *types.Receipt
			err error
		}
		results := make(chan result, 2)
		for _, s := range []*Submitter{a, b} {
			go func() {
				r, err := s.Submit(t.Context(), b1)
				results <- result{s, r, err}
			}()
		}
		var won, lost []result
		for range 2 {
			if res := <-results; res.err == nil {
				won = append(won, res)
			} else {
				lost = append(lost, res)
			}
		}
		if len(won) != 1 || len(lost) != 1 {
			t.Fatalf("%d commits succeeded, %d failed (%v); want one each", len(won), len(lost), lost)
		}
		l := lost[0]
		if !errors.Is(l.err, contracts.Reverted("BatchAlreadyCommitted")) {
			t.Fatalf("loser's error does not name BatchAlreadyCommitted: %v", l.err)
		}
		switch {
		case errors.Is(l.err, ErrReverted):
			if l.r == nil || l.r.Status != types.ReceiptStatusFailed || l.r.BlockNumber.Cmp(won[0].r.BlockNumber) != 0 {
				t.Fatalf("ErrReverted with receipt %+v, winner's block %d", l.r, won[0].r.BlockNumber)
			}
			t.Logf("loser's commit mined and reverted in the winner's block: %v", l.err)
		case errors.Is(l.err, ErrWouldRevert):
			t.Logf("loser's commit refused unsent: %v", l.err)
		default:
			t.Fatalf("loser's error is neither ErrReverted nor ErrWouldRevert: %v", l.err)
		}
		ev := committedEvent(t, e, won[0].r)
		if ev.BatchIndex != 1 || ev.Submitter != won[0].s.Address() {
			t.Fatalf("BatchCommitted %+v, winner %s", ev, won[0].s.Address())
		}
	})
}

// testWindowMatchesContract compares WindowAt with whoMaySubmit, and
// Decide with commitBatch itself, on the deployed inbox at many block
// numbers (eth_call with the block number overridden).
func testWindowMatchesContract(t *testing.T, e *env) {
	inboxABI := abiOf(t, bindings.BatchInboxMetaData)
	gc := gethclient.New(e.client.Client())
	head := e.head()
	call := func(from common.Address, data []byte, blobHashes []common.Hash, number uint64) ([]byte, error) {
		msg := ethereum.CallMsg{From: from, To: &e.sys.Inbox.Address, Data: data, BlobHashes: blobHashes}
		return gc.CallContractWithBlockOverrides(t.Context(), msg, new(big.Int).SetUint64(head), nil,
			gethclient.BlockOverrides{Number: new(big.Int).SetUint64(number)})
	}

	headers := []bindings.BatchHeader{
		{Submitter: e.ops[0].addr(), Fallbacks: e.addrs(1, 2), WindowStart: 100, WindowEnd: 103},
		{Submitter: e.ops[3].addr(), WindowStart: 50, WindowEnd: 60},
		{Submitter: e.ops[0].addr(), Fallbacks: e.addrs(1, 1, 3), WindowStart: 20, WindowEnd: 20},
		{Submitter: e.ops[0].addr(), Fallbacks: e.addrs(2), WindowStart: 30, WindowEnd: 25},
	}
	compared := 0
	for _, h := range headers {
		last := max(h.WindowStart, h.WindowEnd) + testSubWindow*uint64(len(h.Fallbacks)+1) + 1
		for n := min(h.WindowStart, h.WindowEnd) - 2; n <= last; n++ {
			data, err := inboxABI.Pack("whoMaySubmit", h)
			if err != nil {
				t.Fatal(err)
			}
			out, err := call(e.outsider.Address, data, nil, n)
			if err != nil {
				t.Fatalf("whoMaySubmit at %d: %v", n, err)
			}
			res, err := inboxABI.Unpack("whoMaySubmit", out)
			if err != nil {
				t.Fatal(err)
			}
			until := res[2].(*big.Int)
			want := Window{Phase: Phase(res[0].(uint8)), Allowed: res[1].(common.Address), Until: Forever}
			if until.IsUint64() {
				want.Until = until.Uint64()
			}
			if got := WindowAt(&h, testSubWindow, n); got != want {
				t.Fatalf("header window [%d, %d) with %d fallbacks at block %d: WindowAt %+v, whoMaySubmit %+v (until %s)",
					h.WindowStart, h.WindowEnd, len(h.Fallbacks), n, got, want, until)
			}
			compared++
		}
	}

	// A valid next batch: commitBatch succeeds exactly where Decide says
	// the sender may, members and an outsider alike.
	start := head + 2
	bt := e.batch(0, common.Hash{}, 1, e.ops[0].addr(), e.addrs(1, 2), start, start+3)
	data, err := deploy.PackCommitBatch(bt.Header, bt.Cert)
	if err != nil {
		t.Fatal(err)
	}
	hashes := []common.Hash{bt.Header.BlobHashes[0]}
	senders := []struct {
		addr   common.Address
		member bool
	}{{e.ops[0].addr(), true}, {e.ops[1].addr(), true}, {e.ops[2].addr(), true}, {e.ops[3].addr(), true}, {e.outsider.Address, false}}
	commits := 0
	for n := start - 1; n <= start+3+testSubWindow*3; n++ {
		for _, s := range senders {
			d := Decide(&bt.Header, testSubWindow, n, s.addr, s.member)
			_, err := call(s.addr, data, hashes, n)
			if d.May != (err == nil) {
				t.Fatalf("block %d, sender %s: Decide says may=%v in %v; commitBatch call: %v",
					n, s.addr, d.May, d.Phase, contracts.DecodeRevert(inboxABI, err))
			}
			if err == nil {
				commits++
			}
		}
	}
	t.Logf("WindowAt agreed with whoMaySubmit at %d (header, block) pairs; Decide with commitBatch at %d senders x blocks (%d allowed)",
		compared, (3+testSubWindow*3+2)*len(senders), commits)
}

func committedEvent(t *testing.T, e *env, r *types.Receipt) *bindings.BatchInboxBatchCommitted {
	t.Helper()
	var out *bindings.BatchInboxBatchCommitted
	for _, l := range r.Logs {
		if l.Address != e.sys.Inbox.Address {
			continue
		}
		if ev, err := e.inbox.ParseBatchCommitted(*l); err == nil {
			if out != nil {
				t.Fatal("two BatchCommitted events in one receipt")
			}
			out = ev
		}
	}
	if out == nil {
		t.Fatalf("no BatchCommitted event in %s", r.TxHash)
	}
	return out
}

// Send: a plain call from the operator's account through the commits' tx
// manager. One that would revert is refused with the contract's reason and
// nothing is sent; one that would not is mined.
func TestSendPlainCall(t *testing.T) {
	e := newEnv(t, 2)
	ctx := testCtx(t, time.Minute)
	s := e.submitter(e.ops[0].acct)
	regABI := abiOf(t, bindings.OperatorRegistryMetaData)
	data, err := regABI.Pack("advanceEpoch")
	if err != nil {
		t.Fatal(err)
	}
	regAddr := e.sys.Registry.RegistryAddress
	ready, err := e.registry.NextEpochBlock(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	e.waitBlock(ctx, ready.Uint64())
	r, err := s.Send(ctx, regAddr, data)
	if err != nil {
		t.Fatalf("advanceEpoch when due: %v", err)
	}
	ep, err := e.registry.CurrentEpoch(&bind.CallOpts{Context: ctx, BlockNumber: r.BlockNumber})
	if err != nil || ep.Uint64() != e.epoch+1 {
		t.Fatalf("epoch %v (%v) after the call, want %d", ep, err, e.epoch+1)
	}
	// The epoch just began: ending it again would revert.
	before := e.nonces(e.ops[0].addr())
	_, err = s.Send(ctx, regAddr, data)
	if !errors.Is(err, ErrWouldRevert) || !errors.Is(err, contracts.Reverted("EpochNotOver")) {
		t.Fatalf("advanceEpoch inside the epoch: %v, want ErrWouldRevert with EpochNotOver", err)
	}
	if after := e.nonces(e.ops[0].addr()); after != before {
		t.Fatalf("nonces %v -> %v: a refused call was sent", before, after)
	}
}
