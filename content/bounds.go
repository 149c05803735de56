package content

import (
	"fmt"

	"github.com/dutymap/dutymap/model"
)

// MaxCode is the longest a code may be (Code:, 编号：, code: in the front
// matter), and MaxAlias one alias (Aliases:, 别名：, aliases:), in bytes:
// a code is a short label as an id is (3.2.2, HR-01) and an alias another
// name a unit goes by, which a reference may use as it uses the id; both
// are indexed and shown beside the unit's name, so a longer one is a slip,
// such as a pasted paragraph (a 1 MB alias went through to the search
// index and the screen). They are MaxID.
const (
	MaxCode  = MaxID
	MaxAlias = MaxID
)

// maxAliases bounds the aliases of one line or list, as maxLineRefs
// bounds the units a RACI line names.
const maxAliases = maxLineRefs

// codeTooLong reports a code past MaxCode, given on line n as key (the
// key as the file writes it: "Code:", "编号：", "code:"). It says whether
// it reported it.
func codeTooLong(c *collector, file string, n int, key, code string) bool {
	if len(code) <= MaxCode {
		return false
	}
	c.add(file, n, fmt.Sprintf("write a short code (such as  %s 3.2), at most %d bytes; longer text belongs in the description", key, MaxCode),
		"the %s value is %d bytes long; the most a code may be is %d bytes", key, len(code), MaxCode)
	return true
}

// aliasesTooLong reports a list of aliases, given on line n as key, that
// holds more than maxAliases or one longer than MaxAlias: the first such
// alias, by its place in the list; sep says how the list parts its items.
// It says whether it reported one.
func aliasesTooLong(c *collector, file string, n int, key, sep string, aliases []string) bool {
	if len(aliases) > maxAliases {
		c.add(file, n, fmt.Sprintf("keep the other names people really use for it, at most %d", maxAliases),
			"%s names %d aliases; the most it may name is %d", key, len(aliases), maxAliases)
		return true
	}
	for i, a := range aliases {
		if len(a) > MaxAlias {
			c.add(file, n, fmt.Sprintf("write the alias as a short name, at most %d bytes (%s); longer text belongs in the description", MaxAlias, sep),
				"alias %d of %d on the %s line is %d bytes long; the most an alias may be is %d bytes", i+1, len(aliases), key, len(a), MaxAlias)
			return true
		}
	}
	return false
}

// attrTooLong reports a Code: or Aliases: line of a file in lang whose
// value is past its bound (see codeTooLong and aliasesTooLong).
func attrTooLong(c *collector, file string, lang model.Lang, key attr, value string, n int) bool {
	label := c.labelAt(file, n, key, lang)
	if key == attrCode {
		return codeTooLong(c, file, n, label, value)
	}
	return aliasesTooLong(c, file, n, label, "aliases are separated by commas", splitNames(value))
}

// nameTooLong reports a document's name: past MaxTitle, given on line n,
// as a heading or a duty's line past it is (plainTitle). It says whether
// it reported it.
func nameTooLong(c *collector, file string, n int, name string) bool {
	if len(name) <= MaxTitle {
		return false
	}
	c.add(file, n, "keep the name to a few words; longer text belongs in summary: or in the description under the first heading",
		"the name is %s long; the most it may be is %s", sizeKB(len(name)), sizeKB(MaxTitle)).as(KindLongTitle, "")
	return true
}
