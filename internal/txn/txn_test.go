package txn

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

const (
	testChainID       = 901
	testBlockGasLimit = 30_000_000
)

var (
	// Fixed keys keep every signature (RFC 6979) and so every encoding
	// deterministic, which the committed fuzz seeds rely on.
	key1  = mustKey("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	key2  = mustKey("8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
	addr1 = crypto.PubkeyToAddress(key1.PublicKey)
	addr2 = crypto.PubkeyToAddress(key2.PublicKey)

	recipient = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")

	secp256k1N = crypto.S256().Params().N
)

func mustKey(hex string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(hex)
	if err != nil {
		panic(err)
	}
	return k
}

func chain() *big.Int { return big.NewInt(testChainID) }

func latestSigner() types.Signer { return types.LatestSignerForChainID(chain()) }

// testRules are the rules most cases run under: chain 901, a 30M block gas
// limit and a 1 gwei fee floor.
func testRules() Rules {
	return Rules{
		ChainID:       chain(),
		BlockGasLimit: testBlockGasLimit,
	}
}

func newTestDecoder(tb testing.TB, rules Rules, cacheSize int) *Decoder {
	tb.Helper()
	d, err := NewDecoder(rules, cacheSize)
	if err != nil {
		tb.Fatalf("NewDecoder(%+v, %d): %v", rules, cacheSize, err)
	}
	return d
}

// --- transaction builders -------------------------------------------------

func legacyTx(mod func(*types.LegacyTx)) *types.LegacyTx {
	tx := &types.LegacyTx{
		Nonce:    3,
		GasPrice: big.NewInt(3 * params.GWei),
		Gas:      params.TxGas,
		To:       &recipient,
		Value:    big.NewInt(1),
	}
	if mod != nil {
		mod(tx)
	}
	return tx
}

func accessListTx(mod func(*types.AccessListTx)) *types.AccessListTx {
	tx := &types.AccessListTx{
		ChainID:  chain(),
		Nonce:    5,
		GasPrice: big.NewInt(2 * params.GWei),
		Gas:      params.TxGas + params.TxAccessListAddressGas + 2*params.TxAccessListStorageKeyGas,
		To:       &recipient,
		Value:    big.NewInt(2),
		AccessList: types.AccessList{{
			Address:     recipient,
			StorageKeys: []common.Hash{{0x01}, {0x02}},
		}},
	}
	if mod != nil {
		mod(tx)
	}
	return tx
}

func dynTx(mod func(*types.DynamicFeeTx)) *types.DynamicFeeTx {
	tx := &types.DynamicFeeTx{
		ChainID:   chain(),
		Nonce:     7,
		GasTipCap: big.NewInt(2 * params.GWei),
		GasFeeCap: big.NewInt(10 * params.GWei),
		Gas:       params.TxGas,
		To:        &recipient,
		Value:     big.NewInt(3),
	}
	if mod != nil {
		mod(tx)
	}
	return tx
}

// signed signs data with signer and key and returns the transaction and its
// binary encoding.
func signed(tb testing.TB, signer types.Signer, key *ecdsa.PrivateKey, data types.TxData) (*types.Transaction, []byte) {
	tb.Helper()
	tx, err := types.SignNewTx(key, signer, data)
	if err != nil {
		tb.Fatalf("SignNewTx(%T): %v", data, err)
	}
	return tx, marshal(tb, tx)
}

func marshal(tb testing.TB, tx *types.Transaction) []byte {
	tb.Helper()
	raw, err := tx.MarshalBinary()
	if err != nil {
		tb.Fatalf("MarshalBinary(type %d): %v", tx.Type(), err)
	}
	return raw
}

// rawOf returns a raw-bytes builder for data signed with the chain's latest
// signer and key1.
func rawOf(data func() types.TxData) func(testing.TB) []byte {
	return func(tb testing.TB) []byte {
		_, raw := signed(tb, latestSigner(), key1, data())
		return raw
	}
}

// tamperedSig signs data with the chain's signer, lets mod alter the 65-byte
// [R || S || V] signature and attaches the result. The signer does not check
// the values, so the encoding carries exactly what mod produced.
func tamperedSig(tb testing.TB, data types.TxData, mod func(sig []byte)) []byte {
	tb.Helper()
	signer := latestSigner()
	tx := types.NewTx(data)
	h := signer.Hash(tx)
	sig, err := crypto.Sign(h[:], key1)
	if err != nil {
		tb.Fatalf("crypto.Sign: %v", err)
	}
	mod(sig)
	stx, err := tx.WithSignature(signer, sig)
	if err != nil {
		tb.Fatalf("WithSignature: %v", err)
	}
	return marshal(tb, stx)
}

func setS(sig []byte, s *big.Int) { s.FillBytes(sig[32:64]) }
func setR(sig []byte, r *big.Int) { r.FillBytes(sig[0:32]) }

// reencodeField replaces field i of an encoded transaction's RLP list with
// the given raw RLP item, keeping the type prefix of a typed envelope.
func reencodeField(tb testing.TB, raw []byte, i int, item []byte) []byte {
	tb.Helper()
	var prefix []byte
	if raw[0] < 0x80 {
		prefix, raw = raw[:1], raw[1:]
	}
	var fields []rlp.RawValue
	if err := rlp.DecodeBytes(raw, &fields); err != nil {
		tb.Fatalf("rlp.DecodeBytes: %v", err)
	}
	fields[i] = item
	out, err := rlp.EncodeToBytes(fields)
	if err != nil {
		tb.Fatalf("rlp.EncodeToBytes: %v", err)
	}
	return append(bytes.Clone(prefix), out...)
}

func nonZero(n int) []byte { return bytes.Repeat([]byte{0xab}, n) }

// --- Decode: one row per rule --------------------------------------------

type decodeCase struct {
	name  string
	rules func(*Rules) // adjusts testRules(); nil keeps them
	raw   func(testing.TB) []byte
	// wantErr is the sentinel the error must wrap; nil means success.
	wantErr error
	// On success: the expected sender and envelope type.
	wantSender common.Address
	wantType   uint8
}

func decodeCases() []decodeCase {
	return []decodeCase{
		// Size.
		{
			name: "oversized signed tx",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) { tx.Data = nonZero(DefaultMaxSize); tx.Gas = testBlockGasLimit })
			}),
			wantErr: txpool.ErrOversizedData,
		},
		{
			name:    "one byte over the limit",
			raw:     func(testing.TB) []byte { return nonZero(DefaultMaxSize + 1) },
			wantErr: txpool.ErrOversizedData,
		},
		{
			// The limit is inclusive: exactly MaxSize bytes reach the decoder.
			name:    "exactly at the limit is decoded",
			raw:     func(testing.TB) []byte { return nonZero(DefaultMaxSize) },
			wantErr: ErrMalformed,
		},
		{
			name:    "custom MaxSize",
			rules:   func(r *Rules) { r.MaxSize = 64 },
			raw:     rawOf(func() types.TxData { return dynTx(nil) }),
			wantErr: txpool.ErrOversizedData,
		},

		// Encoding.
		{name: "empty", raw: func(testing.TB) []byte { return nil }, wantErr: ErrMalformed},
		{name: "garbage text", raw: func(testing.TB) []byte { return []byte("not a transaction") }, wantErr: ErrMalformed},
		{name: "garbage rlp-ish", raw: func(testing.TB) []byte { return []byte{0xde, 0xad, 0xbe, 0xef} }, wantErr: ErrMalformed},
		{name: "type byte only", raw: func(testing.TB) []byte { return []byte{types.DynamicFeeTxType} }, wantErr: ErrMalformed},
		{name: "unknown type byte", raw: func(testing.TB) []byte { return []byte{0x05, 0xc0} }, wantErr: ErrMalformed},
		{
			name: "huge length prefix",
			raw: func(testing.TB) []byte {
				return []byte{0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}
			},
			wantErr: ErrMalformed,
		},
		{
			name: "truncated dynamic fee tx",
			raw: func(tb testing.TB) []byte {
				raw := rawOf(func() types.TxData { return dynTx(nil) })(tb)
				return raw[:len(raw)-1]
			},
			wantErr: ErrMalformed,
		},
		{
			name: "truncated legacy tx",
			raw: func(tb testing.TB) []byte {
				raw := rawOf(func() types.TxData { return legacyTx(nil) })(tb)
				return raw[:len(raw)/2]
			},
			wantErr: ErrMalformed,
		},
		{
			name: "trailing byte",
			raw: func(tb testing.TB) []byte {
				raw := rawOf(func() types.TxData { return dynTx(nil) })(tb)
				return append(raw, 0x00)
			},
			wantErr: ErrMalformed,
		},
		{
			// A typed tx wrapped as an RLP string, the way it appears
			// inside a block body, is not its binary encoding.
			name: "rlp-wrapped typed tx",
			raw: func(tb testing.TB) []byte {
				raw := rawOf(func() types.TxData { return dynTx(nil) })(tb)
				return append([]byte{0xb8, byte(len(raw))}, raw...)
			},
			wantErr: ErrMalformed,
		},

		// Non-canonical RLP: the same transaction fields with a different
		// encoding (and so a different keccak) must not decode.
		{
			name: "legacy nonce with leading zero",
			raw: func(tb testing.TB) []byte {
				return reencodeField(tb, rawOf(func() types.TxData { return legacyTx(nil) })(tb), 0, []byte{0x82, 0x00, 0x03})
			},
			wantErr: ErrMalformed,
		},
		{
			name: "typed nonce as a one-byte string",
			raw: func(tb testing.TB) []byte {
				return reencodeField(tb, rawOf(func() types.TxData { return dynTx(nil) })(tb), 1, []byte{0x81, 0x07})
			},
			wantErr: ErrMalformed,
		},
		{
			name: "typed value with leading zero",
			raw: func(tb testing.TB) []byte {
				return reencodeField(tb, rawOf(func() types.TxData { return dynTx(nil) })(tb), 6, []byte{0x82, 0x00, 0x03})
			},
			wantErr: ErrMalformed,
		},
		{
			name: "typed list with long-form short length",
			raw: func(tb testing.TB) []byte {
				raw := rawOf(func() types.TxData { return dynTx(nil) })(tb)
				// 0xf8 0x6d is canonical for a 109-byte list; 0xf9 0x00 0x6d is not.
				if raw[1] != 0xf8 {
					tb.Fatalf("unexpected list header %x", raw[1:3])
				}
				return append([]byte{raw[0], 0xf9, 0x00}, raw[2:]...)
			},
			wantErr: ErrMalformed,
		},

		// Replay protection and chain id.
		{
			name: "unprotected legacy (homestead)",
			raw: func(tb testing.TB) []byte {
				_, raw := signed(tb, types.HomesteadSigner{}, key1, legacyTx(nil))
				return raw
			},
			wantErr: ErrUnprotected,
		},
		{
			name: "legacy eip155 for another chain",
			raw: func(tb testing.TB) []byte {
				_, raw := signed(tb, types.NewEIP155Signer(big.NewInt(testChainID+1)), key1, legacyTx(nil))
				return raw
			},
			wantErr: types.ErrInvalidChainId,
		},
		{
			name: "dynamic fee for another chain",
			raw: func(tb testing.TB) []byte {
				other := big.NewInt(10)
				_, raw := signed(tb, types.LatestSignerForChainID(other), key1, dynTx(func(tx *types.DynamicFeeTx) { tx.ChainID = other }))
				return raw
			},
			wantErr: types.ErrInvalidChainId,
		},
		{
			name: "access list for another chain",
			raw: func(tb testing.TB) []byte {
				other := big.NewInt(1)
				_, raw := signed(tb, types.LatestSignerForChainID(other), key1, accessListTx(func(tx *types.AccessListTx) { tx.ChainID = other }))
				return raw
			},
			wantErr: types.ErrInvalidChainId,
		},

		// Types.
		{
			name: "blob tx",
			raw: rawOf(func() types.TxData {
				return &types.BlobTx{
					ChainID:    uint256.NewInt(testChainID),
					Nonce:      1,
					GasTipCap:  uint256.NewInt(2 * params.GWei),
					GasFeeCap:  uint256.NewInt(10 * params.GWei),
					Gas:        params.TxGas,
					To:         recipient,
					Value:      uint256.NewInt(1),
					BlobFeeCap: uint256.NewInt(1),
					BlobHashes: []common.Hash{{0x01}},
				}
			}),
			wantErr: types.ErrTxTypeNotSupported,
		},
		{
			name: "deposit tx",
			raw: func(tb testing.TB) []byte {
				return marshal(tb, types.NewTx(&types.DepositTx{
					SourceHash: common.Hash{0x11},
					From:       addr1,
					To:         &recipient,
					Mint:       big.NewInt(params.Ether),
					Value:      big.NewInt(1),
					Gas:        params.TxGas,
				}))
			},
			wantErr: types.ErrTxTypeNotSupported,
		},
		{
			name: "set-code tx",
			raw: func(tb testing.TB) []byte {
				auth, err := types.SignSetCode(key2, types.SetCodeAuthorization{
					ChainID: *uint256.NewInt(testChainID),
					Address: recipient,
					Nonce:   0,
				})
				if err != nil {
					tb.Fatalf("SignSetCode: %v", err)
				}
				_, raw := signed(tb, latestSigner(), key1, &types.SetCodeTx{
					ChainID:   uint256.NewInt(testChainID),
					Nonce:     1,
					GasTipCap: uint256.NewInt(2 * params.GWei),
					GasFeeCap: uint256.NewInt(10 * params.GWei),
					Gas:       100_000,
					To:        recipient,
					Value:     uint256.NewInt(0),
					AuthList:  []types.SetCodeAuthorization{auth},
				})
				return raw
			},
			wantErr: types.ErrTxTypeNotSupported,
		},
		{
			name: "op post-exec tx",
			raw: func(tb testing.TB) []byte {
				return marshal(tb, types.NewTx(&types.PostExecTx{Data: []byte{0xc0}}))
			},
			wantErr: types.ErrTxTypeNotSupported,
		},

		// Gas limit.
		{
			name:    "gas above block gas limit",
			rules:   func(r *Rules) { r.BlockGasLimit = 100_000 },
			raw:     rawOf(func() types.TxData { return dynTx(func(tx *types.DynamicFeeTx) { tx.Gas = 100_001 }) }),
			wantErr: txpool.ErrGasLimit,
		},
		{
			name:       "gas equal to block gas limit",
			rules:      func(r *Rules) { r.BlockGasLimit = 100_000 },
			raw:        rawOf(func() types.TxData { return dynTx(func(tx *types.DynamicFeeTx) { tx.Gas = 100_000 }) }),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},

		// Fee sanity.
		{
			name: "fee cap above 256 bits",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) { tx.GasFeeCap = new(big.Int).Lsh(big.NewInt(1), 256) })
			}),
			wantErr: core.ErrFeeCapVeryHigh,
		},
		{
			name: "tip above 256 bits",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) { tx.GasTipCap = new(big.Int).Lsh(big.NewInt(1), 256) })
			}),
			wantErr: core.ErrTipVeryHigh,
		},
		{
			name: "tip above fee cap",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) {
					tx.GasTipCap = big.NewInt(5 * params.GWei)
					tx.GasFeeCap = big.NewInt(5*params.GWei - 1)
				})
			}),
			wantErr: core.ErrTipAboveFeeCap,
		},
		{
			name:       "tip equal to fee cap",
			raw:        rawOf(func() types.TxData { return dynTx(func(tx *types.DynamicFeeTx) { tx.GasFeeCap = tx.GasTipCap }) }),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},

		{
			name:       "zero tip: fee floors are the mempool's",
			raw:        rawOf(func() types.TxData { return dynTx(func(tx *types.DynamicFeeTx) { tx.GasTipCap = new(big.Int) }) }),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},

		// Initcode size.
		{
			name: "initcode too large",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) {
					tx.To = nil
					tx.Data = make([]byte, params.MaxInitCodeSize+1)
					tx.Gas = 1_000_000
				})
			}),
			wantErr: vm.ErrMaxInitCodeSizeExceeded,
		},
		{
			name: "initcode at the limit",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) {
					tx.To = nil
					tx.Data = make([]byte, params.MaxInitCodeSize)
					tx.Gas = 1_000_000
				})
			}),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},
		{
			// The initcode bound applies to contract creation only.
			name: "large calldata to an address",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) {
					tx.Data = make([]byte, params.MaxInitCodeSize+1)
					tx.Gas = 1_000_000
				})
			}),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},

		// Intrinsic gas.
		{
			name:    "transfer below intrinsic gas",
			raw:     rawOf(func() types.TxData { return dynTx(func(tx *types.DynamicFeeTx) { tx.Gas = params.TxGas - 1 }) }),
			wantErr: core.ErrIntrinsicGas,
		},
		{
			name: "creation below intrinsic gas",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) { tx.To = nil; tx.Gas = params.TxGasContractCreation - 1 })
			}),
			wantErr: core.ErrIntrinsicGas,
		},
		{
			name: "calldata below intrinsic gas",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) {
					tx.Data = nonZero(10)
					tx.Gas = params.TxGas + 10*params.TxDataNonZeroGasEIP2028 - 1
				})
			}),
			wantErr: core.ErrIntrinsicGas,
		},
		{
			name:    "access list below intrinsic gas",
			raw:     rawOf(func() types.TxData { return accessListTx(func(tx *types.AccessListTx) { tx.Gas-- }) }),
			wantErr: core.ErrIntrinsicGas,
		},

		// EIP-7623 floor data gas: 100 non-zero bytes cost 21000+1600 as
		// intrinsic gas but 21000+4000 under the floor.
		{
			name:    "floor data gas, rule on",
			rules:   func(r *Rules) { r.FloorDataGas = true },
			raw:     rawOf(floorTx(params.TxGas + 100*params.TxDataNonZeroGasEIP2028)),
			wantErr: core.ErrFloorDataGas,
		},
		{
			name:       "floor data gas, rule off",
			raw:        rawOf(floorTx(params.TxGas + 100*params.TxDataNonZeroGasEIP2028)),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},
		{
			name:       "floor data gas met, rule on",
			rules:      func(r *Rules) { r.FloorDataGas = true },
			raw:        rawOf(floorTx(params.TxGas + 100*params.TxTokenPerNonZeroByte*params.TxCostFloorPerToken)),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},

		// Signature.
		{
			name: "high S (malleated signature)",
			raw: func(tb testing.TB) []byte {
				return tamperedSig(tb, dynTx(nil), func(sig []byte) {
					s := new(big.Int).SetBytes(sig[32:64])
					setS(sig, new(big.Int).Sub(secp256k1N, s))
					sig[64] ^= 1
				})
			},
			wantErr: txpool.ErrInvalidSender,
		},
		{
			name: "zero S",
			raw: func(tb testing.TB) []byte {
				return tamperedSig(tb, dynTx(nil), func(sig []byte) { setS(sig, new(big.Int)) })
			},
			wantErr: txpool.ErrInvalidSender,
		},
		{
			name: "R equal to curve order",
			raw: func(tb testing.TB) []byte {
				return tamperedSig(tb, dynTx(nil), func(sig []byte) { setR(sig, secp256k1N) })
			},
			wantErr: txpool.ErrInvalidSender,
		},
		{
			name:    "typed tx with V=2",
			raw:     func(tb testing.TB) []byte { return tamperedSig(tb, dynTx(nil), func(sig []byte) { sig[64] = 2 }) },
			wantErr: txpool.ErrInvalidSender,
		},
		{
			name: "legacy with high S",
			raw: func(tb testing.TB) []byte {
				return tamperedSig(tb, legacyTx(nil), func(sig []byte) {
					s := new(big.Int).SetBytes(sig[32:64])
					setS(sig, new(big.Int).Sub(secp256k1N, s))
					sig[64] ^= 1
				})
			},
			wantErr: txpool.ErrInvalidSender,
		},

		// Valid transactions.
		{
			name: "legacy eip155",
			raw: func(tb testing.TB) []byte {
				_, raw := signed(tb, types.NewEIP155Signer(chain()), key1, legacyTx(nil))
				return raw
			},
			wantSender: addr1,
			wantType:   types.LegacyTxType,
		},
		{
			name: "legacy eip155, second key",
			raw: func(tb testing.TB) []byte {
				_, raw := signed(tb, latestSigner(), key2, legacyTx(nil))
				return raw
			},
			wantSender: addr2,
			wantType:   types.LegacyTxType,
		},
		{
			name:       "access list",
			raw:        rawOf(func() types.TxData { return accessListTx(nil) }),
			wantSender: addr1,
			wantType:   types.AccessListTxType,
		},
		{
			name:       "dynamic fee",
			raw:        rawOf(func() types.TxData { return dynTx(nil) }),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},
		{
			name: "dynamic fee creation with access list",
			raw: rawOf(func() types.TxData {
				return dynTx(func(tx *types.DynamicFeeTx) {
					tx.To = nil
					tx.Data = []byte{0x60, 0x00, 0x60, 0x00, 0xf3}
					tx.Gas = 100_000
					tx.AccessList = types.AccessList{{Address: recipient}}
				})
			}),
			wantSender: addr1,
			wantType:   types.DynamicFeeTxType,
		},
	}
}

func floorTx(gas uint64) func() types.TxData {
	return func() types.TxData {
		return dynTx(func(tx *types.DynamicFeeTx) { tx.Data = nonZero(100); tx.Gas = gas })
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases() {
		t.Run(tc.name, func(t *testing.T) {
			rules := testRules()
			if tc.rules != nil {
				tc.rules(&rules)
			}
			d := newTestDecoder(t, rules, 16)
			raw := tc.raw(t)
			in := bytes.Clone(raw)

			got, err := d.Decode(raw)
			if !bytes.Equal(raw, in) {
				t.Fatalf("Decode modified its input")
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Decode() error = %v, want one wrapping %q", err, tc.wantErr)
				}
				if tc.wantErr != ErrMalformed && errors.Is(err, ErrMalformed) {
					t.Fatalf("Decode() error = %v, want a rule violation, not %q", err, ErrMalformed)
				}
				if got != nil {
					t.Fatalf("Decode() = %+v with error %v, want nil *Tx", got, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode() error = %v, want nil", err)
			}
			checkDecoded(t, d, raw, got)
			if got.Sender != tc.wantSender {
				t.Errorf("Sender = %s, want %s", got.Sender, tc.wantSender)
			}
			if got.Tx.Type() != tc.wantType {
				t.Errorf("Type = %d, want %d", got.Tx.Type(), tc.wantType)
			}
		})
	}
}

// checkDecoded asserts what holds for every successfully decoded raw.
func checkDecoded(tb testing.TB, d *Decoder, raw []byte, got *Tx) {
	tb.Helper()
	if got == nil {
		tb.Fatalf("Decode() = nil, nil")
	}
	if !bytes.Equal(got.Raw, raw) {
		tb.Errorf("Raw = %x, want %x", got.Raw, raw)
	}
	if want := crypto.Keccak256Hash(raw); got.Hash != want {
		tb.Errorf("Hash = %s, want keccak256(raw) = %s", got.Hash, want)
	}
	if want := got.Tx.Hash(); got.Hash != want {
		tb.Errorf("Hash = %s, want Tx.Hash() = %s", got.Hash, want)
	}
	if got.Size() != len(raw) {
		tb.Errorf("Size() = %d, want %d", got.Size(), len(raw))
	}
	if got.Nonce() != got.Tx.Nonce() || got.Gas() != got.Tx.Gas() {
		tb.Errorf("Nonce/Gas = %d/%d, want %d/%d", got.Nonce(), got.Gas(), got.Tx.Nonce(), got.Tx.Gas())
	}
	if got.Arrival != 0 {
		tb.Errorf("Arrival = %d, want 0 before the mempool stamps it", got.Arrival)
	}
	fresh := new(types.Transaction)
	if err := fresh.UnmarshalBinary(raw); err != nil {
		tb.Fatalf("UnmarshalBinary of accepted raw: %v", err)
	}
	want, err := types.Sender(d.Signer(), fresh)
	if err != nil {
		tb.Fatalf("types.Sender of accepted raw: %v", err)
	}
	if got.Sender != want {
		tb.Errorf("Sender = %s, want types.Sender = %s", got.Sender, want)
	}
}

func TestDecodeMatchesSignedTx(t *testing.T) {
	d := newTestDecoder(t, testRules(), 16)
	for _, data := range []types.TxData{legacyTx(nil), accessListTx(nil), dynTx(nil)} {
		stx, raw := signed(t, latestSigner(), key2, data)
		got, err := d.Decode(raw)
		if err != nil {
			t.Fatalf("Decode(type %d) error = %v, want nil", stx.Type(), err)
		}
		if got.Hash != stx.Hash() {
			t.Errorf("type %d: Hash = %s, want %s", stx.Type(), got.Hash, stx.Hash())
		}
		if got.Sender != addr2 {
			t.Errorf("type %d: Sender = %s, want %s", stx.Type(), got.Sender, addr2)
		}
		if got.Nonce() != stx.Nonce() || got.Gas() != stx.Gas() {
			t.Errorf("type %d: Nonce/Gas = %d/%d, want %d/%d", stx.Type(), got.Nonce(), got.Gas(), stx.Nonce(), stx.Gas())
		}
	}
}

// TestDecodeTamperedSignatureChangesSender documents that a signature that
// still recovers (flipped recovery id) yields another sender rather than an
// error: recovery cannot tell, and the nonce/balance checks downstream will.
func TestDecodeTamperedSignatureChangesSender(t *testing.T) {
	d := newTestDecoder(t, testRules(), 16)
	raw := tamperedSig(t, dynTx(nil), func(sig []byte) { sig[64] ^= 1 })
	got, err := d.Decode(raw)
	if err != nil {
		// R is the x coordinate of a curve point, and both parities of y
		// exist, so recovery with the other id always succeeds.
		t.Fatalf("Decode() error = %v, want nil", err)
	}
	if got.Sender == addr1 {
		t.Fatalf("Sender = %s after flipping the recovery id, want a different address", got.Sender)
	}
	checkDecoded(t, d, raw, got)
}

// --- sender cache ---------------------------------------------------------

func TestDecodeSenderCache(t *testing.T) {
	d := newTestDecoder(t, testRules(), 16)
	_, raw := signed(t, latestSigner(), key1, dynTx(nil))

	first, err := d.Decode(raw)
	if err != nil {
		t.Fatalf("first Decode() error = %v, want nil", err)
	}
	if cached, ok := d.senders.Peek(first.Hash); !ok || cached.sender != addr1 {
		t.Fatalf("cache after first decode: %s, %v; want %s, true", cached.sender, ok, addr1)
	}

	second, err := d.Decode(raw)
	if err != nil {
		t.Fatalf("second (cached) Decode() error = %v, want nil", err)
	}
	if first == second {
		t.Fatalf("Decode returned the same *Tx twice, want a fresh value per call")
	}
	if second.Sender != first.Sender || second.Hash != first.Hash || !bytes.Equal(second.Raw, first.Raw) ||
		second.Tx.Hash() != first.Tx.Hash() || second.Nonce() != first.Nonce() || second.Gas() != first.Gas() {
		t.Fatalf("cached decode = {%s %s %d %d}, want {%s %s %d %d}",
			second.Hash, second.Sender, second.Nonce(), second.Gas(),
			first.Hash, first.Sender, first.Nonce(), first.Gas())
	}
	if d.senders.Len() != 1 {
		t.Fatalf("cache length = %d, want 1", d.senders.Len())
	}
	// The cached path hands out the tx object that holds go-ethereum's
	// sender cache, under a signer equal to the one op-geth makes for the
	// chain's blocks: executing it recovers nothing again.
	if second.Tx != first.Tx {
		t.Fatal("cached decode returned a new tx object, without go-ethereum's sender cache")
	}
	isthmus := uint64(0)
	cfg := &params.ChainConfig{ChainID: testRules().ChainID, IsthmusTime: &isthmus, Optimism: &params.OptimismConfig{}}
	if blockSigner := types.MakeSigner(cfg, big.NewInt(1), 1); !d.Signer().Equal(blockSigner) {
		t.Fatalf("decoder signer %T differs from op-geth's block signer %T: senders would be recovered twice", d.Signer(), blockSigner)
	}

	// A cold decoder agrees with the warm one.
	cold, err := newTestDecoder(t, testRules(), 16).Decode(raw)
	if err != nil {
		t.Fatalf("cold Decode() error = %v, want nil", err)
	}
	if cold.Sender != second.Sender || cold.Hash != second.Hash {
		t.Fatalf("cold decode = {%s %s}, want warm {%s %s}", cold.Hash, cold.Sender, second.Hash, second.Sender)
	}
}

// TestDecodeUsesCachedSender proves the cached path skips recovery: a
// planted entry is returned as is. (Only a hash collision could plant one
// in practice.)
func TestDecodeUsesCachedSender(t *testing.T) {
	d := newTestDecoder(t, testRules(), 16)
	stx, raw := signed(t, latestSigner(), key1, dynTx(nil))
	planted := common.HexToAddress("0x000000000000000000000000000000000000dead")
	d.senders.Add(stx.Hash(), seenTx{tx: stx, sender: planted})
	got, err := d.Decode(raw)
	if err != nil {
		t.Fatalf("Decode() error = %v, want nil", err)
	}
	if got.Sender != planted {
		t.Fatalf("Sender = %s, want the cached %s", got.Sender, planted)
	}
}

func TestDecodeCachesOnlyAccepted(t *testing.T) {
	d := newTestDecoder(t, testRules(), 16)
	rejected := [][]byte{
		tamperedSig(t, dynTx(nil), func(sig []byte) { setS(sig, new(big.Int)) }),
		rawOf(func() types.TxData { return dynTx(func(tx *types.DynamicFeeTx) { tx.Gas = params.TxGas - 1 }) })(t),
	}
	for i, raw := range rejected {
		if _, err := d.Decode(raw); err == nil {
			t.Fatalf("rejected[%d]: Decode() error = nil, want an error", i)
		}
	}
	if n := d.senders.Len(); n != 0 {
		t.Fatalf("cache length after rejected txs = %d, want 0", n)
	}
}

func TestDecodeCacheEviction(t *testing.T) {
	for _, size := range []int{-1, 0, 1} {
		d := newTestDecoder(t, testRules(), size)
		_, rawA := signed(t, latestSigner(), key1, dynTx(nil))
		_, rawB := signed(t, latestSigner(), key2, dynTx(nil))
		for i, c := range []struct {
			raw  []byte
			want common.Address
		}{{rawA, addr1}, {rawB, addr2}, {rawA, addr1}, {rawA, addr1}, {rawB, addr2}} {
			got, err := d.Decode(c.raw)
			if err != nil {
				t.Fatalf("cache size %d, step %d: Decode() error = %v, want nil", size, i, err)
			}
			if got.Sender != c.want {
				t.Fatalf("cache size %d, step %d: Sender = %s, want %s", size, i, got.Sender, c.want)
			}
			if n := d.senders.Len(); n != 1 {
				t.Fatalf("cache size %d, step %d: cache length = %d, want 1", size, i, n)
			}
		}
	}
}

func TestDecodeConcurrent(t *testing.T) {
	d := newTestDecoder(t, testRules(), 4)
	type input struct {
		raw  []byte
		want common.Address
	}
	var inputs []input
	for i, key := range []*ecdsa.PrivateKey{key1, key2} {
		for n := range uint64(4) {
			data := dynTx(func(tx *types.DynamicFeeTx) { tx.Nonce = n })
			if i == 1 {
				data.Nonce += 100
			}
			_, raw := signed(t, latestSigner(), key, data)
			inputs = append(inputs, input{raw, crypto.PubkeyToAddress(key.PublicKey)})
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(inputs))
	for g := range 8 {
		wg.Go(func() {
			for i := range inputs {
				in := inputs[(i+g)%len(inputs)]
				got, err := d.Decode(in.raw)
				switch {
				case err != nil:
					errs <- err.Error()
				case got.Sender != in.want:
					errs <- "Sender = " + got.Sender.Hex() + ", want " + in.want.Hex()
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// --- EffectiveTip ---------------------------------------------------------

func TestEffectiveTip(t *testing.T) {
	d := newTestDecoder(t, testRules(), 16)
	decode := func(data types.TxData) *Tx {
		t.Helper()
		_, raw := signed(t, latestSigner(), key1, data)
		tx, err := d.Decode(raw)
		if err != nil {
			t.Fatalf("Decode() error = %v, want nil", err)
		}
		return tx
	}
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }

	// tip 2 gwei, fee cap 10 gwei
	dyn := decode(dynTx(nil))
	// gas price 3 gwei
	legacy := decode(legacyTx(nil))

	for _, tc := range []struct {
		name    string
		tx      *Tx
		baseFee *big.Int
		want    *big.Int
	}{
		{"dynamic, nil base fee", dyn, nil, gwei(2)},
		{"dynamic, zero base fee", dyn, new(big.Int), gwei(2)},
		{"dynamic, tip capped by tip cap", dyn, gwei(5), gwei(2)},
		{"dynamic, tip capped by fee cap", dyn, gwei(9), gwei(1)},
		{"dynamic, base fee equals fee cap", dyn, gwei(10), new(big.Int)},
		{"legacy, nil base fee", legacy, nil, gwei(3)},
		{"legacy, base fee below price", legacy, gwei(1), gwei(2)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.tx.EffectiveTip(tc.baseFee)
			if got == nil || got.Cmp(tc.want) != 0 {
				t.Fatalf("EffectiveTip(%v) = %v, want %v", tc.baseFee, got, tc.want)
			}
		})
	}

	t.Run("result is a copy", func(t *testing.T) {
		got := dyn.EffectiveTip(nil)
		got.SetInt64(-1)
		if tip := dyn.Tx.GasTipCap(); tip.Cmp(gwei(2)) != 0 {
			t.Fatalf("GasTipCap after mutating EffectiveTip's result = %v, want %v", tip, gwei(2))
		}
	})

	// A fee cap below the base fee must give a negative tip, not the full
	// tip cap that op-geth's uint256 EffectiveGasTip returns, nor nil for
	// a base fee beyond 256 bits.
	for _, tc := range []struct {
		name    string
		baseFee *big.Int
		want    *big.Int
	}{
		{"dynamic, fee cap below base fee", gwei(12), gwei(-2)},
		{"dynamic, base fee beyond 256 bits", new(big.Int).Lsh(big.NewInt(1), 256), new(big.Int).Sub(gwei(10), new(big.Int).Lsh(big.NewInt(1), 256))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dyn.EffectiveTip(tc.baseFee)
			if got == nil || got.Cmp(tc.want) != 0 {
				t.Fatalf("EffectiveTip(%v) = %v, want %v", tc.baseFee, got, tc.want)
			}
		})
	}
}

// --- NewDecoder -----------------------------------------------------------

func TestNewDecoderRejects(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules Rules
	}{
		{"nil chain id", Rules{BlockGasLimit: testBlockGasLimit}},
		{"zero chain id", Rules{ChainID: new(big.Int), BlockGasLimit: testBlockGasLimit}},
		{"negative chain id", Rules{ChainID: big.NewInt(-901), BlockGasLimit: testBlockGasLimit}},
		{"zero block gas limit", Rules{ChainID: chain()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewDecoder(tc.rules, 16)
			if err == nil || d != nil {
				t.Fatalf("NewDecoder(%+v) = %v, %v; want nil, an error", tc.rules, d, err)
			}
		})
	}
}

func TestNewDecoderDefaults(t *testing.T) {
	d := newTestDecoder(t, Rules{ChainID: chain(), BlockGasLimit: testBlockGasLimit}, 0)
	r := d.Rules()
	if r.MaxSize != DefaultMaxSize {
		t.Errorf("MaxSize = %d, want %d", r.MaxSize, DefaultMaxSize)
	}
	if r.ChainID.Cmp(chain()) != 0 || r.BlockGasLimit != testBlockGasLimit || r.FloorDataGas {
		t.Errorf("Rules() = %+v, want chain %d, gas limit %d, no floor", r, testChainID, testBlockGasLimit)
	}
	if got := d.Signer().ChainID(); got.Cmp(chain()) != 0 {
		t.Errorf("Signer().ChainID() = %v, want %d", got, testChainID)
	}
	if !d.Signer().Equal(types.NewIsthmusSigner(chain())) {
		t.Errorf("Signer() = %T, want the Isthmus signer for chain %d", d.Signer(), testChainID)
	}

	custom := testRules()
	custom.MaxSize = 1000
	custom.FloorDataGas = true
	r = newTestDecoder(t, custom, 1).Rules()
	if r.MaxSize != 1000 || !r.FloorDataGas {
		t.Errorf("Rules() = %+v, want MaxSize 1000, FloorDataGas", r)
	}
}
