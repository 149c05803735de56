package content

import (
	"errors"
	"io/fs"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"gopkg.in/yaml.v3"
)

// loadSources reads the layer's sources.yaml, if any.
func (ld *loader) loadSources(l Layer) {
	const name = "sources.yaml"
	file := ld.display(l, name)
	data, err := l.read(name)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		msg, fix := readError(err)
		ld.c.add(file, 0, fix, "%s", msg)
		return
	}
	if !utf8.Valid(data) {
		ld.c.add(file, badUTF8Line(data), "save the file as UTF-8", "text is not valid UTF-8")
		return
	}
	data = []byte(clean(string(data)))
	var entries []struct {
		ID    string    `yaml:"id"`
		Title yaml.Node `yaml:"title"`
		URL   string    `yaml:"url"`
		Ref   string    `yaml:"ref"`
		Line  int       `yaml:"-"`
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		reportYAMLAt(file, 0, err, &ld.c)
		return
	}
	if len(root.Content) == 0 {
		return
	}
	if err := root.Content[0].Decode(&entries); err != nil {
		reportYAMLAt(file, 0, err, &ld.c)
		return
	}
	for i, e := range entries {
		line := root.Content[0].Content[i].Line
		if !idRe.MatchString(e.ID) {
			ld.c.add(file, line, "give each source an id such as  id: annual-report-2024", "source id %q is missing or not valid", e.ID)
			continue
		}
		src := &model.Source{ID: e.ID, URL: clean(e.URL), Ref: clean(e.Ref)}
		switch e.Title.Kind {
		case yaml.ScalarNode:
			for l := range model.NumLangs {
				src.Title[l] = clean(e.Title.Value)
			}
		case yaml.MappingNode:
			var m map[string]string
			_ = e.Title.Decode(&m)
			for code, t := range m {
				lang, err := model.ParseLang(code)
				if err != nil {
					ld.c.add(file, e.Title.Line, "use en: and zh: under title:", "unknown language %q in title", code)
					continue
				}
				src.Title[lang] = clean(t)
			}
		default:
			ld.c.add(file, line, "add  title: <the document's name>", "source %q has no title", e.ID)
		}
		if i, ok := ld.srcIdx[e.ID]; ok {
			ld.sources[i] = src
			continue
		}
		ld.srcIdx[e.ID] = len(ld.sources)
		ld.sources = append(ld.sources, src)
	}
}

// reportYAMLAt reports a YAML error in a file that is YAML from line 1.
func reportYAMLAt(file string, offset int, err error, c *collector) {
	var sub collector
	reportYAML(file, err, &sub)
	for _, p := range sub.list {
		if p.Line > 0 {
			p.Line = p.Line - 1 + offset
			if p.Line < 1 {
				p.Line = 1
			}
		}
		c.list = append(c.list, p)
	}
}
