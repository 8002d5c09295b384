package batches

import (
	"strings"
	"testing"

	"github.com/nodeop/nodeop/batcher/channel"
	"github.com/nodeop/nodeop/batcher/schedule"
)

func TestDefaultParamsValidate(t *testing.T) {
	p := DefaultParams()
	if err := p.Validate(); err != nil {
		t.Fatalf("DefaultParams().Validate() = %v", err)
	}
	if cfg := p.scheduleConfig(); cfg.Fallbacks != p.Fallbacks || cfg.Validate() != nil {
		t.Errorf("schedule config %+v does not carry the fallbacks %d or is invalid", cfg, p.Fallbacks)
	}
	if _, err := New(p, 1); err != nil {
		t.Errorf("New(DefaultParams()) = %v", err)
	}
}

func TestParamsValidateReportsEachField(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Params)
		want   string // a fragment of the error
	}{
		{"max_blocks zero", func(p *Params) { p.MaxBlocks = 0 }, "max_blocks"},
		{"max_seconds zero", func(p *Params) { p.MaxSeconds = 0 }, "max_seconds"},
		{"max_tx_bytes zero", func(p *Params) { p.MaxTxBytes = 0 }, "max_tx_bytes"},
		{"max_blobs zero", func(p *Params) { p.MaxBlobs = 0 }, "max_blobs"},
		{"max_blobs negative", func(p *Params) { p.MaxBlobs = -1 }, "max_blobs"},
		{"max_blobs above the tx cap", func(p *Params) { p.MaxBlobs = channel.MaxBlobsPerTx + 1 }, "max_blobs"},
		{"window_blocks zero", func(p *Params) { p.WindowBlocks = 0 }, "window_blocks"},
		{"sub_window zero", func(p *Params) { p.SubWindow = 0 }, "sub_window"},
		{"l1_block_time zero", func(p *Params) { p.L1BlockTime = 0 }, "l1_block_time"},
		{"fallbacks above the operator limit", func(p *Params) { p.Fallbacks = schedule.MaxOperators + 1 }, "fallbacks"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.mutate(&p)
			err := p.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an error about %s", err, tc.want)
			}
			if s, err := New(p, 1); err == nil || s != nil {
				t.Errorf("New accepted invalid params: %v", err)
			}
		})
	}
}

func TestParamsValidateBounds(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Params)
	}{
		{"one of everything", func(p *Params) {
			*p = Params{MaxBlocks: 1, MaxSeconds: 1, MaxTxBytes: 1, MaxBlobs: 1, WindowBlocks: 1, SubWindow: 1, L1BlockTime: 1}
		}},
		{"max_blobs at the tx cap", func(p *Params) { p.MaxBlobs = channel.MaxBlobsPerTx }},
		{"no fallbacks", func(p *Params) { p.Fallbacks = 0 }},
		{"fallbacks at the operator limit", func(p *Params) { p.Fallbacks = schedule.MaxOperators }},
	}
	for _, tc := range cases {
		p := DefaultParams()
		tc.mutate(&p)
		if err := p.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v", tc.name, err)
		}
	}
}
