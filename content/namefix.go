package content

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// maxExampleName bounds a name a fix offers from an alias: a longer
// alias is no name to suggest.
const maxExampleName = 64

// idExample is the id the fix for a file with no id: offers, made from the
// file's name (en/finance.md: finance), so that the file keeps its twin in
// the other language's folder; "sales" only when the name makes no id.
func idExample(rel string) string {
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	if id := ID(base); validID(id) {
		return id
	}
	return exampleValue("id")
}

// nameExample is the  name: line the fix for a file with no name: offers,
// made from the file itself, never another department's name (a finance
// file told "name: Sales department" and copied as written became Sales):
// from its id or file name (finance: Finance, front-office: Front office),
// or its first alias; in a Chinese file its first alias comes first, being
// Chinese where the id is not.
func nameExample(id, rel string, aliases []string, lang model.Lang) string {
	fromID := humanName(id)
	if fromID == "" {
		fromID = humanName(strings.TrimSuffix(path.Base(rel), path.Ext(rel)))
	}
	alias := ""
	for _, a := range aliases {
		if a = strings.TrimSpace(a); a != "" && len(a) <= maxExampleName && !strings.ContainsAny(a, "\n\r") {
			alias = a
			break
		}
	}
	names := []string{fromID, alias}
	if lang == model.Zh {
		names = []string{alias, fromID}
	}
	for _, n := range names {
		if n != "" {
			return nameLine(n)
		}
	}
	return "name: " + exampleValue("name")
}

// humanName is an id written as a name: its words apart, the first
// capitalised (front-office: Front office); "" for text that is no id.
func humanName(id string) string {
	id = strings.TrimSpace(id)
	if id == "" || len(id) > maxExampleName || !validID(ID(id)) {
		return ""
	}
	words := strings.Join(strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) }), " ")
	r, size := utf8.DecodeRuneInString(words)
	return string(unicode.ToUpper(r)) + words[size:]
}

// nameLine is  name: text  as YAML reads it back: quoted when the text
// would otherwise read as something else ("Sales: the revenue team").
func nameLine(text string) string {
	out, err := yaml.Marshal(map[string]string{"name": text})
	if err != nil || strings.Count(string(out), "\n") != 1 {
		return "name: " + yamlQuote(text)
	}
	return strings.TrimSuffix(string(out), "\n")
}
