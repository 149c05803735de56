package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
)

// part is a part of a workbook as rezip writes it: its name and text,
// deflated anew; or, with header, its bytes as stored under that header,
// whose sizes and checksum are written as they are (a part that is not
// what the zip's directory says, or a deflate stream made by hand); or,
// with stored, a part of the workbook copied as it is stored.
type part struct {
	name   string
	body   []byte
	header *zip.FileHeader
	stored *zip.File
}

// entry is a part of the workbook rezip is writing again, as its edit is
// given it: its name, and its text, unzipped only when asked for (a
// picture of 300 MB is copied as stored).
type entry struct {
	t *testing.T
	f *zip.File // nil: after the last part
}

func (e entry) name() string {
	if e.f == nil {
		return ""
	}
	return e.f.Name
}

func (e entry) body() []byte {
	e.t.Helper()
	rc, err := e.f.Open()
	if err != nil {
		e.t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// same is the part as it is: none after the last part.
func (e entry) same() []part {
	if e.f == nil {
		return nil
	}
	return []part{{stored: e.f}}
}

// rezip is book written again part by part, the one way the tests make a
// workbook hostile: edit is given each part and returns the parts to
// write in its place (e.same() keeps it, nil drops it); given once more
// an entry whose name is "" after the last part, it returns the parts to
// add.
func rezip(t *testing.T, book []byte, edit func(e entry) []part) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	write := func(p part) {
		if p.stored != nil {
			if err := zw.Copy(p.stored); err != nil {
				t.Fatal(err)
			}
			return
		}
		var w io.Writer
		var err error
		if p.header != nil {
			h := *p.header
			h.Name = p.name
			w, err = zw.CreateRaw(&h)
		} else {
			w, err = zw.Create(p.name)
		}
		if err != nil {
			t.Fatal(err)
		}
		w.Write(p.body)
	}
	for _, f := range zr.File {
		for _, p := range edit(entry{t, f}) {
			write(p)
		}
	}
	for _, p := range edit(entry{t, nil}) {
		write(p)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
