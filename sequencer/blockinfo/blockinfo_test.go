package blockinfo

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestRoundTrip(t *testing.T) {
	for _, in := range []Info{
		{},
		{Timestamp: 1, L1OriginNumber: 2, L1OriginHash: common.Hash{3}},
		{Timestamp: ^uint64(0), L1OriginNumber: ^uint64(0), L1OriginHash: common.MaxHash},
	} {
		raw := in.Encode()
		if len(raw) != Size || !Is(raw) {
			t.Fatalf("Encode(%+v) = %x: len %d, Is %v; want len %d, Is true", in, raw, len(raw), Is(raw), Size)
		}
		out, err := Decode(raw)
		if err != nil || out != in {
			t.Fatalf("Decode(Encode(%+v)) = %+v, %v", in, out, err)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	valid := Info{Timestamp: 7}.Encode()
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrNotInfo},
		{"typed tx prefix", []byte{0x02, 0x01}, ErrNotInfo},
		{"legacy tx prefix", []byte{0xf8, 0x01}, ErrNotInfo},
		{"other version", append([]byte{0xb2}, valid[1:]...), ErrNotInfo},
		{"short", valid[:Size-1], ErrMalformed},
		{"long", append(bytes.Clone(valid), 0), ErrMalformed},
		{"marker only", []byte{Marker}, ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Decode(tc.raw); !errors.Is(err, tc.want) {
				t.Fatalf("Decode(%x) err = %v, want %v", tc.raw, err, tc.want)
			}
		})
	}
}

// TestNoTransactionLooksLikeInfo: the marker is outside every transaction
// encoding's first byte, for each type go-ethereum signs.
func TestNoTransactionLooksLikeInfo(t *testing.T) {
	key, _ := crypto.GenerateKey()
	chain := big.NewInt(901)
	to := common.Address{1}
	for _, inner := range []types.TxData{
		&types.LegacyTx{Gas: 21000, To: &to, GasPrice: big.NewInt(1)},
		&types.AccessListTx{ChainID: chain, Gas: 21000, To: &to, GasPrice: big.NewInt(1)},
		&types.DynamicFeeTx{ChainID: chain, Gas: 21000, To: &to, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)},
	} {
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain), inner)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		if Is(raw) {
			t.Fatalf("tx type %d encodes with first byte %#x, taken for a record", tx.Type(), raw[0])
		}
	}
	var decoded types.Transaction
	if err := decoded.UnmarshalBinary(Info{}.Encode()); err == nil {
		t.Fatal("a record decodes as a transaction")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Info{Timestamp: 1, L1OriginNumber: 2, L1OriginHash: common.Hash{3}}.Encode())
	f.Add([]byte{Marker})
	f.Add([]byte{0x02})
	f.Fuzz(func(t *testing.T, raw []byte) {
		in, err := Decode(raw)
		if err != nil {
			return
		}
		if !bytes.Equal(in.Encode(), raw) {
			t.Fatalf("Decode accepted %x, which re-encodes as %x", raw, in.Encode())
		}
	})
}
