package sequencer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	dbm "github.com/cometbft/cometbft-db"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

// Ledger is the app tests' Executor: it tracks account nonces from
// committed blocks and nothing else (every balance is plenty), persisted in
// a cometbft-db, so that the ABCI app's own logic (admission, proposals,
// determinism, crash and replay) is tested without an L2 engine. Its app
// hash chains every block's height and applied tx hashes onto the previous
// one, which commits to the whole history and so to the nonce state. Block
// info is trivial: timestamp = height, no L1 origin.
type Ledger struct {
	db dbm.DB

	mu      sync.RWMutex
	nonces  map[common.Address]uint64 // committed
	height  int64
	appHash []byte

	// pending is the block executed but not yet committed.
	pending *ledgerBlock
}

type ledgerBlock struct {
	height  int64
	appHash []byte
	nonces  map[common.Address]uint64
}

var (
	keyHead      = []byte("head")
	prefixNonce  = []byte("n/")
	errNoPending = errors.New("ledger: commit without execute")
)

// OpenLedger loads the ledger kept in db.
func OpenLedger(db dbm.DB) (*Ledger, error) {
	l := &Ledger{db: db, nonces: make(map[common.Address]uint64)}
	head, err := db.Get(keyHead)
	if err != nil {
		return nil, fmt.Errorf("ledger: read head: %w", err)
	}
	if head != nil {
		if len(head) != 8+32 {
			return nil, fmt.Errorf("ledger: corrupt head record of %d bytes", len(head))
		}
		l.height = int64(binary.BigEndian.Uint64(head))
		l.appHash = head[8:]
	}
	it, err := dbm.IteratePrefix(db, prefixNonce)
	if err != nil {
		return nil, fmt.Errorf("ledger: iterate nonces: %w", err)
	}
	defer it.Close()
	for ; it.Valid(); it.Next() {
		k, v := it.Key(), it.Value()
		if len(k) != len(prefixNonce)+common.AddressLength || len(v) != 8 {
			return nil, fmt.Errorf("ledger: corrupt nonce record %x", k)
		}
		l.nonces[common.BytesToAddress(k[len(prefixNonce):])] = binary.BigEndian.Uint64(v)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("ledger: iterate nonces: %w", err)
	}
	return l, nil
}

func (l *Ledger) Nonce(addr common.Address) uint64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.nonces[addr]
}

func (l *Ledger) LastBlock() (int64, []byte) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.height, l.appHash
}

// Execute applies each tx whose nonce is the sender's next one; any other is
// reported and skipped. ProcessProposal already rejects such blocks, so a
// skip only happens for a block decided by others against our view, and
// then identically on every node.
func (l *Ledger) DAFootprint(*txn.Tx) uint64 { return 0 }

func (l *Ledger) BaseFee(int64) *big.Int { return nil }

func (l *Ledger) Balance(common.Address) *big.Int { return new(big.Int).Lsh(big.NewInt(1), 128) }

func (l *Ledger) Propose(_ context.Context, height int64) (blockinfo.Info, bool, error) {
	return blockinfo.Info{Timestamp: uint64(height)}, true, nil
}

func (l *Ledger) Verify(_ context.Context, height int64, info blockinfo.Info, _ bool) error {
	if info != (blockinfo.Info{Timestamp: uint64(height)}) {
		return fmt.Errorf("ledger: block info %+v for height %d", info, height)
	}
	return nil
}

func (l *Ledger) Execute(_ context.Context, height int64, _ blockinfo.Info, txs []*txn.Tx) (*Execution, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if height != l.height+1 {
		return nil, fmt.Errorf("ledger: execute height %d after %d", height, l.height)
	}
	touched := make(map[common.Address]uint64)
	nonceOf := func(a common.Address) uint64 {
		if n, ok := touched[a]; ok {
			return n
		}
		return l.nonces[a]
	}
	hasher := crypto.NewKeccakState()
	hasher.Write(l.appHash)
	hasher.Write(binary.BigEndian.AppendUint64(nil, uint64(height)))
	errs := make([]error, len(txs))
	for i, tx := range txs {
		want := nonceOf(tx.Sender)
		switch {
		case tx.Nonce() < want:
			errs[i] = fmt.Errorf("%w: address %v, tx: %d state: %d", core.ErrNonceTooLow, tx.Sender, tx.Nonce(), want)
		case tx.Nonce() > want:
			errs[i] = fmt.Errorf("%w: address %v, tx: %d state: %d", core.ErrNonceTooHigh, tx.Sender, tx.Nonce(), want)
		default:
			touched[tx.Sender] = want + 1
			hasher.Write(tx.Hash[:])
		}
	}
	var appHash common.Hash
	hasher.Read(appHash[:])
	l.pending = &ledgerBlock{height: height, appHash: appHash[:], nonces: touched}
	return &Execution{Height: height, AppHash: appHash[:], Errs: errs}, nil
}

// Commit writes the pending block's nonces and head in one synced batch.
func (l *Ledger) Commit() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	p := l.pending
	if p == nil {
		return errNoPending
	}
	batch := l.db.NewBatch()
	defer batch.Close()
	for addr, n := range p.nonces {
		if err := batch.Set(append(append([]byte{}, prefixNonce...), addr[:]...), binary.BigEndian.AppendUint64(nil, n)); err != nil {
			return fmt.Errorf("ledger: stage nonce: %w", err)
		}
	}
	head := binary.BigEndian.AppendUint64(nil, uint64(p.height))
	if err := batch.Set(keyHead, append(head, p.appHash...)); err != nil {
		return fmt.Errorf("ledger: stage head: %w", err)
	}
	if err := batch.WriteSync(); err != nil {
		return fmt.Errorf("ledger: write block %d: %w", p.height, err)
	}
	for addr, n := range p.nonces {
		l.nonces[addr] = n
	}
	l.height, l.appHash, l.pending = p.height, p.appHash, nil
	return nil
}

func (l *Ledger) Close() error { return l.db.Close() }
