package content

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"go.yaml.in/yaml/v3"
)

// loadSources reads the layer's sources.yaml, if any.
func (ld *loader) loadSources(l Layer) {
	file, list, ok := ld.readList(l, sourcesDoc, "sources", "write one entry per source, each starting with  - id: ")
	if !ok {
		// Which ids the file lists is unknown, so citations cannot be
		// checked: reporting each would bury the one real problem.
		ld.sourcesUnread = ld.sourcesUnread || (list == nil && file != "")
		return
	}
	here := map[string]int{} // id → line, in this file
	for _, entry := range list.Content {
		if src := ld.readSource(file, deref(entry)); src != nil {
			line := deref(entry).Line
			if prev, dup := here[src.ID]; dup {
				ld.c.add(file, line, fmt.Sprintf("give each source its own id, or delete this entry and keep the one on line %d", prev),
					"source %q is listed twice (line %d lists it too)", src.ID, prev)
				continue
			}
			here[src.ID] = line
			if i, ok := ld.srcIdx[src.ID]; ok {
				ld.sources[i] = src
				continue
			}
			ld.srcIdx[src.ID] = len(ld.sources)
			ld.sources = append(ld.sources, src)
		}
	}
}

// readList reads a YAML file at the layer's top (sources.yaml,
// groups.yaml) that must be a list. It returns the file's name as problems
// give it and the list; ok is false when the file does not exist (file
// "") or could not be read as a list (the problem reported).
func (ld *loader) readList(l Layer, doc yamlDoc, what, fix string) (file string, list *yaml.Node, ok bool) {
	name := doc.name
	file = ld.display(l, name)
	data, err := l.read(name)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil, false
	}
	if err != nil {
		ld.c.unreadable(file, err)
		return file, nil, false
	}
	if !utf8.Valid(data) {
		ld.c.add(file, badUTF8Line(data), "save the file as UTF-8", "text is not valid UTF-8")
		return file, nil, false
	}
	// The yaml library reads one byte order mark, not two (see trimBOMs).
	data, text, _ := readableText(file, trimBOMs(data), &ld.c)
	if reportConflicts(file, text, false, &ld.c) {
		return file, nil, false
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		reportYAML(file, doc, data, err, &ld.c)
		return file, nil, false
	}
	if len(root.Content) == 0 {
		return file, &root, false
	}
	list = deref(root.Content[0])
	if list.Kind != yaml.SequenceNode {
		ld.c.add(file, list.Line, fix, "%s is not a list of %s", doc.name, what)
		return file, nil, false
	}
	return file, list, true
}

const sourceKeys = "id, title, url, ref"

// readSource reads one entry of sources.yaml. Each entry is read on its
// own, so a mistake in one is one problem; an entry with a readable id is
// kept even when something else in it is wrong, so that the files citing it
// are not reported too.
func (ld *loader) readSource(file string, e *yaml.Node) *model.Source {
	if e.Kind != yaml.MappingNode {
		ld.c.add(file, e.Line, "write the source as lines  id: …  and  title: …", "a source must be a list of keys (id, title, url, ref)")
		return nil
	}
	src := &model.Source{}
	var title *yaml.Node
	problems := len(ld.c.list)
	for i := 0; i+1 < len(e.Content); i += 2 {
		k, v := e.Content[i], deref(e.Content[i+1])
		text := func() string {
			if v.Kind != yaml.ScalarNode {
				ld.c.add(file, v.Line, fmt.Sprintf("write %s: as text on one line", k.Value), "%s: is not text", k.Value)
				return ""
			}
			return clean(v.Value)
		}
		switch k.Value {
		case "id":
			src.ID = text()
		case "title":
			title = v
		case "url":
			src.URL = text()
			if src.URL != "" && !webAddress(src.URL) {
				ld.c.add(file, v.Line, urlFix(src.URL), "url: %q is not a web address: a source's url: starts with https:// or http://", src.URL)
				src.URL = ""
			}
		case "ref":
			src.Ref = text()
		default:
			if isMergeKey(k) {
				ld.c.add(file, k.Line, mergeKeyFix, "a YAML merge key (<<) is not read in sources.yaml")
				continue
			}
			ld.c.add(file, k.Line, "use one of "+sourceKeys, "unknown key %q in sources.yaml", k.Value)
		}
	}
	if !ld.validEntryID(file, e.Line, "source", src.ID, "annual-report-2024") {
		return nil
	}
	switch {
	case title == nil && len(ld.c.list) == problems:
		ld.c.add(file, e.Line, "add  title: <the document's name>", "source %q has no title", src.ID)
	case title == nil:
	case title.Kind == yaml.ScalarNode:
		for l := range model.NumLangs {
			src.Title[l] = clean(title.Value)
		}
	case title.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(title.Content); i += 2 {
			k, v := title.Content[i], deref(title.Content[i+1])
			lang, err := model.ParseLang(k.Value)
			if err != nil || v.Kind != yaml.ScalarNode {
				ld.c.add(file, k.Line, "write one title per language, such as  en: Annual report", "title: %q is not a language followed by a title", k.Value)
				continue
			}
			src.Title[lang] = clean(v.Value)
		}
	default:
		ld.c.add(file, title.Line, "write the title as text, or one line per language such as  en: Annual report", "title: of source %q is a list", src.ID)
	}
	return src
}

// validEntryID reports whether id, of an entry of a list file such as
// sources.yaml (what: "source"), is valid; if not, it reports the problem
// at line with a fix, the example id when there was none.
func (ld *loader) validEntryID(file string, line int, what, id, example string) bool {
	if validID(id) {
		return true
	}
	fix := "give each " + what + " an id of lower-case letters, digits and -, such as  id: " + example
	if id != "" {
		fix = idFix("id: %s", id, "")
	}
	ld.c.add(file, line, fix, "%s id %q is missing or not valid", what, id)
	return false
}

// webAddress reports whether s is an address a browser opens: http or
// https, with a host, and no spaces. Another scheme (javascript:, file:)
// would be written into exports as a link.
func webAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \t")
}

// urlFix is the fix for a url: that is not a web address: the address
// with https:// before it when that makes one (www.example.com/report),
// else to write the full address or delete the line.
func urlFix(s string) string {
	if !strings.Contains(s, ":") && strings.Contains(strings.Split(s, "/")[0], ".") && webAddress("https://"+s) && len(s) <= maxEchoedLine {
		return "write the address with its https:// (or http://):  url: https://" + s
	}
	return "write the document's full address, starting with https://, or delete the url: line (title: and ref: say what the source is)"
}
