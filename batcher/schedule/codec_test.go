package schedule

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/determinism.golden and the fuzz seed corpus")

// mixedOps is an operator set with different stakes, caps and costs, given
// in an order other than by address.
func mixedOps() []Operator {
	return []Operator{
		{Address: addr(4), Stake: 10_000, Cap: One, Cost: Int(2)},
		{Address: addr(0), Stake: 64_000, Cap: Ratio(3, 10)},
		{Address: addr(5), Stake: 5_000, Cap: 0},
		{Address: addr(2), Stake: 32_000, Cap: One, CorruptionCost: Int(5)},
		{Address: addr(1), Stake: 32_000, Cap: One},
		{Address: addr(3), Stake: 1, Cap: Ratio(1, 2)},
	}
}

// play drives s for n batches with behaviour that varies per batch and
// operator (a fixed function of both), reallocating after every batch,
// and returns the assignments. If roundTrip is set, the state is encoded
// and decoded before every call, as an app restarting each block would.
func play(t testing.TB, s *State, first uint64, n int, roundTrip bool) (*State, []Assignment) {
	t.Helper()
	var log []Assignment
	reload := func() {
		if !roundTrip {
			return
		}
		d, err := Decode(s.Encode())
		if err != nil {
			t.Fatal(err)
		}
		s = d
	}
	for b := first; b < first+uint64(n); b++ {
		reload()
		a, err := s.Next()
		if err != nil {
			t.Fatal(err)
		}
		log = append(log, a)
		out := Outcome{Batch: b, Heights: 7}
		order := append([]int{a.Submitter}, a.Fallbacks...)
		committed := false
		for _, who := range order {
			if committed {
				break
			}
			o := Observation{Operator: who, Window: Missed}
			if (b+uint64(who))%5 != 0 {
				o.Window, committed = OnTime, true
			}
			out.Observations = append(out.Observations, o)
		}
		for i := range s.ops {
			j := slices.IndexFunc(out.Observations, func(o Observation) bool { return o.Operator == i })
			if j < 0 {
				out.Observations = append(out.Observations, Observation{Operator: i})
				j = len(out.Observations) - 1
			}
			out.Observations[j].Signed = (b*7+uint64(i)*3)%11 != 0
			out.Observations[j].Votes = 7 - uint32((b+uint64(i))%3)
			if i == 3 && b >= 100 && b < 140 { // operator 3 down for a while
				out.Observations[j] = Observation{Operator: i, Window: out.Observations[j].Window}
			}
		}
		reload()
		if _, err := s.Observe(out); err != nil {
			t.Fatal(err)
		}
		reload()
		if _, err := s.Reallocate(); err != nil {
			t.Fatal(err)
		}
	}
	return s, log
}

func assignmentBytes(log []Assignment) []byte {
	var b []byte
	for _, a := range log {
		b = binary.BigEndian.AppendUint64(b, a.Seq)
		b = binary.BigEndian.AppendUint32(b, uint32(a.Submitter))
		b = binary.BigEndian.AppendUint32(b, uint32(len(a.Fallbacks)))
		for _, f := range a.Fallbacks {
			b = binary.BigEndian.AppendUint32(b, uint32(f))
		}
	}
	return b
}

// TestDeterminismGolden pins the bytes of the state and the assignments
// after 300 batches. Validators on any platform must reproduce them
// (also checked with GOARCH=386); a change here is a consensus change.
func TestDeterminismGolden(t *testing.T) {
	s := newState(t, DefaultConfig(), mixedOps())
	if _, err := s.Reallocate(); err != nil {
		t.Fatal(err)
	}
	s, log := play(t, s, 0, 300, false)
	got := fmt.Sprintf("state %x\nassignments %x\n", sha256.Sum256(s.Encode()), sha256.Sum256(assignmentBytes(log)))
	path := filepath.Join("testdata", "determinism.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("determinism digest changed (consensus-breaking):\ngot\n%swant\n%s", got, want)
	}
	dealt := make([]int, len(s.ops))
	for _, a := range log {
		dealt[a.Submitter]++
	}
	t.Logf("windows dealt %v; final trust/share:", dealt)
	for i, o := range s.Operators() {
		t.Logf("  %d: trust %s share %s", i, o.Trust, o.Share)
	}
}

func TestDeterminismAcrossRoundTripsAndOrder(t *testing.T) {
	a := newState(t, DefaultConfig(), mixedOps())
	rev := mixedOps()
	slices.Reverse(rev)
	b := newState(t, DefaultConfig(), rev)
	if !bytes.Equal(a.Encode(), b.Encode()) {
		t.Fatal("operator order changed the state")
	}
	for _, s := range []*State{a, b} {
		if _, err := s.Reallocate(); err != nil {
			t.Fatal(err)
		}
	}
	a, logA := play(t, a, 0, 200, false)
	b, logB := play(t, b, 0, 200, true)
	if !bytes.Equal(a.Encode(), b.Encode()) || !bytes.Equal(assignmentBytes(logA), assignmentBytes(logB)) {
		t.Fatal("encode/decode round trips changed the outcome")
	}
}

func TestObservationOrderDoesNotMatter(t *testing.T) {
	out := Outcome{Batch: 1, Heights: 5, Observations: []Observation{
		{Operator: 0, Window: OnTime, Signed: true, Votes: 5},
		{Operator: 1, Signed: true, Votes: 3},
		{Operator: 3, Window: Missed, Votes: 1},
		{Operator: 4, Signed: true},
	}}
	var first []byte
	for perm := range 24 {
		obs := slices.Clone(out.Observations)
		// the perm-th permutation (factorial number system)
		p := perm
		for i := len(obs) - 1; i > 0; i-- {
			j := p % (i + 1)
			p /= i + 1
			obs[i], obs[j] = obs[j], obs[i]
		}
		s := newState(t, DefaultConfig(), mixedOps())
		if _, err := s.Observe(Outcome{Batch: out.Batch, Heights: out.Heights, Observations: obs}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Reallocate(); err != nil {
			t.Fatal(err)
		}
		enc := s.Encode()
		if first == nil {
			first = enc
		} else if !bytes.Equal(enc, first) {
			t.Fatalf("permutation %d gave a different state", perm)
		}
	}
}

func TestSetOperatorsRejects(t *testing.T) {
	dup := mixedOps()
	dup[1].Address = dup[0].Address
	overflow := equalOps(2)
	overflow[0].Stake, overflow[1].Stake = 1<<63, 1<<63
	tests := []struct {
		name string
		ops  []Operator
	}{
		{"none", nil},
		{"duplicate address", dup},
		{"cap above one", []Operator{{Cap: One + 1}}},
		{"negative cost", []Operator{{Cap: One, Cost: -1}}},
		{"cost too large", []Operator{{Cap: One, CorruptionCost: MaxPoints*One + 1}}},
		{"stake overflow", overflow},
		{"too many", make([]Operator, MaxOperators+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(DefaultConfig(), tt.ops); err == nil {
				t.Error("New() accepted it")
			}
		})
	}
}

func TestDecodeRoundTrip(t *testing.T) {
	s := newState(t, DefaultConfig(), mixedOps())
	states := []*State{s.Clone()}
	if _, err := s.Reallocate(); err != nil {
		t.Fatal(err)
	}
	states = append(states, s.Clone())
	s, _ = play(t, s, 10, 57, false)
	states = append(states, s)
	for i, st := range states {
		enc := st.Encode()
		d, err := Decode(enc)
		if err != nil {
			t.Fatalf("state %d: %v", i, err)
		}
		if !bytes.Equal(d.Encode(), enc) {
			t.Fatalf("state %d: round trip changed the bytes", i)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	s := newState(t, DefaultConfig(), mixedOps())
	if _, err := s.Reallocate(); err != nil {
		t.Fatal(err)
	}
	s, _ = play(t, s, 0, 20, false)
	good := s.Encode()
	if _, err := Decode(good); err != nil {
		t.Fatal(err)
	}
	const op0 = headerSize
	put64 := func(off int, v int64) func([]byte) []byte {
		return func(b []byte) []byte { binary.BigEndian.PutUint64(b[off:], uint64(v)); return b }
	}
	// field offsets inside operator i
	opField := func(i, field int) int { return op0 + i*operatorSize + field }
	const (
		fStake   = 20
		fCap     = 28
		fTrust   = 52
		fShare   = 60
		fCurrent = 68
	)
	share := func(i int) int64 { return int64(binary.BigEndian.Uint64(good[opField(i, fShare):])) }
	cur := func(i int) int64 { return int64(binary.BigEndian.Uint64(good[opField(i, fCurrent):])) }
	if share(0) == 0 || share(1) == 0 {
		t.Fatal("test needs operators 0 and 1 to hold shares")
	}
	tests := []struct {
		name string
		mod  func([]byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"truncated header", func(b []byte) []byte { return b[:headerSize-1] }},
		{"truncated operator", func(b []byte) []byte { return b[:len(b)-1] }},
		{"trailing byte", func(b []byte) []byte { return append(b, 0) }},
		{"bad magic", func(b []byte) []byte { b[0] = 'X'; return b }},
		{"future version", func(b []byte) []byte { b[4] = 2; return b }},
		{"alpha*gamma >= 2", put64(5+9*8, int64(Ratio(1, 25)))},
		{"trust weights not summing to 1", put64(5+2*8, int64(Ratio(6, 10)))},
		{"max iterations 0", func(b []byte) []byte { binary.BigEndian.PutUint32(b[93:], 0); return b }},
		{"observed flag 2", func(b []byte) []byte { b[109] = 2; return b }},
		{"last batch without observation", func(b []byte) []byte { b[109] = 0; return b }},
		{"no operators", func(b []byte) []byte { binary.BigEndian.PutUint32(b[118:], 0); return b[:headerSize] }},
		{"operator count mismatch", func(b []byte) []byte { binary.BigEndian.PutUint32(b[118:], 5); return b }},
		{"unsorted addresses", func(b []byte) []byte { b[opField(1, 19)] = 0; return b }},
		{"duplicate address", func(b []byte) []byte { b[opField(1, 19)] = b[opField(0, 19)]; return b }},
		{"stake overflow", func(b []byte) []byte {
			put64(opField(0, fStake), -1)(b)
			return put64(opField(1, fStake), -1)(b)
		}},
		{"cap above one", put64(opField(2, fCap), int64(One)+1)},
		{"trust above one", put64(opField(0, fTrust), int64(One)+1)},
		{"negative trust", put64(opField(0, fTrust), -1)},
		{"share above cap", func(b []byte) []byte {
			put64(opField(1, fCap), share(1)-1)(b)
			return b
		}},
		{"shares not summing to 1", put64(opField(0, fShare), share(0)-1)},
		{"counters not summing to 0", put64(opField(0, fCurrent), cur(0)+1)},
		{"counter at -1", func(b []byte) []byte {
			put64(opField(0, fCurrent), -int64(One))(b)
			return put64(opField(1, fCurrent), cur(1)+cur(0)+int64(One))(b)
		}},
		{"counter without share", func(b []byte) []byte {
			// operator 2 has cap 0, hence share 0
			put64(opField(2, fCurrent), 1)(b)
			return put64(opField(0, fCurrent), cur(0)-1)(b)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.mod(bytes.Clone(good))
			if _, err := Decode(b); !errors.Is(err, ErrCorruptState) {
				t.Errorf("Decode() = %v, want ErrCorruptState", err)
			}
		})
	}
}

// Fuzzing.

const seedDir = "testdata/fuzz/FuzzDecode"

func fuzzSeeds(tb testing.TB) map[string][]byte {
	fresh := newState(tb, DefaultConfig(), mixedOps())
	alloc := fresh.Clone()
	if _, err := alloc.Reallocate(); err != nil {
		tb.Fatal(err)
	}
	played, _ := play(tb, alloc.Clone(), 0, 40, false)
	one := newState(tb, DefaultConfig(), equalOps(1))
	if _, err := one.Reallocate(); err != nil {
		tb.Fatal(err)
	}
	small := DefaultConfig()
	small.MaxIter, small.Fallbacks = 3, 1
	tiny := newState(tb, small, equalOps(3))
	bad := played.Encode()
	bad[len(bad)-1] ^= 1
	return map[string][]byte{
		"fresh":          fresh.Encode(),
		"allocated":      alloc.Encode(),
		"played":         played.Encode(),
		"single":         one.Encode(),
		"small_config":   tiny.Encode(),
		"bad_counter":    bad,
		"truncated":      played.Encode()[:headerSize+10],
		"header_only":    played.Encode()[:headerSize],
		"future_version": append([]byte("NOPS\x02"), played.Encode()[5:]...),
		"empty":          {},
	}
}

func marshalCorpusFile(raw []byte) []byte {
	return fmt.Appendf(nil, "go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(raw)))
}

func unmarshalCorpusFile(data []byte) ([]byte, error) {
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) != 2 || lines[0] != "go test fuzz v1" {
		return nil, fmt.Errorf("want a header and one value, got %d lines", len(lines))
	}
	lit, ok := strings.CutPrefix(lines[1], "[]byte(")
	if !ok || !strings.HasSuffix(lit, ")") {
		return nil, fmt.Errorf("value %q is not a []byte", lines[1])
	}
	s, err := strconv.Unquote(strings.TrimSuffix(lit, ")"))
	return []byte(s), err
}

// TestFuzzSeedCorpus keeps the committed seeds in step with fuzzSeeds.
// Regenerate with: go test ./batcher/schedule -run TestFuzzSeedCorpus -update
func TestFuzzSeedCorpus(t *testing.T) {
	seeds := fuzzSeeds(t)
	if *update {
		if err := os.MkdirAll(seedDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, raw := range seeds {
			if err := os.WriteFile(filepath.Join(seedDir, name), marshalCorpusFile(raw), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for name, raw := range seeds {
		data, err := os.ReadFile(filepath.Join(seedDir, name))
		if err != nil {
			t.Errorf("seed %s: %v (regenerate with -update)", name, err)
			continue
		}
		got, err := unmarshalCorpusFile(data)
		if err != nil || !bytes.Equal(got, raw) {
			t.Errorf("seed %s is stale (regenerate with -update): %v", name, err)
		}
	}
}

// FuzzDecode: Decode never panics; what it accepts is canonical (encodes
// back to the same bytes); and every method run on an accepted state keeps
// it decodable, i.e. the decoder's checks are exactly the invariants the
// methods maintain.
func FuzzDecode(f *testing.F) {
	for _, raw := range fuzzSeeds(f) {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if s != nil || !errors.Is(err, ErrCorruptState) {
				t.Fatalf("Decode() = %v, %v", s, err)
			}
			return
		}
		if enc := s.Encode(); !bytes.Equal(enc, data) {
			t.Fatalf("accepted a non-canonical encoding:\n in %s\nout %s", hex.EncodeToString(data), hex.EncodeToString(enc))
		}
		check := func(step string) {
			if _, err := Decode(s.Encode()); err != nil {
				t.Fatalf("after %s the state no longer decodes: %v", step, err)
			}
		}
		for range 3 {
			if _, err := s.Next(); err != nil && !errors.Is(err, ErrNoAllocation) {
				t.Fatal(err)
			}
			check("Next")
		}
		batch := s.lastBatch + 1
		if batch == 0 { // lastBatch at the maximum
			return
		}
		n := len(s.ops)
		out := Outcome{Batch: batch, Heights: 3}
		for i := 0; i < n; i += 2 {
			out.Observations = append(out.Observations, Observation{Operator: i, Window: Window(i % 3), Signed: i%4 == 0, Votes: uint32(i % 4)})
		}
		if _, err := s.Observe(out); err != nil {
			t.Fatal(err)
		}
		check("Observe")
		if int(s.cfg.MaxIter)*n <= 200_000 {
			if _, err := s.Reallocate(); err != nil && !errors.Is(err, ErrInfeasible) {
				t.Fatal(err)
			}
			check("Reallocate")
			if _, err := s.Next(); err != nil && !errors.Is(err, ErrNoAllocation) {
				t.Fatal(err)
			}
			check("Next after Reallocate")
		}
	})
}

// FuzzOperations drives a State through an arbitrary sequence of operator
// sets, outcomes, reallocations and deals decoded from the input, and
// checks after every operation that the state still encodes to bytes
// Decode accepts and round-trips, that shares sum to 0 or exactly 1 within
// caps, and that no operator without a share is dealt a window.
func FuzzOperations(f *testing.F) {
	f.Add([]byte{4, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 0, 1, 2, 3, 0, 0})
	f.Add([]byte{1, 255, 0, 2, 0, 0, 0})
	f.Add([]byte{7, 9, 0, 200, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 1, 1, 1, 1, 1, 2, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		next := func() byte {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return b
		}
		opsFrom := func() []Operator {
			n := 1 + int(next()%8)
			ops := make([]Operator, n)
			for i := range ops {
				b := next()
				ops[i] = Operator{Address: addr(int(b % 12)), Stake: uint64(next()), Cap: Ratio(int64(b%5), 4)}
				if b%7 == 0 {
					ops[i].Cost = Int(int64(b % 30))
				}
			}
			return ops
		}
		cfg := DefaultConfig()
		cfg.MinTrust = Ratio(int64(next()%4), 8)
		cfg.Fallbacks = uint32(next() % 5)
		s, err := New(cfg, opsFrom())
		if err != nil {
			return // duplicate addresses or an overflow: rejected, fine
		}
		var batch uint64
		for steps := 0; len(data) > 0 && steps < 64; steps++ {
			switch next() % 4 {
			case 0:
				a, err := s.Next()
				if err == nil && s.ops[a.Submitter].share == 0 {
					t.Fatalf("dealt operator %d without a share", a.Submitter)
				}
			case 1:
				out := Outcome{Batch: batch, Heights: uint32(next() % 4)}
				batch++
				for i := range s.ops {
					b := next()
					out.Observations = append(out.Observations, Observation{Operator: i, Window: Window(b % 3), Signed: b&4 != 0, Votes: uint32(b>>3) % (out.Heights + 1)})
				}
				if _, err := s.Observe(out); err != nil {
					t.Fatal(err)
				}
			case 2:
				if alloc, err := s.Reallocate(); err == nil && !alloc.Converged {
					t.Fatalf("optimizer did not converge under a valid config")
				}
			case 3:
				_ = s.SetOperators(opsFrom())
			}
			enc := s.Encode()
			d, err := Decode(enc)
			if err != nil {
				t.Fatalf("state no longer decodes: %v", err)
			}
			if !bytes.Equal(d.Encode(), enc) {
				t.Fatal("round trip changed the bytes")
			}
			var sum Fixed
			for _, o := range s.ops {
				if o.share > o.Cap {
					t.Fatalf("share %s above cap %s", o.share, o.Cap)
				}
				sum += o.share
			}
			if sum != 0 && sum != One {
				t.Fatalf("shares sum to %s", sum)
			}
		}
	})
}
