package cli

import (
	"strings"
	"testing"
)

// commonWordsOrg is a folder whose duties say common words inside phrases
// and abbreviations: "set up", "log in", "follow-up", "M&A", "AT&T".
func commonWordsOrg(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{"en/x.md": `---
id: x
name: Xdept
---

## Work {#work}

- Set up the booth.
- Log in to the portal.
- Write the follow-up notes.
- Keep the sign-in sheet.
- Prepare M&A due diligence.
- Run the Q&A sessions.
- Keep AT&T contracts.
`})
}

// A stop word the index drops, kept as the query's last word ("up" of
// "set up", "in" of "log in", "A" of "M&A"), is no word a duty fails to
// mention (hostile13 #9): the duty that says it is the answer, with no
// note; a query of such words alone is too common to search on.
func TestSearchStopWordIsNotUnmentioned(t *testing.T) {
	dir := commonWordsOrg(t)
	for q, want := range map[string]string{
		"set up":    "Set up the booth.",
		"follow-up": "Write the follow-up notes.",
		"log in":    "Log in to the portal.",
		"sign in":   "Keep the sign-in sheet.",
		"M&A":       "Prepare M&A due diligence.",
		"Q&A":       "Run the Q&A sessions.",
		// A name written with symbols is a word of its own (lex28):
		// AT&T was its stop words "at" and "t", too common to search on.
		"AT&T": "Keep AT&T contracts.",
	} {
		r := searchIn(t, dir, q).ok(t)
		if r.err != "" {
			t.Errorf("%q: a note %q, want none", q, r.err)
		}
		if first, _, _ := strings.Cut(r.out, "\n"); !strings.HasSuffix(first, want) {
			t.Errorf("%q: first result %q, want %q", q, first, want)
		}
	}
	for q, want := range map[string]string{
		"up": "dutymap search: too common to search on: “up”; closest:\n  x/work/1  Xdept › Work › Set up the booth.",
	} {
		r := searchIn(t, dir, q).fails(t, 1)
		if !strings.HasPrefix(r.err, want) || strings.Contains(r.err, "mentions") {
			t.Errorf("%q: stderr %q, want it to begin %q", q, r.err, want)
		}
	}
	// An abbreviation written alone is a word as written: "IT" is not
	// too common, no duty here mentions it.
	r := searchIn(t, dir, "who does IT").fails(t, 1)
	if want := "dutymap search: no duty mentions “IT”"; !strings.HasPrefix(r.err, want) {
		t.Errorf("who does IT: stderr %q, want it to begin %q", r.err, want)
	}
}

// A word the duties of the other language mention is mentioned, and a
// word typed twice is named once (hostile13 #9): "price 定价" is no
// query whose "price" no duty says.
func TestSearchMixedLanguagesWordMentioned(t *testing.T) {
	for _, q := range []string{"price 定价", "price 定价 price", "定价 price"} {
		r := run(t, "--no-cache", "search", q).ok(t)
		if strings.Contains(r.err, "price") {
			t.Errorf("%q: the note names price, which English duties say: %q", q, r.err)
		}
	}
	dir := searchOrg(t)
	r := searchIn(t, dir, "zebra contracts zebra").ok(t)
	if want := "dutymap search: no duty mentions “zebra”; the results match the other words\n"; r.err != want {
		t.Errorf("a word typed twice: stderr %q, want %q", r.err, want)
	}
}

// A word in straight single quotes is the exact term it begins: the
// closing quote is punctuation (hostile13 #10). 'price' lists what 'price
// lists; a quote inside a word stays ('company's).
func TestSearchSingleQuotedWord(t *testing.T) {
	for quoted, exact := range map[string]string{
		"'price'":           "'price",
		"'定价'":              "'定价",
		"who sets 'prices'": "who sets 'prices",
		"'company's'":       "'company's",
	} {
		r, e := run(t, "--no-cache", "search", quoted).ok(t), run(t, "--no-cache", "search", exact).ok(t)
		if r.out != e.out || r.out == "" || r.err != "" {
			t.Errorf("%q:\n%s%s\n%q:\n%s", quoted, r.out, r.err, exact, e.out)
		}
	}
}

// Pinyin with tone numbers finds what it finds with tone marks or none
// (hostile13 #11); words of letters and digits that are no pinyin find
// their duties as before.
func TestSearchPinyinToneNumbers(t *testing.T) {
	for numbered, plain := range map[string]string{"ding4jia4": "dingjia", "xiao3shou4": "xiāoshòu", "sheng4chan3": "shengchan"} {
		r, e := run(t, "--no-cache", "search", numbered).ok(t), run(t, "--no-cache", "search", plain).ok(t)
		if r.out != e.out || r.out == "" {
			t.Errorf("%q:\n%s%s\n%q:\n%s", numbered, r.out, r.err, plain, e.out)
		}
	}
	r := run(t, "--no-cache", "search", "shi4chang3bu4").ok(t)
	mustContain(t, r.err, "is read as marketing")
	dir := writeFiles(t, map[string]string{"en/x.md": "---\nid: x\nname: Xdept\n---\n\n## Work {#work}\n\n" +
		"- Run B2B sales.\n- Play MP3 files.\n- Manage the 401k plan.\n- Keep support 24/7.\n- File W-2 forms.\n- Print on A4 paper.\n- Build O2O channels.\n"})
	for q, want := range map[string]string{"b2b": "B2B", "mp3": "MP3", "401k": "401k", "24/7": "24/7", "w-2": "W-2", "a4": "A4", "o2o": "O2O"} {
		r := searchIn(t, dir, q).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); !strings.Contains(first, want) || r.err != "" {
			t.Errorf("%q: %q %q", q, first, r.err)
		}
	}
}

// Hyphens (U+2010, U+2011) are -, the modifier apostrophe ʼ is ', and a
// variation selector inside a Chinese word is dropped, in the texts as in
// the query (hostile13 #15).
func TestSearchHyphensApostrophesSelectors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"en/x.md": "---\nid: x\nname: Xdept\n---\n\n## Work {#work}\n\n" +
			"- Plan the follow\u2010up meetings.\n- Keep the follow\u2011up calls.\n- Handle the customer\u02bcs refunds.\n- Check the budget.\n- Feed the zebras.\n",
		"zh/x.md": "---\nid: x\nname: 甲部\n---\n\n## 工作 {#work}\n\n- 安排后续会议。\n- 保持后续电话。\n- 处理退款。\n- 审核预\U000E0100算。\n- 喂养斑\ufe00马。\n",
	})
	for _, c := range []struct{ q, want string }{
		{"follow-up meetings", "x/work/1  Xdept › Work › Plan the follow\u2010up meetings."},
		{"follow\u2011up calls", "x/work/2  Xdept › Work › Keep the follow\u2011up calls."},
		{"customer's", "x/work/3  Xdept › Work › Handle the customer\u02bcs refunds."},
		{"customer\u02bcs refunds", "x/work/3  Xdept › Work › Handle the customer\u02bcs refunds."},
		{"预算", "x/work/4  甲部 › 工作 › 审核预\U000E0100算。"},
		{"预\ufe00算", "x/work/4  甲部 › 工作 › 审核预\U000E0100算。"},
		{"斑马", "x/work/5  甲部 › 工作 › 喂养斑\ufe00马。"}, // a word the dictionary lacks: its bigram
	} {
		r := searchIn(t, dir, c.q).ok(t)
		if first, _, _ := strings.Cut(r.out, "\n"); first != c.want || strings.Contains(r.err, "no duty") {
			t.Errorf("%q: first %q, note %q; want %q and no \"no duty mentions\"", c.q, first, r.err, c.want)
		}
	}
}
