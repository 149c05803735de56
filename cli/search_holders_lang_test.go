package cli

import (
	"regexp"
	"testing"
)

// A role question's note on standard error is one sentence in the
// interface language: the units are named as the duties below it are, in
// the language the query is answered in, and the counts are the
// sentence's words (tryout27 P9: a Chinese note said "(1 duty)").
func TestSearchHoldersNoteCountsInItsLanguage(t *testing.T) {
	r := run(t, "search", "who approves the budget", "--lang", "zh").ok(t)
	mustContain(t, r.err, "dutymap search：这些职责的批准：Finance department (1 项职责)")
	if english := regexp.MustCompile(`\(\d+ dut(y|ies)\)`); english.MatchString(r.err) {
		t.Errorf("English counts in a Chinese note:\n%s", r.err)
	}
	r = run(t, "search", "谁批准价格", "--lang", "en").ok(t)
	mustContain(t, r.err, "dutymap search: Accountable for these duties: 市场部 (")
	if chinese := regexp.MustCompile(`\(\d+ 项`); chinese.MatchString(r.err) {
		t.Errorf("Chinese counts in an English note:\n%s", r.err)
	}
	mustContain(t, r.err, " duties), ")
}
