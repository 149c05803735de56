package search

import (
	"testing"

	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

func TestZZNameWords(t *testing.T) {
	ix := builtin(t)
	ix.closeSubtrees()
	an := &analysis.Analyzer{Parts: true}
	for _, n := range ix.ownerNodes {
		for _, l := range model.Langs {
			node := ix.node(n)
			for _, text := range append([]string{node.Title[l]}, node.Aliases()[l]...) {
				var s string
				for _, tk := range an.Tokens(text, nil) {
					s += " [" + tk.Folded + " " + string(rune('0'+int(tk.Kind))) + map[bool]string{true: " stop", false: ""}[tk.Stop] + "]"
				}
				t.Logf("%s %q:%s", node.Path, text, s)
			}
		}
	}
}
