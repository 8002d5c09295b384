// Package l1view reads the L1 facts nodeop's consensus depends on — the
// operator set of an epoch (OperatorRegistry) and the batches committed in
// a block (BatchInbox) — pinned to an L1 block hash that consensus has
// agreed on, so that every validator reads the same answer whatever its L1
// node's head is. It also checks BLS signatures and certificates against
// an epoch exactly as the inbox would.
//
// Errors are either ErrUnavailable (ask again later) or ErrInvalid (the
// same answer forever at that block hash); see errors.go.
package l1view

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/errgroup"

	"github.com/nodeop/nodeop/contracts/bindings"
	"github.com/nodeop/nodeop/contracts/blsabi"
)

// Backend is what the Reader needs from an L1 node: calls and code at a
// block hash, and logs. *ethclient.Client satisfies it.
type Backend interface {
	bind.BlockHashContractCaller
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

const (
	// epochCacheSize bounds the epochs kept: the inbox accepts the current
	// epoch and the one before it (MAX_EPOCH_LAG), so a handful covers every
	// epoch consensus still asks about, with room for slashing evidence.
	epochCacheSize = 8
	// loadParallelism bounds concurrent calls while loading an epoch's
	// members (two calls per member), so a 256-member epoch neither takes
	// 512 round trips in a row nor floods the node.
	loadParallelism = 8
)

// Reader reads an OperatorRegistry and a BatchInbox at given L1 block
// hashes. It is safe for concurrent use.
//
// Frozen epochs never change, so they are cached by number and a read
// costs one call (currentEpoch) once the epoch is cached. The cache
// assumes one L1 history: an L1 reorg that re-froze an epoch differently
// (deeper than the confirmation depth consensus uses for L1 origins)
// would be served the old fork's set.
type Reader struct {
	backend     Backend
	registry    common.Address
	inbox       common.Address
	registryABI *abi.ABI
	inboxABI    *abi.ABI
	committed   abi.Event
	epochs      *lru.Cache[uint64, *Epoch]
}

// NewReader reads the registry and the inbox at the given addresses through backend.
func NewReader(backend Backend, registry, inbox common.Address) (*Reader, error) {
	regABI, err := bindings.OperatorRegistryMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("l1view: OperatorRegistry ABI: %w", err)
	}
	inABI, err := bindings.BatchInboxMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("l1view: BatchInbox ABI: %w", err)
	}
	ev, ok := inABI.Events["BatchCommitted"]
	if !ok {
		return nil, errors.New("l1view: BatchInbox ABI has no BatchCommitted event")
	}
	cache, err := lru.New[uint64, *Epoch](epochCacheSize)
	if err != nil {
		return nil, fmt.Errorf("l1view: epoch cache: %w", err)
	}
	return &Reader{
		backend: backend, registry: registry, inbox: inbox,
		registryABI: regABI, inboxABI: inABI, committed: ev, epochs: cache,
	}, nil
}

// EpochAt returns the registry's current epoch as of L1 block l1BlockHash:
// the set whose certificates that block's batches carry.
func (r *Reader) EpochAt(ctx context.Context, l1BlockHash common.Hash) (*Epoch, error) {
	cur, err := r.currentEpoch(ctx, l1BlockHash)
	if err != nil {
		return nil, err
	}
	return r.epoch(ctx, cur, l1BlockHash)
}

// Epoch returns epoch number as frozen at or before L1 block atBlockHash;
// ErrUnknownEpoch if it had not been frozen yet at that block. The current
// epoch is read even when number is cached, so the answer does not depend
// on what this node happened to read before.
func (r *Reader) Epoch(ctx context.Context, number uint64, atBlockHash common.Hash) (*Epoch, error) {
	cur, err := r.currentEpoch(ctx, atBlockHash)
	if err != nil {
		return nil, err
	}
	if number > cur {
		return nil, fmt.Errorf("%w: epoch %d, current epoch at %s is %d", ErrUnknownEpoch, number, atBlockHash, cur)
	}
	return r.epoch(ctx, number, atBlockHash)
}

func (r *Reader) currentEpoch(ctx context.Context, at common.Hash) (uint64, error) {
	out, err := r.call(ctx, at, "currentEpoch")
	if err != nil {
		return 0, err
	}
	return toUint64("currentEpoch", out[0])
}

// epoch serves number from the cache or loads it at block `at`, where it
// must be frozen already.
func (r *Reader) epoch(ctx context.Context, number uint64, at common.Hash) (*Epoch, error) {
	if e, ok := r.epochs.Get(number); ok {
		return e, nil
	}
	// Concurrent first reads may both load; they load the same frozen data.
	e, err := r.loadEpoch(ctx, number, at)
	if err != nil {
		return nil, err
	}
	r.epochs.Add(number, e)
	return e, nil
}

func (r *Reader) loadEpoch(ctx context.Context, number uint64, at common.Hash) (*Epoch, error) {
	n := new(big.Int).SetUint64(number)
	info, err := r.call(ctx, at, "epochInfo", n)
	if err != nil {
		return nil, err
	}
	apkABI := *abi.ConvertType(info[0], new(bindings.BN254G1Point)).(*bindings.BN254G1Point)
	total := *abi.ConvertType(info[1], new(*big.Int)).(**big.Int)
	operators := *abi.ConvertType(info[2], new([]common.Address)).(*[]common.Address)
	if len(operators) > MaxMembers {
		return nil, fmt.Errorf("%w: epoch %d has %d members, at most %d", ErrInvalid, number, len(operators), MaxMembers)
	}
	apk, err := parseG1(apkABI)
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d apk: %w", ErrInvalid, number, err)
	}
	out, err := r.call(ctx, at, "epochStartBlock", n)
	if err != nil {
		return nil, err
	}
	start, err := toUint64("epochStartBlock", out[0])
	if err != nil {
		return nil, err
	}

	members := make([]Member, len(operators))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(loadParallelism)
	for i, op := range operators {
		g.Go(func() error {
			m, err := r.loadMember(gctx, at, n, i, op)
			if err != nil {
				return err
			}
			members[i] = m
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	e, err := NewEpoch(number, start, total, apk, members)
	if err != nil {
		return nil, fmt.Errorf("%w: registry %s at %s: %w", ErrInvalid, r.registry, at, err)
	}
	return e, nil
}

// loadMember reads member i of an epoch: stake and G1 key from memberAt,
// the G2 key from operatorInfo (keys never change once bound, so the
// operator's current record is the one the epoch froze).
func (r *Reader) loadMember(ctx context.Context, at common.Hash, epoch *big.Int, i int, op common.Address) (Member, error) {
	out, err := r.call(ctx, at, "memberAt", epoch, big.NewInt(int64(i)))
	if err != nil {
		return Member{}, err
	}
	addr := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	stake := *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	g1ABI := *abi.ConvertType(out[2], new(bindings.BN254G1Point)).(*bindings.BN254G1Point)
	if addr != op {
		return Member{}, fmt.Errorf("%w: epoch %v member %d is %s in epochInfo, %s in memberAt", ErrInvalid, epoch, i, op, addr)
	}
	info, err := r.call(ctx, at, "operatorInfo", op)
	if err != nil {
		return Member{}, err
	}
	infoG1 := *abi.ConvertType(info[0], new(bindings.BN254G1Point)).(*bindings.BN254G1Point)
	g2ABI := *abi.ConvertType(info[1], new(bindings.BN254G2Point)).(*bindings.BN254G2Point)
	if infoG1.X.Cmp(g1ABI.X) != 0 || infoG1.Y.Cmp(g1ABI.Y) != 0 {
		return Member{}, fmt.Errorf("%w: operator %s: G1 key of memberAt and operatorInfo differ", ErrInvalid, op)
	}
	g1, err := parseG1(g1ABI)
	if err != nil {
		return Member{}, fmt.Errorf("%w: operator %s G1 key: %w", ErrInvalid, op, err)
	}
	g2, err := parseG2(g2ABI)
	if err != nil {
		return Member{}, fmt.Errorf("%w: operator %s G2 key: %w", ErrInvalid, op, err)
	}
	return Member{Address: addr, Stake: stake, G1: g1, G2: g2}, nil
}

// call runs a registry view at block `at` and unpacks its outputs.
func (r *Reader) call(ctx context.Context, at common.Hash, method string, args ...any) ([]any, error) {
	op := fmt.Sprintf("registry.%s at %s", method, at)
	input, err := r.registryABI.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("l1view: %s: pack: %w", op, err)
	}
	out, err := r.backend.CallContractAtHash(ctx, ethereum.CallMsg{To: &r.registry, Data: input}, at)
	if err != nil {
		return nil, rpcError(op, r.registryABI, err)
	}
	if len(out) == 0 {
		// Every view returns data, so empty output means no contract there
		// (an empty account answers calls with nothing); say so by name.
		code, err := r.backend.CodeAtHash(ctx, r.registry, at)
		if err != nil {
			return nil, rpcError(op, r.registryABI, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("%w: %s: no contract at %s", ErrInvalid, op, r.registry)
		}
	}
	vals, err := r.registryABI.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: decode: %w", ErrInvalid, op, err)
	}
	return vals, nil
}

// Commit is one BatchCommitted event of the inbox.
type Commit struct {
	ChainID      uint64
	BatchIndex   uint64
	HeaderHash   common.Hash
	Submitter    common.Address
	Epoch        uint64
	SignerBitmap *big.Int
	L1Block      uint64
	L1BlockHash  common.Hash
	TxHash       common.Hash // the commit transaction, which carries the batch's blobs
	TxIndex      uint
	LogIndex     uint
}

// Commits returns the inbox's BatchCommitted events of exactly the L1
// block l1BlockHash, in log order (empty if it has none).
func (r *Reader) Commits(ctx context.Context, l1BlockHash common.Hash) ([]Commit, error) {
	h := l1BlockHash
	logs, err := r.backend.FilterLogs(ctx, ethereum.FilterQuery{
		BlockHash: &h,
		Addresses: []common.Address{r.inbox},
		Topics:    [][]common.Hash{{r.committed.ID}},
	})
	if err != nil {
		return nil, rpcError(fmt.Sprintf("inbox logs of %s", h), r.inboxABI, err)
	}
	out := make([]Commit, 0, len(logs))
	for _, l := range logs {
		c, err := r.parseCommit(l, h)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Commit) int { return cmp.Compare(a.LogIndex, b.LogIndex) })
	for i := 1; i < len(out); i++ {
		if out[i].LogIndex == out[i-1].LogIndex {
			return nil, fmt.Errorf("%w: block %s: log index %d twice", ErrInvalid, h, out[i].LogIndex)
		}
	}
	return out, nil
}

func (r *Reader) parseCommit(l types.Log, want common.Hash) (Commit, error) {
	where := fmt.Sprintf("block %s log %d", want, l.Index)
	switch {
	case l.Removed:
		// Only a node that saw the block leave the canonical chain marks its
		// logs removed; what it says about the block is not to be used.
		return Commit{}, fmt.Errorf("%w: %s: log removed (block reorged out)", ErrInvalid, where)
	case l.BlockHash != want:
		return Commit{}, fmt.Errorf("%w: %s: log of block %s", ErrInvalid, where, l.BlockHash)
	case l.Address != r.inbox:
		return Commit{}, fmt.Errorf("%w: %s: log of %s, not the inbox", ErrInvalid, where, l.Address)
	case len(l.Topics) != 4 || l.Topics[0] != r.committed.ID:
		return Commit{}, fmt.Errorf("%w: %s: not a BatchCommitted event", ErrInvalid, where)
	}
	var ev bindings.BatchInboxBatchCommitted
	if err := r.inboxABI.UnpackIntoInterface(&ev, "BatchCommitted", l.Data); err != nil {
		return Commit{}, fmt.Errorf("%w: %s: %w", ErrInvalid, where, err)
	}
	var indexed abi.Arguments
	for _, a := range r.committed.Inputs {
		if a.Indexed {
			indexed = append(indexed, a)
		}
	}
	if err := abi.ParseTopics(&ev, indexed, l.Topics[1:]); err != nil {
		return Commit{}, fmt.Errorf("%w: %s: %w", ErrInvalid, where, err)
	}
	bitmap := ev.SignerBitmap
	if bitmap == nil {
		bitmap = new(big.Int)
	}
	return Commit{
		ChainID:      ev.ChainId,
		BatchIndex:   ev.BatchIndex,
		HeaderHash:   ev.HeaderHash,
		Submitter:    ev.Submitter,
		Epoch:        ev.Epoch,
		SignerBitmap: bitmap,
		L1Block:      l.BlockNumber,
		L1BlockHash:  l.BlockHash,
		TxHash:       l.TxHash,
		TxIndex:      l.TxIndex,
		LogIndex:     l.Index,
	}, nil
}

func toUint64(what string, v any) (uint64, error) {
	b := *abi.ConvertType(v, new(*big.Int)).(**big.Int)
	if b == nil || !b.IsUint64() {
		return 0, fmt.Errorf("%w: registry.%s returned %v, not a uint64", ErrInvalid, what, b)
	}
	return b.Uint64(), nil
}

// parseG1 decodes an ABI G1 point, refusing coordinates the contracts could
// not hold (>= p) rather than reducing them as blsabi.ParseG1 would.
func parseG1(p bindings.BN254G1Point) (*bls.G1Point, error) {
	if !reduced(p.X) || !reduced(p.Y) {
		return nil, errors.New("coordinate not reduced mod p")
	}
	g := blsabi.ParseG1(p)
	if !g.IsOnCurve() {
		return nil, errors.New("not on the curve")
	}
	return g, nil
}

// parseG2 is parseG1 for G2; group membership is NewEpoch's check.
func parseG2(p bindings.BN254G2Point) (*bls.G2Point, error) {
	for _, c := range []*big.Int{p.XIm, p.XRe, p.YIm, p.YRe} {
		if !reduced(c) {
			return nil, errors.New("coordinate not reduced mod p")
		}
	}
	return blsabi.ParseG2(p), nil
}

func reduced(c *big.Int) bool {
	return c != nil && c.Sign() >= 0 && c.Cmp(fp.Modulus()) < 0
}
