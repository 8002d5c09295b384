package bench

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// machineCPU reads the aggregate "cpu" line of /proc/stat: clock ticks
// spent in total, busy (neither idle nor iowait), in iowait and stolen by
// the hypervisor, over all CPUs since boot.
func machineCPU() (cpuTicks, bool) {
	f, err := os.Open("/proc/stat")
	if err != nil {
		return cpuTicks{}, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return cpuTicks{}, false
	}
	return parseProcStat(sc.Text())
}

// parseProcStat parses "cpu  user nice system idle iowait irq softirq
// steal ...".
func parseProcStat(line string) (cpuTicks, bool) {
	fields := strings.Fields(line)
	if len(fields) < 9 || fields[0] != "cpu" {
		return cpuTicks{}, false
	}
	var v [8]uint64
	for i := range v {
		n, err := strconv.ParseUint(fields[i+1], 10, 64)
		if err != nil {
			return cpuTicks{}, false
		}
		v[i] = n
	}
	var t cpuTicks
	for _, n := range v {
		t.total += n
	}
	t.iowait = v[4]
	t.steal = v[7]
	t.busy = t.total - v[3] - v[4]
	return t, true
}
