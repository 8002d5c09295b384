// Package mempool is the app-side transaction pool: CheckTx admits decoded
// transactions into it and PrepareProposal reads the executable ones back.
// It tracks, per sender, the transactions ahead of the committed state
// nonce, splitting them into the executable run (contiguous nonces from the
// state nonce) and future ones behind a gap. Admission follows go-ethereum's
// legacy pool: bounded per sender and in total, replacement by fee bump, and
// eviction of the cheapest tail when full. The pool is pure in-memory logic
// and safe for concurrent use.
package mempool

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"

	"github.com/nodeop/nodeop/internal/txn"
)

// State reads committed account state; op-geth's state will implement it later.
type State interface {
	Nonce(addr common.Address) uint64
}

// Config bounds the pool.
type Config struct {
	// MaxPerSender caps a sender's transactions (pending and future) and
	// also how far ahead of its state nonce a nonce may be.
	MaxPerSender int
	// MaxTotal caps the transactions in the pool.
	MaxTotal int
	// PriceBump is the percentage by which a replacement must raise both
	// the fee cap and the tip cap of the transaction it replaces.
	PriceBump uint64
	// MinTipCap is this node's fee floor (nil = none). It is admission
	// policy, never a block validity rule: operators may set it
	// differently without disagreeing on blocks.
	MinTipCap *big.Int
}

// DefaultConfig returns go-ethereum's replacement bump with limits sized for
// a single sequencer.
func DefaultConfig() Config {
	return Config{MaxPerSender: 64, MaxTotal: 16384, PriceBump: 10}
}

// account holds one sender's transactions. Every nonce in txs is >= nonce,
// because Update drops the rest, and < nonce+MaxPerSender as of admission,
// so the per-account scans below are bounded by MaxPerSender.
type account struct {
	nonce uint64 // state nonce as of first sight or the last Update
	txs   map[uint64]*txn.Tx
	run   int    // txs holds nonce, nonce+1, ..., nonce+run-1: the executable ones
	tail  uint64 // highest nonce in txs
}

func (a *account) executable(nonce uint64) bool {
	return nonce-a.nonce < uint64(a.run)
}

// extend grows the executable run over nonces that became contiguous.
func (a *account) extend() {
	for a.txs[a.nonce+uint64(a.run)] != nil {
		a.run++
	}
}

func (a *account) put(tx *txn.Tx) {
	n := tx.Nonce()
	a.txs[n] = tx
	if len(a.txs) == 1 || n > a.tail {
		a.tail = n
	}
	a.extend()
}

// popTail removes the highest-nonce transaction. Removing only the tail can
// shorten the run but never splits it.
func (a *account) popTail() *txn.Tx {
	tx := a.txs[a.tail]
	if a.executable(a.tail) {
		a.run--
	}
	delete(a.txs, a.tail)
	for len(a.txs) > 0 && a.txs[a.tail] == nil {
		a.tail--
	}
	return tx
}

// Pool is the transaction pool. The zero value is not usable; call New.
type Pool struct {
	cfg   Config
	state State

	mu       sync.Mutex
	all      map[common.Hash]*txn.Tx
	accounts map[common.Address]*account
	pending  int    // sum of the accounts' runs
	arrivals uint64 // last Arrival stamped
}

// New returns an empty pool that reads state nonces from state.
func New(cfg Config, state State) *Pool {
	return &Pool{
		cfg:      cfg,
		state:    state,
		all:      make(map[common.Hash]*txn.Tx),
		accounts: make(map[common.Address]*account),
	}
}

// Add admits tx or returns an error wrapping the go-ethereum sentinel that
// go-ethereum's pool would return for the same reason. On admission it
// stamps tx.Arrival.
func (p *Pool) Add(tx *txn.Tx) error {
	p.mu.Lock()
	defer p.mu.Unlock()

	if p.all[tx.Hash] != nil {
		return txpool.ErrAlreadyKnown
	}
	if p.cfg.MinTipCap != nil && tx.Tx.GasTipCapIntCmp(p.cfg.MinTipCap) < 0 {
		return fmt.Errorf("%w: tip cap %s, minimum %s", txpool.ErrTxGasPriceTooLow, tx.Tx.GasTipCap(), p.cfg.MinTipCap)
	}
	acct := p.accounts[tx.Sender]
	if acct == nil {
		// Not stored until tx is admitted, so rejected senders leave nothing behind.
		acct = &account{nonce: p.state.Nonce(tx.Sender), txs: make(map[uint64]*txn.Tx)}
	}
	nonce := tx.Nonce()
	if nonce < acct.nonce {
		return fmt.Errorf("%w: address %v, tx: %d state: %d", core.ErrNonceTooLow, tx.Sender, nonce, acct.nonce)
	}
	if nonce-acct.nonce >= uint64(p.cfg.MaxPerSender) {
		// The cached state nonce lags the state between a block's
		// execution and the Update after its commit; a client that saw
		// the block may already send further ahead.
		if fresh := p.state.Nonce(tx.Sender); fresh > acct.nonce {
			if p.accounts[tx.Sender] == nil {
				acct.nonce = fresh
			} else {
				p.refresh(tx.Sender, acct, fresh)
				if p.accounts[tx.Sender] == nil {
					acct = &account{nonce: fresh, txs: make(map[uint64]*txn.Tx)}
				}
			}
		}
	}
	if nonce-acct.nonce >= uint64(p.cfg.MaxPerSender) {
		return fmt.Errorf("%w: address %v, tx: %d state: %d, at most %d ahead", core.ErrNonceTooHigh, tx.Sender, nonce, acct.nonce, p.cfg.MaxPerSender)
	}
	if old := acct.txs[nonce]; old != nil {
		if err := p.checkReplace(old, tx); err != nil {
			return err
		}
		delete(p.all, old.Hash)
		p.insert(acct, tx)
		return nil
	}
	if len(acct.txs) >= p.cfg.MaxPerSender {
		// Unreachable while state nonces only grow, since the nonce window
		// admits no more than MaxPerSender nonces; kept so the cap holds
		// even if State ever reports a lower nonce.
		return fmt.Errorf("%w: address %v holds %d transactions", txpool.ErrAccountLimitExceeded, tx.Sender, len(acct.txs))
	}
	if len(p.all) >= p.cfg.MaxTotal {
		victim := p.victim(tx.Sender)
		if victim == nil || cmpFees(tx, victim) <= 0 {
			return fmt.Errorf("%w: pool full", txpool.ErrUnderpriced)
		}
		p.evict(victim.Sender)
	}
	p.accounts[tx.Sender] = acct
	p.insert(acct, tx)
	return nil
}

// checkReplace applies go-ethereum's legacy pool rule: both caps must rise,
// each by at least PriceBump percent. Requiring a strict rise as well keeps
// wei-level prices, where the percentage rounds to nothing, from being
// replaced for free.
func (p *Pool) checkReplace(old, tx *txn.Tx) error {
	bump := new(big.Int).SetUint64(p.cfg.PriceBump)
	bump.Add(bump, big.NewInt(100))
	threshold := func(v *big.Int) *big.Int {
		v = new(big.Int).Mul(v, bump)
		return v.Div(v, big.NewInt(100))
	}
	feeCap, tipCap := threshold(old.Tx.GasFeeCap()), threshold(old.Tx.GasTipCap())
	switch {
	case tx.Tx.GasFeeCapCmp(old.Tx) <= 0:
		return fmt.Errorf("%w: new tx gas fee cap %v <= %v queued", txpool.ErrReplaceUnderpriced, tx.Tx.GasFeeCap(), old.Tx.GasFeeCap())
	case tx.Tx.GasTipCapCmp(old.Tx) <= 0:
		return fmt.Errorf("%w: new tx gas tip cap %v <= %v queued", txpool.ErrReplaceUnderpriced, tx.Tx.GasTipCap(), old.Tx.GasTipCap())
	case tx.Tx.GasFeeCapIntCmp(feeCap) < 0:
		return fmt.Errorf("%w: new tx gas fee cap %v < %v queued + %d%% replacement penalty", txpool.ErrReplaceUnderpriced, tx.Tx.GasFeeCap(), old.Tx.GasFeeCap(), p.cfg.PriceBump)
	case tx.Tx.GasTipCapIntCmp(tipCap) < 0:
		return fmt.Errorf("%w: new tx gas tip cap %v < %v queued + %d%% replacement penalty", txpool.ErrReplaceUnderpriced, tx.Tx.GasTipCap(), old.Tx.GasTipCap(), p.cfg.PriceBump)
	}
	return nil
}

func (p *Pool) insert(acct *account, tx *txn.Tx) {
	p.arrivals++
	tx.Arrival = p.arrivals
	p.all[tx.Hash] = tx
	run := acct.run
	acct.put(tx)
	p.pending += acct.run - run
}

// victim picks the transaction to make room for one from sender. Only tails
// qualify, so no sender is left with a gap, and never sender's own, which the
// incoming transaction may build on. Future tails go first because no block
// can include them yet; then the cheapest, and the latest among equal fees
// so that first-seen transactions keep their place.
func (p *Pool) victim(sender common.Address) *txn.Tx {
	var (
		best       *txn.Tx
		bestFuture bool
	)
	for addr, acct := range p.accounts {
		if addr == sender {
			continue
		}
		tx, future := acct.txs[acct.tail], !acct.executable(acct.tail)
		switch {
		case best == nil, future && !bestFuture:
		case future != bestFuture:
			continue
		default:
			if c := cmpFees(tx, best); c > 0 || c == 0 && tx.Arrival < best.Arrival {
				continue
			}
		}
		best, bestFuture = tx, future
	}
	return best
}

func (p *Pool) evict(sender common.Address) {
	acct := p.accounts[sender]
	run := acct.run
	tx := acct.popTail()
	p.pending += acct.run - run
	delete(p.all, tx.Hash)
	if len(acct.txs) == 0 {
		delete(p.accounts, sender)
	}
}

// cmpFees orders transactions by fee cap, then tip cap.
func cmpFees(a, b *txn.Tx) int {
	if c := a.Tx.GasFeeCapCmp(b.Tx); c != 0 {
		return c
	}
	return a.Tx.GasTipCapCmp(b.Tx)
}

// Has reports whether the pool holds a transaction with hash.
func (p *Pool) Has(hash common.Hash) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.all[hash] != nil
}

// Get returns the transaction with hash, or nil.
func (p *Pool) Get(hash common.Hash) *txn.Tx {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.all[hash]
}

// Pending returns, per sender with at least one executable tx, the run of txs with
// contiguous nonces starting at the sender's state nonce, senders sorted by address
// bytes ascending (deterministic). Future (gapped) txs are not included. Returned slices are copies.
func (p *Pool) Pending() [][]*txn.Tx {
	p.mu.Lock()
	defer p.mu.Unlock()

	senders := make([]common.Address, 0, len(p.accounts))
	for addr, acct := range p.accounts {
		if acct.run > 0 {
			senders = append(senders, addr)
		}
	}
	slices.SortFunc(senders, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })

	pending := make([][]*txn.Tx, len(senders))
	for i, addr := range senders {
		acct := p.accounts[addr]
		run := make([]*txn.Tx, acct.run)
		for j := range run {
			run[j] = acct.txs[acct.nonce+uint64(j)]
		}
		pending[i] = run
	}
	return pending
}

// PendingNonce is the nonce the sender's next tx should use: state nonce + length of its executable run
// (for eth_getTransactionCount "pending").
func (p *Pool) PendingNonce(addr common.Address) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if acct := p.accounts[addr]; acct != nil {
		return acct.nonce + uint64(acct.run)
	}
	return p.state.Nonce(addr)
}

// Update is called after a block commits with the senders whose txs were in it: it re-reads
// each sender's state nonce from State and removes that sender's txs with nonce < state nonce
// (included ones and those made stale by a different tx with the same nonce). Idempotent.
func (p *Pool) Update(senders []common.Address) {
	p.mu.Lock()
	defer p.mu.Unlock()

	for _, addr := range senders {
		if acct := p.accounts[addr]; acct != nil { // a sender with nothing pooled has no nonce to refresh
			p.refresh(addr, acct, p.state.Nonce(addr))
		}
	}
}

// refresh moves acct's state nonce to nonce, dropping what it makes stale.
func (p *Pool) refresh(addr common.Address, acct *account, nonce uint64) {
	acct.nonce = nonce
	for n, tx := range acct.txs {
		if n < acct.nonce {
			delete(acct.txs, n)
			delete(p.all, tx.Hash)
		}
	}
	p.pending -= acct.run
	if len(acct.txs) == 0 {
		delete(p.accounts, addr)
		return
	}
	acct.run = 0
	acct.extend()
	p.pending += acct.run
}

// Len returns the number of transactions in the pool.
func (p *Pool) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.all)
}

// Stats returns the number of executable and future transactions.
func (p *Pool) Stats() (pending, future int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pending, len(p.all) - p.pending
}

// HasNonce reports whether the pool holds a tx of sender with nonce.
func (p *Pool) HasNonce(sender common.Address, nonce uint64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	acct := p.accounts[sender]
	return acct != nil && acct.txs[nonce] != nil
}

// Remove drops the txs with the given hashes, and with each the sender's
// later txs, which can no longer execute before it does.
func (p *Pool) Remove(hashes ...common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, h := range hashes {
		tx := p.all[h]
		if tx == nil {
			continue
		}
		acct := p.accounts[tx.Sender]
		for len(acct.txs) > 0 && acct.tail >= tx.Nonce() {
			run := acct.run
			dropped := acct.popTail()
			p.pending += acct.run - run
			delete(p.all, dropped.Hash)
		}
		if len(acct.txs) == 0 {
			delete(p.accounts, tx.Sender)
		}
	}
}
