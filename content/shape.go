package content

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// shapeFault reports, and returns true, when a front-matter value has
// the wrong shape for its key: a list or a mapping where one text belongs
// (name: [A, B]), one text where a list belongs (aliases: mkt), a list
// inside a list, or a YAML type tag its value does not fit (name: !!int
// abc). The fix is written from what the user wrote. Without it the yaml
// library's own words reached the user ("cannot unmarshal !!seq into
// string", "cannot decode !!str `abc` as a !!int", the latter with no
// line). Traits have their own checks; order is checked as a number
// later, but a list or a mapping there is told here.
func shapeFault(file, key string, keyLine int, v *yaml.Node, text []byte, c *collector) bool {
	v = deref(v)
	if v == nil || key == "traits" {
		return false
	}
	at := keyLine + frontMatterDoc.offset
	written := writtenValue(text, keyLine, key)
	switch field := (&frontMatter{}).field(key).(type) {
	case *string, *yaml.Node: // one text (order: one number)
		what := "one text"
		if _, number := field.(*yaml.Node); number {
			what = "one whole number"
		}
		fix := fmt.Sprintf("write one value after the colon, such as  %s: %s", key, firstItem(v, key))
		if v.Kind == yaml.MappingNode {
			fix = fmt.Sprintf("write one value after the colon, such as  %s: %s", key, firstValue(v, key))
		}
		if (key == "name" || key == "summary") && (strings.HasPrefix(written, "[") || strings.HasPrefix(written, "{")) {
			// name: [draft] Sales was meant as text, brackets and all
			fix += fmt.Sprintf(", or quote it to keep the brackets as text:  %s: %s", key, yamlQuote(written))
		}
		switch v.Kind {
		case yaml.SequenceNode:
			c.add(file, at, fix, "%s: is a list, and it takes %s", key, what)
			return true
		case yaml.MappingNode:
			c.add(file, at, fix, "%s: is a set of keys and values, and it takes %s", key, what)
			return true
		case yaml.ScalarNode:
			return tagFault(file, key, at, v, false, c)
		}
	case *[]string: // a list of texts
		switch v.Kind {
		case yaml.ScalarNode:
			if v.Tag == "!!null" {
				return false
			}
			fix := fmt.Sprintf("write a list in brackets, such as  %s: [%s]", key, exampleValue(key))
			if written != "" {
				fix = fmt.Sprintf("write the list in brackets:  %s: [%s]", key, asciiList(written))
			}
			c.add(file, at, fix, "%s: is one text, and it takes a list", key)
			return true
		case yaml.MappingNode:
			c.add(file, at, fmt.Sprintf("write a list in brackets, such as  %s: [%s]", key, mappingItems(v, key)),
				"%s: is a set of keys and values, and it takes a list", key)
			return true
		case yaml.SequenceNode:
			for i, item := range v.Content {
				item = deref(item)
				if item == nil {
					continue
				}
				if item.Kind != yaml.ScalarNode {
					c.add(file, item.Line+frontMatterDoc.offset, fmt.Sprintf("write each item as text, separated by commas, such as  %s: [%s]", key, exampleValue(key)),
						"%s: item %d is itself a list or a set of keys and values; each item is one text", key, i+1)
					return true
				}
				if tagFault(file, key, item.Line+frontMatterDoc.offset, item, true, c) {
					return true
				}
			}
		}
	}
	return false
}

// tagType names what one of YAML's core type tags says a value is, or ""
// (a switch, not a map: the package's initialisers build nothing).
func tagType(tag string) string {
	switch tag {
	case "!!int":
		return "a whole number"
	case "!!float":
		return "a number"
	case "!!bool":
		return "true or false"
	case "!!timestamp":
		return "a date"
	case "!!null":
		return "nothing (null)"
	}
	return ""
}

// tagFault reports, and returns true, when scalar v carries a core type
// tag its text does not fit (!!int abc), which the yaml library refuses;
// item says v is an item of the key's list.
func tagFault(file, key string, at int, v *yaml.Node, item bool, c *collector) bool {
	what := tagType(v.Tag)
	if what == "" || v.Style&yaml.TaggedStyle == 0 {
		return false
	}
	var x any
	if v.Decode(&x) == nil {
		return false
	}
	value := plainValue(v.Value)
	if item {
		value = "[" + value + "]"
	}
	c.add(file, at, fmt.Sprintf("delete the tag %s, so that the value is read as the text it is:  %s: %s", v.Tag, key, value),
		"%s: the tag %s says the value is %s, and %q is not", key, v.Tag, what, v.Value)
	return true
}

// plainValue is text written as a YAML value: as it is when YAML reads
// it so, quoted otherwise.
func plainValue(text string) string {
	var back string
	if yaml.Unmarshal([]byte("v: "+text), &struct {
		V *string `yaml:"v"`
	}{&back}) == nil && back == text && !strings.ContainsAny(text, "\n\r") {
		return text
	}
	return yamlQuote(text)
}

// writtenValue is the value of key as written on the YAML text's line n
// (from 1), when that line is "key: value" and short enough to echo, or "".
func writtenValue(text []byte, n int, key string) string {
	lines := strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n")
	if n < 1 || n > len(lines) || len(lines[n-1]) > maxEchoedLine {
		return ""
	}
	k, value, ok := strings.Cut(lines[n-1], ":")
	if !ok || strings.TrimSpace(k) != key {
		return ""
	}
	if v := strings.TrimSpace(value); strings.HasPrefix(v, "&") || strings.HasPrefix(v, "*") || strings.HasPrefix(v, "!") {
		return "" // an anchor, alias or tag: not what the value reads
	}
	return strings.TrimSpace(value)
}

// firstItem is the list's first item, when it is one short text, for a
// fix; otherwise an example value for key.
func firstItem(v *yaml.Node, key string) string {
	if len(v.Content) > 0 {
		if item := deref(v.Content[0]); item != nil && item.Kind == yaml.ScalarNode && item.Value != "" && len(item.Value) <= maxEchoedLine && !strings.ContainsAny(item.Value, "\n\r") {
			return item.Value
		}
	}
	return exampleValue(key)
}

// exampleValue is a value of the right kind for key, for fixes.
func exampleValue(key string) string {
	switch key {
	case "id":
		return "sales"
	case "kind":
		return "department"
	case "name":
		return "Sales department"
	case "summary":
		return "Studies the market and plans how to win it."
	case "order":
		return "10"
	case "code":
		return "HR-01"
	case "from", "to", "group":
		return exampleRef(key)
	case "aliases":
		return "mkt, market department"
	case "sources":
		return "annual-report"
	case "concerns":
		return "marketing, sales"
	}
	return "…"
}

// exampleRef is an example of what from:, to: and group: name.
func exampleRef(key string) string {
	if key == "group" {
		return "front-office"
	}
	return "marketing"
}

// fullWidthCommas notes a list item of the front matter that holds the
// full-width comma ，, as a Chinese input method types it: YAML separates
// items with the ASCII comma only, so aliases: [营销部，推广部] was one
// alias, "营销部，推广部" (and sources: or concerns: one unknown id). The
// attribute lines of the body split at ， as at ,.
func (fm *frontMatter) fullWidthCommas(file string, c *collector) {
	for _, l := range []struct {
		key  string
		list []string
	}{{"aliases", fm.Aliases}, {"sources", fm.Sources}, {"concerns", fm.Concerns}} {
		i := slices.IndexFunc(l.list, func(item string) bool { return strings.Contains(item, "，") })
		if i < 0 {
			continue
		}
		var items []string // the list as meant: every item split at ，
		for _, item := range l.list {
			for _, p := range strings.Split(item, "，") {
				if p = strings.TrimSpace(p); p != "" {
					items = append(items, p)
				}
			}
		}
		fix := "separate the items with the ASCII comma"
		if written := fmt.Sprintf("%s: [%s]", l.key, strings.Join(items, ", ")); len(written) <= maxEchoedLine {
			fix += ":  " + written
		}
		c.note(file, fm.line(l.key), fix,
			"%s: %q is one item: YAML separates a list's items with the ASCII comma, not the full-width ，", l.key, l.list[i])
	}
}

// asciiList is a list's items as written with a Chinese input method's
// brackets and commas (［营销部，推广部］, 【…】), or as plain text, written
// with ASCII commas inside, for a fix that puts them in brackets.
func asciiList(written string) string {
	for _, b := range [][2]string{{"［", "］"}, {"【", "】"}} {
		if inner, ok := strings.CutPrefix(written, b[0]); ok {
			written = strings.TrimSuffix(inner, b[1])
		}
	}
	var items []string
	for _, p := range strings.Split(written, "，") {
		if p = strings.TrimSpace(p); p != "" {
			items = append(items, p)
		}
	}
	return strings.Join(items, ", ")
}

// firstValue is the text a one-text key's mapping was meant to be, for a
// fix, written from the file: the value of a language key (name: with
// en: Finance under it gives Finance, not another department's name), or
// else the pair read as one text (summary: sells: goods gives
// "sells: goods"); otherwise an example value for key.
func firstValue(v *yaml.Node, key string) string {
	if len(v.Content) >= 2 {
		if k, val, ok := scalarPair(v.Content[0], v.Content[1]); ok {
			text := val
			if !langKey(k) {
				text = k + ": " + val
			}
			if fixText(text) {
				return plainValue(text)
			}
		}
	}
	return exampleValue(key)
}

// mappingItems is the list a list key's mapping was meant to be, for a
// fix, written from the file: the values of language keys (aliases: with
// en: accounts under it gives accounts, not another department's
// aliases), or else each key and value an item ({mkt: market} gives
// mkt, market); otherwise an example value for key.
func mappingItems(v *yaml.Node, key string) string {
	var items []string
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val, ok := scalarPair(v.Content[i], v.Content[i+1])
		if !ok || len(items) > 10 {
			return exampleValue(key)
		}
		pair := []string{k, val}
		if langKey(k) {
			pair = pair[1:]
		}
		for _, item := range pair {
			if !fixText(item) {
				return exampleValue(key)
			}
			if strings.ContainsAny(item, ",[]{}") { // plain, it would split or end the list
				item = yamlQuote(item)
			} else {
				item = plainValue(item)
			}
			if !slices.Contains(items, item) {
				items = append(items, item)
			}
		}
	}
	if len(items) == 0 {
		return exampleValue(key)
	}
	return strings.Join(items, ", ")
}

// scalarPair is a mapping's key and value when both are texts, trimmed.
func scalarPair(key, value *yaml.Node) (k, v string, ok bool) {
	kn, vn := deref(key), deref(value)
	if kn == nil || vn == nil || kn.Kind != yaml.ScalarNode || vn.Kind != yaml.ScalarNode {
		return "", "", false
	}
	return strings.TrimSpace(kn.Value), strings.TrimSpace(vn.Value), true
}

// langKey reports whether a mapping's key names a language as content
// files do (en, zh, zh-Hant, de): a two-letter language code.
func langKey(k string) bool {
	tag, err := model.ParseTag(k)
	base, _, _ := strings.Cut(tag, "-")
	return err == nil && len(base) == 2
}

// fixText reports whether text may stand in a fix: short, on one line.
func fixText(text string) bool {
	return text != "" && len(text) <= maxEchoedLine && !strings.ContainsAny(text, "\n\r")
}
