//go:build !linux

package verifier

import "syscall"

// sysProcAttr: nothing special outside Linux (Stop still ends op-node).
func sysProcAttr() *syscall.SysProcAttr { return nil }
