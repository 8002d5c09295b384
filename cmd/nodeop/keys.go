package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/nodeop/nodeop/batcher/keys"
)

const keysUsage = `usage: nodeop keys new  --dir DIR --password-file FILE   create an operator's ECDSA and BLS keys
       nodeop keys show --dir DIR --password-file FILE   print their public parts as JSON`

func runKeys(_ context.Context, args []string) error {
	if len(args) == 0 || (args[0] != "new" && args[0] != "show") {
		return errors.New(keysUsage)
	}
	fs := flag.NewFlagSet("keys "+args[0], flag.ContinueOnError)
	dir := fs.String("dir", "", "folder holding ecdsa.json and bls.json")
	pwFile := fs.String("password-file", "", "file whose first line is the keys' password")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	if *dir == "" || *pwFile == "" {
		return errors.New(keysUsage)
	}
	raw, err := os.ReadFile(*pwFile)
	if err != nil {
		return fmt.Errorf("password: %w", err)
	}
	password, _, _ := strings.Cut(string(raw), "\n")
	var k *keys.Keys
	if args[0] == "new" {
		if k, err = keys.Generate(); err != nil {
			return err
		}
		if err := k.Save(*dir, password); err != nil {
			return err
		}
	} else if k, err = keys.Load(*dir, password); err != nil {
		return err
	}
	out, err := json.MarshalIndent(k.Public(), "", "  ")
	if err != nil {
		return err
	}
	fmt.Println(string(out))
	return nil
}
