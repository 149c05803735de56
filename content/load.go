// Package content reads organisation content: Markdown files with YAML
// front matter, one per department, topic or relation and language. The
// built-in organisation is embedded; users' folders are read the same way
// and can be layered over it.
package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/model"
	"gopkg.in/yaml.v3"
)

// maxFileSize bounds what one content file may hold, so a stray huge file
// gives an error instead of exhausting memory.
const maxFileSize = 16 << 20

// Layer is one folder of content. Later layers add documents and override
// nodes with the same id.
type Layer struct {
	Name string // shown in the detail pane: "built-in", "./myorg"
	FS   fs.FS
	Root string // prefix for file names in problems
}

// Dir is a layer read from a folder on disk.
func Dir(dir string) Layer {
	return Layer{Name: dir, FS: os.DirFS(dir), Root: dir}
}

// parsedDoc is one file of one language, with what its parse found.
type parsedDoc struct {
	file     string
	lang     model.Lang
	fm       *frontMatter
	node     *model.Node
	problems Problems
	refs     []located // source ids cited
	deptRefs []located // department ids named
}

// loader holds the state of one Load call.
type loader struct {
	c       collector
	sources []*model.Source
	srcIdx  map[string]int
	refs    []located // source ids to check once every layer is read
	docs    []*model.Node
	docIdx  map[string]int
	deptRef []located // department ids named by topics and relations
}

type located struct {
	id, file string
	line     int
}

// Load reads the layers in order and returns the merged organisation, or
// Problems listing everything wrong with them.
func Load(layers ...Layer) (*model.Org, error) {
	ld := &loader{srcIdx: map[string]int{}, docIdx: map[string]int{}}
	for _, l := range layers {
		ld.loadLayer(l)
	}
	if len(ld.docs) == 0 && len(ld.c.list) == 0 {
		where := make([]string, len(layers))
		for i, l := range layers {
			where[i] = l.Root
		}
		ld.c.add(strings.Join(where, ", "), 0, "write files such as en/sales.md (see docs/content-format.md), or start from the built-in ones with: dutymap init DIR", "no content files found (expected .md files under en/ or zh/)")
	}
	ld.checkRefs()
	if len(ld.c.list) > 0 {
		return nil, ld.c.list.sorted()
	}
	return model.NewOrg(ld.docs, ld.sources), nil
}

func (ld *loader) display(l Layer, name string) string {
	if l.Root == "" {
		return name
	}
	return path.Join(l.Root, name)
}

func (ld *loader) loadLayer(l Layer) {
	ld.loadSources(l)
	var perLang [model.NumLangs][]*parsedDoc
	for _, pd := range ld.parseAll(l, ld.listFiles(l)) {
		ld.c.list = append(ld.c.list, pd.problems...)
		ld.refs = append(ld.refs, pd.refs...)
		ld.deptRef = append(ld.deptRef, pd.deptRefs...)
		if pd.node != nil {
			perLang[pd.lang] = append(perLang[pd.lang], pd)
		}
	}
	both := len(perLang[model.En]) > 0 && len(perLang[model.Zh]) > 0
	byID := map[string][model.NumLangs]*parsedDoc{}
	var order []string
	for _, lang := range model.Langs {
		for _, pd := range perLang[lang] {
			pair, seen := byID[pd.node.ID]
			if pair[lang] != nil {
				ld.c.add(pd.file, pd.fm.line("id"), "give each file its own id; "+pair[lang].file+" already uses it", "duplicate id %q", pd.node.ID)
				continue
			}
			if !seen {
				order = append(order, pd.node.ID)
			}
			pair[lang] = pd
			byID[pd.node.ID] = pair
		}
	}
	for _, id := range order {
		pair := byID[id]
		doc := ld.pairLanguages(l, pair, both)
		if doc == nil {
			continue
		}
		doc.Walk(func(n *model.Node) bool { n.Layer = l.Name; return true })
		if i, ok := ld.docIdx[id]; ok {
			overlay(ld.docs[i], doc)
			continue
		}
		ld.docIdx[id] = len(ld.docs)
		ld.docs = append(ld.docs, doc)
	}
}

// contentFile is a .md file found under a language folder.
type contentFile struct {
	name, display string
	lang          model.Lang
}

// listFiles finds every .md file under the layer's language folders.
func (ld *loader) listFiles(l Layer) []contentFile {
	var out []contentFile
	for _, lang := range model.Langs {
		root := lang.Code()
		if _, err := fs.Stat(l.FS, root); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		err := fs.WalkDir(l.FS, root, func(name string, d fs.DirEntry, err error) error {
			file := ld.display(l, name)
			if err != nil {
				ld.c.add(file, 0, "check that the folder exists and you may read it", "cannot read: %v", plainErr(err))
				return nil
			}
			if !strings.HasSuffix(name, ".md") {
				return nil
			}
			if d.IsDir() {
				ld.c.add(file, 0, "a content file must be a file; rename the folder so it does not end in .md", "is a folder, not a file")
				return nil
			}
			out = append(out, contentFile{name: name, display: file, lang: lang})
			return nil
		})
		if err != nil {
			ld.c.add(ld.display(l, root), 0, "check the folder's permissions", "cannot read the folder: %v", plainErr(err))
		}
	}
	return out
}

// parseAll parses the files on every core; results keep the files' order
// so that problems and documents come out the same on every run.
func (ld *loader) parseAll(l Layer, files []contentFile) []*parsedDoc {
	out := make([]*parsedDoc, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = readFile(l, files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// readFile reads and parses one file. It touches no shared state, so files
// can be parsed in parallel.
func readFile(l Layer, f contentFile) *parsedDoc {
	pd := &parsedDoc{file: f.display, lang: f.lang}
	var c collector
	defer func() { pd.problems = capProblems(f.display, c.list) }()
	file := f.display
	if info, err := fs.Stat(l.FS, f.name); err == nil && info.Size() > maxFileSize {
		c.add(file, 0, "split it into several files", "file is larger than %d MB", maxFileSize>>20)
		return pd
	}
	data, err := fs.ReadFile(l.FS, f.name)
	if err != nil {
		c.add(file, 0, "check that the file exists, is readable and is not a link to itself", "cannot read: %v", plainErr(err))
		return pd
	}
	if !utf8.Valid(data) {
		c.add(file, badUTF8Line(data), "save the file as UTF-8 (most editors offer this under Save As or Encoding)", "text is not valid UTF-8")
		return pd
	}
	data = []byte(clean(string(data)))
	yamlText, body, bodyLine, ok := splitFrontMatter(data)
	if !ok {
		c.add(file, 1, "start the file with a line ---, then id: and name:, then another line ---", "the file has no front matter")
		return pd
	}
	fm, ok := parseFrontMatter(file, yamlText, &c)
	if !ok {
		return pd
	}
	doc := pd.docFromFrontMatter(fm, &c)
	leaf := model.KindDuty
	if doc.Kind != model.KindDepartment {
		leaf = model.KindPoint
	}
	refs := parseBody(file, f.lang, doc, string(body), bodyLine, leaf, &c)
	for _, s := range fm.Sources {
		refs = append(refs, sourceRef{id: s, line: fm.line("sources")})
	}
	for _, r := range refs {
		pd.refs = append(pd.refs, located{id: r.id, file: file, line: r.line})
	}
	numberLeaves(doc)
	checkSiblings(file, f.lang, doc, &c)
	if doc.ID == "" {
		return pd
	}
	pd.fm, pd.node = fm, doc
	return pd
}

func (pd *parsedDoc) docFromFrontMatter(fm *frontMatter, c *collector) *model.Node {
	file, lang := pd.file, pd.lang
	doc := &model.Node{ID: fm.ID, Sources: fm.Sources, Concerns: fm.Concerns, From: fm.From, To: fm.To}
	doc.Loc[lang] = model.Loc{File: file, Line: 1}
	switch fm.ID {
	case "":
		c.add(file, 1, "add a line such as  id: sales  to the front matter", "the file has no id")
	default:
		if !idRe.MatchString(fm.ID) {
			c.add(file, fm.line("id"), idFixHint, "id %q is not valid", fm.ID)
		}
	}
	if strings.TrimSpace(fm.Name) == "" {
		c.add(file, fm.line("name"), "add a line such as  name: Sales department", "the file has no name")
	}
	doc.Title[lang] = strings.TrimSpace(fm.Name)
	doc.Summary[lang] = strings.TrimSpace(fm.Summary)
	doc.Aliases[lang] = fm.Aliases
	if fm.Order != nil {
		doc.Order = *fm.Order
	}
	switch fm.Kind {
	case "", "department":
		doc.Kind = model.KindDepartment
	case "topic":
		doc.Kind = model.KindTopic
	case "relation":
		doc.Kind = model.KindRelation
	default:
		c.add(file, fm.line("kind"), "use department, topic or relation", "unknown kind %q", fm.Kind)
	}
	if traits := fm.traits(file, c); len(traits) > 0 {
		if doc.Kind != model.KindDepartment {
			c.add(file, fm.line("traits"), "move the traits to a department file", "only departments have traits")
		}
		doc.Traits = map[model.Dimension]model.Text{}
		for d, t := range traits {
			var txt model.Text
			txt[lang] = t
			doc.Traits[d] = txt
		}
	}
	if doc.Kind == model.KindRelation {
		for _, k := range []struct{ key, val string }{{"from", fm.From}, {"to", fm.To}} {
			if k.val == "" {
				c.add(file, 1, "add  "+k.key+": <department id>  to the front matter", "a relation needs %s:", k.key)
				continue
			}
			pd.deptRefs = append(pd.deptRefs, located{id: k.val, file: file, line: fm.line(k.key)})
		}
	}
	for _, id := range fm.Concerns {
		pd.deptRefs = append(pd.deptRefs, located{id: id, file: file, line: fm.line("concerns")})
	}
	return doc
}

// maxProblemsPerFile keeps a badly broken file (say, ten thousand nested
// list lines) from burying every other report.
const maxProblemsPerFile = 50

func capProblems(file string, ps Problems) Problems {
	if len(ps) <= maxProblemsPerFile {
		return ps
	}
	more := len(ps) - maxProblemsPerFile
	// Placed at the first omitted problem's line, so it sorts after the rest.
	return append(ps[:maxProblemsPerFile:maxProblemsPerFile], Problem{File: file, Line: ps[maxProblemsPerFile].Line,
		Msg: fmt.Sprintf("and %d more problems in this file", more), Fix: "fix the ones above first; the rest are often the same mistake"})
}

// checkSiblings reports two sections with one id under the same parent.
func checkSiblings(file string, lang model.Lang, n *model.Node, c *collector) {
	seen := map[string]*model.Node{}
	for _, ch := range n.Children {
		if prev := seen[ch.ID]; prev != nil {
			c.add(file, ch.Loc[lang].Line, fmt.Sprintf("give it another {#id}; line %d already uses %q", prev.Loc[lang].Line, ch.ID), "duplicate id %q", ch.ID)
		}
		seen[ch.ID] = ch
		checkSiblings(file, lang, ch, c)
	}
}

// pairLanguages merges the English and Chinese files of one document. When
// the layer has both languages, each document must exist in both.
func (ld *loader) pairLanguages(l Layer, pair [model.NumLangs]*parsedDoc, both bool) *model.Node {
	en, zh := pair[model.En], pair[model.Zh]
	switch {
	case en != nil && zh != nil:
		checkSameMeta(en, zh, &ld.c)
		mergeLang(en.node, zh.node, model.Zh, en.file, zh.file, &ld.c)
		return en.node
	case both:
		have, miss := en, model.Zh
		if have == nil {
			have, miss = zh, model.En
		}
		ld.c.add(have.file, 1, fmt.Sprintf("write its %s twin under %s/ with  id: %s  (or remove this file)", miss.Name(), miss.Code(), have.node.ID), "%q has no %s version", have.node.ID, miss.Name())
		return have.node
	case en != nil:
		return en.node
	default:
		return zh.node
	}
}

// checkSameMeta reports structural front-matter keys given differently in
// the two languages.
func checkSameMeta(a, b *parsedDoc, c *collector) {
	fix := "structural keys must be the same in both languages; write them once or make them equal"
	diff := func(key string, x, y any) {
		if fmt.Sprint(x) != fmt.Sprint(y) {
			c.add(b.file, b.fm.line(key), fix, "%s: differs from %s (%v here, %v there)", key, a.file, y, x)
		}
	}
	if a.fm.Kind != "" && b.fm.Kind != "" {
		diff("kind", a.fm.Kind, b.fm.Kind)
	}
	if a.fm.Order != nil && b.fm.Order != nil {
		diff("order", *a.fm.Order, *b.fm.Order)
	}
	for _, k := range []struct {
		key  string
		x, y []string
	}{{"sources", a.fm.Sources, b.fm.Sources}, {"concerns", a.fm.Concerns, b.fm.Concerns}} {
		if len(k.x) > 0 && len(k.y) > 0 {
			diff(k.key, k.x, k.y)
		}
	}
	for _, k := range []struct{ key, x, y string }{{"from", a.fm.From, b.fm.From}, {"to", a.fm.To, b.fm.To}} {
		if k.x != "" && k.y != "" {
			diff(k.key, k.x, k.y)
		}
	}
	if b.fm.Order != nil && a.fm.Order == nil {
		a.node.Order = *b.fm.Order
	}
}

// mergeLang copies src's language into dst, matching children by id, and
// reports sections or duties present in only one of the two files.
func mergeLang(dst, src *model.Node, l model.Lang, dstFile, srcFile string, c *collector) {
	dst.Title[l], dst.Body[l], dst.Summary[l], dst.Aliases[l], dst.Loc[l] = src.Title[l], src.Body[l], src.Summary[l], src.Aliases[l], src.Loc[l]
	dst.Sources = firstNonEmpty(dst.Sources, src.Sources)
	dst.Concerns = firstNonEmpty(dst.Concerns, src.Concerns)
	if dst.From == "" {
		dst.From, dst.To = src.From, src.To
	}
	if dst.Role == model.RoleGroup && src.Role != model.RoleGroup {
		dst.Role = src.Role
	}
	for d, t := range src.Traits {
		if dst.Traits == nil {
			dst.Traits = map[model.Dimension]model.Text{}
		}
		cur := dst.Traits[d]
		cur[l] = t[l]
		dst.Traits[d] = cur
	}
	dl, sl := countLeaves(dst), countLeaves(src)
	if dl != sl {
		c.add(srcFile, src.Loc[l].Line, fmt.Sprintf("duties are matched by their order; make both lists the same length (%s:%d)", dstFile, dst.Loc[1-l].Line),
			"%q has %d duties here but %d in %s", titleOf(src, l), sl, dl, dstFile)
	}
	// Twins usually stand at the same index; a map is built only for the
	// rare section whose two files order children differently.
	var byID map[string]int
	twinOf := func(i int, id string) int {
		if i < len(dst.Children) && dst.Children[i].ID == id {
			return i
		}
		if byID == nil {
			byID = make(map[string]int, len(dst.Children))
			for k, d := range dst.Children {
				byID[d.ID] = k
			}
		}
		if k, ok := byID[id]; ok {
			return k
		}
		return -1
	}
	matched := make([]bool, len(dst.Children))
	for i, ch := range src.Children {
		k := twinOf(i, ch.ID)
		if k < 0 || dst.Children[k].Kind != ch.Kind {
			if !ch.Kind.IsLeaf() {
				c.add(srcFile, ch.Loc[l].Line, fmt.Sprintf("add a heading ending in {#%s} to %s, or check the id's spelling", ch.ID, dstFile), "section %q (id %s) is missing from %s", ch.Title[l], ch.ID, dstFile)
			}
			continue
		}
		matched[k] = true
		mergeLang(dst.Children[k], ch, l, dstFile, srcFile, c)
	}
	for i, ch := range dst.Children {
		if !matched[i] && !ch.Kind.IsLeaf() {
			ol := 1 - l
			c.add(dstFile, ch.Loc[ol].Line, fmt.Sprintf("add a heading ending in {#%s} to %s, or check the id's spelling", ch.ID, srcFile), "section %q (id %s) is missing from %s", ch.Title[ol], ch.ID, srcFile)
		}
	}
}

func titleOf(n *model.Node, l model.Lang) string { return n.Title[l] }

func countLeaves(n *model.Node) int {
	k := 0
	for _, ch := range n.Children {
		if ch.Kind.IsLeaf() {
			k++
		}
	}
	return k
}

func firstNonEmpty(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// overlay applies a later layer's document on top of an earlier one:
// texts and traits it gives replace the old ones, sections with the same id
// merge, new sections are added, and a section that lists duties replaces
// the old section's duties.
func overlay(dst, src *model.Node) {
	for l := range model.NumLangs {
		if src.Title.Has(l) {
			dst.Title[l] = src.Title[l]
			dst.Loc[l] = src.Loc[l]
		}
		if src.Body.Has(l) {
			dst.Body[l] = src.Body[l]
		}
		if src.Summary.Has(l) {
			dst.Summary[l] = src.Summary[l]
		}
		if len(src.Aliases[l]) > 0 {
			dst.Aliases[l] = src.Aliases[l]
		}
	}
	for d, t := range src.Traits {
		if dst.Traits == nil {
			dst.Traits = map[model.Dimension]model.Text{}
		}
		cur := dst.Traits[d]
		for l := range model.NumLangs {
			if t.Has(l) {
				cur[l] = t[l]
			}
		}
		dst.Traits[d] = cur
	}
	dst.Sources = firstNonEmpty(src.Sources, dst.Sources)
	dst.Concerns = firstNonEmpty(src.Concerns, dst.Concerns)
	if src.From != "" {
		dst.From, dst.To = src.From, src.To
	}
	if src.Order != 0 {
		dst.Order = src.Order
	}
	if src.Role != model.RoleGroup {
		dst.Role = src.Role
	}
	dst.Layer = src.Layer
	if countLeaves(src) > 0 {
		dst.Children = slices.DeleteFunc(dst.Children, func(n *model.Node) bool { return n.Kind.IsLeaf() })
	}
	for _, ch := range src.Children {
		if i := slices.IndexFunc(dst.Children, func(n *model.Node) bool { return n.ID == ch.ID && !n.Kind.IsLeaf() }); i >= 0 && !ch.Kind.IsLeaf() {
			overlay(dst.Children[i], ch)
			continue
		}
		dst.Children = append(dst.Children, ch)
	}
}

// loadSources reads the layer's sources.yaml, if any.
func (ld *loader) loadSources(l Layer) {
	const name = "sources.yaml"
	file := ld.display(l, name)
	data, err := fs.ReadFile(l.FS, name)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		ld.c.add(file, 0, "check that the file is readable", "cannot read: %v", plainErr(err))
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

// checkRefs reports source and department ids that name nothing.
func (ld *loader) checkRefs() {
	for _, r := range ld.refs {
		if _, ok := ld.srcIdx[r.id]; !ok {
			ld.c.add(r.file, r.line, "list it in sources.yaml, or check the spelling", "unknown source %q", r.id)
		}
	}
	for _, r := range ld.deptRef {
		i, ok := ld.docIdx[r.id]
		if !ok || ld.docs[i].Kind != model.KindDepartment {
			ld.c.add(r.file, r.line, "use the id: of a department file"+ld.deptHint(), "%q is not a known department", r.id)
		}
	}
}

func (ld *loader) deptHint() string {
	var ids []string
	for _, d := range ld.docs {
		if d.Kind == model.KindDepartment {
			ids = append(ids, d.ID)
		}
	}
	if len(ids) == 0 || len(ids) > 15 {
		return ""
	}
	return " (" + strings.Join(ids, ", ") + ")"
}

// badUTF8Line returns the line holding the first invalid UTF-8 byte.
func badUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// plainErr drops Go's "open x:" prefixes where the file is already named.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
