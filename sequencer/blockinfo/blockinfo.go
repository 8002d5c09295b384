// Package blockinfo holds the record a proposer puts first in every
// CometBFT block: what the L2 block needs that its transactions cannot say,
// namely its timestamp and its L1 origin. Validators check it in
// ProcessProposal; FinalizeBlock builds the L2 block from it.
//
// The encoding starts with a byte no Ethereum transaction can start with
// (0x80-0xbf is an RLP string prefix: typed txs start below 0x80, legacy
// txs, being RLP lists, at 0xc0 or above), so a record can never be
// mistaken for a transaction or the reverse.
package blockinfo

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Marker is the first byte of an encoded record (version 1).
const Marker byte = 0xb1

// Size is the length of an encoded record.
const Size = 1 + 8 + 8 + 32

var (
	// ErrNotInfo: the bytes do not start like a record.
	ErrNotInfo = errors.New("not a block info record")
	// ErrMalformed: a record of the wrong length.
	ErrMalformed = errors.New("malformed block info record")
)

// Info is the proposer's choice for one L2 block.
type Info struct {
	// Timestamp of the L2 block, seconds.
	Timestamp uint64
	// L1Origin is the L1 block the L2 block derives its epoch from.
	L1OriginNumber uint64
	L1OriginHash   common.Hash
}

// Encode returns the record's bytes.
func (i Info) Encode() []byte {
	b := make([]byte, 0, Size)
	b = append(b, Marker)
	b = binary.BigEndian.AppendUint64(b, i.Timestamp)
	b = binary.BigEndian.AppendUint64(b, i.L1OriginNumber)
	return append(b, i.L1OriginHash[:]...)
}

// Is reports whether raw is shaped like a record rather than a transaction.
func Is(raw []byte) bool { return len(raw) > 0 && raw[0] == Marker }

// Decode parses a record; it accepts exactly the bytes Encode produces.
func Decode(raw []byte) (Info, error) {
	if !Is(raw) {
		return Info{}, ErrNotInfo
	}
	if len(raw) != Size {
		return Info{}, fmt.Errorf("%w: %d bytes, want %d", ErrMalformed, len(raw), Size)
	}
	return Info{
		Timestamp:      binary.BigEndian.Uint64(raw[1:9]),
		L1OriginNumber: binary.BigEndian.Uint64(raw[9:17]),
		L1OriginHash:   common.BytesToHash(raw[17:]),
	}, nil
}
