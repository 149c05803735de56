package cli

import (
	"github.com/dutymap/dutymap/content"
)

// The JSON form of content problems, as `validate --json` prints them
// and `check --json` prints them when the content is invalid: an editor
// or a CI job reads file, line, what is wrong and the fix without
// scraping the text (tryout24 H25).
type (
	jsonValidation struct {
		// Valid: the content loads (notes aside, no problem).
		Valid    bool          `json:"valid"`
		Problems []jsonProblem `json:"problems"`
		// Notes are remarks about the content as a whole that no file
		// line carries (a folder's departments merged into built-in ones).
		Notes   []string         `json:"notes"`
		Summary jsonProblemCount `json:"summary"`
		// Content counts what valid content holds ("2 departments, …"),
		// as validate's ok line does; empty when it is not valid.
		Content string `json:"content,omitempty"`
	}
	jsonProblem struct {
		Severity string `json:"severity"` // "error", or "note": how the content is read
		File     string `json:"file"`
		Line     int    `json:"line"` // 0 when the problem is about the whole file
		Message  string `json:"message"`
		Fix      string `json:"fix"`
	}
	jsonProblemCount struct {
		Errors int `json:"errors"`
		Notes  int `json:"notes"`
	}
)

// problemsJSON is ps as JSON rows, and their counts.
func problemsJSON(ps content.Problems) ([]jsonProblem, jsonProblemCount) {
	out := make([]jsonProblem, 0, len(ps))
	var n jsonProblemCount
	for _, p := range ps {
		sev := "error"
		if p.Note {
			sev = "note"
			n.Notes++
		} else {
			n.Errors++
		}
		out = append(out, jsonProblem{Severity: sev, File: p.File, Line: p.Line, Message: p.Msg, Fix: p.Fix})
	}
	return out, n
}
