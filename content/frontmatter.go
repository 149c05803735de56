package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dutymap/dutymap/model"
	"gopkg.in/yaml.v3"
)

// frontMatter is the YAML block at the top of a content file.
type frontMatter struct {
	ID       string    `yaml:"id"`
	Kind     string    `yaml:"kind"`
	Name     string    `yaml:"name"`
	Aliases  []string  `yaml:"aliases"`
	Code     string    `yaml:"code"`
	Order    *int      `yaml:"order"`
	Summary  string    `yaml:"summary"`
	Sources  []string  `yaml:"sources"`
	Traits   yaml.Node `yaml:"traits"`
	Concerns []string  `yaml:"concerns"`
	From     string    `yaml:"from"`
	To       string    `yaml:"to"`

	lines map[string]int // file line of each top-level key
}

var frontMatterKeys = "id, kind, name, aliases, code, order, summary, sources, traits, concerns, from, to"

var knownKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Split(frontMatterKeys, ", ") {
		m[k] = true
	}
	return m
}()

// splitFrontMatter separates the YAML block from the Markdown body. It
// returns the YAML, the body, and the file line on which the body starts.
func splitFrontMatter(data []byte) (yamlText, body []byte, bodyLine int, ok bool) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	first, _, found := bytes.Cut(data, []byte("\n"))
	if !found || strings.TrimSpace(string(first)) != "---" {
		return nil, data, 1, false
	}
	start := len(first) + 1
	for pos, line := start, 2; pos < len(data); line++ {
		next := len(data)
		if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
			next = pos + i + 1
		}
		if strings.TrimRight(string(data[pos:next]), " \t\r\n") == "---" {
			return data[start:pos], data[next:], line + 1, true
		}
		pos = next
	}
	return nil, data, 1, false
}

var yamlLineRe = regexp.MustCompile(`line (\d+): (.*)`)
var unknownFieldRe = regexp.MustCompile(`field (\S+) not found in type`)

// parseFrontMatter decodes the YAML block. Lines in problems are file lines
// (the YAML starts on line 2, after the opening "---").
func parseFrontMatter(file string, text []byte, c *collector) (*frontMatter, bool) {
	var fm frontMatter
	var root yaml.Node
	if err := yaml.Unmarshal(text, &root); err != nil {
		reportYAML(file, err, c)
		return nil, false
	}
	if len(root.Content) == 0 {
		c.add(file, 1, "add at least id and name between the --- lines", "the front matter is empty")
		return nil, false
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		c.add(file, doc.Line+1, "write key: value lines, such as id: sales", "the front matter is not a list of keys and values")
		return nil, false
	}
	fm.lines = make(map[string]int)
	unknown := false
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k := doc.Content[i]
		fm.lines[k.Value] = k.Line + 1
		if !knownKeys[k.Value] {
			c.add(file, k.Line+1, "use one of "+frontMatterKeys, "unknown front-matter key %q", k.Value)
			unknown = true
		}
	}
	// Decoding the node already parsed checks types without parsing twice.
	if err := doc.Decode(&fm); err != nil {
		reportYAML(file, err, c)
		return nil, false
	}
	if unknown {
		return nil, false
	}
	// YAML escapes such as "\e" decode to control characters: clean again.
	fm.Name, fm.Summary, fm.ID, fm.Kind, fm.From, fm.To = clean(fm.Name), clean(fm.Summary), clean(fm.ID), clean(fm.Kind), clean(fm.From), clean(fm.To)
	fm.Code = strings.TrimSpace(clean(fm.Code))
	cleanAll(fm.Aliases)
	cleanAll(fm.Sources)
	cleanAll(fm.Concerns)
	return &fm, true
}

// reportYAML turns a yaml.v3 error into located problems.
func reportYAML(file string, err error, c *collector) {
	var msgs []string
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	} else {
		msgs = []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	for _, m := range msgs {
		line := 0
		if sub := yamlLineRe.FindStringSubmatch(m); sub != nil {
			n, _ := strconv.Atoi(sub[1])
			line, m = n+1, sub[2]
		}
		if sub := unknownFieldRe.FindStringSubmatch(m); sub != nil {
			c.add(file, line, "use one of "+frontMatterKeys, "unknown front-matter key %q", sub[1])
			continue
		}
		if strings.Contains(m, "cannot unmarshal") {
			c.add(file, line, "check the value's type: names and ids are text, aliases and sources are lists like [a, b], order is a number", "wrong kind of value: %s", m)
			continue
		}
		c.add(file, line, "check the indentation and quoting near that line; quote text that contains a colon", "the front matter is not valid YAML: %s", m)
	}
}

// traits decodes the traits mapping, reporting unknown dimensions.
func (fm *frontMatter) traits(file string, c *collector) map[model.Dimension]string {
	n := &fm.Traits
	if n.Kind == 0 {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		c.add(file, n.Line+1, "write one dimension per line, such as  objective: Build the brand", "traits must be a list of dimension: text lines")
		return nil
	}
	out := make(map[model.Dimension]string)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !model.IsDimension(k.Value) {
			c.add(file, k.Line+1, "use one of "+dimensionList(), "trait %q is not a known dimension", k.Value)
			continue
		}
		if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
			c.add(file, v.Line+1, "write one sentence after the colon, or leave the trait out", "trait %q has no text", k.Value)
			continue
		}
		out[model.Dimension(k.Value)] = strings.TrimSpace(clean(v.Value))
	}
	return out
}

func dimensionList() string {
	names := make([]string, len(model.Dimensions))
	for i, d := range model.Dimensions {
		names[i] = string(d)
	}
	return strings.Join(names, ", ")
}

// line returns the file line of a front-matter key, or 1.
func (fm *frontMatter) line(key string) int {
	if l, ok := fm.lines[key]; ok {
		return l
	}
	return 1
}

func (fm *frontMatter) String() string { return fmt.Sprintf("%s (%s)", fm.ID, fm.Kind) }
