package bench

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

// readProcUsage reads pid's counters from /proc.
func readProcUsage(pid int) (procSample, error) {
	s := procSample{at: time.Now()}
	dir := "/proc/" + strconv.Itoa(pid)
	stat, err := os.ReadFile(dir + "/stat")
	if err != nil {
		return s, err
	}
	if s.ticks, err = parseProcPIDStat(stat); err != nil {
		return s, fmt.Errorf("%s/stat: %w", dir, err)
	}
	status, err := os.ReadFile(dir + "/status")
	if err != nil {
		return s, err
	}
	if s.rssKiB, s.hwmKiB, err = parseProcStatus(status); err != nil {
		return s, fmt.Errorf("%s/status: %w", dir, err)
	}
	return s, nil
}
