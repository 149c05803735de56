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
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// Layer is one folder of content. Later layers add documents and override
// nodes with the same id.
type Layer struct {
	Name string // shown in the detail pane: "built-in", "./myorg"
	FS   fs.FS
	Root string // prefix for file names in problems

	dir string // the folder on disk, if the layer is one: see Layer.read
}

// Dir is a layer read from a folder on disk.
func Dir(dir string) Layer {
	return Layer{Name: termsafe.QuoteName(dir), FS: os.DirFS(dir), Root: dir, dir: dir}
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

// display is how problems name a file: under the layer's folder, and
// quoted when the name holds characters that do not show as themselves
// (a newline in a file name must not start a forged line of the report).
func (ld *loader) display(l Layer, name string) string {
	if l.Root != "" {
		name = path.Join(l.Root, name)
	}
	return termsafe.QuoteName(name)
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
		if l.dir != "" {
			// A language folder linked elsewhere (en -> /) would be walked
			// through; refuse it like a linked file.
			if err := inside(l.dir, root); err != nil {
				msg, fix := readError(err)
				ld.c.add(ld.display(l, root), 0, fix, "%s", msg)
				continue
			}
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
	data, err := l.read(f.name)
	if err != nil {
		msg, fix := readError(err)
		c.add(file, 0, fix, "%s", msg)
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
	plainTitles(doc, f.lang)
	checkVisible(file, f.lang, doc, fm, &c)
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
	doc := &model.Node{ID: fm.ID, Code: fm.Code, Sources: fm.Sources, Concerns: fm.Concerns, From: fm.From, To: fm.To}
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
