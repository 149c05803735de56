package content

import (
	"errors"
	"io/fs"
	"slices"
)

// Inputs lists the files Load reads from l, as names inside l.FS, sorted:
// sources.yaml and groups.yaml when they exist, and every .md file of the language folders,
// found as Load finds them. A cache keyed by these files' contents knows
// that a file was added, removed or changed. Listing reads folders only,
// no file.
func Inputs(l Layer) []string {
	ld := newLoader()
	ld.listing = true
	var out []string
	for _, name := range []string{sourcesDoc.name, groupsDoc.name} {
		if _, err := fs.Stat(l.FS, name); !errors.Is(err, fs.ErrNotExist) {
			out = append(out, name)
		}
	}
	folders, ok := ld.langFolders(l)
	if !ok {
		return out
	}
	for _, f := range ld.listFiles(l, folders) {
		out = append(out, f.name)
	}
	slices.Sort(out)
	return out
}

// ReadFile reads one file of the layer as Load reads it: regular files
// only, at most 16 MB, inside the layer's folder.
func (l Layer) ReadFile(name string) ([]byte, error) { return l.read(name) }

// Folder is the folder on disk the layer was read from (Dir), or "" for
// a layer of another file system, such as the built-in content.
func (l Layer) Folder() string { return l.dir }
