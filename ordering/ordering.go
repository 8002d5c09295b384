// Package ordering holds deterministic tx ordering policies and the block
// checks ProcessProposal runs.
//
// Everything here is a pure function of its arguments: the proposer and every
// validator must reach the same answer from the same block.
package ordering

import (
	"bytes"
	"container/heap"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/nodeop/nodeop/internal/txn"
)

// NonceReader reads committed account nonces (state after the parent block).
type NonceReader interface {
	Nonce(addr common.Address) uint64
}

// Limits bound one block.
type Limits struct {
	GasLimit uint64 // sum of tx gas limits (tx.Gas()) must be <= this
	MaxBytes int64  // sum of encoded sizes (tx.Size()) must be <= this; 0 = no bound
	// DAFootprint, if set, is a tx's data-availability footprint (OP
	// Jovian), whose sum must also stay within GasLimit. Order budgets it
	// so that execution does not drop what the proposer packed; CheckBlock
	// does not, because the scalar behind it is L1 state that execution's
	// own filter judges.
	DAFootprint func(*txn.Tx) uint64
}

// Policy is a block ordering rule: how a proposer builds a block and what
// validators can check of it.
type Policy interface {
	Name() string
	// Order selects and orders txs for a block from seqs: each seqs[i] is one sender's
	// executable run, nonce-ascending and contiguous from its state nonce. Must be
	// deterministic for equal input (including Arrival).
	Order(seqs [][]*txn.Tx, baseFee *big.Int, lim Limits) []*txn.Tx
	// Verify checks the rules of the policy that other validators can verify from the block alone.
	Verify(block []*txn.Tx, baseFee *big.Int) error
}

// Default returns the default policy, named "nonce-tip".
func Default() Policy { return nonceTip{} }

// Errors of CheckBlock and Verify; the wrapping message names the offending tx.
var (
	ErrDuplicate  = errors.New("duplicate transaction")
	ErrNonceOrder = errors.New("nonce out of order")
	ErrGasLimit   = errors.New("block gas limit exceeded")
	ErrBlockBytes = errors.New("block byte limit exceeded")
	ErrPolicy     = errors.New("ordering policy violated")
)

// CheckBlock runs every check ProcessProposal needs on already-decoded txs: no duplicate hash;
// per sender, nonces contiguous starting at state.Nonce(sender) in block order; gas and byte
// limits; then p.Verify. Errors wrap the sentinels above with the offending index/hash/values.
func CheckBlock(block []*txn.Tx, state NonceReader, lim Limits, p Policy, baseFee *big.Int) error {
	seen := make(map[common.Hash]int, len(block))
	next := make(map[common.Address]uint64)
	gasLeft, bytesLeft := lim.GasLimit, lim.MaxBytes
	for i, tx := range block {
		if j, ok := seen[tx.Hash]; ok {
			return fmt.Errorf("%w: tx %d (%s) repeats tx %d", ErrDuplicate, i, tx.Hash, j)
		}
		seen[tx.Hash] = i

		want, ok := next[tx.Sender]
		if !ok {
			want = state.Nonce(tx.Sender)
		}
		if tx.Nonce() != want {
			return fmt.Errorf("%w: tx %d (%s) from %s has nonce %d, want %d",
				ErrNonceOrder, i, tx.Hash, tx.Sender, tx.Nonce(), want)
		}
		next[tx.Sender] = want + 1

		// Subtracting instead of summing cannot overflow, whatever gas a
		// malicious proposer declares.
		if tx.Gas() > gasLeft {
			return fmt.Errorf("%w: tx %d (%s) needs %d gas, %d of %d left",
				ErrGasLimit, i, tx.Hash, tx.Gas(), gasLeft, lim.GasLimit)
		}
		gasLeft -= tx.Gas()
		if lim.MaxBytes > 0 {
			if int64(tx.Size()) > bytesLeft {
				return fmt.Errorf("%w: tx %d (%s) needs %d bytes, %d of %d left",
					ErrBlockBytes, i, tx.Hash, tx.Size(), bytesLeft, lim.MaxBytes)
			}
			bytesLeft -= int64(tx.Size())
		}
	}
	return p.Verify(block, baseFee)
}

// nonceTip merges senders' nonce runs by effective tip: the best-paying
// executable tx goes next.
type nonceTip struct{}

func (nonceTip) Name() string { return "nonce-tip" }

func (nonceTip) Order(seqs [][]*txn.Tx, baseFee *big.Int, lim Limits) []*txn.Tx {
	h := make(heads, 0, len(seqs))
	total := 0
	for r, run := range seqs {
		if len(run) > 0 {
			h = append(h, newHead(run[0], baseFee, run[0].Arrival, r, 0))
			total += len(run)
		}
	}
	heap.Init(&h)
	out := make([]*txn.Tx, 0, min(uint64(total), lim.GasLimit/params.TxGas))
	gasLeft, bytesLeft, daLeft := lim.GasLimit, lim.MaxBytes, lim.GasLimit
	for len(h) > 0 && gasLeft >= params.TxGas {
		top := &h[0]
		tx := top.tx
		var da uint64
		if lim.DAFootprint != nil {
			da = lim.DAFootprint(tx)
		}
		if tx.Gas() <= gasLeft && da <= daLeft && (lim.MaxBytes <= 0 || int64(tx.Size()) <= bytesLeft) && payable(tx, baseFee) {
			out = append(out, tx)
			gasLeft -= tx.Gas()
			daLeft -= da
			bytesLeft -= int64(tx.Size())
			if run := seqs[top.run]; top.pos+1 < len(run) {
				nx := run[top.pos+1]
				*top = newHead(nx, baseFee, nx.Arrival, top.run, top.pos+1)
				heap.Fix(&h, 0)
				continue
			}
		}
		// The sender's later nonces cannot execute without this one, so the
		// rest of its run leaves with it. Verify still passes: heads there are
		// computed over block txs only, and a dropped sender has none left.
		heap.Pop(&h)
	}
	return out
}

// Verify replays the block as the merge Order performs. Ties pass in any
// order because Order breaks them by Arrival, which other nodes cannot see.
func (nonceTip) Verify(block []*txn.Tx, baseFee *big.Int) error {
	// next[i] is the block position of the sender's tx after block[i], or -1.
	next := make([]int, len(block))
	last := make(map[common.Address]int)
	var h heads
	for i, tx := range block {
		next[i] = -1
		if j, ok := last[tx.Sender]; ok {
			next[j] = i
		} else {
			h = append(h, newHead(tx, baseFee, uint64(i), 0, i))
		}
		last[tx.Sender] = i
	}
	heap.Init(&h)
	for i, tx := range block {
		// block[i] is its sender's head and every head sits at i or later, so
		// with ranks being positions block[i] tops the heap unless another
		// sender's head pays strictly more.
		top := &h[0]
		if top.pos != i {
			return fmt.Errorf("%w: tx %d (%s) pays tip %s, but tx %d (%s) from %s was executable and pays %s",
				ErrPolicy, i, tx.Hash, tx.EffectiveTip(baseFee), top.pos, top.tx.Hash, top.tx.Sender, top.tip)
		}
		if j := next[i]; j >= 0 {
			*top = newHead(block[j], baseFee, uint64(j), 0, j)
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return nil
}

// payable reports whether tx can pay baseFee at all; EIP-1559 rejects a tx
// whose fee cap is below it, so including one would waste the block.
func payable(tx *txn.Tx, baseFee *big.Int) bool {
	return baseFee == nil || tx.Tx.GasFeeCapIntCmp(baseFee) >= 0
}

// head is a sender's next candidate tx.
type head struct {
	tip *big.Int
	// rank breaks tip ties: Arrival in Order, block position in Verify
	// (where it is unique, so the hash never decides).
	rank uint64
	tx   *txn.Tx
	run  int // index in seqs (Order only)
	pos  int // index in the run (Order) or the block (Verify)
}

func newHead(tx *txn.Tx, baseFee *big.Int, rank uint64, run, pos int) head {
	return head{tip: tx.EffectiveTip(baseFee), rank: rank, tx: tx, run: run, pos: pos}
}

// heads is a max-heap by tip, then lower rank, then lower hash: a total
// order, so equal input yields equal output.
type heads []head

func (h heads) Len() int { return len(h) }
func (h heads) Less(i, j int) bool {
	if c := h[i].tip.Cmp(h[j].tip); c != 0 {
		return c > 0
	}
	if h[i].rank != h[j].rank {
		return h[i].rank < h[j].rank
	}
	return bytes.Compare(h[i].tx.Hash[:], h[j].tx.Hash[:]) < 0
}
func (h heads) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *heads) Push(x any)   { *h = append(*h, x.(head)) }
func (h *heads) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
