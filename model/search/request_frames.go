package search

import (
	"slices"

	"github.com/dutymap/dutymap/model/analysis"
)

// The frames a person puts round the question they mean, in both
// languages: the asker's own next step ("who do I go to about
// complaints", "where do I go for training", "who should they contact",
// 培训问谁), a polite opening ("I'd like to know who sets prices", "I was
// wondering who …", 我想知道…, 麻烦问下…, 请教一下…) and "how much" ("who
// decides how much we spend on advertising"). Each asks what the plain
// who-question asks; none of its words is work a duty could mention
// (tryout27 X9, X12). Closed classes of English and Chinese usage.

// askerVerbs are the verbs of the asker's going to, or getting in touch
// with, the one who does the work: "who do I go to", "who can I turn
// to", "who should I see", "who do we call", "who should they contact".
// With the asker as their subject, right after the question word, they
// frame a request; elsewhere they are work ("see to the displays", "call
// on customers", "contact the media").
var askerVerbs = []string{"go", "going", "turn", "turning", "see", "seeing", "speak", "speaking", "talk", "talking", "contact", "contacting", "call", "calling", "phone", "phoning", "ring", "email", "e-mail", "mail", "write", "writing", "approach", "reach", "ask", "asking"}

// askerAfter are the words that may follow an asker's verb in its
// frame: the preposition of whom it goes to, or of what about ("go to",
// "see about", "call for", "talk to … with"). An object right after it
// makes the verb work ("who do I see the reports with").
var askerAfter = []string{"to", "about", "for", "with", "on", "regarding", "concerning", "re", "over", "if", "when"}

// askerPhrases are the asker's verbs of several words: "who do I reach
// out to", "who do I get in touch with", "who should I go and see".
var askerPhrases = [][]string{
	{"reach", "out"}, {"get", "in", "touch"}, {"get", "hold", "of"}, {"go", "and", "see"}, {"go", "and", "ask"},
	{"go", "and", "talk"},
}

// askerSubjects are the subject pronouns of the one asking, or of whom
// they ask for: I, we, you, they, one ("who should they contact").
var askerSubjects = []string{"i", "we", "you", "they", "he", "she", "one"}

// askerHelpers are the words between the asker and their verb that say
// it is expected of them ("who am I supposed to contact", "who are we
// meant to ask"), and askerAdjectives those before the one asked for in
// "the right person to ask", "the best team to contact": the frame's,
// between its question word and its verb only.
var (
	askerHelpers    = []string{"supposed", "meant", "expected", "able", "allowed", "gonna", "ought"}
	askerAdjectives = []string{"right", "best", "correct", "proper", "appropriate", "relevant", "usual"}
)

// zhAskerVerbs are the Chinese verbs of asking and finding right before a
// word asking who (培训问谁, 该找哪个部门, 请教谁): the request's frame, as
// 找谁 is; and 问 after 找谁 at the end (培训找谁问).
var zhAskerVerbs = []string{"问", "找", "请教", "问问"}

// openingWords are the words a polite English opening is made of before
// its question word, besides stop words, fillers and the words framing a
// request (ask, need, want, tell, know, find …): "I'd like to know",
// "I was wondering", "do you happen to know", "any idea", "quick
// question", "sorry to bother you". Before the question word and
// nothing but such words before them, they ask nothing of their own.
var openingWords = []string{"i'd", "i'm", "i've", "i'll", "like", "love", "wondering", "wonder", "wondered", "curious", "happen", "happens", "idea", "ideas", "just", "trying", "hi", "hello", "hey", "excuse", "sorry", "bother", "quick", "question", "please", "anyone", "anybody", "let", "out"}

// zhOpenings are the pieces a polite Chinese opening is made of, as the
// segmenter cuts them, at the start of a question: 我想知道, 想知道, 麻烦问下,
// 麻烦问一下, 请教一下, 打听一下, 请问一下, 你知道, 有人知道, 想了解一下,
// 能告诉我, 打扰一下. zhOpeningMarks are those that make the run an
// opening: the asker or the one asked (我, 你), or a word of asking
// politely (麻烦, 请教, 打听, 请问); 知道, 了解 or 告诉 alone at the start
// may be work (了解市场 …).
var (
	zhOpenings     = []string{"我", "我想", "想", "你", "您", "你们", "有人", "大家", "请", "请问", "麻烦", "劳驾", "打扰", "请教", "打听", "想问", "问一下", "问问", "问", "知道", "了解", "告诉", "告诉我", "能", "可以", "能否", "你好", "您好", "不好意思"}
	zhOpeningMarks = []string{"我", "我想", "想", "你", "您", "你们", "有人", "大家", "请", "请问", "麻烦", "劳驾", "打扰", "请教", "打听", "想问", "问一下", "问问", "你好", "您好", "不好意思"}
)

// zhTrouble are the words a Chinese request says what went wrong with
// its work in, between the work and the word asking who (考勤有问题找谁,
// 考勤出了问题找谁, 工资不对找谁, 工资算错了找谁, 报销有疑问该找谁): the asker's
// trouble, no work a duty says. zhTroubleStarts are those a trouble may
// begin with: a verb of having or going wrong, so that 质量问题找谁 keeps
// 问题 (quality problems are work).
var (
	zhTrouble       = []string{"有", "出", "了", "问题", "疑问", "毛病", "不对", "有误", "出错", "算错", "搞错", "弄错", "错", "算", "搞", "弄"}
	zhTroubleStarts = []string{"有", "出", "不对", "有误", "出错", "算错", "搞错", "弄错", "算", "搞", "弄"}
	// zhTroubleCores are the words a trouble must hold: what is wrong.
	zhTroubleCores = []string{"问题", "疑问", "毛病", "不对", "有误", "出错", "算错", "搞错", "弄错", "错"}
)

// requestFrame marks, among a query's n tokens, the words of the frame a
// request puts round its question (leave): the asker's verb
// (askerVerbs) after the question word and the asker as its subject,
// where no word of the work follows it ("who do I go to about",
// "who should they contact"); a polite opening before the question word
// (openingWords, zhOpenings); "much" and "many" after "how"; 问 (ask)
// or 请教 right before a Chinese word asking who (培训问谁, 该问哪个部门); and
// the asker's trouble before it (zhTrouble: 考勤有问题找谁).
//
// It returns the token of a word asking where that asks who, or -1:
// "where do I go for training" asks who trains.
func requestFrame(n int, tok func(i int) frameTok, leave func(i int)) (where int) {
	where = -1
	ts := make([]frameTok, n)
	for i := range n {
		ts[i] = tok(i)
	}
	asker := func(f string) bool { return analysis.AsksWho(f) || analysis.AsksWhich(f) || f == "where" }
	for i, t := range ts {
		switch {
		case t.han:
			if slices.Contains(zhAskerVerbs, t.folded) && (i+1 < n && analysis.AsksWho(ts[i+1].folded) || i == n-1 && i > 0 && ts[i-1].folded == "找谁") {
				leave(i)
			}
		case slices.Contains(askerVerbs, t.folded) || slices.ContainsFunc(askerPhrases, func(ph []string) bool { return ph[0] == t.folded }):
			k := askerVerbAt(ts, i)
			if k == 0 || i+k < n && !slices.Contains(askerAfter, ts[i+k].folded) {
				continue
			}
			frame, at := askedByAsker(ts, i, asker)
			if at < 0 {
				continue
			}
			for _, j := range frame {
				leave(j)
			}
			for j := i; j < i+k; j++ {
				leave(j)
			}
			// The preposition after the verb is the frame's: "regarding"
			// is "about"; and one the question ends with ("who should they
			// talk to") is no word being typed.
			if i+k < n && (i+k+1 == n || !ts[i+k].out) {
				leave(i + k)
			}
			if ts[at].folded == "where" {
				where = at
			}
		case (t.folded == "want" || t.folded == "need" || t.folded == "wants" || t.folded == "needs") && i > 0 && slices.Contains(askerSubjects, ts[i-1].folded):
			// "if I want training", "we need brochures": what the asker
			// wants is the work, the wanting the frame's.
			leave(i)
		case (t.folded == "much" || t.folded == "many") && i > 0 && ts[i-1].folded == "how":
			leave(i)
		}
	}
	for _, i := range opening(ts, asker) {
		leave(i)
	}
	for _, i := range zhTroubleAt(ts) {
		leave(i)
	}
	return where
}

// askerVerbAt returns how many tokens from i make an asker's verb
// (askerVerbs, askerPhrases), or 0.
func askerVerbAt(ts []frameTok, i int) int {
	for _, ph := range askerPhrases {
		if i+len(ph) <= len(ts) && slices.EqualFunc(ts[i:i+len(ph)], ph, func(t frameTok, w string) bool { return !t.han && t.folded == w }) {
			return len(ph)
		}
	}
	if slices.Contains(askerVerbs, ts[i].folded) {
		return 1
	}
	return 0
}

// askedByAsker reports whether the English verb at token i has the asker
// as its subject in a question's clause, and returns the word asking who
// or where at token at (or -1), and the words of the frame between that
// are no stop words or fillers. Right before the verb, past stop words
// and fillers ("need to") and helpers ("supposed to"), stands a subject
// pronoun, or "to" ("who to ask", "the right person to ask"); before
// that, past stop words, fillers and the adjectives of "the right
// person", a word asking who or where.
func askedByAsker(ts []frameTok, i int, asker func(string) bool) (frame []int, at int) {
	subject := i > 0 && ts[i-1].folded == "to"
	for j := i - 1; j >= 0; j-- {
		switch t := ts[j]; {
		case t.han:
			return nil, -1
		case slices.Contains(askerSubjects, t.folded):
			subject = true
		case asker(t.folded):
			if !subject {
				return nil, -1
			}
			return frame, j
		case slices.Contains(askerHelpers, t.folded) || slices.Contains(askerAdjectives, t.folded):
			frame = append(frame, j)
		case !t.out:
			return nil, -1
		}
	}
	return nil, -1
}

// opening returns the tokens of a polite opening at the start of a
// query: in English, the words before its first question word when every
// one is a stop word, a filler or an opening's word ("I'd like to know
// who …": "know" is a filler, though after "like" no longer read so); in Chinese, the run of opening pieces it begins with, if one
// of them marks an opening (我想知道, 麻烦问下, 请教一下), and something is
// left after it.
func opening(ts []frameTok, asker func(string) bool) []int {
	if len(ts) == 0 {
		return nil
	}
	if !ts[0].han {
		for i, t := range ts {
			switch {
			case t.han:
				return nil
			case asker(t.folded):
				return seq(i)
			case !t.out && !analysis.IsFiller(t.folded) && !slices.Contains(openingWords, t.folded):
				return nil
			}
		}
		return nil
	}
	marked, end := false, 0
	for end < len(ts) && ts[end].han {
		f := ts[end].folded
		if !slices.Contains(zhOpenings, f) && !(end > 0 && zhAfterOnly(f, ts[end-1].folded)) {
			break
		}
		marked = marked || slices.Contains(zhOpeningMarks, f)
		end++
	}
	if !marked || end == len(ts) {
		return nil
	}
	return seq(end)
}

// zhTroubleAt returns the tokens of a Chinese trouble (zhTrouble) right
// before the question word a question ends with, past its fillers and
// modals (该, 要, 可以), after a word of the work.
func zhTroubleAt(ts []frameTok) []int {
	q := len(ts) - 1
	for q >= 0 && ts[q].han && ts[q].out && !analysis.AsksWho(ts[q].folded) {
		q-- // 吗, 呢
	}
	if q < 1 || !ts[q].han || !analysis.AsksWho(ts[q].folded) {
		return nil
	}
	end := q
	// Past the fillers, modals and verbs of asking (该问, 要找) before it.
	for end > 0 && ts[end-1].han && (ts[end-1].out || analysis.IsRequestModal(ts[end-1].folded) || slices.Contains(zhAskerVerbs, ts[end-1].folded)) && !slices.Contains(zhTrouble, ts[end-1].folded) {
		end--
	}
	from := end
	for from > 0 && ts[from-1].han && slices.Contains(zhTrouble, ts[from-1].folded) {
		from--
	}
	for from < end && !slices.Contains(zhTroubleStarts, ts[from].folded) {
		from++
	}
	if !slices.ContainsFunc(ts[from:end], func(t frameTok) bool { return slices.Contains(zhTroubleCores, t.folded) }) ||
		!slices.ContainsFunc(ts[:from], func(t frameTok) bool { return t.han && !t.out }) {
		return nil
	}
	return seq(end)[from:]
}

// zhAfterOnly reports whether a piece of an opening is one right after
// the piece before it: "a little" after a verb of asking (问下, 请教一下,
// 打听一下), 好 of 您好 as the segmenter cuts it; elsewhere they begin work
// (我想下单, 好评).
func zhAfterOnly(piece, before string) bool {
	switch piece {
	case "下", "一下":
		return slices.Contains([]string{"问", "请问", "想问", "请教", "打听", "了解", "打扰", "麻烦"}, before)
	case "好":
		return before == "你" || before == "您"
	}
	return false
}

// seq returns 0, 1, …, n-1.
func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
