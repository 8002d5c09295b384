package schedule

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

// ErrCorruptState: bytes that are not the encoding of a valid State.
var ErrCorruptState = errors.New("schedule: corrupt state encoding")

// Encoding, version 1, all integers big-endian, Fixed as int64:
//
//	"NOPS" | version u8 = 1
//	config: Prior Smoothing WeightOnTime WeightSigned WeightUptime MinTrust
//	        TrustPoints StakePoints Concentration Alpha Epsilon (11 x i64)
//	        MaxIter u32 | Fallbacks u32
//	seq u64 | observed u8 (0 or 1) | lastBatch u64 (0 unless observed)
//	n u32 (1..MaxOperators)
//	n x { address [20] | stake u64 | cap i64 | cost i64 | corruptionCost i64
//	      | trust i64 | share i64 | current i64 }
//
// The encoding is canonical: Decode accepts exactly the bytes Encode
// produces for some valid State, so equal states have equal bytes and the
// app may hash them.
const (
	codecMagic    = "NOPS"
	codecVersion  = 1
	headerSize    = 4 + 1 + 11*8 + 4 + 4 + 8 + 1 + 8 + 4
	operatorSize  = 20 + 8 + 6*8
	maxEncodedLen = headerSize + MaxOperators*operatorSize
)

// Encode returns the canonical bytes of s.
func (s *State) Encode() []byte {
	b := make([]byte, 0, headerSize+len(s.ops)*operatorSize)
	b = append(b, codecMagic...)
	b = append(b, codecVersion)
	c := s.cfg
	for _, v := range []Fixed{c.Prior, c.Smoothing, c.WeightOnTime, c.WeightSigned, c.WeightUptime, c.MinTrust,
		c.TrustPoints, c.StakePoints, c.Concentration, c.Alpha, c.Epsilon} {
		b = binary.BigEndian.AppendUint64(b, uint64(v))
	}
	b = binary.BigEndian.AppendUint32(b, c.MaxIter)
	b = binary.BigEndian.AppendUint32(b, c.Fallbacks)
	b = binary.BigEndian.AppendUint64(b, s.seq)
	if s.observed {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.BigEndian.AppendUint64(b, s.lastBatch)
	b = binary.BigEndian.AppendUint32(b, uint32(len(s.ops)))
	for _, o := range s.ops {
		b = append(b, o.Address[:]...)
		b = binary.BigEndian.AppendUint64(b, o.Stake)
		for _, v := range []Fixed{o.Cap, o.Cost, o.CorruptionCost, o.trust, o.share, o.current} {
			b = binary.BigEndian.AppendUint64(b, uint64(v))
		}
	}
	return b
}

type reader struct{ b []byte }

func (r *reader) u8() uint8   { v := r.b[0]; r.b = r.b[1:]; return v }
func (r *reader) u32() uint32 { v := binary.BigEndian.Uint32(r.b); r.b = r.b[4:]; return v }
func (r *reader) u64() uint64 { v := binary.BigEndian.Uint64(r.b); r.b = r.b[8:]; return v }
func (r *reader) fixed() Fixed {
	return Fixed(r.u64())
}

// Decode parses and validates an encoded State. Every invariant the
// methods rely on is checked, so a State from Decode behaves exactly like
// the one that was encoded.
func Decode(data []byte) (*State, error) {
	if len(data) < headerSize {
		return nil, fmt.Errorf("%w: %d bytes, header needs %d", ErrCorruptState, len(data), headerSize)
	}
	if len(data) > maxEncodedLen {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrCorruptState, len(data), maxEncodedLen)
	}
	if !bytes.Equal(data[:4], []byte(codecMagic)) {
		return nil, fmt.Errorf("%w: bad magic %q", ErrCorruptState, data[:4])
	}
	if v := data[4]; v != codecVersion {
		return nil, fmt.Errorf("%w: version %d, this build reads %d", ErrCorruptState, v, codecVersion)
	}
	r := &reader{data[5:]}
	var c Config
	for _, p := range []*Fixed{&c.Prior, &c.Smoothing, &c.WeightOnTime, &c.WeightSigned, &c.WeightUptime, &c.MinTrust,
		&c.TrustPoints, &c.StakePoints, &c.Concentration, &c.Alpha, &c.Epsilon} {
		*p = r.fixed()
	}
	c.MaxIter = r.u32()
	c.Fallbacks = r.u32()
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("%w: config: %w", ErrCorruptState, err)
	}
	s := &State{cfg: c, seq: r.u64()}
	switch obs := r.u8(); obs {
	case 0, 1:
		s.observed = obs == 1
	default:
		return nil, fmt.Errorf("%w: observed flag %d", ErrCorruptState, obs)
	}
	s.lastBatch = r.u64()
	if !s.observed && s.lastBatch != 0 {
		return nil, fmt.Errorf("%w: last batch %d without an observation", ErrCorruptState, s.lastBatch)
	}
	n := r.u32()
	if n == 0 || n > MaxOperators {
		return nil, fmt.Errorf("%w: %d operators, want 1..%d", ErrCorruptState, n, MaxOperators)
	}
	if want := int(n) * operatorSize; len(r.b) != want {
		return nil, fmt.Errorf("%w: %d bytes of operators, want %d", ErrCorruptState, len(r.b), want)
	}
	s.ops = make([]opState, n)
	var stake uint64
	var shares, currents Fixed
	for i := range s.ops {
		o := &s.ops[i]
		copy(o.Address[:], r.b[:20])
		r.b = r.b[20:]
		o.Stake = r.u64()
		o.Cap, o.Cost, o.CorruptionCost = r.fixed(), r.fixed(), r.fixed()
		o.trust, o.share, o.current = r.fixed(), r.fixed(), r.fixed()
		if err := o.validate(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCorruptState, err)
		}
		if i > 0 && bytes.Compare(s.ops[i-1].Address[:], o.Address[:]) >= 0 {
			return nil, fmt.Errorf("%w: operator %d address not above its predecessor's", ErrCorruptState, i)
		}
		var carry uint64
		if stake, carry = bits.Add64(stake, o.Stake, 0); carry != 0 {
			return nil, fmt.Errorf("%w: total stake overflows", ErrCorruptState)
		}
		if o.trust < 0 || o.trust > One {
			return nil, fmt.Errorf("%w: operator %d trust %s outside [0, 1]", ErrCorruptState, i, o.trust)
		}
		if o.share < 0 || o.share > o.Cap {
			return nil, fmt.Errorf("%w: operator %d share %s outside [0, cap %s]", ErrCorruptState, i, o.share, o.Cap)
		}
		// Round-robin invariant: counters of operators with a share are
		// > -1 (hence < n-1, as they sum to zero); the others are zero.
		if (o.share == 0 && o.current != 0) || (o.share > 0 && (o.current <= -One || o.current >= Fixed(n)*One)) {
			return nil, fmt.Errorf("%w: operator %d round-robin counter %s with share %s", ErrCorruptState, i, o.current, o.share)
		}
		shares += o.share
		currents += o.current
	}
	if shares != 0 && shares != One {
		return nil, fmt.Errorf("%w: shares sum to %s, want 0 or 1", ErrCorruptState, shares)
	}
	if currents != 0 {
		return nil, fmt.Errorf("%w: round-robin counters sum to %s, want 0", ErrCorruptState, currents)
	}
	return s, nil
}
