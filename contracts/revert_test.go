package contracts

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// dataError is what a node returns for a reverted eth_call / eth_estimateGas.
type dataError struct{ data string }

func (e dataError) Error() string          { return "execution reverted" }
func (e dataError) ErrorData() interface{} { return e.data }

var _ rpc.DataError = dataError{}

func TestDecodeRevertCustomError(t *testing.T) {
	a, err := Load("OperatorRegistry")
	if err != nil {
		t.Fatal(err)
	}
	e := a.ABI.Errors["InsufficientStake"]
	args, err := e.Inputs.Pack(big.NewInt(5), big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	data := append(append([]byte{}, e.ID[:4]...), args...)
	node := dataError{hexutil.Encode(data)}
	got := DecodeRevert(&a.ABI, wrap(node))
	if !errors.Is(got, Reverted("InsufficientStake")) || errors.Is(got, Reverted("KeyMismatch")) {
		t.Fatalf("errors.Is on %v: wrong match", got)
	}
	var re *RevertError
	if !errors.As(got, &re) || re.Args[0].(*big.Int).Int64() != 5 || re.Args[1].(*big.Int).Int64() != 7 {
		t.Fatalf("decoded %#v", re)
	}
	var de rpc.DataError
	if !errors.As(got, &de) {
		t.Fatal("decoded error no longer unwraps to the node's rpc.DataError")
	}
	if want := "execution reverted: InsufficientStake(5, 7)"; got.Error() != want {
		t.Fatalf("message %q, want %q", got.Error(), want)
	}
}

func TestDecodeRevertBuiltinAndUnknown(t *testing.T) {
	str, _ := abi.NewType("string", "", nil)
	reason, err := abi.Arguments{{Type: str}}.Pack("boom")
	if err != nil {
		t.Fatal(err)
	}
	got := DecodeRevert(nil, dataError{hexutil.Encode(append([]byte{0x08, 0xc3, 0x79, 0xa0}, reason...))})
	var re *RevertError
	if !errors.As(got, &re) || re.Name != "Error" || re.Args[0] != "boom" {
		t.Fatalf("Error(string): %v", got)
	}
	unknown := dataError{"0xdeadbeef"}
	if got := DecodeRevert(nil, unknown); got != error(unknown) {
		t.Fatalf("unknown selector: got %v, want the node error unchanged", got)
	}
	plain := errors.New("connection refused")
	if got := DecodeRevert(nil, plain); got != plain {
		t.Fatalf("non-revert error changed: %v", got)
	}
	if DecodeRevert(nil, nil) != nil {
		t.Fatal("nil error not returned as nil")
	}
}

func wrap(err error) error { return errors.Join(errors.New("send"), err) }
