package synth

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dutymap/dutymap/model"
)

// WriteDir writes the organisation Generate(n, seed) returns as a content
// folder (docs/content-format.md): en/ID.md and zh/ID.md per department.
func WriteDir(dir string, n int, seed uint64) error {
	for _, l := range model.Langs {
		if err := os.MkdirAll(filepath.Join(dir, l.Code()), 0o755); err != nil {
			return err
		}
	}
	for _, d := range departments(n, seed) {
		for _, l := range model.Langs {
			if err := writeDoc(filepath.Join(dir, l.Code(), d.ID+".md"), d, l); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeDoc(file string, d *model.Node, l model.Lang) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "---\nid: %s\nname: %s\n", d.ID, d.Title[l])
	if len(d.Aliases()[l]) > 0 {
		fmt.Fprintf(w, "aliases: [%s]\n", strings.Join(d.Aliases()[l], ", "))
	}
	fmt.Fprintf(w, "order: %d\nsummary: %s\n---\n", d.Order(), d.Summary()[l])
	for _, c := range d.Children {
		writeNode(w, c, l, 2)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeNode writes a section as a heading of the given level, or a duty as
// a list item.
func writeNode(w *bufio.Writer, n *model.Node, l model.Lang, level int) {
	if n.Kind.IsLeaf() {
		fmt.Fprintf(w, "- %s\n", n.Title[l])
		return
	}
	attrs := "#" + n.ID
	if n.Role != model.RoleGroup && n.Role != "" {
		attrs += " ." + string(n.Role)
	}
	fmt.Fprintf(w, "\n%s %s {%s}\n\n", strings.Repeat("#", level), n.Title[l], attrs)
	for _, c := range n.Children {
		writeNode(w, c, l, level+1)
	}
}
