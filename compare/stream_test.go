package compare_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dutymap/dutymap/compare"
	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/synth"
	"github.com/dutymap/dutymap/model"
)

// reportJSON is the JSON of a whole Report, as JSON wrote it before it
// streamed: the reference the streaming writer must match byte for byte.
func reportJSON(t *testing.T, r *compare.Result, l model.Lang) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r.Report(l)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestStreamedJSONIsTheReport: WriteJSON writes, a duty at a time, exactly
// what encoding the whole Report gives, for comparisons with and without
// relations, topics, traits and shared duties, in both languages.
func TestStreamedJSONIsTheReport(t *testing.T) {
	builtin, err := content.Load(content.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	gen := synth.Generate(3000, 4)
	cases := []*compare.Result{
		compare.Departments(builtin, nil, builtin.Department("marketing"), builtin.Department("sales")),
		compare.Departments(builtin, nil, builtin.Department("finance"), builtin.Department("security")),
		compare.Departments(gen, nil, gen.Departments[0], gen.Departments[1]),
		compare.Departments(gen, nil, gen.Departments[2], gen.Departments[2]),
	}
	for i, r := range cases {
		for _, l := range model.Langs {
			got, err := compare.JSON(r, l)
			if err != nil {
				t.Fatal(err)
			}
			if want := reportJSON(t, r, l); string(got) != want {
				t.Errorf("case %d %v: streamed JSON differs from the Report's", i, l)
			}
			var md strings.Builder
			if err := compare.WriteMarkdown(&md, r, l); err != nil || md.String() != compare.Markdown(r, l) || !strings.HasSuffix(md.String(), "\n") || strings.HasSuffix(md.String(), "\n\n") {
				t.Errorf("case %d %v: WriteMarkdown differs from Markdown or does not end in one newline: %q", i, l, md.String()[max(0, md.Len()-20):])
			}
		}
	}
}

// failingWriter fails after n bytes, as a full disk does.
type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errFull
	}
	return len(p), nil
}

var errFull = bytes.ErrTooLarge

// TestWritersReportWriteErrors: a failed write is returned, not lost.
func TestWritersReportWriteErrors(t *testing.T) {
	gen := synth.Generate(3000, 4)
	r := compare.Departments(gen, nil, gen.Departments[0], gen.Departments[1])
	if err := compare.WriteJSON(&failingWriter{1000}, r, model.En); err != errFull {
		t.Errorf("WriteJSON: %v", err)
	}
	if err := compare.WriteMarkdown(&failingWriter{1000}, r, model.En); err != errFull {
		t.Errorf("WriteMarkdown: %v", err)
	}
}
