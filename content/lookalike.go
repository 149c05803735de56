package content

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/model"
)

// lookalikeRun is a run of description lines written as list items the
// way word processors, Chinese documents and quick typing write them
// ("•  Set prices", "1、制定价格", "（1）制定价格", "1.制定价格", "-Set
// prices"), which Markdown does not read as list items: without a word,
// the section had no duties and its page showed them as one paragraph.
//
// Such lines are noted when they are most likely meant as duties: when
// the section they stand in has no duties, or when they stand after its
// duties ("- Set prices.\n-Review prices."), or right before one: with
// no blank line between, or as a paragraph of their own with only blank
// lines between them and the duties (a pasted list, then the duties
// written below it). A numbered list that goes on a paragraph of text
// ("Steps:\n1、审核"), or whose lines end in a hard line break, as a
// spreadsheet's description cell imports, is text as written.
type lookalikeRun struct {
	first, last int         // file lines of the run's first and last item
	count       int         // items in the run
	fixed       string      // the first item written as a list item
	dashes      bool        // every item starts with an en or em dash
	node        *model.Node // the section whose text holds the run
	adjacent    bool        // a duty stands right before or after the run
	// ownParagraph: the run starts a paragraph (after a blank line, a
	// heading or an attribute line), and no item of it ends in a hard
	// line break (a backslash), which writes lines of text on purpose.
	ownParagraph bool
}

// bullets are the characters pasted text uses for a list's bullets.
const bullets = "•·◦▪▫●○■□◆◇►▶▸‣⁃✓✔➢➤"

// lookalikeItem returns line written as a Markdown list item when it is
// one in all but Markdown's syntax (see lookalikeRun), and whether its
// marker is an en or em dash, which prose also starts lines with and so
// counts only in a run of two or more.
func lookalikeItem(line string) (fixed string, dash, ok bool) {
	if indentWidth(line) > 3 {
		return "", false, false
	}
	s := strings.TrimSpace(line)
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case (r == '-' || r == '+' || r == '*') && size < len(s):
		// "-Set prices": no space after the dash (a "-5%" or "--" is not,
		// nor "*Note:* …", emphasis)
		if next, _ := utf8.DecodeRuneInString(s[1:]); unicode.IsLetter(next) && (r != '*' || !strings.Contains(s[1:], "*")) {
			return "- " + s[1:], false, true
		}
	case strings.ContainsRune(chineseNumerals, r) || r == '（' || r == '(':
		// "一、制定价格", "（一）制定价格": numbered in Chinese numerals
		if n, size := chineseNumbered(s); n > 0 {
			if rest := strings.TrimSpace(s[size:]); rest != "" {
				return strconv.Itoa(n) + ". " + rest, false, true
			}
		}
		if r != '（' && r != '(' {
			break
		}
		// "（1）制定价格"
		digits := s[size:]
		n := leadingDigits(digits)
		if n > 0 {
			close, csize := utf8.DecodeRuneInString(digits[n:])
			if rest := strings.TrimSpace(digits[n+csize:]); (close == ')' || close == '）') && rest != "" {
				return digits[:n] + ". " + rest, false, true
			}
		}
	case strings.ContainsRune(bullets, r):
		if rest := strings.TrimSpace(s[size:]); rest != "" {
			return "- " + rest, false, true
		}
	case r == '–' || r == '—':
		if rest := s[size:]; strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) != "" {
			return "- " + strings.TrimSpace(rest), true, true
		}
	case r >= '①' && r <= '⑳':
		if rest := strings.TrimSpace(s[size:]); rest != "" {
			return strconv.Itoa(int(r-'①')+1) + ". " + rest, false, true
		}
	case r >= '0' && r <= '9':
		n := leadingDigits(s)
		mark, msize := utf8.DecodeRuneInString(s[n:])
		rest := s[n+msize:]
		switch mark {
		case '、', '．', '）', ')':
			if mark == ')' && startsSpace(rest) {
				break // "1) 制定价格", with its space, is a list item
			}
			if rest = strings.TrimSpace(rest); rest != "" {
				return s[:n] + ". " + rest, false, true
			}
		case '.':
			// "1.制定价格", "2.Review": a letter right after the dot
			// ("1.5 million", "3.2.2" and "2024." are text)
			if next, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(next) {
				return s[:n] + ". " + rest, false, true
			}
		}
	}
	return "", false, false
}

// chineseNumerals are the numerals of a list numbered in Chinese, one
// to ten (一、… 十、); past ten, 十一 and on.
const chineseNumerals = "一二三四五六七八九十"

// chineseNumbered is the number a line numbered in Chinese numerals
// starts with, "一、" or "（一）" (one to twenty), and the length of that
// start in bytes; 0 when it starts otherwise.
func chineseNumbered(s string) (n, size int) {
	paren := strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(")
	i := 0
	if paren {
		_, i = utf8.DecodeRuneInString(s)
	}
	var digits [2]int
	count := 0
	for count < 2 && i < len(s) {
		r, rs := utf8.DecodeRuneInString(s[i:])
		d := strings.IndexRune(chineseNumerals, r)
		if d < 0 {
			break
		}
		digits[count] = d/len("一") + 1
		count++
		i += rs
	}
	switch {
	case count == 1:
		n = digits[0]
	case count == 2 && digits[0] == 10 && digits[1] < 10:
		n = 10 + digits[1] // 十一 … 十九
	case count == 2 && digits[0] == 2 && digits[1] == 10:
		n = 20 // 二十
	default:
		return 0, 0
	}
	if i >= len(s) {
		return 0, 0
	}
	mark, ms := utf8.DecodeRuneInString(s[i:])
	switch {
	case paren && (mark == '）' || mark == ')'), !paren && (mark == '、' || mark == '．'):
		return n, i + ms
	}
	return 0, 0
}

// leadingDigits is the length of the run of ASCII digits s starts with,
// when it is one to three digits, as the numbers of a hand-numbered list
// are ("2024.Q3" is a year), or 0.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 3 {
		return 0
	}
	return n
}

// lookalike follows runs of lookalike items among a section's lines; a
// line that is neither one nor blank ends the run, which is then noted.
func (p *bodyParser) lookalike(line string, n int) {
	blank := strings.TrimSpace(line) == ""
	fixed, dash, ok := "", false, false
	if !blank && (p.item == nil || indentWidth(line) < p.itemIndent) {
		fixed, dash, ok = lookalikeItem(line)
	}
	run := &p.lookalikes
	hardBreak := strings.HasSuffix(strings.TrimRight(line, " \t\r"), "\\")
	switch {
	case ok && run.count > 0:
		run.last, run.count, run.dashes = n, run.count+1, run.dashes && dash
		run.ownParagraph = run.ownParagraph && !hardBreak
	case ok:
		// p.item is still the duty the lines above belong to, blank
		// lines after it included: the run follows a duty.
		*run = lookalikeRun{first: n, last: n, count: 1, fixed: fixed, dashes: dash, node: p.top(), adjacent: p.item != nil,
			ownParagraph: !p.afterText && !hardBreak}
	case !blank:
		if _, item := parseItem(line); item && run.count > 0 && (run.last == n-1 || run.ownParagraph) {
			// a duty right under the run, or below it after blank lines
			// when the run is a paragraph of its own
			run.adjacent = true
		}
		p.endLookalikes()
	}
	// Whether this line is text a run below it would go on: a heading
	// or an attribute line is not.
	level, _ := parseHeading(line)
	_, _, attr := parseAttr(strings.TrimSpace(line))
	p.afterText = !blank && level == 0 && !attr
}

// endLookalikes ends the run of lookalike items read last, if any: it is
// noted when its section closes (noteLookalikes), once it is known
// whether the section has duties.
func (p *bodyParser) endLookalikes() {
	if run := p.lookalikes; run.count > 0 && (!run.dashes || run.count >= 2) {
		p.lookRuns = append(p.lookRuns, run)
	}
	p.lookalikes = lookalikeRun{}
}

// noteLookalikes notes the runs of lookalike items in the text of n, a
// section that closes: each one next to a duty, and every one when n has
// no duties. A document's own text is left alone: a duty cannot stand
// there.
func (p *bodyParser) noteLookalikes(n *model.Node) {
	if n == p.doc || len(p.lookRuns) == 0 {
		return
	}
	hasLeaves := slices.ContainsFunc(n.Children, func(c *model.Node) bool { return c.Kind.IsLeaf() })
	kept := p.lookRuns[:0]
	for _, run := range p.lookRuns {
		switch {
		case run.node != n:
			kept = append(kept, run)
		case run.adjacent || !hasLeaves:
			p.noteLookalike(run)
		}
	}
	p.lookRuns = kept
}

// noteLookalike notes one run of lookalike items.
func (p *bodyParser) noteLookalike(run lookalikeRun) {
	leaf, leaves := p.leaf.String(), "duties"
	if leaf != "duty" {
		leaves = leaf + "s"
	}
	if run.count == 1 {
		p.c.note(p.file, run.first, "to make it a "+leaf+", write it as a Markdown list item, a marker and a space:  "+run.fixed,
			"this line looks like a %s but is not a list item, so it is read as the section's text", leaf)
		return
	}
	p.c.note(p.file, run.first, fmt.Sprintf("to make them %s, write each as a Markdown list item, a marker and a space, as in  %s", leaves, run.fixed),
		"lines %d–%d look like %d %s but are not list items, so they are read as the section's text", run.first, run.last, run.count, leaves)
}

// headingLookalike notes a line written as a heading in all but
// Markdown's syntax: "##Pricing", with no space after the #s, or "＃＃
// 定价", with the full-width ＃ a Chinese input method types. Markdown
// reads it as text, so the section is not there, and the duties under it
// stood in the section above, or outside any section, told without the
// cause. A lone "#word" is a hashtag, not a heading.
func (p *bodyParser) headingLookalike(line string, n int) {
	if indentWidth(line) > 3 || p.item != nil && indentWidth(line) >= p.itemIndent {
		return
	}
	s := strings.TrimSpace(line)
	hashes, i := 0, 0
	fullWidth := false
	for i < len(s) && hashes <= maxHeading {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '#' && r != '＃' {
			break
		}
		fullWidth = fullWidth || r == '＃'
		hashes++
		i += size
	}
	rest := s[i:]
	next, _ := utf8.DecodeRuneInString(rest)
	switch {
	case hashes == 0 || hashes > maxHeading || rest == "":
		return
	case fullWidth:
		rest = strings.TrimSpace(rest)
	case hashes >= 2 && unicode.IsLetter(next):
	default:
		return
	}
	written := strings.Repeat("#", hashes) + " " + rest
	p.lostHeading.line, p.lostHeading.written = n, written
	p.c.note(p.file, n, "to make it a heading, write #s and a space:  "+written,
		"this line looks like a heading but is not one (Markdown needs ASCII #s and a space after them), so it is read as text and its section is not there")
}

// idLookalikeRe matches the end of a heading or a duty written as an
// {#id} in all but its syntax: full-width braces or another bracket
// (｛#pricing｝, （#pricing）, [#pricing]), a full-width ＃, or a brace
// left out ({#pricing, #pricing}). The id starts with a letter, so that
// "(#42)" stays a ticket's number.
var idLookalikeRe = lazyre.New(`^(.*?)[ \t]*(?:[｛{（(\[][ \t]*[#＃](\pL[\pL\pN-]*)((?:[ \t]+[.．]\pL+)*)[ \t]*[｝}）)\]]?|[#＃](\pL[\pL\pN-]*)((?:[ \t]+[.．]\pL+)*)[ \t]*[}｝])[ \t]*$`)

// idLookalike notes a heading's or a duty's text that ends in what looks
// like its {#id} but is not read as one (see idLookalikeRe): it stays part
// of the title, and the section's id is made from the whole title, so its
// twin in the other language, and every reference to the id, miss it.
func (p *bodyParser) idLookalike(text, what string, n int) {
	// Every look-alike holds a # (or ＃): without one, the expression,
	// which backtracks over the whole line, is not run (it was half of
	// loading 100,000 duties).
	if strings.IndexByte(text, '#') < 0 && !strings.Contains(text, "＃") {
		return
	}
	m := idLookalikeRe().FindStringSubmatch(text)
	if m == nil || m[1] == "" {
		return
	}
	id, kinds := m[2], m[3]
	if id == "" {
		id, kinds = m[4], m[5]
	}
	kinds = strings.Join(strings.Fields(strings.ReplaceAll(kinds, "．", ".")), " ")
	attrs := "#" + strings.ToLower(id)
	if kinds != "" {
		attrs += " " + kinds
	}
	written := strings.TrimSpace(text[len(m[1]):])
	p.c.note(p.file, n, fmt.Sprintf("write it with ASCII braces and #:  %s {%s}", m[1], attrs),
		"%q at the end of the %s looks like its {#id} but is not written as one, so it is part of the title", written, what)
}
