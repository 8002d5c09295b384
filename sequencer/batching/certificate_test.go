package batching

import (
	"context"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/l1view"
)

func TestCertificate(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	rec := withPending(t, p, e.l1.epoch)
	commit, absent, nilVote := cmtproto.BlockIDFlagCommit, cmtproto.BlockIDFlagAbsent, cmtproto.BlockIDFlagNil

	tests := []struct {
		name  string
		votes []abci.ExtendedVoteInfo
		want  []int // signers; nil: no certificate
	}{
		{"all four", commitVotes(rec, 0, 1, 2, 3), []int{0, 1, 2, 3}},
		{"three of four", commitVotes(rec, 0, 1, 2), []int{0, 1, 2}},
		{"three of four, order irrelevant", commitVotes(rec, 3, 1, 0), []int{0, 1, 3}},
		{"two of four", commitVotes(rec, 1, 3), nil},
		{"none", nil, nil},
		{"invalid signature left out", append(commitVotes(rec, 0, 1, 2),
			vote(3, commit, extension(0, testChainID, rec.Header.BatchIndex, rec.Hash))), []int{0, 1, 2}},
		{"invalid signature costs the quorum", append(commitVotes(rec, 0, 1),
			vote(3, commit, extension(0, testChainID, rec.Header.BatchIndex, rec.Hash))), nil},
		{"absent and nil votes ignored", append(commitVotes(rec, 0, 1),
			vote(2, absent, extensionFor(2, rec)), vote(3, nilVote, extensionFor(3, rec))), nil},
		{"absent vote beside a quorum", append(commitVotes(rec, 0, 2, 3),
			vote(1, absent, extensionFor(1, rec))), []int{0, 2, 3}},
		{"duplicates count once", append(commitVotes(rec, 0, 1), commitVotes(rec, 0, 1, 0)...), nil},
		{"duplicates in a quorum", append(commitVotes(rec, 2, 1, 2), commitVotes(rec, 0, 1)...), []int{0, 1, 2}},
		{"empty extensions", append(commitVotes(rec, 0, 1), vote(2, commit, nil), vote(3, commit, []byte{})), nil},
		{"malformed extension", append(commitVotes(rec, 0, 1), vote(2, commit, []byte{1, 2, 3})), nil},
		{"extension for another chain", append(commitVotes(rec, 0, 1),
			vote(2, commit, extension(2, testChainID+1, rec.Header.BatchIndex, rec.Hash))), nil},
		{"extension for another batch", append(commitVotes(rec, 0, 1),
			vote(2, commit, extension(2, testChainID, rec.Header.BatchIndex+1, rec.Hash))), nil},
		{"extension for another header", append(commitVotes(rec, 0, 1),
			vote(2, commit, extension(2, testChainID, rec.Header.BatchIndex, conflicting(rec.Header).Hash()))), nil},
		{"unbound validator", append(commitVotes(rec, 0, 1),
			vote(nodes, commit, extensionFor(2, rec))), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := p.Certificate(context.Background(), 3, tc.votes)
			if tc.want == nil {
				if raw != nil {
					c, _ := batches.DecodeCert(raw)
					t.Fatalf("certificate with bitmap %b, want none", c.Bitmap)
				}
				return
			}
			checkCert(t, p, e.l1.epoch, rec, raw, tc.want...)
		})
	}
}

// checkCert asserts raw is a certificate over rec by exactly the signers,
// which p accepts.
func checkCert(t *testing.T, p *Pipeline, ep *l1view.Epoch, rec *batches.Record, raw []byte, signers ...int) {
	t.Helper()
	if raw == nil {
		t.Fatal("no certificate")
	}
	c, err := batches.DecodeCert(raw)
	if err != nil {
		t.Fatalf("certificate does not decode: %v", err)
	}
	if c.ChainID != testChainID || c.BatchIndex != rec.Header.BatchIndex || c.HeaderHash != rec.Hash {
		t.Fatalf("certificate for chain %d batch %d %s, want %d %d %s", c.ChainID, c.BatchIndex, c.HeaderHash, testChainID, rec.Header.BatchIndex, rec.Hash)
	}
	if want := bits(signers...); c.Bitmap.Cmp(want) != 0 {
		t.Fatalf("bitmap %b, want %b", c.Bitmap, want)
	}
	if !c.APKG2.Equal(ep.SignersAPKG2(c.Bitmap).G2Affine) {
		t.Fatal("APKG2 is not the signers' aggregate key")
	}
	if err := p.CheckCertificate(context.Background(), 3, raw); err != nil {
		t.Fatalf("own certificate rejected: %v", err)
	}
	if err := ep.VerifyAggregate(rec.Hash, c.Bitmap, c.Sigma, c.APKG2); err != nil {
		t.Fatalf("the inbox's check rejects it: %v", err)
	}
}

func TestCertificateNone(t *testing.T) {
	t.Run("no pending header", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		other := e.node(t, 1)
		rec := withPending(t, other, e.l1.epoch)
		if raw := p.Certificate(context.Background(), 3, commitVotes(rec, 0, 1, 2, 3)); raw != nil {
			t.Fatal("certificate without a pending header")
		}
	})
	t.Run("L1 unavailable", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		rec := withPending(t, p, e.l1.epoch)
		e.l1.set(func(f *fakeL1) { f.epochErr = errUnreachable })
		if raw := p.Certificate(context.Background(), 3, commitVotes(rec, 0, 1, 2, 3)); raw != nil {
			t.Fatal("certificate without the operator set")
		}
	})
	t.Run("signers outside the epoch", func(t *testing.T) {
		e := newEnv(t)
		p := e.node(t, 0)
		rec := withPending(t, p, e.l1.epoch)
		// Operator 3 is not a member of the epoch of 0, 1 and 2: its
		// signature is left out, and with one other it makes no quorum.
		e.l1.set(func(f *fakeL1) { f.epoch = testEpoch(t, 0, 1, 2) })
		if raw := p.Certificate(context.Background(), 3, commitVotes(rec, 0, 3)); raw != nil {
			c, _ := batches.DecodeCert(raw)
			t.Fatalf("certificate with bitmap %b", c.Bitmap)
		}
		// Two of three equal members is exactly 2/3: a quorum.
		checkCert(t, p, e.l1.epoch, rec, p.Certificate(context.Background(), 3, commitVotes(rec, 0, 1, 3)), 0, 1)
	})
}

func TestCheckCertificate(t *testing.T) {
	e := newEnv(t)
	p := e.node(t, 0)
	rec := withPending(t, p, e.l1.epoch)
	idx, hash := rec.Header.BatchIndex, rec.Hash

	good := manualCert(testChainID, idx, hash, 0, 1, 3)
	mutate := func(f func(c *batches.Cert)) []byte {
		c := manualCert(testChainID, idx, hash, 0, 1, 3)
		f(&c)
		return c.Encode()
	}
	truncated := good.Encode()[:batches.CertSize-1]
	offCurve := good.Encode()
	offCurve[144] ^= 1 // sigma's Y

	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"valid", good.Encode(), nil},
		{"all four", certFor(rec, 0, 1, 2, 3), nil},
		{"not a certificate", []byte{0x01, 0x02}, batches.ErrNotCert},
		{"empty", nil, batches.ErrNotCert},
		{"truncated", truncated, batches.ErrMalformed},
		{"sigma off the curve", offCurve, batches.ErrMalformed},
		{"wrong chain", mutate(func(c *batches.Cert) { c.ChainID++ }), batches.ErrWrongHeader},
		{"wrong index", mutate(func(c *batches.Cert) { c.BatchIndex++ }), batches.ErrWrongHeader},
		{"wrong hash", manualCert(testChainID, idx, conflicting(rec.Header).Hash(), 0, 1, 3).Encode(), batches.ErrWrongHeader},
		{"insufficient quorum", certFor(rec, 0, 2), l1view.ErrInsufficientQuorum},
		{"tampered sigma", mutate(func(c *batches.Cert) {
			c.Sigma = &bls.Signature{G1Point: bls.NewZeroG1Point().Add(c.Sigma.G1Point).Add(testKeys()[2].SignMessage(hash).G1Point)}
		}), l1view.ErrInvalidSignature},
		{"sigma over another message", mutate(func(c *batches.Cert) {
			c.Sigma = manualCert(testChainID, idx, common.Hash{1}, 0, 1, 3).Sigma
		}), l1view.ErrInvalidSignature},
		{"bitmap claims a non-signer", mutate(func(c *batches.Cert) { c.Bitmap = bits(0, 1, 2, 3) }), l1view.ErrInvalidSignature},
		{"bitmap drops a signer", mutate(func(c *batches.Cert) { c.Bitmap = bits(0, 1) }), l1view.ErrInvalidSignature},
		{"APKG2 of other signers", mutate(func(c *batches.Cert) { c.APKG2 = manualCert(testChainID, idx, hash, 0, 1, 2).APKG2 }), l1view.ErrInvalidSignature},
		{"bitmap past the members", mutate(func(c *batches.Cert) { c.Bitmap = new(big.Int).SetBit(c.Bitmap, nodes, 1) }), l1view.ErrBitmapOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkErr(t, p.CheckCertificate(context.Background(), 3, tc.raw), tc.want)
		})
	}

	t.Run("no pending header", func(t *testing.T) {
		q := e.node(t, 1)
		checkErr(t, q.CheckCertificate(context.Background(), 3, good.Encode()), batches.ErrNoPending)
	})
	t.Run("L1 unavailable", func(t *testing.T) {
		e := newEnv(t)
		q := e.node(t, 1)
		rec := withPending(t, q, e.l1.epoch)
		e.l1.set(func(f *fakeL1) { f.epochErr = errUnreachable })
		checkErr(t, q.CheckCertificate(context.Background(), 3, certFor(rec, 0, 1, 2)), errUnreachable)
	})
}
