package batching

import (
	"fmt"
	"math/big"

	"github.com/ethereum-optimism/optimism/op-service/eth"
	"github.com/ethereum/go-ethereum/common"

	"github.com/nodeop/nodeop/batcher/batches"
	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/schedule"
)

// Certified returns batch index with its certificate and blobs once it is
// certified. Blobs of a batch sealed before a restart are encoded again
// from the engine's blocks: the encoding is a function of them, so the
// versioned hashes come out as signed, which is checked.
func (p *Pipeline) Certified(index uint64) (batches.Header, batches.Cert, []*eth.Blob, error) {
	p.mu.RLock()
	rec, ok := p.state.Record(index)
	var b *channel.Batch
	if ok {
		b = p.blobs[index]
	}
	p.mu.RUnlock()
	if !ok || rec.Cert == nil {
		return batches.Header{}, batches.Cert{}, nil, fmt.Errorf("batch %d is not certified here", index)
	}
	cert, err := batches.DecodeCert(rec.Cert)
	if err != nil {
		return batches.Header{}, batches.Cert{}, nil, err
	}
	if b == nil {
		h := rec.Header
		payloads := make([]*eth.ExecutionPayloadEnvelope, 0, h.LastBlock-h.FirstBlock+1)
		for n := h.FirstBlock; n <= h.LastBlock; n++ {
			env, err := p.cfg.Chain.PayloadByNumber(n)
			if err != nil {
				return batches.Header{}, batches.Cert{}, nil, fmt.Errorf("batch %d block %d: %w", index, n, err)
			}
			payloads = append(payloads, env)
		}
		b, err = channel.Encode(p.cfg.Channel, p.cfg.ChainID, index, payloads)
		if err != nil {
			return batches.Header{}, batches.Cert{}, nil, fmt.Errorf("re-encode batch %d: %w", index, err)
		}
		if len(b.BlobHashes) != len(h.BlobHashes) {
			return batches.Header{}, batches.Cert{}, nil, fmt.Errorf("re-encoded batch %d has %d blobs, header %d", index, len(b.BlobHashes), len(h.BlobHashes))
		}
		for i := range b.BlobHashes {
			if b.BlobHashes[i] != h.BlobHashes[i] {
				return batches.Header{}, batches.Cert{}, nil, fmt.Errorf("re-encoded batch %d blob %d hash %s, header %s", index, i, b.BlobHashes[i], h.BlobHashes[i])
			}
		}
		p.mu.Lock()
		p.blobs[index] = b
		p.mu.Unlock()
	}
	return rec.Header, cert, b.Blobs, nil
}

// BatchView is a batch as sequencer_getBatch shows it.
type BatchView struct {
	Index       uint64           `json:"index"`
	Status      string           `json:"status"`
	Hash        common.Hash      `json:"hash"`
	Header      batches.Header   `json:"header"`
	SealedAt    int64            `json:"sealedAtHeight"`
	CertifiedAt int64            `json:"certifiedAtHeight,omitempty"`
	Signers     []common.Address `json:"signers,omitempty"`
	Certificate *CertView        `json:"certificate,omitempty"`
	Blocks      int              `json:"blocks"`
	Txs         int              `json:"txs"`
	TxBytes     int              `json:"txBytes"`
	BlobBytes   int              `json:"channelBytes"`
	Commit      *batches.Commit  `json:"l1Commit,omitempty"`
}

// CertView is a certificate in the inbox's terms.
type CertView struct {
	SignerBitmap string `json:"signerBitmap"`
	Sigma        string `json:"sigma"`
	APKG2        string `json:"apkG2"`
}

// Batch returns the view of batch index (pending, certified, or committed
// and not yet pruned).
func (p *Pipeline) Batch(index uint64) (*BatchView, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	rec, ok := p.state.Record(index)
	if !ok {
		return nil, false
	}
	return view(rec), true
}

func view(rec *batches.Record) *BatchView {
	v := &BatchView{
		Index: rec.Header.BatchIndex, Status: rec.Status(), Hash: rec.Hash, Header: rec.Header,
		SealedAt: rec.SealedAt, CertifiedAt: rec.CertifiedAt, Signers: rec.Signers,
		Blocks: rec.Blocks, Txs: rec.Txs, TxBytes: rec.TxBytes, BlobBytes: rec.ChannelBytes, Commit: rec.Commit,
	}
	if c, err := batches.DecodeCert(rec.Cert); err == nil {
		v.Certificate = &CertView{
			SignerBitmap: "0x" + c.Bitmap.Text(16),
			Sigma:        fmt.Sprintf("0x%x", rec.Cert[81:145]),
			APKG2:        fmt.Sprintf("0x%x", rec.Cert[145:273]),
		}
	}
	return v
}

// Summary is the pipeline's part of sequencer_status.
type Summary struct {
	NextIndex     uint64          `json:"nextBatchIndex"`
	OpenFrom      uint64          `json:"openFromBlock"`
	Pending       *uint64         `json:"pendingBatch,omitempty"`
	LastCertified *uint64         `json:"lastCertifiedBatch,omitempty"`
	LastCommitted *uint64         `json:"lastCommittedBatch,omitempty"`
	Operators     []OperatorTrust `json:"operators"`
}

// OperatorTrust is one operator's standing in the schedule.
type OperatorTrust struct {
	Address common.Address `json:"address"`
	Stake   *big.Int       `json:"stakeGwei"`
	Trust   string         `json:"trust"`
	Share   string         `json:"windowShare"`
}

// Summary returns the pipeline's progress and the operators' trust.
func (p *Pipeline) Summary() Summary {
	p.mu.RLock()
	defer p.mu.RUnlock()
	s := Summary{NextIndex: p.state.NextIndex(), OpenFrom: p.state.First(), Operators: []OperatorTrust{}}
	if rec, ok := p.state.Pending(); ok {
		i := rec.Header.BatchIndex
		s.Pending = &i
	}
	for _, r := range p.state.Records() {
		i := r.Header.BatchIndex
		s.LastCertified = &i
		if r.Commit != nil {
			j := i
			s.LastCommitted = &j
		}
	}
	for _, o := range p.state.Operators() {
		s.Operators = append(s.Operators, OperatorTrust{
			Address: common.Address(o.Address), Stake: new(big.Int).SetUint64(o.Stake),
			Trust: o.Trust.String(), Share: o.Share.String(),
		})
	}
	return s
}

// Trust returns the schedule's trust score and window share of an
// operator (false if the schedule does not know it).
func (p *Pipeline) Trust(op common.Address) (trust, share schedule.Fixed, ok bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	for _, o := range p.state.Operators() {
		if common.Address(o.Address) == op {
			return o.Trust, o.Share, true
		}
	}
	return 0, 0, false
}
