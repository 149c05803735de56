package content

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/dutymap/dutymap/internal/filekind"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// maxFileSize bounds what one content file may hold, so a stray huge file
// gives an error instead of exhausting memory. It is enforced while
// reading: Stat reports 0 bytes for /dev/zero and for pipes.
const maxFileSize = 16 << 20

// MaxFileSize is the most one content file may hold, in bytes: what a
// writer of content files (import) must stay within.
const MaxFileSize = maxFileSize

// maxTotalSize and maxFiles bound the content as a whole, across every
// folder: sixteen megabytes a file would otherwise allow any amount. A
// million duties (the largest size dutymap is measured at) take about
// 200 MB in 4,000 files (131 MB of text); loaded and indexed, duties keep
// about ten times their bytes live (loadNeed). maxLines stops ordinary content near
// 1,150,000 duties (1.5 GB live); 512 MB is reached only with long
// descriptions, cheaper per byte: 492 MB of them kept 1.3 GB live, 2.7 GB
// resident (docs/perf-scale.md). Under a memory limit, checkMemory
// refuses less.
const maxTotalSize = 512 << 20

var maxFiles = 100_000 // a variable so that a test can lower it

// MaxFiles is the most content files dutymap reads, across every folder
// it loads together (an import checks its sheet against it).
func MaxFiles() int { return maxFiles }

// maxLines bounds the lines of all content files together. Bytes alone do
// not bound memory: a duty of one letter ("- a") is four bytes of file and
// about 400 bytes loaded, so 41 MB of such duties (10 million) ran out of
// 4 GB (hostile12 #2). A million duties in both languages, the largest
// size dutymap is measured at, are 2.6 million lines.
var maxLines int64 = 3_000_000 // a variable so that a test can lower it

// maxLineRefs bounds the references of one RACI, hand-off or Overlaps
// line. A RACI line names the few units that hold a role (the built-in
// content's name one to four); a line naming thousands is a paste or a
// generator gone wrong, and each name costs memory on every line that
// repeats it.
const maxLineRefs = 1000

// maxRefs bounds the references of those lines in all the content files
// together. Bytes and lines do not bound them: a 14 KB line names 2,000
// units, and each reference loaded takes three times its bytes or more, so
// 156 MB of such lines ran out of 4 GB (hostile14 #2). Five hundred units
// named on each of 2,000 points, the largest matrix dutymap is measured
// at, are two million references.
var maxRefs int64 = 4_000_000 // a variable so that a test can lower it

// lineBudget counts the lines of the files read so far, across layers and
// the goroutines that read them, and the references their RACI, hand-off
// and Overlaps lines make (bounded by maxRefs).
type lineBudget struct {
	used atomic.Int64
	told atomic.Bool // the one problem that says so is reported

	refs     atomic.Int64
	refsTold atomic.Bool // the one problem that says the references are too many is reported
}

// takeRefs counts a line's n references and reports whether they fit.
func (b *lineBudget) takeRefs(n int) bool {
	return b.refs.Add(int64(n)) <= maxRefs
}

// take counts data's lines and reports whether they fit.
func (b *lineBudget) take(data []byte) bool {
	return b.used.Add(int64(bytes.Count(data, []byte{'\n'})+1)) <= maxLines
}

// refusal is a file dutymap will not read, with what the user can do.
type refusal struct {
	msg, fix string
	kind     Kind
}

func (r *refusal) Error() string { return r.msg }

// unreadable records file, which Layer.read (or a check before it)
// failed with err, as a problem of the whole file: a refusal's message,
// fix and kind, or the error's.
func (c *collector) unreadable(file string, err error) {
	var r *refusal
	if errors.As(err, &r) {
		c.add(file, 0, r.fix, "%s", r.msg).as(r.kind, "")
		return
	}
	c.add(file, 0, "check that the file exists, is readable and is not a link to itself", "%s", "cannot read: "+plainErr(err))
}

// read returns the content of one file of the layer. It reads only
// regular files, at most maxFileSize bytes of them, and in a folder on
// disk only files inside it: a named pipe would block forever, a device
// such as /dev/zero never ends, and a symbolic link could lead anywhere.
// Those give a *refusal. The type is checked before the file is opened
// (opening a device can have effects) and again on the open file.
func (l Layer) read(name string) ([]byte, error) {
	data, err := l.readFile(name)
	if err == nil && l.digests != nil {
		l.digests.add(name, data)
	}
	return data, err
}

// Digests are the SHA-256 sums of the files a layer's loading read, by
// name: the bytes the organisation was made from (Layer.Recording). Safe
// for concurrent use.
type Digests struct {
	mu   sync.Mutex
	sums map[string][sha256.Size]byte
}

func (d *Digests) add(name string, data []byte) {
	sum := sha256.Sum256(data)
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.sums == nil {
		d.sums = map[string][sha256.Size]byte{}
	}
	d.sums[name] = sum
}

// Sum is the SHA-256 of file name as it was read, and whether it was.
func (d *Digests) Sum(name string) ([sha256.Size]byte, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	sum, ok := d.sums[name]
	return sum, ok
}

// Recording returns the layer as one that records the sums of the files
// it reads, and those sums: what a cache of the loaded organisation must
// record, since a file may change between being read and being looked at
// again.
func (l Layer) Recording() (Layer, *Digests) {
	l.digests = &Digests{}
	return l, l.digests
}

func (l Layer) readFile(name string) ([]byte, error) {
	if l.dir == "" {
		return readFS(l.FS, name)
	}
	if err := inside(l.dir, name); err != nil {
		return nil, err
	}
	// The root keeps every step of the name inside the folder, even if a
	// link changes between the check above and the open.
	root, err := os.OpenRoot(l.dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	info, err := root.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := regular(info); err != nil {
		return nil, err
	}
	f, err := root.OpenFile(name, os.O_RDONLY|filekind.OpenNonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f)
}

// readFS reads a file of any file system (the embedded content, tests).
func readFS(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := regular(info); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f)
}

// readLimited reads an open file, refusing it if it is not a regular file
// or holds more than maxFileSize bytes.
func readLimited(f fs.File) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := regular(info); err != nil {
		return nil, err
	}
	tooLarge := &refusal{msg: fmt.Sprintf("is larger than %d MB", maxFileSize>>20), fix: "split it into several files", kind: KindFileTooLarge}
	if info.Size() > maxFileSize {
		return nil, tooLarge
	}
	// Read into a buffer of the size the file has (as os.ReadFile does),
	// not one grown by doubling; a file that grows meanwhile is still read
	// to its end, up to the bound.
	data := make([]byte, 0, info.Size()+1)
	r := io.LimitReader(f, maxFileSize+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(data) > maxFileSize {
		return nil, tooLarge
	}
	return data, nil
}

// regular refuses anything but a regular file, naming what it is.
func regular(info fs.FileInfo) error {
	what, ok := filekind.Of(info.Mode())
	switch {
	case ok:
		return nil
	case info.IsDir():
		return &refusal{msg: "is a folder, not a file", fix: "a content file must be a file; rename the folder"}
	case what == "":
		what = "not a regular file"
	default:
		what += ", not a regular file"
	}
	return &refusal{msg: "is " + what + "; dutymap reads only regular files", fix: "replace it with a regular file, or remove it"}
}

// inside refuses a name that leads, through symbolic links, outside the
// folder dir, or to nothing. A folder given by --content may itself be a
// link; only where its files lead matters.
func inside(dir, name string) error {
	path := filepath.Join(dir, filepath.FromSlash(name))
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		// A dangling link says so; other failures (a loop, a missing
		// file) are reported by the open that follows.
		if link, lerr := os.Readlink(path); lerr == nil && errors.Is(err, fs.ErrNotExist) {
			return &refusal{msg: fmt.Sprintf("is a symbolic link to %s, which does not exist", link), fix: "fix the link or remove it"}
		}
		return nil
	}
	base, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil
	}
	if abs, err := filepath.Abs(base); err == nil {
		base = abs
	}
	if abs, err := filepath.Abs(target); err == nil {
		target = abs
	}
	rel, err := filepath.Rel(base, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return &refusal{msg: fmt.Sprintf("is a symbolic link to %s, outside the content folder; dutymap does not follow links out of it", target),
			fix: "copy the file into the folder, or add the folder it is in with another --content"}
	}
	return nil
}
