package batches

import (
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
)

// Deterministic BLS keys, so the fuzz seed corpus is reproducible.
var testKeys = sync.OnceValue(func() []*bls.KeyPair {
	keys := make([]*bls.KeyPair, 8)
	for i := range keys {
		k, err := bls.NewKeyPairFromString(fmt.Sprint(1_000_003*(i+1) + 7))
		if err != nil {
			panic(err)
		}
		keys[i] = k
	}
	return keys
})

// aggregate signs msg with the test keys idx and returns the aggregate
// signature (G1Point.Add) and aggregate G2 key (G2Point.Add).
func aggregate(tb testing.TB, msg common.Hash, idx ...int) (*bls.Signature, *bls.G2Point) {
	tb.Helper()
	if len(idx) == 0 {
		tb.Fatal("aggregate of no signers")
	}
	var sigma *bls.Signature
	var apk *bls.G2Point
	for _, i := range idx {
		k := testKeys()[i]
		sig, pk := k.SignMessage(msg), k.GetPubKeyG2()
		if sigma == nil {
			sigma, apk = sig, pk
			continue
		}
		sigma.G1Point.Add(sig.G1Point)
		apk.Add(pk)
	}
	return sigma, apk
}

// bitmap has bit i set for every i in idx.
func bitmap(idx ...int) *big.Int {
	b := new(big.Int)
	for _, i := range idx {
		b.SetBit(b, i, 1)
	}
	return b
}

// signedCert is a certificate over (chainID, index, hash) by the test keys idx.
func signedCert(tb testing.TB, chainID, index uint64, hash common.Hash, idx ...int) Cert {
	tb.Helper()
	sigma, apk := aggregate(tb, hash, idx...)
	return Cert{ChainID: chainID, BatchIndex: index, HeaderHash: hash, Bitmap: bitmap(idx...), Sigma: sigma, APKG2: apk}
}

// cheapPoints are one valid signature and G2 key, computed once, for
// certificates whose points do not matter to the test (State does not
// verify them).
var cheapPoints = sync.OnceValues(func() (*bn254.G1Affine, *bn254.G2Affine) {
	k := testKeys()[0]
	return k.SignMessage(common.Hash{1}).G1Affine, k.GetPubKeyG2().G2Affine
})

// certFor is a certificate record for rec's header as State.Certify takes it.
func certFor(rec *Record, signers int) Cert {
	g1, g2 := cheapPoints()
	idx := make([]int, signers)
	for i := range idx {
		idx[i] = i
	}
	return Cert{
		ChainID:    rec.Header.ChainID,
		BatchIndex: rec.Header.BatchIndex,
		HeaderHash: rec.Hash,
		Bitmap:     bitmap(idx...),
		Sigma:      &bls.Signature{G1Point: &bls.G1Point{G1Affine: new(bn254.G1Affine).Set(g1)}},
		APKG2:      &bls.G2Point{G2Affine: new(bn254.G2Affine).Set(g2)},
	}
}

// addr is a distinct operator address; ascending in i.
func addr(i int) common.Address {
	var a common.Address
	a[0] = 0xA0
	a[18] = byte(i >> 8)
	a[19] = byte(i)
	return a
}

// equalMembers returns n members with equal stake.
func equalMembers(n int) []Member {
	ms := make([]Member, n)
	for i := range ms {
		ms[i] = Member{Address: addr(i), Stake: 32_000_000_000}
	}
	return ms
}

func addresses(ms []Member) []common.Address {
	out := make([]common.Address, len(ms))
	for i, m := range ms {
		out[i] = m.Address
	}
	return out
}

func newTestState(tb testing.TB, p Params) *State {
	tb.Helper()
	s, err := New(p, 901)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// blobHash is a made-up versioned blob hash.
func blobHash(i uint64) common.Hash {
	var h common.Hash
	h[0] = 0x01
	h[31] = byte(i)
	h[30] = byte(i >> 8)
	return h
}

// driver feeds a State as the app does: heights with votes, seals, certs,
// L1 commits. L1 advances 5 blocks per sealed batch.
type driver struct {
	tb      testing.TB
	s       *State
	members []Member
	epoch   uint64
	l1      uint64
}

func newDriver(tb testing.TB, p Params, members []Member) *driver {
	tb.Helper()
	return &driver{tb: tb, s: newTestState(tb, p), members: members, epoch: 1, l1: 100}
}

// height folds in the next height with the given precommit voters.
func (d *driver) height(voters ...common.Address) {
	d.tb.Helper()
	if err := d.s.Begin(d.s.Height() + 1); err != nil {
		d.tb.Fatal(err)
	}
	d.s.CountVotes(voters)
	d.s.AddBlock(100)
}

// input is the seal input for blocks more L2 blocks at the next L1 origin.
func (d *driver) input(blocks uint64) SealInput {
	d.l1 += 5
	last := d.s.First() + blocks - 1
	return SealInput{
		LastBlock:      last,
		OutputRoot:     common.BigToHash(new(big.Int).SetUint64(last)),
		BlobHashes:     []common.Hash{blobHash(last), blobHash(last + 1)},
		L1OriginNumber: d.l1,
		L1OriginHash:   common.BigToHash(new(big.Int).SetUint64(d.l1 + 1<<32)),
		// The last block is 5 s past its origin: the window opens two L1
		// blocks (of 2 s) after the origin.
		L1OriginTime: 1_700_000_000 + 2*d.l1,
		SealTime:     1_700_000_000 + 2*d.l1 + 5,
		Epoch:        d.epoch,
		Members:      d.members,
		Blocks:       int(blocks),
		Txs:          int(2 * blocks),
		TxBytes:      int(100 * blocks),
		ChannelBytes: int(60 * blocks),
	}
}

func (d *driver) seal() *Record {
	d.tb.Helper()
	rec, err := d.s.Seal(d.input(10))
	if err != nil {
		d.tb.Fatal(err)
	}
	return rec
}

// certify closes the pending header, signed by the given members.
func (d *driver) certify(rec *Record, signers ...common.Address) {
	d.tb.Helper()
	if err := d.s.Certify(certFor(rec, len(signers)), signers); err != nil {
		d.tb.Fatal(err)
	}
}

// commit is the L1 commit of rec by who in L1 block l1.
func commit(rec *Record, who common.Address, l1 uint64) Commit {
	return Commit{
		BatchIndex:  rec.Header.BatchIndex,
		HeaderHash:  rec.Hash,
		Submitter:   who,
		L1Block:     l1,
		L1BlockHash: common.BigToHash(new(big.Int).SetUint64(l1)),
		TxHash:      common.BigToHash(new(big.Int).SetUint64(l1 + rec.Header.BatchIndex<<20)),
	}
}

func (d *driver) observe(cs ...Commit) {
	d.tb.Helper()
	if err := d.s.Begin(d.s.Height() + 1); err != nil {
		d.tb.Fatal(err)
	}
	if err := d.s.Observe(d.l1, cs); err != nil {
		d.tb.Fatal(err)
	}
}

// batch runs one batch through: heights with all members voting, seal,
// certify by all members. It returns the certified record.
func (d *driver) batch() *Record {
	d.tb.Helper()
	all := addresses(d.members)
	for range 3 {
		d.height(all...)
	}
	rec := d.seal()
	d.certify(rec, all...)
	return rec
}

// trust returns each member's trust by address.
func (d *driver) trust() map[common.Address]int64 {
	out := map[common.Address]int64{}
	for _, o := range d.s.Operators() {
		out[common.Address(o.Address)] = int64(o.Trust)
	}
	return out
}
