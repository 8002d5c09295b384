package submit

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"sync"
	"testing"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/nodeop/nodeop/contracts"
	"github.com/nodeop/nodeop/contracts/bindings"
)

// The tests here run the backend against fake JSON-RPC nodes, for what a
// real devnet L1 cannot show: a node without block overrides, and the
// attempt bookkeeping around a revert.

// revertError is a node's revert as geth sends it: code 3, data = revert data.
type revertError struct{ data []byte }

func (e revertError) Error() string  { return "execution reverted" }
func (e revertError) ErrorCode() int { return 3 }
func (e revertError) ErrorData() any { return hexutil.Encode(e.data) }

// fakeNode records the estimates it is asked for and answers them with
// gas 50000, or with a revert when revert is set.
type fakeNode struct {
	mu     sync.Mutex
	blocks []string
	nums   []string
	revert []byte
}

func (f *fakeNode) answer(block string, overrides json.RawMessage) (hexutil.Uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.blocks = append(f.blocks, block)
	var o struct {
		Number string `json:"number"`
	}
	if len(overrides) > 0 {
		if err := json.Unmarshal(overrides, &o); err != nil {
			return 0, err
		}
	}
	f.nums = append(f.nums, o.Number)
	if f.revert != nil {
		return 0, revertError{f.revert}
	}
	return 50000, nil
}

// withOverrides is a node that takes block overrides (geth's eth_estimateGas).
type withOverrides struct{ *fakeNode }

func (s withOverrides) BlockNumber() hexutil.Uint64 { return 41 }
func (s withOverrides) EstimateGas(_ map[string]any, block *string, _ *json.RawMessage, overrides *json.RawMessage) (hexutil.Uint64, error) {
	var o json.RawMessage
	if overrides != nil {
		o = *overrides
	}
	b := "latest"
	if block != nil {
		b = *block
	}
	return s.answer(b, o)
}

// withoutOverrides is a node whose eth_estimateGas takes two parameters at most.
type withoutOverrides struct{ *fakeNode }

func (s withoutOverrides) BlockNumber() hexutil.Uint64 { return 41 }
func (s withoutOverrides) EstimateGas(_ map[string]any, block *string) (hexutil.Uint64, error) {
	b := "latest"
	if block != nil {
		b = *block
	}
	return s.answer(b, nil)
}

func fakeBackend(t *testing.T, service any) *backend {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", service); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	c := rpc.DialInProc(srv)
	t.Cleanup(c.Close)
	abis, err := revertABIs()
	if err != nil {
		t.Fatal(err)
	}
	return &backend{Client: ethclient.NewClient(c), abis: abis}
}

var testMsg = ethereum.CallMsg{From: common.Address{1}, To: &common.Address{2}, Data: []byte{3}, BlobHashes: []common.Hash{{4}}}

func TestEstimateRunsAsTheNextBlock(t *testing.T) {
	f := &fakeNode{}
	b := fakeBackend(t, withOverrides{f})
	gas, err := b.EstimateGas(t.Context(), testMsg)
	if err != nil || gas != 50000 {
		t.Fatalf("estimate %d, %v", gas, err)
	}
	if len(f.blocks) != 1 || f.blocks[0] != "0x29" || f.nums[0] != "0x2a" {
		t.Fatalf("estimated on block %v with number %v; want the head's state (0x29) as block 0x2a", f.blocks, f.nums)
	}
}

func TestEstimateWithoutOverrideSupport(t *testing.T) {
	f := &fakeNode{}
	b := fakeBackend(t, withoutOverrides{f})
	for range 2 {
		gas, err := b.EstimateGas(t.Context(), testMsg)
		if err != nil || gas != 50000 {
			t.Fatalf("estimate %d, %v", gas, err)
		}
	}
	if !b.noOverrides.Load() {
		t.Fatal("the refusal of overrides was not remembered")
	}
	// The plain estimates name no block (the node's default, latest).
	if len(f.blocks) != 2 || f.blocks[0] != "latest" || f.blocks[1] != "latest" {
		t.Fatalf("estimates on %v; want two plain ones after the refused first try", f.blocks)
	}
}

// TestRevertAbortsOnlyUnsignedAttempts: a revert in the estimate before
// anything is signed ends the attempt with the decoded revert; once a
// transaction is signed (txmgr re-estimating for a fee bump) the attempt
// goes on, since that transaction may be mined.
func TestRevertAbortsOnlyUnsignedAttempts(t *testing.T) {
	inboxABI, err := bindings.BatchInboxMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	e := inboxABI.Errors["NotYourWindow"]
	args, err := e.Inputs.Pack(common.Address{0xa}, big.NewInt(77))
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeNode{revert: append(e.ID[:4:4], args...)}
	b := fakeBackend(t, withOverrides{f})

	for _, signed := range []bool{false, true} {
		ctx, cancel := context.WithCancel(t.Context())
		a := &attempt{cancel: cancel}
		if signed {
			a.markSigned()
		}
		_, err := b.EstimateGas(withAttempt(ctx, a), testMsg)
		var re *contracts.RevertError
		if !errors.As(err, &re) || re.Name != "NotYourWindow" || re.Args[0] != (common.Address{0xa}) {
			t.Fatalf("signed=%v: estimate error %v, want the decoded NotYourWindow", signed, err)
		}
		aborted := ctx.Err() != nil
		if aborted == signed || (a.reverted() != nil) != !signed {
			t.Fatalf("signed=%v: attempt aborted=%v, recorded %v", signed, aborted, a.reverted())
		}
		cancel()
	}
}
