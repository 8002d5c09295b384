// Package txn holds decoded L2 transactions: the raw bytes as they travel
// through CometBFT, the parsed go-ethereum transaction and its recovered
// sender. Every entry point (JSON-RPC ingress, CheckTx, ProcessProposal,
// FinalizeBlock) decodes through the same Decoder so that a transaction is
// judged by one set of stateless rules wherever it appears.
package txn

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	lru "github.com/hashicorp/golang-lru/v2"
)

// DefaultMaxSize is the largest encoded transaction accepted (DESIGN: 128 KiB),
// the same bound go-ethereum's pool uses for non-blob transactions.
const DefaultMaxSize = 128 * 1024

var (
	// ErrMalformed reports bytes that do not decode as a typed transaction.
	ErrMalformed = errors.New("malformed transaction")
	// ErrUnprotected reports a legacy transaction without EIP-155 replay
	// protection; go-ethereum refuses those over RPC with this message.
	ErrUnprotected = errors.New("only replay-protected (EIP-155) transactions allowed over RPC")
)

// Tx is a decoded transaction with its recovered sender. Raw is the
// caller's buffer, kept as given: callers hand over ownership. It is immutable
// once decoded, except Arrival, which the mempool stamps when it first
// admits the transaction.
type Tx struct {
	Raw    []byte
	Tx     *types.Transaction
	Hash   common.Hash
	Sender common.Address
	// Arrival is a node-local first-seen sequence number. Ordering uses it
	// only to break ties, never in a rule another node verifies.
	Arrival uint64
}

func (t *Tx) Nonce() uint64 { return t.Tx.Nonce() }
func (t *Tx) Gas() uint64   { return t.Tx.Gas() }
func (t *Tx) Size() int     { return len(t.Raw) }

// EffectiveTip is the priority fee per gas the transaction pays at baseFee
// (nil means no base fee, so the tip cap is paid in full). A fee cap below
// the base fee yields a negative tip.
func (t *Tx) EffectiveTip(baseFee *big.Int) *big.Int {
	// Not EffectiveGasTip: op-geth's clamps an unpayable tip in uint256
	// arithmetic instead of returning it negative.
	return t.Tx.EffectiveGasTipValue(baseFee)
}

// Rules are the stateless validity rules of one rollup chain. They apply on
// the consensus path (ProcessProposal, FinalizeBlock), so every validator
// must hold the same Rules: they come from the chain's genesis, never from
// a node's own settings. Node-local admission policy (a fee floor) lives
// in the mempool.
type Rules struct {
	ChainID *big.Int
	// MaxSize bounds the encoded size; DefaultMaxSize when zero.
	MaxSize int
	// BlockGasLimit bounds a single transaction's gas.
	BlockGasLimit uint64
	// FloorDataGas applies EIP-7623's calldata floor (active from Prague,
	// which OP chains take with Isthmus).
	FloorDataGas bool
}

// Decoder decodes and statelessly validates transactions. It remembers the
// senders of recently seen transactions (keyed by hash, which commits to
// the signature), so that a transaction gossiped into the pool and later
// proposed in a block pays for ECDSA recovery once per node, not three times.
type Decoder struct {
	rules   Rules
	signer  types.Signer
	senders *lru.Cache[common.Hash, seenTx]
}

// seenTx is a decoded tx with its recovered sender. The tx object itself
// is kept and handed out again: it carries go-ethereum's own sender cache
// for the decoder's signer, which is the signer op-geth uses for every
// block of the chain, so executing the tx in this process recovers
// nothing again.
type seenTx struct {
	tx     *types.Transaction
	sender common.Address
}

// NewDecoder returns a decoder for rules; cacheSize is the number of
// recently seen senders remembered.
func NewDecoder(rules Rules, cacheSize int) (*Decoder, error) {
	if rules.ChainID == nil || rules.ChainID.Sign() <= 0 {
		return nil, errors.New("txn: chain id must be positive")
	}
	if rules.MaxSize == 0 {
		rules.MaxSize = DefaultMaxSize
	}
	if rules.BlockGasLimit == 0 {
		return nil, errors.New("txn: block gas limit must be set")
	}
	cache, err := lru.New[common.Hash, seenTx](max(cacheSize, 1))
	if err != nil {
		return nil, fmt.Errorf("txn: sender cache: %w", err)
	}
	return &Decoder{
		rules: rules,
		// What types.MakeSigner gives every block of an OP chain from
		// Isthmus on (nodeop's chains start there): a sender cached under
		// it is a cache hit for op-geth's state transition. For the tx
		// types the decoder accepts every signer recovers the same sender.
		signer:  types.NewIsthmusSigner(rules.ChainID),
		senders: cache,
	}, nil
}

// Rules returns the rules the decoder enforces.
func (d *Decoder) Rules() Rules { return d.rules }

// Signer returns the signer for the decoder's chain.
func (d *Decoder) Signer() types.Signer { return d.signer }

// Decode parses raw and applies every stateless rule. The returned errors
// wrap go-ethereum's own sentinels, so callers and JSON-RPC clients see the
// messages they know from go-ethereum.
func (d *Decoder) Decode(raw []byte) (*Tx, error) {
	if len(raw) > d.rules.MaxSize {
		return nil, fmt.Errorf("%w: transaction size %d, limit %d", txpool.ErrOversizedData, len(raw), d.rules.MaxSize)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := d.validate(tx); err != nil {
		return nil, err
	}
	hash := tx.Hash()
	// CometBFT keys its mempool and our recheck by the raw bytes; a
	// non-canonical encoding of a valid tx would travel under a second key.
	if crypto.Keccak256Hash(raw) != hash {
		return nil, fmt.Errorf("%w: non-canonical encoding", ErrMalformed)
	}
	if seen, ok := d.senders.Get(hash); ok {
		return &Tx{Raw: raw, Tx: seen.tx, Hash: hash, Sender: seen.sender}, nil
	}
	sender, err := types.Sender(d.signer, tx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", txpool.ErrInvalidSender, err)
	}
	d.senders.Add(hash, seenTx{tx: tx, sender: sender})
	return &Tx{Raw: raw, Tx: tx, Hash: hash, Sender: sender}, nil
}

func (d *Decoder) validate(tx *types.Transaction) error {
	switch tx.Type() {
	case types.LegacyTxType:
		if !tx.Protected() {
			return ErrUnprotected
		}
	case types.AccessListTxType, types.DynamicFeeTxType:
	default:
		// Deposits are derived from L1, never submitted; blob txs do not
		// exist on L2; set-code txs wait for execution that tracks their
		// authorizations.
		return fmt.Errorf("%w: type %d", types.ErrTxTypeNotSupported, tx.Type())
	}
	if tx.ChainId().Cmp(d.rules.ChainID) != 0 {
		return fmt.Errorf("%w: have %d want %d", types.ErrInvalidChainId, tx.ChainId(), d.rules.ChainID)
	}
	if tx.Gas() > d.rules.BlockGasLimit {
		return fmt.Errorf("%w: tx gas %d, block gas limit %d", txpool.ErrGasLimit, tx.Gas(), d.rules.BlockGasLimit)
	}
	if tx.GasFeeCap().BitLen() > 256 {
		return core.ErrFeeCapVeryHigh
	}
	if tx.GasTipCap().BitLen() > 256 {
		return core.ErrTipVeryHigh
	}
	if tx.GasFeeCapIntCmp(tx.GasTipCap()) < 0 {
		return core.ErrTipAboveFeeCap
	}
	if tx.To() == nil && len(tx.Data()) > params.MaxInitCodeSize {
		return fmt.Errorf("%w: code size %d, limit %d", vm.ErrMaxInitCodeSizeExceeded, len(tx.Data()), params.MaxInitCodeSize)
	}
	intrinsic, err := core.IntrinsicGas(tx.Data(), tx.AccessList(), nil, tx.To() == nil, true, true, true)
	if err != nil {
		return fmt.Errorf("intrinsic gas: %w", err)
	}
	if tx.Gas() < intrinsic {
		return fmt.Errorf("%w: gas %d, minimum needed %d", core.ErrIntrinsicGas, tx.Gas(), intrinsic)
	}
	if d.rules.FloorDataGas {
		floor, err := core.FloorDataGas(tx.Data())
		if err != nil {
			return fmt.Errorf("floor data gas: %w", err)
		}
		if tx.Gas() < floor {
			return fmt.Errorf("%w: gas %d, minimum needed %d", core.ErrFloorDataGas, tx.Gas(), floor)
		}
	}
	return nil
}
