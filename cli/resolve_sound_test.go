package cli

import (
	"strings"
	"testing"
)

// tryout12 #3: show, compare and matrix read a department's name typed
// with a character of the same sound (the pinyin keyboard's slip: 市场不
// for 市场部, 销受部 for 销售部, 财物部 for 财务部), typed as pinyin (with or
// without tones and spaces, or by initials), or one letter off a whole
// name ("markting", which letters in order also find in marketing-to-sales),
// and say on stderr how they read it. What another name or nothing reads
// as stays an error.
func TestNamesReadBySoundAndPinyin(t *testing.T) {
	for _, c := range []struct {
		args            []string
		note, firstLine string
	}{
		{[]string{"show", "市场不"}, `dutymap show: "市场不" is read as marketing (市场部)`, "# 市场部"},
		{[]string{"show", "销受部"}, `dutymap show: "销受部" is read as sales (销售部)`, "# 销售部"},
		{[]string{"show", "财物部"}, `dutymap show: "财物部" is read as finance (财务部)`, "# 财务部"},
		{[]string{"show", "markting"}, `dutymap show: "markting" is read as marketing (Marketing department)`, "# Marketing department"},
		// A Chinese name typed in pinyin is a Chinese name: the page is
		// Chinese, as for 销售部, under the English locale the tests run
		// in, unless --lang says otherwise (term7).
		{[]string{"show", "xiaoshoubu"}, `dutymap show: "xiaoshoubu" is read as sales (销售部)`, "# 销售部"},
		{[]string{"show", "xsb"}, `dutymap show: "xsb" is read as sales (销售部)`, "# 销售部"},
		// Every department alike, whatever the English file's aliases hold
		// (the built-in marketing.md lists 市场部, planning.md 策划部:
		// tryout25 T10).
		{[]string{"show", "shichangbu"}, `dutymap show: "shichangbu" is read as marketing (市场部)`, "# 市场部"},
		{[]string{"show", "scb"}, `dutymap show: "scb" is read as marketing (市场部)`, "# 市场部"},
		{[]string{"show", "cehuabu"}, `dutymap show: "cehuabu" is read as planning (策划部)`, "# 策划部"},
		{[]string{"compare", "shichangbu", "sales"}, `dutymap compare: "shichangbu" is read as marketing (市场部)`, "# 市场部 对比 销售部"},
		{[]string{"--lang", "en", "show", "xiaoshoubu"}, `dutymap show: "xiaoshoubu" is read as sales (Sales department)`, "# Sales department"},
		// --lang zh: the note itself is in Chinese too (t18).
		{[]string{"--lang", "zh", "show", "xiǎo shòu bù"}, `dutymap show："xiǎo shòu bù" 被理解为 sales（销售部）`, "# 销售部"},
		{[]string{"--lang", "zh", "show", "cwb"}, `dutymap show："cwb" 被理解为 finance（财务部）`, "# 财务部"},
		{[]string{"compare", "市场不", "销售部"}, `dutymap compare: "市场不" is read as marketing (市场部)`, "# 市场部 对比 销售部"},
		{[]string{"--lang", "en", "compare", "shichangbu", "sales"}, `dutymap compare: "shichangbu" is read as marketing (Marketing department)`, "# Marketing department vs Sales department"},
		{[]string{"matrix", "销受部"}, `dutymap matrix: "销受部" is read as sales (销售部)`, "| 职责 | 销售部 |"},
	} {
		r := run(t, c.args...).ok(t)
		if r.err != c.note+"\n" {
			t.Errorf("%q: stderr %q, want %q", c.args, r.err, c.note)
		}
		if first, _, _ := strings.Cut(r.out, "\n"); !strings.HasPrefix(first, c.firstLine) {
			t.Errorf("%q: stdout begins %q, want %q", c.args, first, c.firstLine)
		}
	}
	// A sound two names begin with, one a department's, is the
	// department, as compare reads it; the other is named beside it
	// (TestShowDepartmentByItsStart).
	r := run(t, "show", "xiaoshou").ok(t)
	mustContain(t, r.err, `"xiaoshou" is read as sales (`, `"xiaoshou" also names:`, "  sales-to-marketing ")
	// Another department's name (企划部, not 策划部), and what is neither
	// a name nor its sound, name nothing.
	mustContain(t, run(t, "show", "企划部").fails(t, 1).err, `no department, section or duty matches "企划部"`)
	mustContain(t, run(t, "compare", "企划部", "sales").fails(t, 1).err, `dutymap compare: no department matches "企划部"`)
	mustContain(t, run(t, "compare", "marketing", "x").fails(t, 1).err, `dutymap compare: no department matches "x"`)
}

// A slip in a position's name, or its plural, gets the position as a "did
// you mean", in either language (tryout26 U24); a word no name is near
// gets the departments alone.
func TestShowSuggestsNearlyNamedPositions(t *testing.T) {
	for _, c := range []struct{ ref, want string }{
		{"merchandizer", "Did you mean one of these?\n  marketing/positions/compilation-scheme/merchandiser  Merchandiser\n"},
		{"merchandisr", "  marketing/positions/compilation-scheme/merchandiser  Merchandiser\n"},
		{"customer service specialists", "  marketing/positions/furniture-scheme/customer-service-specialist  Customer service specialist\n"},
		{"理货原", "  marketing/positions/compilation-scheme/merchandiser  理货员\n"},
	} {
		r := run(t, "show", c.ref).fails(t, 1)
		mustContain(t, r.err, `no department, section or duty matches "`+c.ref+`".`, c.want)
	}
	r := run(t, "show", "zzzzzzzz").fails(t, 1)
	mustContain(t, r.err, "Departments: marketing, sales")
	if strings.Contains(r.err, "Did you mean") {
		t.Errorf("show zzzzzzzz: %q", r.err)
	}
}

// tryout13 #3: short English words and abbreviations are pinyin letters
// too ("she" begins sheng, "hq" are 后勤部's initials, "dan" begins dang,
// "yu" yun, "shi" six names). show, compare and matrix read no department
// into them: show fails and offers the department as a "did you mean",
// compare lists the departments. What a word named by its spelling
// before (go: general office, by abbreviation) it still names, and two
// whole syllables of pinyin still read.
func TestEnglishWordsAreNotReadAsPinyin(t *testing.T) {
	for word, meant := range map[string]string{"she": "production-tech", "hq": "logistics", "dan": "party-mass", "yu": "operations"} {
		r := run(t, "show", word).fails(t, 1)
		mustContain(t, r.err, `dutymap show: no department, section or duty matches "`+word+`".`, "Did you mean one of these?\n  "+meant+" ")
		if strings.Contains(r.err, "is read as") {
			t.Errorf("show %s: %q", word, r.err)
		}
		mustContain(t, run(t, "compare", word, "sales").fails(t, 1).err, `dutymap compare: no department matches "`+word+`"`)
		mustContain(t, run(t, "matrix", word).fails(t, 1).err, `no department matches "`+word+`"`)
	}
	r := run(t, "show", "shi").fails(t, 1)
	mustContain(t, r.err, `no department, section or duty matches "shi"`)
	for _, c := range []struct {
		args            []string
		note, firstLine string
	}{
		{[]string{"show", "go"}, `dutymap show: "go" is read as general-office (General manager's office)`, "# General manager's office"},
		// Pinyin, a Chinese name, compares in Chinese as show shows it
		// (tryout25 T10).
		{[]string{"compare", "xiaoshou", "marketing"}, `dutymap compare: "xiaoshou" is read as sales (销售部)`, "# 销售部 对比 市场部"},
	} {
		r := run(t, c.args...).ok(t)
		if r.err != c.note+"\n" {
			t.Errorf("%q: stderr %q, want %q", c.args, r.err, c.note)
		}
		if first, _, _ := strings.Cut(r.out, "\n"); !strings.HasPrefix(first, c.firstLine) {
			t.Errorf("%q: stdout begins %q, want %q", c.args, first, c.firstLine)
		}
	}
}
