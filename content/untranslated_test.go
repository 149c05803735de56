package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dutymap/dutymap/model"
)

// TestUntranslatedDutyIsNoted (tryout12 #7): a duty pasted into the other
// language's file, or copied there and never translated, loads, with a
// note at its line that says what is wrong, names the line of the other
// language's text and gives a fix that, followed, leaves no note.
func TestUntranslatedDutyIsNoted(t *testing.T) {
	for _, tc := range []struct {
		name, file, old, new, want string
		fixed                      string // the fix followed
	}{
		{"Chinese pasted into en/", "en/hr.md", "- Organise staff training.", "- 组织新员工培训。",
			`b5/en/hr.md:19: note: duty "组织新员工培训。" is in Chinese, not English (b5/zh/hr.md:18 has its Chinese text)` + "\n  write it in English here",
			"- Organise training for new staff."},
		{"the Chinese text copied into en/", "en/hr.md", "- Organise staff training.", "- 组织员工培训。",
			`b5/en/hr.md:19: note: duty "组织员工培训。" is not translated (same as b5/zh/hr.md:18)` + "\n  write it in English here",
			"- Organise staff training."},
		{"English left in zh/", "zh/hr.md", "- 办理员工保险。", "- Handle staff insurance.",
			`b5/zh/hr.md:21: note: duty "Handle staff insurance." is not translated (same as b5/en/hr.md:22)` + "\n  write it in Chinese here",
			"- 办理员工保险。"},
		{"English in zh/, reworded", "zh/hr.md", "- 办理员工保险。", "- Handle insurance for the staff.",
			`b5/zh/hr.md:21: note: duty "Handle insurance for the staff." is in English, not Chinese (b5/en/hr.md:22 has its English text)` + "\n  write it in Chinese here",
			"- 为员工办理保险。"},
		{"a topic's point", "zh/collaboration.md", "- 消费者需要什么、偏爱什么，市场部靠调研和分析来摸底。",
			"- The market department learns consumers' needs and preferences through market research and analysis.",
			`b5/zh/collaboration.md:19: note: point "The market department learns consumers' needs and preferences through market research and analysis." is not translated (same as b5/en/collaboration.md:24)` + "\n  write it in Chinese here",
			"- 市场部了解消费者的需求。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			org, ps := Check(builtinCopy(t, tc.file, tc.old, tc.new))
			if org == nil || len(ps) != 1 || ps[0].String() != tc.want {
				t.Fatalf("want the one note\n%s\ngot (org loaded: %v):\n%s", tc.want, org != nil, ps)
			}
			if _, ps := Check(builtinCopy(t, tc.file, tc.old, tc.fixed)); len(ps) != 0 {
				t.Errorf("the fix followed leaves:\n%s", ps)
			}
		})
	}
}

// TestUntranslatedFileIsOneNote: a file copied into the other language's
// folder and not translated yet is one note, at its first duty, not one
// per duty; translated in part, each duty left is noted.
func TestUntranslatedFileIsOneNote(t *testing.T) {
	en := "---\nid: a\nname: A\n---\n\n## S {#s}\n\n- Keep the books.\n- Pay the suppliers.\n\n## T {#t}\n\n- Close the year.\n"
	zh := "---\nid: a\nname: 甲\n---\n\n## 乙 {#s}\n\n- Keep the books.\n- Pay the suppliers.\n\n## 丙 {#t}\n\n- Close the year.\n"
	fsys := fstest.MapFS{"en/a.md": {Data: []byte(en)}, "zh/a.md": {Data: []byte(zh)}}
	_, ps := Check(Layer{Name: "org", Root: "org", FS: fsys})
	want := `org/zh/a.md:8: note: none of the 3 duties of "a" is translated: each is in English, as at org/en/a.md:8` + "\n  write them in Chinese, from here down to org/zh/a.md:13"
	if len(ps) != 1 || ps[0].String() != want {
		t.Fatalf("want the one note\n%s\ngot:\n%s", want, ps)
	}
	fsys["zh/a.md"].Data = []byte(strings.Replace(zh, "- Keep the books.", "- 记账。", 1))
	_, ps = Check(Layer{Name: "org", Root: "org", FS: fsys})
	if len(ps) != 2 || !strings.HasPrefix(ps[0].String(), `org/zh/a.md:9: note: duty "Pay the suppliers." is not translated (same as org/en/a.md:9)`) ||
		!strings.HasPrefix(ps[1].String(), `org/zh/a.md:13: note: duty "Close the year." is not translated (same as org/en/a.md:13)`) {
		t.Fatalf("translated in part: want a note for each duty left, got:\n%s", ps)
	}
}

// TestUntranslatedNeedsBothLanguages: an organisation written in one
// language has nothing to translate, whatever its script.
func TestUntranslatedNeedsBothLanguages(t *testing.T) {
	fsys := fstest.MapFS{"en/a.md": {Data: []byte("---\nid: a\nname: A\n---\n\n## S {#s}\n\n- 组织员工培训。\n")}}
	if org, ps := Check(Layer{Name: "one", FS: fsys}); org == nil || len(ps) != 0 {
		t.Fatalf("want no note, got:\n%s", ps)
	}
}

// TestBuiltinIsWrittenInItsLanguages: no text of the built-in content, a
// heading, duty or point, is left in the other language.
func TestBuiltinIsWrittenInItsLanguages(t *testing.T) {
	org, ps := Check(Builtin())
	for _, p := range ps {
		if strings.Contains(p.Msg, "not translated") || strings.Contains(p.Msg, ", not ") {
			t.Errorf("%s", p)
		}
	}
	for _, n := range org.Nodes() {
		for _, l := range model.Langs {
			if n.Title.InOtherLanguage(l) {
				t.Errorf("%s: %s text %q is in the other language", n.Path, l.Code(), n.Title[l])
			}
		}
	}
}
