package sequencer

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"testing"

	dbm "github.com/cometbft/cometbft-db"
	"github.com/ethereum/go-ethereum/core"

	"github.com/nodeop/nodeop/internal/txn"
	"github.com/nodeop/nodeop/sequencer/blockinfo"
)

func openLedger(t testing.TB, db dbm.DB) *Ledger {
	t.Helper()
	l, err := OpenLedger(db)
	if err != nil {
		t.Fatalf("OpenLedger: %v", err)
	}
	return l
}

// decodeAll decodes raws with the test rules.
func decodeAll(t testing.TB, raws ...[]byte) []*txn.Tx {
	t.Helper()
	dec, err := txn.NewDecoder(testConfig().Genesis.Rules(), 16)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*txn.Tx, len(raws))
	for i, raw := range raws {
		if out[i], err = dec.Decode(raw); err != nil {
			t.Fatalf("decode %s: %v", label(raw), err)
		}
	}
	return out
}

func execute(t testing.TB, l *Ledger, height int64, txs []*txn.Tx) *Execution {
	t.Helper()
	exe, err := l.Execute(context.Background(), height, blockinfo.Info{Timestamp: uint64(height)}, txs)
	if err != nil {
		t.Fatalf("Execute(height %d): %v", height, err)
	}
	if exe.Height != height || len(exe.Errs) != len(txs) || len(exe.AppHash) != 32 {
		t.Fatalf("Execute(height %d) = height %d, %d errs for %d txs, app hash %x", height, exe.Height, len(exe.Errs), len(txs), exe.AppHash)
	}
	return exe
}

func mustCommit(t testing.TB, l *Ledger) {
	t.Helper()
	if err := l.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

func TestLedgerFreshState(t *testing.T) {
	l := openLedger(t, dbm.NewMemDB())
	if h, hash := l.LastBlock(); h != 0 || hash != nil {
		t.Fatalf("LastBlock = (%d, %x), want (0, nil)", h, hash)
	}
	if n := l.Nonce(newSender(t, "alice").addr); n != 0 {
		t.Fatalf("Nonce = %d, want 0", n)
	}
}

func TestLedgerCommitWithoutExecuteErrors(t *testing.T) {
	l := openLedger(t, dbm.NewMemDB())
	if err := l.Commit(); !errors.Is(err, errNoPending) {
		t.Fatalf("Commit on a fresh ledger = %v, want %v", err, errNoPending)
	}
	execute(t, l, 1, nil)
	mustCommit(t, l)
	if err := l.Commit(); !errors.Is(err, errNoPending) {
		t.Fatalf("second Commit of one Execute = %v, want %v", err, errNoPending)
	}
	if h, _ := l.LastBlock(); h != 1 {
		t.Fatalf("height after a refused Commit = %d, want 1", h)
	}
}

func TestLedgerExecuteRejectsWrongHeight(t *testing.T) {
	l := openLedger(t, dbm.NewMemDB())
	for _, h := range []int64{-1, 0, 2} {
		if _, err := l.Execute(context.Background(), h, blockinfo.Info{Timestamp: uint64(h)}, nil); err == nil {
			t.Errorf("Execute(height %d) on a fresh ledger: nil error, want one", h)
		}
	}
	execute(t, l, 1, nil)
	// Not committed yet: height 2 must wait.
	if _, err := l.Execute(context.Background(), 2, blockinfo.Info{Timestamp: uint64(2)}, nil); err == nil {
		t.Errorf("Execute(height 2) before height 1 committed: nil error, want one")
	}
	mustCommit(t, l)
	if _, err := l.Execute(context.Background(), 1, blockinfo.Info{Timestamp: uint64(1)}, nil); err == nil {
		t.Errorf("Execute(height 1) after it committed: nil error, want one")
	}
	execute(t, l, 2, nil)
}

func TestLedgerExecuteIsInvisibleUntilCommit(t *testing.T) {
	alice := newSender(t, "alice")
	l := openLedger(t, dbm.NewMemDB())
	exe := execute(t, l, 1, decodeAll(t, alice.transfer(t, 0, 1), alice.transfer(t, 1, 1)))
	if n := l.Nonce(alice.addr); n != 0 {
		t.Errorf("Nonce before Commit = %d, want 0", n)
	}
	if h, hash := l.LastBlock(); h != 0 || hash != nil {
		t.Errorf("LastBlock before Commit = (%d, %x), want (0, nil)", h, hash)
	}
	mustCommit(t, l)
	if n := l.Nonce(alice.addr); n != 2 {
		t.Errorf("Nonce after Commit = %d, want 2", n)
	}
	if h, hash := l.LastBlock(); h != 1 || !bytes.Equal(hash, exe.AppHash) {
		t.Errorf("LastBlock after Commit = (%d, %x), want (1, %x)", h, hash, exe.AppHash)
	}
}

func TestLedgerExecuteSkipsTxsOutOfNonceOrder(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	l := openLedger(t, dbm.NewMemDB())
	txs := decodeAll(t,
		alice.transfer(t, 0, 1),
		alice.transfer(t, 2, 1), // gap
		alice.transfer(t, 1, 1),
		alice.transfer(t, 1, 2), // same nonce again
		bob.transfer(t, 1, 1),   // gap
	)
	exe := execute(t, l, 1, txs)
	want := []error{nil, core.ErrNonceTooHigh, nil, core.ErrNonceTooLow, core.ErrNonceTooHigh}
	for i, err := range exe.Errs {
		if want[i] == nil && err != nil || want[i] != nil && !errors.Is(err, want[i]) {
			t.Errorf("tx %d (%s): err %v, want %v", i, label(txs[i].Raw), err, want[i])
		}
	}
	mustCommit(t, l)
	if n := l.Nonce(alice.addr); n != 2 {
		t.Errorf("alice nonce = %d, want 2", n)
	}
	if n := l.Nonce(bob.addr); n != 0 {
		t.Errorf("bob nonce = %d, want 0", n)
	}

	// Only applied txs shape the state: the app hash equals that of the
	// block without the skipped ones.
	clean := openLedger(t, dbm.NewMemDB())
	if got := execute(t, clean, 1, []*txn.Tx{txs[0], txs[2]}); !bytes.Equal(got.AppHash, exe.AppHash) {
		t.Errorf("app hash without skipped txs = %x, want %x", got.AppHash, exe.AppHash)
	}
}

func TestLedgerReexecuteBeforeCommitReplacesPendingBlock(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	l := openLedger(t, dbm.NewMemDB())
	execute(t, l, 1, decodeAll(t, alice.transfer(t, 0, 1)))
	second := execute(t, l, 1, decodeAll(t, bob.transfer(t, 0, 1)))
	mustCommit(t, l)
	if a, b := l.Nonce(alice.addr), l.Nonce(bob.addr); a != 0 || b != 1 {
		t.Errorf("nonces = alice %d bob %d, want 0 and 1 (only the last Execute commits)", a, b)
	}
	if _, hash := l.LastBlock(); !bytes.Equal(hash, second.AppHash) {
		t.Errorf("app hash = %x, want the last Execute's %x", hash, second.AppHash)
	}
}

func TestLedgerAppHashChainsHistory(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	a0, b0 := alice.transfer(t, 0, 1), bob.transfer(t, 0, 1)
	run := func(blocks ...[][]byte) [][]byte {
		l := openLedger(t, dbm.NewMemDB())
		var hashes [][]byte
		for i, block := range blocks {
			hashes = append(hashes, execute(t, l, int64(i+1), decodeAll(t, block...)).AppHash)
			mustCommit(t, l)
		}
		return hashes
	}
	x := run([][]byte{a0}, [][]byte{b0})
	y := run([][]byte{a0}, [][]byte{b0})
	for i := range x {
		if !bytes.Equal(x[i], y[i]) {
			t.Errorf("height %d: app hash %x and %x from the same history", i+1, x[i], y[i])
		}
	}
	// Same final nonces, different history.
	z := run([][]byte{a0, b0}, nil)
	if bytes.Equal(x[1], z[1]) {
		t.Errorf("histories [a0][b0] and [a0 b0][] share app hash %x", x[1])
	}
	w := run([][]byte{b0}, [][]byte{a0})
	if bytes.Equal(x[1], w[1]) {
		t.Errorf("histories [a0][b0] and [b0][a0] share app hash %x", x[1])
	}
	// Same last block and nonces, but a different tx took alice's nonce 0.
	v := run([][]byte{alice.transfer(t, 0, 2)}, [][]byte{b0})
	if bytes.Equal(x[1], v[1]) {
		t.Errorf("histories [a0][b0] and [a0'][b0] share app hash %x", x[1])
	}
}

func TestLedgerPersistsAcrossReopen(t *testing.T) {
	alice, bob := newSender(t, "alice"), newSender(t, "bob")
	dir := t.TempDir()
	open := func() *Ledger {
		db, err := dbm.NewGoLevelDB("ledger", dir)
		if err != nil {
			t.Fatalf("open goleveldb: %v", err)
		}
		return openLedger(t, db)
	}
	l := open()
	execute(t, l, 1, decodeAll(t, alice.transfer(t, 0, 1), bob.transfer(t, 0, 1)))
	mustCommit(t, l)
	exe := execute(t, l, 2, decodeAll(t, alice.transfer(t, 1, 1)))
	mustCommit(t, l)
	execute(t, l, 3, decodeAll(t, alice.transfer(t, 2, 1), bob.transfer(t, 1, 1))) // never committed
	if err := l.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	l = open()
	defer l.Close()
	if h, hash := l.LastBlock(); h != 2 || !bytes.Equal(hash, exe.AppHash) {
		t.Fatalf("LastBlock after reopen = (%d, %x), want (2, %x)", h, hash, exe.AppHash)
	}
	if a, b := l.Nonce(alice.addr), l.Nonce(bob.addr); a != 2 || b != 1 {
		t.Fatalf("nonces after reopen = alice %d bob %d, want 2 and 1", a, b)
	}
	if err := l.Commit(); !errors.Is(err, errNoPending) {
		t.Fatalf("Commit after reopen = %v, want %v (the pending block died with the process)", err, errNoPending)
	}
}

func TestOpenLedgerRejectsCorruptRecords(t *testing.T) {
	alice := newSender(t, "alice")
	nonceKey := append(append([]byte{}, prefixNonce...), alice.addr[:]...)
	tests := []struct {
		name       string
		key, value []byte
	}{
		{"empty head", keyHead, []byte{}},
		{"short head", keyHead, make([]byte, 8+31)},
		{"long head", keyHead, make([]byte, 8+33)},
		{"height only", keyHead, make([]byte, 8)},
		{"short nonce value", nonceKey, make([]byte, 7)},
		{"short nonce key", prefixNonce, make([]byte, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := dbm.NewMemDB()
			if err := db.Set(tt.key, tt.value); err != nil {
				// MemDB refuses empty values; write a 1-byte one instead.
				if err := db.Set(tt.key, []byte{0}); err != nil {
					t.Fatal(err)
				}
			}
			if l, err := OpenLedger(db); err == nil {
				h, hash := l.LastBlock()
				t.Fatalf("OpenLedger over %s %x = height %d hash %x, nil error; want an error", tt.key, tt.value, h, hash)
			}
		})
	}
}

func TestOpenLedgerReadsValidHead(t *testing.T) {
	db := dbm.NewMemDB()
	head := append([]byte{0, 0, 0, 0, 0, 0, 0, 7}, bytes.Repeat([]byte{0xab}, 32)...)
	if err := db.Set(keyHead, head); err != nil {
		t.Fatal(err)
	}
	l := openLedger(t, db)
	if h, hash := l.LastBlock(); h != 7 || !bytes.Equal(hash, head[8:]) {
		t.Fatalf("LastBlock = (%d, %x), want (7, %x)", h, hash, head[8:])
	}
	execute(t, l, 8, nil)
}

func TestLedgerAppHashCommitsToHeight(t *testing.T) {
	// Two ledgers with the same head hash at different heights must not
	// agree on the next block's hash, even for identical (empty) blocks.
	prev := bytes.Repeat([]byte{0xcd}, 32)
	var hashes [][]byte
	for _, h := range []uint64{3, 4} {
		db := dbm.NewMemDB()
		head := append(binary.BigEndian.AppendUint64(nil, h), prev...)
		if err := db.Set(keyHead, head); err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, execute(t, openLedger(t, db), int64(h)+1, nil).AppHash)
	}
	if bytes.Equal(hashes[0], hashes[1]) {
		t.Fatalf("empty blocks at heights 4 and 5 over the same previous hash share app hash %x", hashes[0])
	}
}
