//go:build !linux

package bench

import "errors"

// readProcUsage has no per-process counters to read outside Linux.
func readProcUsage(int) (procSample, error) { return procSample{}, errors.ErrUnsupported }
