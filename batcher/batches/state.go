package batches

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/nodeop/nodeop/batcher/schedule"
)

var (
	// ErrNoPending: a certificate arrived while no header waits for one.
	ErrNoPending = errors.New("batches: no pending header")
	// ErrWrongHeader: a certificate or signature for another header than
	// the pending one.
	ErrWrongHeader = errors.New("batches: not the pending header")
	// ErrNoSigners: the operator set of the batch's epoch is empty, so no
	// certificate could ever close it.
	ErrNoSigners = errors.New("batches: epoch has no members")
	// ErrCorrupt: bytes that are not an encoded State.
	ErrCorrupt = errors.New("batches: corrupt state")
	// ErrHeight: an input for a height other than the next one.
	ErrHeight = errors.New("batches: out-of-order height")
)

// keepCommitted is how many committed records stay readable (for
// sequencer_getBatch) before they are pruned from state.
const keepCommitted = 64

// Member is an operator of an epoch as the schedule needs it.
type Member struct {
	Address common.Address
	// Stake in gwei: the schedule works in uint64 and only shares matter.
	Stake uint64
}

// Record is one sealed batch and what became of it.
type Record struct {
	Header   Header      `json:"header"`
	Hash     common.Hash `json:"hash"`
	SealedAt int64       `json:"sealed_at"`
	// Cert is the certificate record (Cert.Encode) once one was decided.
	Cert        hexutil.Bytes    `json:"cert,omitempty"`
	Signers     []common.Address `json:"signers,omitempty"`
	CertifiedAt int64            `json:"certified_at,omitempty"`
	// Heights is how many heights the batch's range spanned in consensus,
	// Votes per operator how many of them carry its precommit (uptime).
	Heights uint32                    `json:"heights"`
	Votes   map[common.Address]uint32 `json:"votes,omitempty"`
	// Sizes of the content, for reports.
	Blocks       int `json:"blocks"`
	Txs          int `json:"txs"`
	TxBytes      int `json:"tx_bytes"`
	ChannelBytes int `json:"channel_bytes"`
	// Commit is the L1 commit, once consensus saw it at its L1 origin.
	Commit *Commit `json:"commit,omitempty"`
}

// Status is "sealed", "certified" or "committed".
func (r *Record) Status() string {
	switch {
	case r.Commit != nil:
		return "committed"
	case r.Cert != nil:
		return "certified"
	}
	return "sealed"
}

// Commit is a BatchCommitted event as consensus observed it.
type Commit struct {
	BatchIndex  uint64         `json:"batch_index"`
	HeaderHash  common.Hash    `json:"header_hash"`
	Submitter   common.Address `json:"submitter"`
	L1Block     uint64         `json:"l1_block"`
	L1BlockHash common.Hash    `json:"l1_block_hash"`
	TxHash      common.Hash    `json:"tx_hash"`
	// ObservedAt is the height whose L1 origin first included the commit.
	ObservedAt int64 `json:"observed_at"`
	// OnTime: the committer committed in its own (sub-)window.
	OnTime bool `json:"on_time"`
}

// SealInput is what the caller gathered to seal the open range up to
// LastBlock: the content's blob hashes and sizes, the chain's output root
// after LastBlock, its L1 origin and the operator set at that origin.
type SealInput struct {
	LastBlock      uint64
	OutputRoot     common.Hash
	BlobHashes     []common.Hash
	L1OriginNumber uint64
	L1OriginHash   common.Hash
	// L1OriginTime is the origin's timestamp and SealTime the consensus
	// time of the sealing height (CometBFT's BFT time, the stake-weighted
	// median of the validators' clocks): their distance dates the window
	// (see Params.WindowBlocks). BFT time rather than the L2 timestamp,
	// which falls behind the wall clock whenever heights take longer
	// than the L2 block time (a catch-up, a dead proposer's timeouts).
	L1OriginTime uint64
	SealTime     uint64
	Epoch        uint64
	Members      []Member // bitmap order
	Blocks, Txs  int
	TxBytes      int
	ChannelBytes int
}

// State is the batch pipeline's state after some height. Not safe for
// concurrent use; the app serializes access.
type State struct {
	params  Params
	chainID uint64

	height    int64
	nextIndex uint64
	parent    common.Hash
	// The open range: L2 blocks first.. not yet sealed, their tx bytes, and
	// the uptime counters of the heights since the last seal.
	first       uint64
	openBytes   uint64
	openHeights uint32
	openVotes   map[common.Address]uint32

	pending *Record
	records []*Record // certified, ascending index

	epoch uint64
	sched *schedule.State // nil until the first seal

	// scanned is the last L1 block (an L1 origin) whose commits were observed.
	scanned uint64
	// powerEpoch is the registry epoch whose stakes the validator set's
	// voting powers were last set from (0: the genesis powers).
	powerEpoch uint64
}

// New returns the state of a fresh chain: batch 0 will start at L2 block 1.
func New(p Params, chainID uint64) (*State, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &State{params: p, chainID: chainID, first: 1, openVotes: map[common.Address]uint32{}}, nil
}

// Params returns the rules the state runs by.
func (s *State) Params() Params { return s.params }

// Height is the last height folded into s.
func (s *State) Height() int64 { return s.height }

// NextIndex is the index the next sealed batch gets.
func (s *State) NextIndex() uint64 { return s.nextIndex }

// First is the first L2 block of the open range.
func (s *State) First() uint64 { return s.first }

// Pending is the sealed header waiting for a certificate, if any.
func (s *State) Pending() (*Record, bool) { return s.pending, s.pending != nil }

// Begin starts folding in height h, which must follow the last one.
func (s *State) Begin(h int64) error {
	if h != s.height+1 {
		return fmt.Errorf("%w: %d after %d", ErrHeight, h, s.height)
	}
	s.height = h
	return nil
}

// CountVotes adds one height's precommits (from the block's last commit)
// to the open range's uptime counters.
func (s *State) CountVotes(voters []common.Address) {
	s.openHeights++
	for _, v := range voters {
		s.openVotes[v]++
	}
}

// AddBlock adds an executed L2 block's transaction bytes to the open range.
func (s *State) AddBlock(txBytes uint64) { s.openBytes += txBytes }

// Due reports whether the open range up to last (whose L2 timestamp is
// age seconds after the range's first block's) should be sealed now.
func (s *State) Due(last, age uint64) bool {
	if s.pending != nil || last < s.first {
		return false
	}
	return last-s.first+1 >= s.params.MaxBlocks || age >= s.params.MaxSeconds || s.openBytes >= s.params.MaxTxBytes
}

// Seal closes the open range up to in.LastBlock into the next batch and
// makes its header pending. Windows are dealt here: the schedule moves to
// the input's epoch first if that changed.
func (s *State) Seal(in SealInput) (*Record, error) {
	if s.pending != nil {
		return nil, fmt.Errorf("batches: seal while batch %d is pending", s.pending.Header.BatchIndex)
	}
	if in.LastBlock < s.first {
		return nil, fmt.Errorf("batches: seal up to %d, open range starts at %d", in.LastBlock, s.first)
	}
	if len(in.Members) == 0 {
		return nil, ErrNoSigners
	}
	if len(in.BlobHashes) == 0 {
		return nil, errors.New("batches: seal without blobs")
	}
	if err := s.moveToEpoch(in.Epoch, in.Members); err != nil {
		return nil, err
	}
	h := Header{
		ChainID:        s.chainID,
		BatchIndex:     s.nextIndex,
		FirstBlock:     s.first,
		LastBlock:      in.LastBlock,
		ParentHash:     s.parent,
		OutputRoot:     in.OutputRoot,
		BlobHashes:     append([]common.Hash(nil), in.BlobHashes...),
		L1OriginNumber: in.L1OriginNumber,
		L1OriginHash:   in.L1OriginHash,
		Epoch:          in.Epoch,
		WindowStart:    in.L1OriginNumber,
		Fallbacks:      []common.Address{},
	}
	if in.SealTime > in.L1OriginTime {
		h.WindowStart += (in.SealTime - in.L1OriginTime) / s.params.L1BlockTime
	}
	// Without an allocation (every member below the trust floor) nobody is
	// assigned: an empty window with no fallbacks opens the batch to any
	// member at once, which the inbox allows.
	h.WindowEnd = h.WindowStart
	if a, err := s.sched.Next(); err == nil {
		ops := s.sched.Operators()
		h.Submitter = common.Address(ops[a.Submitter].Address)
		for _, f := range a.Fallbacks {
			h.Fallbacks = append(h.Fallbacks, common.Address(ops[f].Address))
		}
		h.WindowEnd = h.WindowStart + s.params.WindowBlocks
	}
	rec := &Record{
		Header:       h,
		Hash:         h.Hash(),
		SealedAt:     s.height,
		Heights:      s.openHeights,
		Votes:        s.openVotes,
		Blocks:       in.Blocks,
		Txs:          in.Txs,
		TxBytes:      in.TxBytes,
		ChannelBytes: in.ChannelBytes,
	}
	s.pending = rec
	s.nextIndex++
	s.parent = rec.Hash
	s.first = in.LastBlock + 1
	if uint64(in.TxBytes) >= s.openBytes {
		s.openBytes = 0
	} else {
		s.openBytes -= uint64(in.TxBytes)
	}
	s.openHeights, s.openVotes = 0, map[common.Address]uint32{}
	return rec, nil
}

// moveToEpoch points the schedule at epoch's members, keeping the trust
// of operators that stay, and recomputes the allocation.
func (s *State) moveToEpoch(epoch uint64, members []Member) error {
	if s.sched != nil && epoch == s.epoch {
		return nil
	}
	ops := make([]schedule.Operator, len(members))
	for i, m := range members {
		ops[i] = schedule.Operator{Address: schedule.Address(m.Address), Stake: m.Stake, Cap: schedule.One}
	}
	if s.sched == nil {
		sched, err := schedule.New(s.params.scheduleConfig(), ops)
		if err != nil {
			return fmt.Errorf("batches: %w", err)
		}
		s.sched = sched
	} else if err := s.sched.SetOperators(ops); err != nil {
		return fmt.Errorf("batches: %w", err)
	}
	s.epoch = epoch
	// ErrInfeasible leaves no allocation; Seal then opens the window.
	if _, err := s.sched.Reallocate(); err != nil && !errors.Is(err, schedule.ErrInfeasible) {
		return fmt.Errorf("batches: %w", err)
	}
	return nil
}

// Certify closes the pending header with a decided certificate, whose
// signers the caller has verified.
func (s *State) Certify(c Cert, signers []common.Address) error {
	if s.pending == nil {
		return ErrNoPending
	}
	if c.BatchIndex != s.pending.Header.BatchIndex || c.HeaderHash != s.pending.Hash {
		return fmt.Errorf("%w: certificate for batch %d (%s), pending %d (%s)", ErrWrongHeader, c.BatchIndex, c.HeaderHash, s.pending.Header.BatchIndex, s.pending.Hash)
	}
	rec := s.pending
	rec.Cert = c.Encode()
	rec.Signers = append([]common.Address(nil), signers...)
	rec.CertifiedAt = s.height
	s.records = append(s.records, rec)
	s.pending = nil
	return nil
}

// Record returns the batch with index i if it is pending or still kept.
func (s *State) Record(i uint64) (*Record, bool) {
	if s.pending != nil && s.pending.Header.BatchIndex == i {
		return s.pending, true
	}
	k := sort.Search(len(s.records), func(j int) bool { return s.records[j].Header.BatchIndex >= i })
	if k < len(s.records) && s.records[k].Header.BatchIndex == i {
		return s.records[k], true
	}
	return nil, false
}

// Records returns the kept certified batches in index order.
func (s *State) Records() []*Record { return s.records }

// Operators returns the schedule's view of the operators (nil before the
// first seal).
func (s *State) Operators() []schedule.OperatorState {
	if s.sched == nil {
		return nil
	}
	return s.sched.Operators()
}

// PowerEpoch is the registry epoch the voting powers were last set from.
func (s *State) PowerEpoch() uint64 { return s.powerEpoch }

// SetPowerEpoch records that the voting powers now follow epoch e.
func (s *State) SetPowerEpoch(e uint64) { s.powerEpoch = e }

// NeedsScan reports whether the L1 origin n is new: its commits have not
// been observed yet. L1 origins advance by at most one block per L2 block,
// so scanning each new origin sees every L1 block once.
func (s *State) NeedsScan(n uint64) bool { return n > s.scanned }

// Observe folds in the inbox's BatchCommitted events seen in the L1 block
// that became the L1 origin at this height. A commit of a batch this state
// does not hold certified (already pruned, or another rollup's event shape)
// is ignored; one whose header hash differs is an error, since the inbox
// accepts only certified headers and the certified one is known.
func (s *State) Observe(l1Block uint64, commits []Commit) error {
	if l1Block > s.scanned {
		s.scanned = l1Block
	}
	for _, c := range commits {
		rec, ok := s.Record(c.BatchIndex)
		if !ok || rec.Cert == nil || rec.Commit != nil {
			continue
		}
		if c.HeaderHash != rec.Hash {
			return fmt.Errorf("batches: L1 committed batch %d as %s, consensus certified %s", c.BatchIndex, c.HeaderHash, rec.Hash)
		}
		c.ObservedAt = s.height
		out, onTime := s.outcome(rec, c)
		c.OnTime = onTime
		rec.Commit = &c
		if s.sched != nil {
			if _, err := s.sched.Observe(out); err != nil && !errors.Is(err, schedule.ErrStaleOutcome) {
				return fmt.Errorf("batches: observe batch %d: %w", c.BatchIndex, err)
			}
			if _, err := s.sched.Reallocate(); err != nil && !errors.Is(err, schedule.ErrInfeasible) {
				return fmt.Errorf("batches: %w", err)
			}
		}
	}
	s.prune()
	return nil
}

// outcome is what the commit says about every operator of the schedule:
// the window rule of BatchInbox._window decides who was due and who missed.
func (s *State) outcome(rec *Record, c Commit) (schedule.Outcome, bool) {
	obs := map[int]*schedule.Observation{}
	at := func(a common.Address) *schedule.Observation {
		i, ok := -1, false
		if s.sched != nil {
			i, ok = s.sched.Index(schedule.Address(a))
		}
		if !ok {
			return nil
		}
		if o, ok := obs[i]; ok {
			return o
		}
		o := &schedule.Observation{Operator: i}
		obs[i] = o
		return o
	}
	h := rec.Header
	onTime := false
	if h.WindowEnd > h.WindowStart {
		if o := at(h.Submitter); o != nil {
			o.Window = schedule.Missed
			if c.Submitter == h.Submitter && c.L1Block < h.WindowEnd {
				o.Window, onTime = schedule.OnTime, true
			}
		}
	}
	for k, f := range h.Fallbacks {
		start := h.WindowEnd + uint64(k)*s.params.SubWindow
		end := start + s.params.SubWindow
		if c.L1Block < start {
			break
		}
		o := at(f)
		if o == nil {
			continue
		}
		switch {
		case c.L1Block >= end:
			o.Window = schedule.Missed
		case c.Submitter == f:
			o.Window, onTime = schedule.OnTime, true
		}
	}
	for _, a := range rec.Signers {
		if o := at(a); o != nil {
			o.Signed = true
		}
	}
	for a, n := range rec.Votes {
		if o := at(a); o != nil {
			o.Votes = n
		}
	}
	out := schedule.Outcome{Batch: rec.Header.BatchIndex, Heights: rec.Heights}
	idx := make([]int, 0, len(obs))
	for i := range obs {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		o := *obs[i]
		if o.Votes > out.Heights {
			o.Votes = out.Heights
		}
		out.Observations = append(out.Observations, o)
	}
	return out, onTime
}

// prune drops the oldest committed records beyond keepCommitted; records
// not yet committed always stay.
func (s *State) prune() {
	committed := 0
	for _, r := range s.records {
		if r.Commit != nil {
			committed++
		}
	}
	drop := committed - keepCommitted
	if drop <= 0 {
		return
	}
	kept := s.records[:0]
	for _, r := range s.records {
		if r.Commit != nil && drop > 0 {
			drop--
			continue
		}
		kept = append(kept, r)
	}
	s.records = kept
}

// snapshot is the encoding of a State.
type snapshot struct {
	Params      Params                    `json:"params"`
	ChainID     uint64                    `json:"chain_id"`
	Height      int64                     `json:"height"`
	NextIndex   uint64                    `json:"next_index"`
	Parent      common.Hash               `json:"parent"`
	First       uint64                    `json:"first"`
	OpenBytes   uint64                    `json:"open_bytes"`
	OpenHeights uint32                    `json:"open_heights"`
	OpenVotes   map[common.Address]uint32 `json:"open_votes"`
	Pending     *Record                   `json:"pending,omitempty"`
	Records     []*Record                 `json:"records"`
	Epoch       uint64                    `json:"epoch"`
	Schedule    hexutil.Bytes             `json:"schedule,omitempty"`
	Scanned     uint64                    `json:"scanned"`
	PowerEpoch  uint64                    `json:"power_epoch"`
}

// Encode returns s's bytes (JSON: maps are written in key order, so the
// bytes are a function of the state).
func (s *State) Encode() ([]byte, error) {
	snap := snapshot{
		Params: s.params, ChainID: s.chainID, Height: s.height, NextIndex: s.nextIndex,
		Parent: s.parent, First: s.first, OpenBytes: s.openBytes, OpenHeights: s.openHeights,
		OpenVotes: s.openVotes, Pending: s.pending, Records: s.records, Epoch: s.epoch,
		Scanned: s.scanned, PowerEpoch: s.powerEpoch,
	}
	if s.sched != nil {
		snap.Schedule = s.sched.Encode()
	}
	return json.Marshal(snap)
}

// Decode parses an encoded State.
func Decode(b []byte) (*State, error) {
	var snap snapshot
	if err := json.Unmarshal(b, &snap); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if err := snap.Params.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	s := &State{
		params: snap.Params, chainID: snap.ChainID, height: snap.Height, nextIndex: snap.NextIndex,
		parent: snap.Parent, first: snap.First, openBytes: snap.OpenBytes, openHeights: snap.OpenHeights,
		openVotes: snap.OpenVotes, pending: snap.Pending, records: snap.Records, epoch: snap.Epoch,
		scanned: snap.Scanned, powerEpoch: snap.PowerEpoch,
	}
	if s.openVotes == nil {
		s.openVotes = map[common.Address]uint32{}
	}
	if s.first == 0 {
		return nil, fmt.Errorf("%w: open range starts at block 0", ErrCorrupt)
	}
	for i, r := range s.records {
		if r == nil || r.Cert == nil || (i > 0 && r.Header.BatchIndex <= s.records[i-1].Header.BatchIndex) {
			return nil, fmt.Errorf("%w: records out of order or uncertified", ErrCorrupt)
		}
	}
	if len(snap.Schedule) > 0 {
		sched, err := schedule.Decode(snap.Schedule)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
		s.sched = sched
	}
	return s, nil
}
