package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dutymap/dutymap/internal/synth"
)

// BenchmarkCheck100k is `dutymap check DIR` on a generated organisation of
// 100,000 duties in 200 departments, both languages, with RACI lines,
// topics of shared work, linked hand-offs and 12 planted defects of each
// kind (the English layer of the lang-parity ones left out): loading the
// folder, resolving its references, every check, the report (budget: 1 s).
func BenchmarkCheck100k(b *testing.B) {
	dir := b.TempDir()
	for name, text := range synth.Defects(100_000, 1, 12).Base {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := writeBytes(filepath.Join(dir, filepath.FromSlash(name)), []byte(text)); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if code := Run([]string{"check", dir}, IO{Out: io.Discard, Err: io.Discard}); code != exitFindings {
			b.Fatalf("exit %d", code)
		}
	}
}
