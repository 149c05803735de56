package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
)

// attr is the key of an attribute line: a line such as "Code: 3.2.2" right
// under a section heading, or indented under a duty's first line.
type attr uint8

const (
	attrNone attr = iota
	attrSources
	attrCode
	attrAliases
	attrResponsible
	attrAccountable
	attrConsulted
	attrInformed
)

// attrKeys is the fixed table of attribute keys, lower-cased, in English and
// Chinese. A line whose key is not here is ordinary text.
var attrKeys = map[string]attr{
	"sources": attrSources, "source": attrSources, "来源": attrSources,
	"code": attrCode, "编号": attrCode,
	"aliases": attrAliases, "alias": attrAliases, "别名": attrAliases,
	"responsible": attrResponsible, "负责": attrResponsible,
	"accountable": attrAccountable, "批准": attrAccountable,
	"consulted": attrConsulted, "咨询": attrConsulted,
	"informed": attrInformed, "知会": attrInformed,
}

// attrNamesZh are the Chinese keys, as written in Chinese files.
var attrNamesZh = [...]string{"", "来源", "编号", "别名", "负责", "批准", "咨询", "知会"}

// String is the English key, for messages.
func (a attr) String() string {
	return [...]string{"", "Sources", "Code", "Aliases", "Responsible", "Accountable", "Consulted", "Informed"}[a]
}

// parseAttr reads an attribute line ("Code: 3.2.2", "编号：3.2.2"), already
// stripped of its indentation. ok is false for any other line.
func parseAttr(line string) (key attr, value string, ok bool) {
	i := strings.IndexAny(line, ":：")
	// The longest key is 11 bytes ("responsible"), spaces may follow it.
	if i <= 0 || i > 16 {
		return attrNone, "", false
	}
	key, ok = attrKeys[strings.ToLower(strings.TrimRight(line[:i], " \t"))]
	if !ok {
		return attrNone, "", false
	}
	_, size := utf8.DecodeRuneInString(line[i:])
	return key, strings.TrimSpace(line[i+size:]), true
}

// splitNames splits a list of names: by commas (either width), the Chinese
// enumeration comma and semicolons, but not by spaces, which names contain.
func splitNames(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// raciList returns the list of n's RACI lines that key names, creating the
// RACI record if needed.
func raciList(n *model.Node, key attr) *[]string {
	if n.RACI == nil {
		n.RACI = &model.RACI{}
	}
	switch key {
	case attrResponsible:
		return &n.RACI.Responsible
	case attrAccountable:
		return &n.RACI.Accountable
	case attrConsulted:
		return &n.RACI.Consulted
	default:
		return &n.RACI.Informed
	}
}

// hasAttr reports whether n already carries key in lang.
func hasAttr(n *model.Node, key attr, lang model.Lang) bool {
	switch key {
	case attrSources:
		return n.Sources != nil
	case attrCode:
		return n.Code != ""
	case attrAliases:
		return n.Aliases[lang] != nil
	}
	return n.RACI != nil && *raciList(n, key) != nil
}

// setAttr applies one attribute line to n; what is wrong with it goes to c.
// It returns the source ids the line cites.
func setAttr(c *collector, file string, lang model.Lang, n *model.Node, key attr, value string, line int) []sourceRef {
	what := n.Kind.String()
	if value == "" {
		c.add(file, line, fmt.Sprintf("write the value after %s:, or delete the line", key), "%s: has no value", key)
		return nil
	}
	if hasAttr(n, key, lang) {
		c.add(file, line, fmt.Sprintf("keep one %s: line for this %s and delete the other", key, what), "a second %s: line for the same %s", key, what)
		return nil
	}
	switch key {
	case attrSources:
		n.Sources = splitList(value)
		refs := make([]sourceRef, len(n.Sources))
		for i, id := range n.Sources {
			refs[i] = sourceRef{id: id, line: line}
		}
		return refs
	case attrCode:
		n.Code = value
	case attrAliases:
		n.Aliases[lang] = splitNames(value)
	default:
		*raciList(n, key) = splitNames(value)
	}
	return nil
}

// mergeAttrs copies src's structural attributes into dst when dst has none,
// and reports those both give differently (a section's or duty's Sources,
// Code and RACI lines may be written in one language's file only; written in
// both they must agree).
func mergeAttrs(c *collector, dst, src *model.Node, srcFile string, srcLine int, dstFile string, dstLine int) {
	differ := func(key attr, here, there string) {
		c.add(srcFile, srcLine, fmt.Sprintf("write %s: in one language's file only, or give it the same value as %s:%d", key, dstFile, dstLine),
			"%s: differs from %s:%d (%s here, %s there)", key, dstFile, dstLine, here, there)
	}
	switch {
	case src.Sources == nil:
	case dst.Sources == nil:
		dst.Sources = src.Sources
	case !slices.Equal(dst.Sources, src.Sources):
		differ(attrSources, strings.Join(src.Sources, ", "), strings.Join(dst.Sources, ", "))
	}
	switch {
	case src.Code == "":
	case dst.Code == "":
		dst.Code = src.Code
	case dst.Code != src.Code:
		differ(attrCode, src.Code, dst.Code)
	}
	if src.RACI == nil {
		return
	}
	if dst.RACI == nil {
		dst.RACI = src.RACI
		return
	}
	for _, key := range []attr{attrResponsible, attrAccountable, attrConsulted, attrInformed} {
		d, s := raciList(dst, key), *raciList(src, key)
		switch {
		case s == nil:
		case *d == nil:
			*d = s
		case !slices.Equal(*d, s):
			differ(key, strings.Join(s, ", "), strings.Join(*d, ", "))
		}
	}
}
