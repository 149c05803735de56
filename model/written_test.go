package model

import "testing"

// TestInOtherLanguage is the one test of a text left in the other
// language (tryout12 #7): Chinese pasted into the English file, English
// left untranslated in the Chinese one; and the texts that are normal in
// each language, which must not be taken for it: names, abbreviations,
// codes and product names, Latin words inside Chinese, Chinese words
// inside English, Japanese and Korean in the first language's slot.
func TestInOtherLanguage(t *testing.T) {
	for _, tc := range []struct {
		en, zh string
		want   [NumLangs]bool // in En, in Zh
	}{
		// Pasted or left over.
		{"组织新员工培训。", "组织新员工培训。", [NumLangs]bool{true, false}},
		{"组织新员工培训。", "组织员工培训。", [NumLangs]bool{true, false}},
		{"组织 KPI 考核。", "组织 KPI 考核。", [NumLangs]bool{true, false}},
		{"负责 PR", "负责公关", [NumLangs]bool{true, false}},
		{"Review pull requests.", "Review pull requests.", [NumLangs]bool{false, true}},
		{"Review pull requests.", "Review the pull requests.", [NumLangs]bool{false, true}},
		{"Run the 双十一 campaign.", "Run the 双十一 campaign.", [NumLangs]bool{false, true}},
		{"Organise training.", "Organise training.", [NumLangs]bool{false, true}},
		{"Vérifier les factures.", "Vérifier les factures.", [NumLangs]bool{false, true}},
		{"Проверять счета.", "Проверять счета.", [NumLangs]bool{false, true}},
		{"组织员工培训。", "Organise staff training.", [NumLangs]bool{true, true}}, // swapped
		// Normal.
		{"Organise staff training.", "组织员工培训。", [NumLangs]bool{false, false}},
		{"Run the 双十一 campaign.", "策划双十一活动。", [NumLangs]bool{false, false}},
		{"Maintain the 微信公众号 account.", "维护微信公众号。", [NumLangs]bool{false, false}},
		{"Optimise SEO and SEM.", "负责 SEO 和 SEM 优化。", [NumLangs]bool{false, false}},
		{"Use Salesforce to track leads.", "用 Salesforce 跟进潜在客户。", [NumLangs]bool{false, false}},
		{"KPI", "KPI", [NumLangs]bool{false, false}},
		{"ISO 9001", "ISO 9001", [NumLangs]bool{false, false}},
		{"CRM", "CRM", [NumLangs]bool{false, false}},
		{"OKR/KPI", "OKR/KPI", [NumLangs]bool{false, false}},
		{"3.2.1", "3.2.1", [NumLangs]bool{false, false}},
		{"社員研修を行う。", "组织员工培训。", [NumLangs]bool{false, false}}, // Japanese in the first slot
		{"직원 교육을 실시한다.", "组织员工培训。", [NumLangs]bool{false, false}},
		{"Organise staff training.", "", [NumLangs]bool{false, false}}, // missing is not "in the other language"
		{"", "Organise staff training.", [NumLangs]bool{false, true}},
	} {
		text := Text{tc.en, tc.zh}
		for _, l := range Langs {
			if got := text.InOtherLanguage(l); got != tc.want[l] {
				t.Errorf("%q / %q: in %s, InOtherLanguage = %v, want %v", tc.en, tc.zh, l.Code(), got, tc.want[l])
			}
			if got, want := text.WrittenIn(l), text.Has(l) && !tc.want[l]; got != want {
				t.Errorf("%q / %q: WrittenIn(%s) = %v, want %v", tc.en, tc.zh, l.Code(), got, want)
			}
		}
	}
}

// BenchmarkInOtherLanguage: the test on a duty's two texts, as the loader,
// check and compare run it on every duty.
func BenchmarkInOtherLanguage(b *testing.B) {
	t := Text{"Collect and analyse business data to support the sales plan.", "收集并分析经营数据，为销售计划提供依据。"}
	for b.Loop() {
		for _, l := range Langs {
			if t.InOtherLanguage(l) {
				b.Fatal("translated text taken for untranslated")
			}
		}
	}
}
