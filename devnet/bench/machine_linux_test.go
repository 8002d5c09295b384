package bench

import "testing"

func TestCPUTicks(t *testing.T) {
	for _, tc := range []struct {
		line string
		ok   bool
		want cpuTicks
	}{
		{"cpu  100 0 50 800 30 5 5 10 0 0", true, cpuTicks{total: 1000, busy: 170, iowait: 30, steal: 10}},
		{"cpu0 1 2 3 4 5 6 7 8", false, cpuTicks{}},
		{"cpu 1 2 3", false, cpuTicks{}},
		{"cpu a b c d e f g h", false, cpuTicks{}},
	} {
		got, ok := parseProcStat(tc.line)
		if ok != tc.ok || got != tc.want {
			t.Errorf("parseProcStat(%q) = %+v %v, want %+v %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
	a := cpuTicks{total: 1000, busy: 100, iowait: 10, steal: 0}
	b := cpuTicks{total: 1400, busy: 300, iowait: 50, steal: 20}
	if got := b.sub(a); got != (cpuShare{busy: 0.5, iowait: 0.1, steal: 0.05}) {
		t.Errorf("share %+v", got)
	}
	if got := a.sub(a); got != (cpuShare{}) {
		t.Errorf("empty share %+v", got)
	}
}
