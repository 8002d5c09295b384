//go:build !linux

package bench

import "syscall"

// childAttr leaves children in the bench's process group: without
// Pdeathsig, a Ctrl-C that reaches them too is what stops them should the
// bench die first.
func childAttr() *syscall.SysProcAttr { return nil }
