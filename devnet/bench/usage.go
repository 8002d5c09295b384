package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// NodeUsage is one OS process's resource use over a system's measurement
// window: a validator node, the L1, the baseline's sequencer or the load
// generator (the bench process itself). Only runs with Config.NodeBinary
// (`nodeop bench --procs`) on Linux have them.
type NodeUsage struct {
	// Name is "node0".."nodeN-1", "l1", "sequencer" or "load generator".
	Name string `json:"name"`
	PID  int    `json:"pid"`
	// CPU is the process's user+system CPU time over the window divided
	// by the window's length: the average number of cores it kept busy.
	CPU float64 `json:"cpuCores"`
	// RSSPeakMiB and RSSEndMiB are the largest resident set sampled in
	// the window (every usageInterval) and the last one, at its end.
	RSSPeakMiB float64 `json:"rssPeakMiB"`
	RSSEndMiB  float64 `json:"rssEndMiB"`
	// HighWaterMiB is the peak resident set over the process's whole life
	// (VmHWM) at the window's end: start-up and warm-up included, and
	// peaks between two samples.
	HighWaterMiB float64 `json:"rssHighWaterMiB"`
}

// Names of the processes other than validator nodes.
const (
	l1ProcName        = "l1"
	sequencerProcName = "sequencer"
	loadGenProcName   = "load generator"
)

// usageInterval is how often resident memory is sampled in the window: a
// few reads of a small file per process, cheap next to the load.
const usageInterval = 500 * time.Millisecond

// clockTicks is USER_HZ, the unit of /proc/<pid>/stat's utime and stime.
// It is 100 on every Linux architecture Go supports (the kernel exports a
// fixed USER_HZ whatever its internal HZ); reading it would need sysconf,
// i.e. cgo.
const clockTicks = 100

// usageProc is a process whose usage a window samples.
type usageProc struct {
	name string
	pid  int
}

// procSample is one reading of a process's counters.
type procSample struct {
	at     time.Time
	ticks  uint64 // utime + stime, in clockTicks
	rssKiB uint64
	hwmKiB uint64
}

// parseProcPIDStat returns utime+stime from the contents of /proc/<pid>/stat.
// The second field, the command name in parentheses, may itself hold
// spaces and parentheses, so the fields are counted from its last ')'.
func parseProcPIDStat(data []byte) (uint64, error) {
	end := bytes.LastIndexByte(data, ')')
	if end < 0 {
		return 0, errors.New("no ')' closing the command name")
	}
	// After the name: state (field 3) ... utime (14), stime (15).
	fields := strings.Fields(string(data[end+1:]))
	const utime, stime = 14 - 3, 15 - 3
	if len(fields) <= stime {
		return 0, fmt.Errorf("%d fields after the command name, want at least %d", len(fields), stime+1)
	}
	u, err := strconv.ParseUint(fields[utime], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("utime: %w", err)
	}
	s, err := strconv.ParseUint(fields[stime], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("stime: %w", err)
	}
	return u + s, nil
}

// parseProcStatus returns VmRSS and VmHWM, in KiB, from the contents of
// /proc/<pid>/status.
func parseProcStatus(data []byte) (rssKiB, hwmKiB uint64, err error) {
	var gotRSS, gotHWM bool
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok || (key != "VmRSS" && key != "VmHWM") {
			continue
		}
		f := strings.Fields(val)
		if len(f) != 2 || f[1] != "kB" {
			return 0, 0, fmt.Errorf("%s: %q, want a size in kB", key, strings.TrimSpace(val))
		}
		n, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %w", key, err)
		}
		if key == "VmRSS" {
			rssKiB, gotRSS = n, true
		} else {
			hwmKiB, gotHWM = n, true
		}
	}
	if err := sc.Err(); err != nil {
		return 0, 0, err
	}
	if !gotRSS || !gotHWM {
		// A zombie or a kernel thread has no memory lines.
		return 0, 0, errors.New("no VmRSS or VmHWM line")
	}
	return rssKiB, hwmKiB, nil
}

// procUsage accumulates one process's samples over a window.
type procUsage struct {
	usageProc
	first, last procSample
	peakKiB     uint64
	n           int
	failed      bool
}

func (u *procUsage) add(s procSample) {
	if u.n == 0 {
		u.first = s
	}
	u.last = s
	u.peakKiB = max(u.peakKiB, s.rssKiB)
	u.n++
}

// result is nil unless the window was sampled at both ends.
func (u *procUsage) result() *NodeUsage {
	secs := u.last.at.Sub(u.first.at).Seconds()
	if u.failed || u.n < 2 || secs <= 0 || u.last.ticks < u.first.ticks {
		return nil
	}
	const mib = 1024
	return &NodeUsage{
		Name:         u.name,
		PID:          u.pid,
		CPU:          float64(u.last.ticks-u.first.ticks) / clockTicks / secs,
		RSSPeakMiB:   float64(u.peakKiB) / mib,
		RSSEndMiB:    float64(u.last.rssKiB) / mib,
		HighWaterMiB: float64(u.last.hwmKiB) / mib,
	}
}

// usageWindow samples processes over a measurement window in the
// background.
type usageWindow struct {
	stop func() []NodeUsage
}

// startUsage reads every process's counters (with read, readProcUsage
// outside tests) at from, every usageInterval after, and at to. Its stop
// ends the sampling and returns one NodeUsage per process read at both
// ends of the window, in procs' order; nil before to has passed, without
// processes, or where the counters are not available. stop may be called
// more than once.
func startUsage(procs []usageProc, from, to time.Time, read func(pid int) (procSample, error)) *usageWindow {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	var out []NodeUsage // written by the sampler before done closes
	go func() {
		defer close(done)
		if len(procs) == 0 || !sleepCtx(ctx, time.Until(from)) {
			return
		}
		us := make([]procUsage, len(procs))
		for i, p := range procs {
			us[i].usageProc = p
		}
		sample := func() {
			for i := range us {
				if us[i].failed {
					continue
				}
				s, err := read(us[i].pid)
				if err != nil {
					us[i].failed = true
					continue
				}
				us[i].add(s)
			}
		}
		sample()
		tick := time.NewTicker(usageInterval)
		defer tick.Stop()
		end := time.NewTimer(time.Until(to))
		defer end.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				sample()
			case <-end.C:
				sample()
				for i := range us {
					if r := us[i].result(); r != nil {
						out = append(out, *r)
					}
				}
				return
			}
		}
	}()
	return &usageWindow{stop: sync.OnceValue(func() []NodeUsage {
		cancel()
		<-done
		return out
	})}
}

// sleepCtx waits d and says whether ctx is still live.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
