package contracts

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a contract call that reverted with a custom error declared
// in the contract's ABI (every revert in nodeop's contracts is one).
// It wraps the node's error, so errors.As still finds an rpc.DataError.
type RevertError struct {
	Name string // the error's name, e.g. "InsufficientStake"
	Args []any  // its decoded arguments, in declaration order
	Data []byte // the raw revert data (selector + ABI-encoded arguments)
	Err  error  // the error the node returned
}

func (e *RevertError) Error() string {
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		args[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(args, ", "))
}

func (e *RevertError) Unwrap() error { return e.Err }

// Is reports whether target names the same custom error (see Reverted), so
// tests and callers can write errors.Is(err, contracts.Reverted("KeyMismatch")).
// Arguments are not compared.
func (e *RevertError) Is(target error) bool {
	t, ok := target.(*RevertError)
	return ok && t.Name == e.Name
}

// builtinErrors are the selectors of Solidity's own revert payloads.
var builtinErrors = map[[4]byte]string{
	{0x08, 0xc3, 0x79, 0xa0}: "Error", // Error(string)
	{0x4e, 0x48, 0x7b, 0x71}: "Panic", // Panic(uint256)
}

// Reverted returns a target for errors.Is matching a revert with the named
// custom error, whatever its arguments.
func Reverted(name string) error { return &RevertError{Name: name} }

// DecodeRevert turns a node error carrying revert data (an rpc.DataError, as
// eth_call and eth_estimateGas return them) into a *RevertError when the data
// is one of the ABI's custom errors, or Solidity's Error(string) or
// Panic(uint256) (named "Error" and "Panic", the reason as the one arg). Any other
// error, including a nil one, is returned unchanged.
func DecodeRevert(contractABI *abi.ABI, err error) error {
	data, ok := RevertData(err)
	if !ok || len(data) < 4 {
		return err
	}
	selector := [4]byte(data[:4])
	if name, builtin := builtinErrors[selector]; builtin {
		// Error(string) from require/revert with a message, Panic(uint256)
		// from failed asserts and checked arithmetic.
		if reason, uerr := abi.UnpackRevert(data); uerr == nil {
			return &RevertError{Name: name, Args: []any{reason}, Data: data, Err: err}
		}
		return err
	}
	if contractABI == nil {
		return err
	}
	abiErr, lerr := contractABI.ErrorByID(selector)
	if lerr != nil {
		return err
	}
	args, uerr := abiErr.Inputs.Unpack(data[4:])
	if uerr != nil {
		return fmt.Errorf("decode revert %s: %w (node error: %w)", abiErr.Name, uerr, err)
	}
	return &RevertError{Name: abiErr.Name, Args: args, Data: data, Err: err}
}

// RevertData extracts the revert data from a node error, if it carries any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		return b, derr == nil
	case []byte:
		return d, true
	default:
		return nil, false
	}
}
