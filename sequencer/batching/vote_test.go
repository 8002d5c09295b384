package batching

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/l1view"
	"github.com/nodeop/nodeop/batcher/protect"
)

// checkExtension asserts ext is operator i's valid signature over rec.
func checkExtension(t *testing.T, ext []byte, i int, rec *batches.Record) {
	t.Helper()
	if ext == nil {
		t.Fatal("no extension")
	}
	e, err := batches.DecodeExtension(ext)
	if err != nil {
		t.Fatalf("extension does not decode: %v", err)
	}
	if e.ChainID != testChainID || e.BatchIndex != rec.Header.BatchIndex || e.HeaderHash != rec.Hash {
		t.Fatalf("extension signs chain %d batch %d %s, want %d %d %s", e.ChainID, e.BatchIndex, e.HeaderHash, testChainID, rec.Header.BatchIndex, rec.Hash)
	}
	ok, err := e.Signature.Verify(testKeys()[i].GetPubKeyG2(), rec.Hash)
	if err != nil || !ok {
		t.Fatalf("signature does not verify with operator %d's key: %v %v", i, ok, err)
	}
}

func TestExtendVoteSignsPending(t *testing.T) {
	e := newEnv(t)
	st := e.openProtect(t)
	p := open(t, e.config(1, st), 0)
	rec := withPending(t, p, e.l1.epoch)

	ext := p.ExtendVote(context.Background(), 2)
	checkExtension(t, ext, 1, rec)
	if h, ok := st.Signed(testChainID, rec.Header.BatchIndex); !ok || h != rec.Hash {
		t.Fatalf("store holds %s (%v), want %s", h, ok, rec.Hash)
	}
	// The same header again (a new round, or a restart) is fine.
	again := p.ExtendVote(context.Background(), 3)
	checkExtension(t, again, 1, rec)
	if string(again) != string(ext) {
		t.Fatal("signing the same header twice gave different extensions")
	}
	// Another node accepts it.
	other := e.node(t, 0)
	other.state = p.state
	if err := other.VerifyVoteExtension(context.Background(), 2, valAddr(1), ext); err != nil {
		t.Fatalf("node 0 rejects node 1's extension: %v", err)
	}
}

func TestExtendVoteSignsNothing(t *testing.T) {
	tests := []struct {
		name string
		node int // -1: no key
		prep func(t *testing.T, e *env, p *Pipeline)
	}{
		{"no pending header", 0, func(*testing.T, *env, *Pipeline) {}},
		{"no key", -1, func(t *testing.T, e *env, p *Pipeline) {
			p.cfg.Operator = opAddr(0) // a member, but this node holds no key
			withPending(t, p, e.l1.epoch)
		}},
		{"operator not a member", 0, func(t *testing.T, e *env, p *Pipeline) {
			withPending(t, p, e.l1.epoch)
			e.l1.set(func(f *fakeL1) { f.epoch = testEpoch(t, 1, 2, 3) })
		}},
		{"L1 unavailable", 0, func(t *testing.T, e *env, p *Pipeline) {
			withPending(t, p, e.l1.epoch)
			e.l1.set(func(f *fakeL1) { f.epochErr = errUnreachable })
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			st := e.openProtect(t)
			p := open(t, e.config(tc.node, st), 0)
			tc.prep(t, e, p)
			if ext := p.ExtendVote(context.Background(), 2); ext != nil {
				t.Fatalf("signed %x", ext)
			}
			if h, ok := st.Signed(testChainID, 0); ok {
				t.Fatalf("store recorded %s for a header not signed", h)
			}
		})
	}
}

// conflicting returns h changed so that its hash differs.
func conflicting(h batches.Header) batches.Header {
	h.OutputRoot = common.HexToHash("0xbad")
	return h
}

func TestExtendVoteRefusesToEquivocate(t *testing.T) {
	t.Run("recorded conflict", func(t *testing.T) {
		e := newEnv(t)
		st := e.openProtect(t)
		p := open(t, e.config(0, st), 0)
		rec := withPending(t, p, e.l1.epoch)
		other := conflicting(rec.Header).Hash()
		if err := st.Record(testChainID, rec.Header.BatchIndex, other); err != nil {
			t.Fatal(err)
		}
		if ext := p.ExtendVote(context.Background(), 2); ext != nil {
			t.Fatalf("signed %x over a conflicting record", ext)
		}
		if h, _ := st.Signed(testChainID, rec.Header.BatchIndex); h != other {
			t.Fatalf("store holds %s, want the first hash %s", h, other)
		}
	})

	t.Run("signed then asked to sign another header", func(t *testing.T) {
		e := newEnv(t)
		st := e.openProtect(t)
		cfg := e.config(0, st)
		honest := open(t, cfg, 0)
		rec := withPending(t, honest, e.l1.epoch)
		checkExtension(t, honest.ExtendVote(context.Background(), 2), 0, rec)

		cfg.SignHook = conflicting
		evil := open(t, cfg, 0)
		evil.state = honest.state
		if ext := evil.ExtendVote(context.Background(), 3); ext != nil {
			t.Fatalf("signed %x, a second header for batch %d", ext, rec.Header.BatchIndex)
		}
		if h, _ := st.Signed(testChainID, rec.Header.BatchIndex); h != rec.Hash {
			t.Fatalf("store holds %s, want the first hash %s", h, rec.Hash)
		}
	})

	t.Run("across a restart", func(t *testing.T) {
		e := newEnv(t)
		st, err := protect.Open(e.protect)
		if err != nil {
			t.Fatal(err)
		}
		cfg := e.config(0, st)
		p := open(t, cfg, 0)
		rec := withPending(t, p, e.l1.epoch)
		if err := p.store.save(p.state); err != nil {
			t.Fatal(err)
		}
		checkExtension(t, p.ExtendVote(context.Background(), 2), 0, rec)
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}

		// The restarted node, at the height its state was saved for.
		st = e.openProtect(t)
		cfg.Protect, cfg.SignHook = st, conflicting
		evil := open(t, cfg, 1)
		if got, ok := evil.state.Pending(); !ok || got.Hash != rec.Hash {
			t.Fatal("reopened pipeline lost the pending header")
		}
		if ext := evil.ExtendVote(context.Background(), 2); ext != nil {
			t.Fatalf("signed %x, a second header for batch %d after a restart", ext, rec.Header.BatchIndex)
		}
		if h, _ := st.Signed(testChainID, rec.Header.BatchIndex); h != rec.Hash {
			t.Fatalf("store holds %s, want the first hash %s", h, rec.Hash)
		}
		// The header signed before may be signed again.
		cfg.SignHook = nil
		honest := open(t, cfg, 1)
		checkExtension(t, honest.ExtendVote(context.Background(), 2), 0, rec)
	})
}

func TestVerifyVoteExtension(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	rec := withPending(t, p, e.l1.epoch)
	idx, hash := rec.Header.BatchIndex, rec.Hash

	short := extensionFor(1, rec)[:batches.ExtensionSize-1]
	badVersion := extensionFor(1, rec)
	badVersion[0] = 0x02
	offCurve := extensionFor(1, rec)
	offCurve[batches.ExtensionSize-1] ^= 1

	tests := []struct {
		name      string
		validator int
		ext       []byte
		want      error // nil: accepted; errAny: any error
	}{
		{"own operator", 0, extensionFor(0, rec), nil},
		{"other member", 3, extensionFor(3, rec), nil},
		{"truncated", 1, short, batches.ErrMalformed},
		{"wrong version", 1, badVersion, batches.ErrMalformed},
		{"signature off the curve", 1, offCurve, batches.ErrMalformed},
		{"wrong chain id", 1, extension(1, testChainID+1, idx, hash), batches.ErrWrongHeader},
		{"wrong index", 1, extension(1, testChainID, idx+1, hash), batches.ErrWrongHeader},
		{"wrong header hash", 1, extension(1, testChainID, idx, conflicting(rec.Header).Hash()), batches.ErrWrongHeader},
		{"another member's signature", 1, extensionFor(2, rec), l1view.ErrInvalidSignature},
		{"signature over another message", 1, batches.Extension{ChainID: testChainID, BatchIndex: idx, HeaderHash: hash, Signature: testKeys()[1].SignMessage(common.Hash{1})}.Encode(), l1view.ErrInvalidSignature},
		{"validator without operator", nodes, extensionFor(1, rec), errAny},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := p.VerifyVoteExtension(context.Background(), 2, valAddr(tc.validator), tc.ext)
			checkErr(t, err, tc.want)
		})
	}

	t.Run("operator not in the epoch", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		rec := withPending(t, p, e.l1.epoch)
		e.l1.set(func(f *fakeL1) { f.epoch = testEpoch(t, 0, 1, 2) })
		checkErr(t, p.VerifyVoteExtension(context.Background(), 2, valAddr(3), extensionFor(3, rec)), errAny)
		checkErr(t, p.VerifyVoteExtension(context.Background(), 2, valAddr(2), extensionFor(2, rec)), nil)
	})

	t.Run("no pending header", func(t *testing.T) {
		q := e.node(t, 1)
		checkErr(t, q.VerifyVoteExtension(context.Background(), 2, valAddr(0), extensionFor(0, rec)), batches.ErrNoPending)
	})

	t.Run("L1 unavailable accepts", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		rec := withPending(t, p, e.l1.epoch)
		e.l1.set(func(f *fakeL1) { f.epochErr = errUnreachable })
		// The signature is not checked (liveness over an unverified
		// precommit: the aggregate is checked in full before it is decided)...
		checkErr(t, p.VerifyVoteExtension(context.Background(), 2, valAddr(1), extensionFor(2, rec)), nil)
		// ...but everything that needs no L1 still is.
		checkErr(t, p.VerifyVoteExtension(context.Background(), 2, valAddr(1), extension(1, testChainID, 7, rec.Hash)), batches.ErrWrongHeader)
		checkErr(t, p.VerifyVoteExtension(context.Background(), 2, valAddr(nodes), extensionFor(1, rec)), errAny)
	})
}

// errAny matches any non-nil error in checkErr.
var errAny = errors.New("any error")

func checkErr(t *testing.T, err, want error) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Fatalf("unexpected error: %v", err)
	case want == nil:
	case err == nil:
		t.Fatalf("no error, want %v", want)
	case want != errAny && !errors.Is(err, want):
		t.Fatalf("error %v, want %v", err, want)
	}
}
