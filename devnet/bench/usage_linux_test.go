package bench

import (
	"os"
	"testing"
)

// TestReadProcUsage reads this process's own counters from /proc.
func TestReadProcUsage(t *testing.T) {
	s, err := readProcUsage(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if s.rssKiB == 0 || s.hwmKiB < s.rssKiB || s.at.IsZero() {
		t.Errorf("sample %+v: want a resident set within its high-water mark", s)
	}
	if _, err := readProcUsage(-1); err == nil {
		t.Error("read a process that cannot exist")
	}
}
