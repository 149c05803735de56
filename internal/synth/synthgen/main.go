// Command synthgen writes a generated organisation as a content folder, and
// its duties one per line (English) to DIR/duties.txt, for comparing
// `dutymap search` with `fzf --filter` on the same text:
//
//	go run ./internal/synth/synthgen -n 100000 -seed 1 /tmp/synth100k
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

func main() {
	n := flag.Int("n", 100000, "number of duties")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: synthgen [-n N] [-seed S] DIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "synthgen:", err)
		os.Exit(1)
	}
}

func run(dir string, n int, seed uint64) error {
	if err := synth.WriteDir(dir, n, seed); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "duties.txt"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, d := range synth.Generate(n, seed).Nodes() {
		if d.Kind == model.KindDuty {
			fmt.Fprintln(w, d.Title[model.En])
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
