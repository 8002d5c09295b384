package l1view

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/contracts"
)

// The two classes every error of this package falls in. Consensus code
// must never turn a node's hiccup into a verdict: only ErrInvalid is an
// answer every honest validator reading the same L1 block gets too.
var (
	// ErrUnavailable: the L1 node could not answer now (transport error,
	// timeout, cancellation, a block it does not know yet). Retry later,
	// possibly against another node; it says nothing about the data.
	ErrUnavailable = errors.New("l1view: L1 unavailable")
	// ErrInvalid: the answer is deterministic and unusable (a revert, no
	// contract at the address, malformed or inconsistent data, a removed
	// log), or a certificate or signature fails its check. Retrying at the
	// same block hash gives the same result.
	ErrInvalid = errors.New("l1view: invalid")
)

// Finer reasons, each also matching ErrInvalid. The certificate errors
// carry the names of the BatchInbox custom errors they stand for, so the
// app can tell which of the inbox's checks a certificate would fail.
var (
	// ErrUnknownEpoch: the epoch has not been frozen at the block asked about.
	ErrUnknownEpoch = fmt.Errorf("%w: unknown epoch", ErrInvalid)
	// ErrNotMember: a member index outside the epoch.
	ErrNotMember = fmt.Errorf("%w: not a member", ErrInvalid)
	// ErrEmptyEpoch is BatchInbox.EmptyEpoch: the epoch has no stake.
	ErrEmptyEpoch = fmt.Errorf("%w: EmptyEpoch", ErrInvalid)
	// ErrBitmapOutOfRange is BatchInbox.BitmapOutOfRange: a signer bit past
	// the epoch's members (or a bitmap that is no uint256 at all).
	ErrBitmapOutOfRange = fmt.Errorf("%w: BitmapOutOfRange", ErrInvalid)
	// ErrInvalidSignature is BatchInbox.InvalidSignature, and also stands
	// for the precompile failures (G1AddFailed, PairingInputInvalid) that
	// points off the curve or outside the subgroup cause on L1.
	ErrInvalidSignature = fmt.Errorf("%w: InvalidSignature", ErrInvalid)
	// ErrInsufficientQuorum is BatchInbox.InsufficientQuorum: signers hold
	// less than 2/3 of the epoch's stake.
	ErrInsufficientQuorum = fmt.Errorf("%w: InsufficientQuorum", ErrInvalid)
)

// rpcError classifies an error a backend returned for op. A revert is a
// verdict of the EVM on pinned state, so it is invalid; everything else is
// treated as transient, because calling a deterministic failure transient
// only costs a retry, while the opposite would make a validator reject what
// others accept.
func rpcError(op string, contractABI *abi.ABI, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: %s: %w", ErrUnavailable, op, err)
	}
	if isRevert(err) {
		return fmt.Errorf("%w: %s: %w", ErrInvalid, op, contracts.DecodeRevert(contractABI, err))
	}
	return fmt.Errorf("%w: %s: %w", ErrUnavailable, op, err)
}

// isRevert reports whether err is the JSON-RPC error of a reverted call
// (code 3, what geth and its clients return for eth_call reverts).
func isRevert(err error) bool {
	var re rpc.Error
	return errors.As(err, &re) && re.ErrorCode() == 3
}
