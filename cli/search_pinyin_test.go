package cli

import (
	"strings"
	"testing"
)

// pinyinOrg is a small Chinese organisation whose words the segmenter
// cuts otherwise than a reader does (每周五盘点库存: 五盘, no 盘点), with a
// word of ü (法律), positions with Chinese names, and an English page
// holding "fall", one letter off "falu".
var pinyinOrg = map[string]string{
	"zh/仓储部.md": `---
id: warehouse
name: 仓储部
---

## 保管员 {#keeper .position}

- 每周五盘点库存

## 发货员 {#shipper .position}

- 两天内发出客户订单
`,
	"zh/法务部.md": `---
id: legal
name: 法务部
---

## 主要职责 {#duties}

- 为业务部门提供法律咨询。
- 审核公司对外签订的各类合同。
`,
	"en/events.md": `---
id: events
name: Events department
---

## Duties {#duties}

- Plan the fall fair.
`,
}

// pinyinRun runs dutymap on pinyinOrg alone.
func pinyinRun(t *testing.T, args ...string) result {
	t.Helper()
	return run(t, append([]string{"--builtin=false", "--content", writeFiles(t, pinyinOrg)}, args...)...)
}

// Pinyin with ü finds its word however ü is typed: v as input methods
// take it, ü, ü with its tone mark, ü with a tone number, or u where the
// keyboard has no ü (tryout15 #8: all but falv found nothing and "did you
// mean “fall”?").
func TestSearchPinyinWithU(t *testing.T) {
	const want = "legal/duties/1  法务部 › 主要职责 › 为业务部门提供法律咨询。\n"
	for _, q := range []string{"falv", "fǎlǜ", "falü", "FALÜ", "falu", "fa3lü4", "fa3lv4", "fa3lu4", "falvzixun", "faluzixun"} {
		r := pinyinRun(t, "search", "--limit", "1", q)
		if r.code != 0 || r.out != want || r.err != "" {
			t.Errorf("search %s: exit %d\n%s%s\nwant exit 0 and %q, no note", q, r.code, r.out, r.err, want)
		}
	}
}

// Pinyin typed joined finds what the Chinese it spells finds, where the
// segmenter cut the text otherwise (每周五盘点库存 holds 五盘, not 盘点),
// and across two words side by side (法律 咨询); a position's name typed
// in pinyin is the position, in search and in show (tryout15 #9, #13).
func TestSearchJoinedPinyin(t *testing.T) {
	for _, c := range [][2]string{{"pandian", "盘点"}, {"falvzixun", "falv zixun"}, {"fahuoyuan", "发货员"}, {"fa huo yuan", "发货员"}} {
		got := pinyinRun(t, "search", "--owners", c[0])
		want := pinyinRun(t, "search", "--owners", c[1]).ok(t)
		if got.code != 0 || got.out != want.out {
			t.Errorf("search --owners %s: exit %d\n%s%s\nwant what %s finds:\n%s", c[0], got.code, got.out, got.err, c[1], want.out)
		}
	}
	r := pinyinRun(t, "search", "--owners", "fahuoyuan").ok(t)
	if first, _, _ := strings.Cut(r.out, "\n"); first != "仓储部 › 发货员  (1 项职责)" || r.err != "dutymap search: \"fahuoyuan\" is read as warehouse/shipper (发货员)\n" {
		t.Errorf("search --owners fahuoyuan:\n%s%s\nwant the shipper first, with the note", r.out, r.err)
	}
	for _, ref := range []string{"fahuoyuan", "fa huo yuan", "fa1huo4yuan2"} {
		r = pinyinRun(t, "show", ref).ok(t)
		if !strings.Contains(r.out, "# 发货员") || !strings.Contains(r.out, "两天内发出客户订单") || r.err != "dutymap show: \""+ref+"\" is read as warehouse/shipper (发货员)\n" {
			t.Errorf("show %s:\n%s%s\nwant the shipper's page, with the note", ref, r.out, r.err)
		}
	}
	// A start of the name is no name: nothing spells it whole.
	pinyinRun(t, "show", "fahuo").fails(t, 1)
}

// Pinyin written with its marks is no slip of an English word: where no
// text reads so, the note names it without "did you mean" (tryout15 #8:
// "did you mean “fall”?" for fǎlǜ). Plain letters may be either, and
// keep their suggestion.
func TestSearchMarkedPinyinNoEnglishSuggestion(t *testing.T) {
	files := map[string]string{"en/events.md": pinyinOrg["en/events.md"]}
	dir := writeFiles(t, files)
	for _, q := range []string{"fǎlǜ", "falü", "fa3lu4"} {
		r := run(t, "--builtin=false", "--content", dir, "search", q).fails(t, 1)
		if strings.Contains(r.err, "did you mean") || !strings.Contains(r.err, "no duty mentions “"+q+"”") {
			t.Errorf("search %s:\n%s\nwant no duty mentions it, no suggestion", q, r.err)
		}
	}
	r := run(t, "--builtin=false", "--content", dir, "search", "falu").fails(t, 1)
	mustContain(t, r.err, "did you mean “fall”?")
}

// Between words as close to a slip, the one keeping every typed letter
// is suggested: "dealrs" is "dealers" with a letter left out, as close as
// "deals" (the typed r dropped), which more texts hold (tryout15 nit 9).
func TestSearchSuggestsWordKeepingTypedLetters(t *testing.T) {
	r := run(t, "search", "--owners", "who trains dealrs").fails(t, 1)
	if !strings.HasPrefix(r.err, "dutymap search: no duty mentions “dealrs” (did you mean “dealers”?)") {
		t.Errorf("who trains dealrs: stderr\n%s\nwant did you mean “dealers”", r.err)
	}
}

// A slip of a word the synonym list knows, which no text holds, is
// suggested as that word, and the closest results are what the word
// itself finds through its related terms, not texts sharing the typed
// letters: "recruting" as recruit reaches the HR department (tryout15
// nit 6: "Report customers' experience…" came first).
func TestSearchSlipOfListedWord(t *testing.T) {
	r := run(t, "search", "--owners", "--limit", "2", "who does recruting").fails(t, 1)
	want := run(t, "search", "--owners", "--limit", "2", "who does recruit").fails(t, 1)
	_, closest, _ := strings.Cut(want.err, "closest:\n")
	lines := strings.SplitAfter(closest, "\n")
	closest = strings.Join(lines[:min(2, len(lines))], "")
	if !strings.HasPrefix(r.err, "dutymap search: no duty mentions “recruting” (did you mean “recruit”?); closest:\n"+closest) || !strings.Contains(closest, "hr/responsibilities/1") {
		t.Errorf("who does recruting: stderr\n%s\nwant did you mean “recruit” and recruit's closest:\n%s", r.err, closest)
	}
}
