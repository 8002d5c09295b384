package bench

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
)

// processesNote joins the report's notes when the systems ran as
// separate processes.
const processesNote = "Each node ran as its own OS process (`nodeop node`, the devnet's L1 as `nodeop l1`; the baseline's L1 and sequencer together as one process, \"sequencer\"), the load generator in the bench process. Per process, CPU is user+system time from /proc/<pid>/stat over the window's length (cores kept busy on average); RSS is /proc/<pid>/status's VmRSS sampled every 500 ms in the window (peak and end) and VmHWM (the process's lifetime peak) at its end."

// ownCPU is the share of all CPUs the run's own processes used over the
// window: the bench process alone or, with per-process figures, all of
// them (the load generator is one), so that only what else ran on the
// machine counts as foreign.
func ownCPU(s System) float64 {
	if len(s.Nodes) == 0 {
		return s.CPUBusy
	}
	cores := 0.0
	for _, n := range s.Nodes {
		cores += n.CPU
	}
	return cores / float64(runtime.NumCPU())
}

// hasNodes says whether any system has per-process figures; the
// per-process plot is drawn, and linked, exactly then.
func hasNodes(r *Report) bool {
	return slices.ContainsFunc(r.Systems, func(s System) bool { return len(s.Nodes) > 0 })
}

// systemLabel names system i in charts and per-system sections: with its
// offered rate when the report holds several steps of one system.
func systemLabel(r *Report, i int) string {
	s := r.Systems[i]
	if len(systemNames(r)) != len(r.Systems) {
		return fmt.Sprintf("%s @ %.0f tx/s", s.Name, s.OfferedRate)
	}
	return s.Name
}

// writeNodeUsage writes report.md's per-process section: one table per
// system, or why there are none.
func writeNodeUsage(b *strings.Builder, r *Report) {
	b.WriteString("\n## CPU and memory per process\n\n")
	if !hasNodes(r) {
		if r.Params.Processes {
			b.WriteString("Not measured: per-process figures are read from /proc, on Linux only.\n")
		} else {
			b.WriteString("Not measured: the nodes ran inside the bench process. Per-node figures need `--procs`, which runs each node, the L1 and the baseline as its own process.\n")
		}
		return
	}
	fmt.Fprintf(b, "CPU in cores busy on average over the window (of %d), memory in MiB.\n\n", r.NumCPU)
	fmt.Fprintf(b, "![CPU per process](%s)\n", NodeCPUPlot)
	for i, s := range r.Systems {
		fmt.Fprintf(b, "\n### %s\n\n", systemLabel(r, i))
		if len(s.Nodes) == 0 {
			b.WriteString("Not measured.\n")
			continue
		}
		b.WriteString("| process | CPU cores | RSS peak MiB | RSS end MiB | RSS high-water MiB |\n")
		b.WriteString("| :--- | ---: | ---: | ---: | ---: |\n")
		var cpu, end float64
		for _, n := range s.Nodes {
			fmt.Fprintf(b, "| %s | %.2f | %.0f | %.0f | %.0f |\n", n.Name, n.CPU, n.RSSPeakMiB, n.RSSEndMiB, n.HighWaterMiB)
			cpu += n.CPU
			end += n.RSSEndMiB
		}
		fmt.Fprintf(b, "| all | %.2f | | %.0f | |\n", cpu, end)
	}
}
