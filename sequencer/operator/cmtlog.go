package operator

import (
	"context"
	"log/slog"

	cmtlog "github.com/cometbft/cometbft/libs/log"
)

// cometLogger routes CometBFT's logger into slog. CometBFT logs every vote
// and block at Info and every peer hang-up at Error; both land one level
// lower so that a node at info level shows nodeop's events, not consensus
// chatter, and warnings stay nodeop's own.
type cometLogger struct{ l *slog.Logger }

func (c cometLogger) Debug(msg string, kv ...any) { c.log(slog.LevelDebug-4, msg, kv) }
func (c cometLogger) Info(msg string, kv ...any)  { c.log(slog.LevelDebug, msg, kv) }
func (c cometLogger) Error(msg string, kv ...any) { c.log(slog.LevelInfo, msg, kv) }

func (c cometLogger) With(kv ...any) cmtlog.Logger { return cometLogger{c.l.With(kv...)} }

func (c cometLogger) log(level slog.Level, msg string, kv []any) {
	ctx := context.Background()
	if c.l.Enabled(ctx, level) {
		c.l.Log(ctx, level, msg, kv...)
	}
}
