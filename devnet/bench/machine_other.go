//go:build !linux

package bench

// machineCPU is only measured on Linux.
func machineCPU() (cpuTicks, bool) { return cpuTicks{}, false }
