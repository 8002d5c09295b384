package txn

import (
	"bytes"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

var updateSeeds = flag.Bool("update-seeds", false, "rewrite testdata/fuzz/FuzzDecode from fuzzSeeds")

const seedDir = "testdata/fuzz/FuzzDecode"

// fuzzRules are the rules the fuzz target decodes under.
func fuzzRules() Rules { return testRules() }

type fuzzSeed struct {
	name string
	raw  []byte
	ok   bool // whether Decode under fuzzRules accepts it
}

// fuzzSeeds are the committed seed corpus. Signatures are deterministic
// (fixed keys, RFC 6979), so the bytes are stable.
func fuzzSeeds(tb testing.TB) []fuzzSeed {
	tb.Helper()
	sign := func(signer types.Signer, data types.TxData) []byte {
		_, raw := signed(tb, signer, key1, data)
		return raw
	}
	validDyn := sign(latestSigner(), dynTx(nil))
	validLegacy := sign(latestSigner(), legacyTx(nil))
	return []fuzzSeed{
		{"valid_legacy_eip155", validLegacy, true},
		{"valid_access_list", sign(latestSigner(), accessListTx(nil)), true},
		{"valid_dynamic_fee", validDyn, true},
		{"valid_dynamic_fee_create", sign(latestSigner(), dynTx(func(tx *types.DynamicFeeTx) {
			tx.To = nil
			tx.Data = []byte{0x60, 0x00, 0x60, 0x00, 0xf3}
			tx.Gas = 100_000
			tx.AccessList = types.AccessList{{Address: recipient, StorageKeys: []common.Hash{{0x01}}}}
		})), true},
		{"valid_calldata", sign(latestSigner(), dynTx(func(tx *types.DynamicFeeTx) {
			tx.Data = append(nonZero(40), make([]byte, 24)...)
			tx.Gas = params.TxGas + 40*params.TxTokenPerNonZeroByte*params.TxCostFloorPerToken + 24*params.TxCostFloorPerToken
		})), true},
		{"wrong_chain_dynamic_fee", sign(types.LatestSignerForChainID(big.NewInt(10)),
			dynTx(func(tx *types.DynamicFeeTx) { tx.ChainID = big.NewInt(10) })), false},
		{"wrong_chain_legacy", sign(types.NewEIP155Signer(big.NewInt(1)), legacyTx(nil)), false},
		{"unprotected_legacy", sign(types.HomesteadSigner{}, legacyTx(nil)), false},
		{"truncated_dynamic_fee", validDyn[:len(validDyn)-7], false},
		{"truncated_legacy", validLegacy[:len(validLegacy)/2], false},
		{"trailing_byte", append(bytes.Clone(validDyn), 0x80), false},
		{"garbage", []byte("\xde\xad\xbe\xefnot a transaction"), false},
		{"empty", []byte{}, false},
		{"type_byte_only", []byte{types.DynamicFeeTxType}, false},
		{"huge_length_prefix_legacy", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xc0}, false},
		{"huge_length_prefix_typed", []byte{types.DynamicFeeTxType, 0xfb, 0xff, 0xff, 0xff, 0xff, 0x01, 0x80}, false},
		{"deposit", marshal(tb, types.NewTx(&types.DepositTx{From: addr1, To: &recipient, Value: common.Big1, Gas: params.TxGas})), false},
		{"tip_above_fee_cap", sign(latestSigner(), dynTx(func(tx *types.DynamicFeeTx) { tx.GasFeeCap = common.Big1 })), false},
		{"intrinsic_gas_too_low", sign(latestSigner(), dynTx(func(tx *types.DynamicFeeTx) { tx.Gas = params.TxGas - 1 })), false},
		{"high_s", tamperedSig(tb, dynTx(nil), func(sig []byte) {
			s := new(big.Int).SetBytes(sig[32:64])
			setS(sig, s.Sub(secp256k1N, s))
			sig[64] ^= 1
		}), false},
	}
}

// marshalCorpusFile renders a []byte seed in the format of the go command's
// fuzzing corpus (internal/fuzz: "go test fuzz v1" then one value a line).
func marshalCorpusFile(raw []byte) []byte {
	return fmt.Appendf(nil, "go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(raw)))
}

func unmarshalCorpusFile(data []byte) ([]byte, error) {
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) != 2 || lines[0] != "go test fuzz v1" {
		return nil, fmt.Errorf("want a header and one value, got %d lines", len(lines))
	}
	lit, ok := strings.CutPrefix(lines[1], "[]byte(")
	if !ok || !strings.HasSuffix(lit, ")") {
		return nil, fmt.Errorf("value %q is not a []byte", lines[1])
	}
	s, err := strconv.Unquote(strings.TrimSuffix(lit, ")"))
	return []byte(s), err
}

// TestFuzzSeedCorpus keeps the committed seeds in step with fuzzSeeds and
// checks each one still lands on the side of Decode it was chosen for.
// Regenerate with: go test ./internal/txn -run TestFuzzSeedCorpus -update-seeds
func TestFuzzSeedCorpus(t *testing.T) {
	seeds := fuzzSeeds(t)
	if *updateSeeds {
		if err := os.MkdirAll(seedDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, s := range seeds {
			if err := os.WriteFile(filepath.Join(seedDir, s.name), marshalCorpusFile(s.raw), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	d := newTestDecoder(t, fuzzRules(), 16)
	for _, s := range seeds {
		data, err := os.ReadFile(filepath.Join(seedDir, s.name))
		if err != nil {
			t.Errorf("seed %s: %v (regenerate with -update-seeds)", s.name, err)
			continue
		}
		raw, err := unmarshalCorpusFile(data)
		if err != nil {
			t.Errorf("seed %s: %v", s.name, err)
			continue
		}
		if !bytes.Equal(raw, s.raw) {
			t.Errorf("seed %s = %x, want %x (regenerate with -update-seeds)", s.name, raw, s.raw)
		}
		tx, err := d.Decode(raw)
		if (err == nil) != s.ok {
			t.Errorf("seed %s: Decode() error = %v, want success %v", s.name, err, s.ok)
		}
		if err == nil {
			checkDecoded(t, d, raw, tx)
		}
	}
}

// FuzzDecode checks what Decode guarantees for arbitrary input: no panic;
// on failure a nil *Tx; on success the input is the canonical encoding of
// the transaction (re-encoding reproduces it byte for byte, so Hash is its
// keccak), the sender is what a fresh recovery yields, and the stateless
// rules hold. A decoder with the EIP-7623 floor must be at least as strict.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s.raw)
	}
	rules := fuzzRules()
	d := newTestDecoder(f, rules, 64)
	floorRules := rules
	floorRules.FloorDataGas = true
	dFloor := newTestDecoder(f, floorRules, 64)
	signer := types.LatestSignerForChainID(rules.ChainID)

	f.Fuzz(func(t *testing.T, raw []byte) {
		in := bytes.Clone(raw)
		tx, err := d.Decode(raw)
		if !bytes.Equal(raw, in) {
			t.Fatalf("Decode modified its input")
		}
		ftx, ferr := dFloor.Decode(raw)
		if err != nil {
			if tx != nil {
				t.Fatalf("Decode() = %+v with error %v, want nil *Tx", tx, err)
			}
			if ferr == nil {
				t.Fatalf("floor decoder accepted what the plain one rejected (%v)", err)
			}
			return
		}
		if tx == nil {
			t.Fatalf("Decode() = nil, nil")
		}

		enc, merr := tx.Tx.MarshalBinary()
		if merr != nil {
			t.Fatalf("MarshalBinary of a decoded tx: %v", merr)
		}
		if !bytes.Equal(enc, raw) {
			t.Fatalf("non-canonical encoding accepted:\n in  %x\n out %x", raw, enc)
		}
		if !bytes.Equal(tx.Raw, raw) {
			t.Fatalf("Raw = %x, want %x", tx.Raw, raw)
		}
		if want := crypto.Keccak256Hash(raw); tx.Hash != want {
			t.Fatalf("Hash = %s, want keccak256(raw) = %s", tx.Hash, want)
		}
		if tx.Hash != tx.Tx.Hash() {
			t.Fatalf("Hash = %s, want Tx.Hash() = %s", tx.Hash, tx.Tx.Hash())
		}

		fresh := new(types.Transaction)
		if err := fresh.UnmarshalBinary(raw); err != nil {
			t.Fatalf("UnmarshalBinary of accepted input: %v", err)
		}
		sender, serr := types.Sender(signer, fresh)
		if serr != nil {
			t.Fatalf("types.Sender of accepted input: %v", serr)
		}
		if tx.Sender != sender {
			t.Fatalf("Sender = %s, want types.Sender = %s", tx.Sender, sender)
		}

		if tx.Size() > DefaultMaxSize {
			t.Fatalf("Size() = %d, want <= %d", tx.Size(), DefaultMaxSize)
		}
		if tx.Tx.ChainId().Cmp(rules.ChainID) != 0 {
			t.Fatalf("ChainId = %v, want %v", tx.Tx.ChainId(), rules.ChainID)
		}
		switch tx.Tx.Type() {
		case types.LegacyTxType:
			if !tx.Tx.Protected() {
				t.Fatalf("accepted an unprotected legacy tx")
			}
		case types.AccessListTxType, types.DynamicFeeTxType:
		default:
			t.Fatalf("accepted tx type %d", tx.Tx.Type())
		}
		if tx.Gas() > rules.BlockGasLimit {
			t.Fatalf("Gas = %d, want <= %d", tx.Gas(), rules.BlockGasLimit)
		}
		if tx.Tx.GasFeeCap().BitLen() > 256 || tx.Tx.GasFeeCap().Cmp(tx.Tx.GasTipCap()) < 0 {
			t.Fatalf("fee cap %v, tip cap %v: want tip <= cap < 2^256", tx.Tx.GasFeeCap(), tx.Tx.GasTipCap())
		}
		if tx.Tx.To() == nil && len(tx.Tx.Data()) > params.MaxInitCodeSize {
			t.Fatalf("initcode size %d, want <= %d", len(tx.Tx.Data()), params.MaxInitCodeSize)
		}

		if ferr == nil {
			if ftx.Sender != tx.Sender || ftx.Hash != tx.Hash {
				t.Fatalf("floor decoder = {%s %s}, want {%s %s}", ftx.Hash, ftx.Sender, tx.Hash, tx.Sender)
			}
		}
	})
}
