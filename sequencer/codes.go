package sequencer

import (
	"errors"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/txpool/legacypool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"

	"github.com/nodeop/nodeop/internal/txn"
)

// Codespace names the origin of non-zero ABCI codes.
const Codespace = "nodeop"

// CodeInternal marks a rejection with no sentinel of its own.
const CodeInternal uint32 = 1

// rejections lists the errors a tx can be rejected with; an error's ABCI
// code is its index + 2. Append only: codes are seen by clients of
// CometBFT's RPC and must not shift.
var rejections = []error{
	txn.ErrMalformed,
	txpool.ErrOversizedData,
	types.ErrInvalidChainId,
	txpool.ErrInvalidSender,
	core.ErrNonceTooLow,
	core.ErrNonceTooHigh,
	txpool.ErrAlreadyKnown,
	txpool.ErrReplaceUnderpriced,
	txpool.ErrUnderpriced,
	txpool.ErrAccountLimitExceeded,
	txpool.ErrGasLimit,
	core.ErrIntrinsicGas,
	txpool.ErrTxGasPriceTooLow,
	core.ErrTipAboveFeeCap,
	types.ErrTxTypeNotSupported,
	txn.ErrUnprotected,
	core.ErrFeeCapVeryHigh,
	core.ErrTipVeryHigh,
	vm.ErrMaxInitCodeSizeExceeded,
	core.ErrFloorDataGas,
	core.ErrInsufficientFunds,
	legacypool.ErrTxPoolOverflow,
}

// codeOf maps err to its ABCI code.
func codeOf(err error) uint32 {
	for i, sentinel := range rejections {
		if errors.Is(err, sentinel) {
			return uint32(i) + 2
		}
	}
	return CodeInternal
}

// RejectError is a CheckTx rejection carried back over ABCI: its message is
// the full text the app logged, and it unwraps to the go-ethereum sentinel
// its code stands for, so errors.Is works on the far side of CometBFT.
type RejectError struct {
	Code uint32
	Msg  string
}

func (e *RejectError) Error() string { return e.Msg }

func (e *RejectError) Unwrap() error {
	if i := int(e.Code) - 2; i >= 0 && i < len(rejections) {
		return rejections[i]
	}
	return nil
}

// CheckTxError returns the error a CheckTx response stands for, nil if the
// tx was accepted.
func CheckTxError(res *abci.ResponseCheckTx) error {
	if res.IsOK() {
		return nil
	}
	return &RejectError{Code: res.Code, Msg: res.Log}
}

func rejectCheckTx(err error) *abci.ResponseCheckTx {
	return &abci.ResponseCheckTx{Code: codeOf(err), Codespace: Codespace, Log: err.Error()}
}

// reasonOf names a rejection by its sentinel's message: a bounded label
// set, unlike the full error text.
func reasonOf(err error) string {
	if c := codeOf(err); c != CodeInternal {
		return rejections[c-2].Error()
	}
	return "other"
}
