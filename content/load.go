// Package content reads organisation content: Markdown files with YAML
// front matter, one per department, topic or relation and language. The
// built-in organisation is embedded; users' folders are read the same way
// and can be layered over it.
package content

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/dutymap/dutymap/model/analysis"
)

// Layer is one folder of content. Later layers add documents and override
// nodes with the same id.
type Layer struct {
	Name string // shown in the detail pane: "built-in", "./myorg"
	FS   fs.FS
	Root string // prefix for file names in problems

	dir     string   // the folder on disk, if the layer is one: see Layer.read
	builtin bool     // the embedded organisation: see Builtin
	digests *Digests // the sums of the files read, when recording (Recording)
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
	groupRef *located  // the group: the department names, if any
	// brokenID is the id of a file that could not be read far enough to
	// make a document, when it can still be seen; its twin and the files
	// naming it are not reported for its sake.
	brokenID string
	rel      string                  // the file's name inside its language folder
	named    map[attrPlace]model.Loc // the Code:, Aliases: and Sources: lines of its sections and duties
	// looseRoles, spelt: see collector.looseRoles and collector.spelt.
	looseRoles  []looseRole
	personRoles []personRole
	spelt       map[model.Loc]model.Lang
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

	groups       []*declaredGroup // groups.yaml of every layer, in order
	groupIdx     map[string]int
	groupRefs    []located // group ids named by departments
	groupsUnread bool      // a groups.yaml could not be read: group names go unchecked

	sourcesUnread bool            // a sources.yaml could not be read: citations go unchecked
	broken        map[string]bool // ids of files too broken to make a document
	idTwins       []idTwin        // files whose two languages give different ids
	lineRefs      map[string]int  // lineRefCounts, once the organisation is whole
	layer         int             // the layer being read, from 0
	given         map[givenKey]keyAt
	named         map[attrPlace]model.Loc // the sections' and duties' Code: and Aliases: lines, of every file
	codeHolders   map[string]int          // nodes by folded code, counted once a code is found twice (codeCount)

	listing     bool       // Inputs: files are listed, not noted (no file is opened)
	lines       lineBudget // the lines of the files read so far, bounded by maxLines
	listedFiles int        // .md files found in every layer so far
	listedBytes int64      // their sizes, as listed (each file is bounded again when read)

	// langDirs is the language folder of each file read, as shown
	// ("org/en/"; missing when not known): what restoreDept names.
	langDirs map[string]string

	tags      [model.NumLangs]string // the language tag of each language's folders
	mixedTags [model.NumLangs]bool   // layers gave one language folders of different tags
}

type located struct {
	id, file string
	line     int
	// key is the front-matter key that named a department (from, to,
	// concerns): what deptHint's fix names.
	key string
}

// Load reads the layers in order and returns the merged organisation, or
// Problems listing everything wrong with them.
func Load(layers ...Layer) (*model.Org, error) {
	org, ps := check(false, layers...)
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, errs
	}
	return org, nil
}

// Check reads the layers as Load does and returns everything it found:
// problems and notes (Problem.Note), sorted by file and line. The
// organisation is nil when any problem is not a note.
func Check(layers ...Layer) (*model.Org, Problems) { return check(true, layers...) }

// check is Check; without notes, it leaves out the notes that take a
// pass of their own over the whole organisation (names that look alike,
// text left untranslated), which Load would drop: at 100,000 duties they
// were a tenth of loading's time on one core, while the other waited.
func check(notes bool, layers ...Layer) (*model.Org, Problems) {
	ld := newLoader()
	overBuiltin := true // see resolver.overBuiltin
	for i, l := range layers {
		ld.layer = i
		ld.loadLayer(l)
		overBuiltin = overBuiltin && !l.builtin
	}
	ld.checkRefs()
	ld.checkGroups()
	ld.checkNames() // errors too: always
	if notes {
		noteLookalikes(ld.docs, &ld.c)
	}
	org := model.NewOrg(ld.docs, ld.sources)
	org.Groups = ld.modelGroups()
	ld.checkNodeNames(org, notes) // by path: NewOrg gives each node its own
	// RACI lines and hand-off links name nodes anywhere in the
	// organisation, so they are resolved once it is whole (and even when
	// it has other problems, so that validate lists everything at once).
	ld.c.reportTwinIDs(ld.lineRefCounts)
	resolveRefs(org, &ld.c, len(ld.broken) > 0, ld.twinIDs(), ld.langDirs, overBuiltin)
	if notes {
		ld.noteUntranslated(org, ld.tags)
		ld.noteTwinNumbers(org)
	}
	ps := ld.c.list.sorted()
	if len(ps.Errors()) > 0 {
		return nil, ps
	}
	for l := range model.NumLangs {
		if !ld.mixedTags[l] {
			org.Tags[l] = ld.tags[l]
		}
	}
	return org, ps
}

func newLoader() *loader {
	return &loader{srcIdx: map[string]int{}, docIdx: map[string]int{}, broken: map[string]bool{}, groupIdx: map[string]int{}, given: map[givenKey]keyAt{}, named: map[attrPlace]model.Loc{}, langDirs: map[string]string{}}
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
	folders, ok := ld.langFolders(l)
	if !ok {
		return
	}
	ld.loadSources(l)
	ld.loadGroups(l)
	files := ld.listFiles(l, folders)
	if len(files) == 0 {
		if l.dir != "" {
			// myorg/en given for myorg: the folder is a language folder
			// itself, and the fix is the folder above it.
			clean := filepath.Clean(l.dir)
			parent := filepath.Dir(clean)
			if clean == "." || filepath.Base(clean) == ".." {
				parent = filepath.Join(clean, "..") // dutymap validate . inside en/
			}
			abs, _ := filepath.Abs(clean)
			if base := filepath.Base(abs); base != string(filepath.Separator) && holdsMarkdown(l.FS, ".") {
				if _, isLang := folderTag(base); isLang {
					ld.c.add(termsafe.QuoteName(l.Root), 0, "give the folder that holds it instead: "+termsafe.QuoteName(parent),
						"no content files: this is a language folder (%s/) itself, and dutymap reads the folder that holds the language folders", termsafe.QuoteName(base))
					return
				}
			}
		}
		ld.c.add(termsafe.QuoteName(l.Root), 0, "write files such as en/sales.md (see docs/content-format.md), or start from the built-in ones with: dutymap init DIR",
			"no content files (expected .md files in a folder named by a language, such as en/ or zh/)")
		return
	}
	if ld.listedFiles > maxFiles || ld.listedBytes > maxTotalSize {
		ld.c.add(termsafe.QuoteName(l.Root), 0, "load fewer folders at once, or move what is not content out of the language folders",
			"the content is too large: dutymap reads at most %d files and %d MB in all (found %s)",
			maxFiles, maxTotalSize>>20, ld.listedSummary()).as(KindTooMuch, "")
		return
	}
	if !ld.listing && !ld.checkMemory(l) {
		return
	}
	var perLang [model.NumLangs][]*parsedDoc
	var broken [model.NumLangs]map[string]bool // file names inside the language folder
	for _, pd := range ld.parseAll(l, files) {
		ld.c.list = append(ld.c.list, pd.problems...)
		ld.c.looseRoles = append(ld.c.looseRoles, pd.looseRoles...)
		ld.c.personRoles = append(ld.c.personRoles, pd.personRoles...)
		if len(pd.spelt) > 0 {
			if ld.c.spelt == nil {
				ld.c.spelt = map[model.Loc]model.Lang{}
			}
			maps.Copy(ld.c.spelt, pd.spelt)
		}
		ld.refs = append(ld.refs, pd.refs...)
		ld.deptRef = append(ld.deptRef, pd.deptRefs...)
		maps.Copy(ld.named, pd.named)
		if dir := langDir(pd.file, pd.rel); dir != "" {
			ld.langDirs[pd.file] = dir
		}
		if pd.groupRef != nil && pd.node != nil {
			ld.groupRefs = append(ld.groupRefs, *pd.groupRef)
		}
		switch {
		case pd.node != nil:
			perLang[pd.lang] = append(perLang[pd.lang], pd)
		default:
			if pd.brokenID != "" {
				ld.broken[pd.brokenID] = true
			}
			if broken[pd.lang] == nil {
				broken[pd.lang] = map[string]bool{}
			}
			broken[pd.lang][pd.rel] = true
		}
	}
	both := len(folders[model.En]) > 0 && len(folders[model.Zh]) > 0
	byID := map[string][model.NumLangs]*parsedDoc{}
	var order []string
	for _, lang := range model.Langs {
		keeps := idKeepers(perLang[lang])
		for _, pd := range perLang[lang] {
			pair, seen := byID[pd.node.ID]
			if keeper := keeps[pd.node.ID]; keeper != pd {
				ld.duplicateID(pd, keeper, keeps)
				// Its twin in the other language is not "written in one
				// language only": this file's id is the one to fix.
				if broken[lang] == nil {
					broken[lang] = map[string]bool{}
				}
				broken[lang][pd.rel] = true
				continue
			}
			if !seen {
				order = append(order, pd.node.ID)
			}
			pair[lang] = pd
			byID[pd.node.ID] = pair
		}
	}
	var twins []idTwin
	if both {
		twins = namesakes(perLang, byID, folders)
		ld.idTwins = append(ld.idTwins, twins...)
	}
	for _, id := range order {
		pair := byID[id]
		if both && (pair[model.En] == nil || pair[model.Zh] == nil) && !twinned(twins, pair[model.En]) && !twinned(twins, pair[model.Zh]) {
			have, miss := pair[model.En], model.Zh
			if have == nil {
				have, miss = pair[model.Zh], model.En
			}
			// A twin too broken to read was reported already.
			if !ld.broken[id] && !broken[miss][have.rel] {
				ld.c.note(have.file, 1, fmt.Sprintf("to show it in both languages, write %s/%s: a copy of this file with its name, sections and duties translated, keeping  id: %s  and each {#id}", folders[miss], have.rel, id),
					"%q is written in %s/ only; it is shown in that language whichever language is chosen", id, folders[have.lang])
			}
		}
		ld.recordKeys(pair)
		doc := ld.pairLanguages(pair)
		doc.Walk(func(n *model.Node) bool { n.Layer = l.Name; return true })
		if i, ok := ld.docIdx[id]; ok {
			ld.overlay(ld.docs[i], doc, id)
			continue
		}
		if doc.Kind == model.KindRelation {
			// from: and to: may stand in either language's file.
			for _, k := range []struct{ key, val string }{{"from", doc.From()}, {"to", doc.To()}} {
				if k.val == "" {
					file, _ := locOf(doc)
					ld.c.add(file, 1, "add  "+k.key+": <department id>  to the front matter", "a relation needs %s:", k.key)
				}
			}
		}
		ld.docIdx[id] = len(ld.docs)
		ld.docs = append(ld.docs, doc)
	}
}

// idKeepers returns, for each id the documents of one language give, the
// document that keeps it: the one whose file is named after it (en/hr.md
// for hr) when another one also gives it, else the first. The others are
// reported (duplicateID): the document named after the id is the one
// that was meant, and reading the other one under it reported its lines
// against the wrong department (tryout17 #6).
func idKeepers(docs []*parsedDoc) map[string]*parsedDoc {
	keeps := make(map[string]*parsedDoc, len(docs))
	for _, pd := range docs {
		switch kept, ok := keeps[pd.node.ID]; {
		case !ok:
			keeps[pd.node.ID] = pd
		case fileID(pd.rel) == pd.node.ID && fileID(kept.rel) != pd.node.ID:
			keeps[pd.node.ID] = pd
		}
	}
	return keeps
}

// fileID is the id a file's name suggests: "finance" for "finance.md".
func fileID(rel string) string { return strings.TrimSuffix(path.Base(rel), ".md") }

// duplicateID reports pd, whose id keeper keeps (see idKeepers). When its
// file's name is an id no document of its language gives, the fix writes
// that id: most often the id was copied from another file, or mistyped.
func (ld *loader) duplicateID(pd, keeper *parsedDoc, keeps map[string]*parsedDoc) {
	id := pd.node.ID
	if own := fileID(pd.rel); own != id && validID(own) && keeps[own] == nil && fileID(keeper.rel) == id {
		ld.c.add(pd.file, pd.fm.line("id"), fmt.Sprintf("write  id: %s  (after the file's name), or another id of its own", own),
			"duplicate id %q: %s, named after it, has it too", id, keeper.file)
		return
	}
	ld.c.add(pd.file, pd.fm.line("id"), "give each file its own id; "+keeper.file+" already uses it", "duplicate id %q", id)
}

// contentFile is a .md file found under a language folder.
type contentFile struct {
	name, display string
	rel           string // the name inside the language folder
	lang          model.Lang
}

// langFolders finds the layer's language folders: top-level folders named
// by a BCP 47 tag (en, de, pt-BR, zh-Hant), one per explorer language:
// Chinese, and one other. It reports a layer that does not exist.
func (ld *loader) langFolders(l Layer) (folders [model.NumLangs]string, ok bool) {
	entries, err := fs.ReadDir(l.FS, ".")
	switch {
	case errors.Is(err, fs.ErrNotExist):
		ld.c.add(termsafe.QuoteName(l.Root), 0, "check the folder's name; --content and $"+"DUTYMAP_CONTENT take folders such as ./myorg", "no such folder")
		return folders, false
	case errors.Is(err, syscall.ELOOP):
		// A link to itself, or links in a loop: no permission to fix
		// (tryout28 P20).
		ld.c.add(termsafe.QuoteName(l.Root), 0, "remove the link, or point it at the content folder",
			"cannot read the folder: it is a symbolic link that leads to itself, or links in a loop")
		return folders, false
	case err != nil:
		ld.c.add(termsafe.QuoteName(l.Root), 0, "give a folder that you may read", "cannot read the folder: %v", plainErr(err))
		return folders, false
	}
	for _, e := range entries {
		name := e.Name()
		if info, err := fs.Stat(l.FS, name); err != nil || !info.IsDir() {
			if err == nil {
				ld.yamlNearMiss(l, name)
			}
			continue
		}
		tag, isLang := folderTag(name)
		if !isLang {
			// A link is not followed to look for notes: it may lead anywhere.
			if !Ignored(name) && e.Type()&fs.ModeSymlink == 0 && holdsMarkdown(l.FS, name) {
				ld.c.note(ld.display(l, name), 0, "to read them, move them into a folder named by a language code such as en/, de/ or zh-Hant/",
					"%s/ is not named by a language, so its .md files are not read", name)
			}
			continue
		}
		lang := model.TagLang(tag)
		if prev := folders[lang]; prev != "" {
			ld.c.add(ld.display(l, name), 0, fmt.Sprintf("keep one of %s/ and %s/ in this folder, and put the other in a content folder of its own", prev, name),
				"%s/ and %s/ are both shown as the explorer's %s: a content folder holds Chinese and at most one other language", prev, name, lang.Name())
			continue
		}
		folders[lang] = name
		switch {
		case ld.tags[lang] == "":
			ld.tags[lang] = tag
		case ld.tags[lang] != tag:
			ld.mixedTags[lang] = true
		}
	}
	return folders, true
}

// yamlNearMiss notes a file beside the language folders named almost as
// sources.yaml or groups.yaml (sources.yml, source.yaml, Groups.yaml):
// it is not read, and the ids it lists were reported unknown, with a fix
// ("list it in sources.yaml") that the user believed done.
func (ld *loader) yamlNearMiss(l Layer, name string) {
	lower := strings.ToLower(name)
	stem, ext := strings.TrimSuffix(lower, path.Ext(lower)), path.Ext(lower)
	if ext != ".yaml" && ext != ".yml" {
		return
	}
	for _, want := range []string{sourcesDoc.name, groupsDoc.name} {
		wantStem := strings.TrimSuffix(want, ".yaml")
		if name == want || stem != wantStem && stem != strings.TrimSuffix(wantStem, "s") {
			continue
		}
		fix := "rename it to " + want
		if _, err := fs.Stat(l.FS, want); err == nil {
			if strings.EqualFold(name, want) {
				return // a file system blind to case reads Sources.yaml as sources.yaml
			}
			fix = "move its entries into " + want + ", then delete it"
		}
		ld.c.note(ld.display(l, name), 0, fix, "%s is not read: dutymap reads the file named %s", termsafe.QuoteName(name), want)
	}
}

// folderTag reads a folder name as a language tag. Three-letter names that
// are also common folder names are not taken for languages.
// LangFolder reports whether the loader reads a top-level folder named
// name as a language folder, and the language tag it names.
func LangFolder(name string) (tag string, ok bool) { return folderTag(name) }

func folderTag(name string) (string, bool) {
	if commonFolders[strings.ToLower(name)] {
		return "", false
	}
	tag, err := model.ParseTag(name)
	if err != nil || !strings.EqualFold(tag, strings.ReplaceAll(name, "_", "-")) {
		return "", false
	}
	return tag, true
}

// commonFolders are names that are also ISO 639 language codes (doc is
// Northern Dong, src Logudorese Sardinian) but far more often hold other files.
var commonFolders = map[string]bool{}

func init() {
	for _, n := range strings.Fields("old src lib new api raw app doc bin dev log css etc var opt srv cfg mkt org dir pkg res csv xml yml txt tex man inc") {
		commonFolders[n] = true
	}
}

// holdsMarkdown reports whether a folder holds a .md file, looking at no
// more than a few thousand entries.
func holdsMarkdown(fsys fs.FS, dir string) bool {
	found, seen := false, 0
	_ = fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		seen++
		if err == nil && name != dir && Ignored(name) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if err == nil && !d.IsDir() && IsMarkdown(name) {
			found = true
		}
		if found || seen > 5000 {
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// IsMarkdown reports whether the loader reads the file named as content:
// its name ends in .md, in any letter case (sales.MD, as some editors and
// systems save it).
func IsMarkdown(name string) bool {
	return len(name) >= 3 && strings.EqualFold(name[len(name)-3:], ".md")
}

// otherMarkdownExts are the other extensions Markdown files are saved
// with, and textExts those of plain text: a file with one of them may be
// content written under another name.
var (
	otherMarkdownExts = map[string]bool{".markdown": true, ".mdown": true, ".mkd": true, ".mkdn": true, ".mdwn": true, ".mdtxt": true}
	textExts          = map[string]bool{".txt": true, ".text": true, "": true}
)

// Ignored reports whether name (a file or folder; its last element is
// looked at) is passed over without a word wherever content is looked
// for: by the loader in language folders, by live reload's watcher and
// so by what the cache records. It holds for no one's content: hidden
// names (.git, .DS_Store, an editor's .sales.md.swp, Emacs's lock link
// .#sales.md, macOS's AppleDouble ._sales.md), editors' auto-saves and
// backups (#sales.md#, sales.md~, sales.md.bak, sales.md.orig, vim's
// write test 4913), temporaries (x.tmp, Office's ~$x.docx) and the
// folder files Windows writes (Thumbs.db, desktop.ini). One rule for all
// three, so that a file the watcher ignores is never one the loader
// reads.
func Ignored(name string) bool {
	base := filepath.Base(name)
	if base == "." || base == string(filepath.Separator) {
		return false
	}
	lower := strings.ToLower(base)
	switch {
	case strings.HasPrefix(base, "."), strings.HasPrefix(base, "~$"):
		return true
	case len(base) > 1 && strings.HasPrefix(base, "#") && strings.HasSuffix(base, "#"):
		return true
	case strings.HasSuffix(base, "~"), base == "4913", lower == "thumbs.db", lower == "desktop.ini":
		return true
	}
	switch path.Ext(lower) {
	case ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig", ".rej":
		return true
	}
	return false
}

// ownCloudConflictRe is the mark ownCloud and older Nextcloud clients put
// in a conflict copy's name: sales_conflict-20261129-101112.md.
var ownCloudConflictRe = lazyre.New(`_conflict-\d{8}-\d{6}$`)

// datedRe finds a date as sync services write them: 2026-11-29, 20261129.
var datedRe = lazyre.New(`\d{4}-\d{2}-\d{2}|\d{8}`)

// ConflictCopy reports whether a content file's name is that of the copy
// a sync service keeps when two edits of one file clash, and the name of
// the file it is a copy of: Dropbox's and Nextcloud's "sales (Ana's
// conflicted copy 2026-11-29).md" (and its other languages' "Kopie in
// Konflikt", "copie en conflit"…), ownCloud's
// "sales_conflict-20261129-101112.md", Syncthing's
// "sales.sync-conflict-20261129-101500-ABCDEFG.md". Such a copy holds the
// same id as its original, and one of the two edits: it is not read (two
// documents with one id would stop every command), and says so.
func ConflictCopy(name string) (of string, ok bool) {
	base := path.Base(filepath.ToSlash(name))
	if !IsMarkdown(base) {
		return "", false
	}
	stem, ext := base[:len(base)-3], base[len(base)-3:]
	lower := strings.ToLower(stem)
	if i := strings.Index(lower, ".sync-conflict-"); i > 0 {
		return stem[:i] + ext, true
	}
	if m := ownCloudConflictRe().FindStringIndex(lower); m != nil && m[0] > 0 {
		return stem[:m[0]] + ext, true
	}
	// "(… conflicted copy …)", and the same in other languages' clients
	// ("Kopie in Konflikt", "copie en conflit"): a parenthesis naming a
	// conflict.
	// The services date their copies: a title such as "Disputes (conflict
	// handling).md" is not one.
	if open := strings.LastIndex(stem, "("); open > 0 && strings.HasSuffix(stem, ")") && datedRe().MatchString(stem[open:]) {
		inside := lower[open:]
		for _, w := range []string{"conflict", "konflikt", "conflit", "conflitto", "conflicto", "冲突", "衝突"} {
			if strings.Contains(inside, w) {
				return strings.TrimRight(stem[:open], " ") + ext, true
			}
		}
	}
	return "", false
}

// notReadNote is the note on a file of a language folder that is not
// read: what it is, and a fix that works. A rename to .md is offered only
// for Markdown or text, plainly when the file starts with front matter
// (renamed, it is content), else with what content must hold; never to a
// name that is taken.
func notReadNote(fsys fs.FS, name string, link bool) (msg, fix string) {
	base := path.Base(name)
	if link {
		// Renaming cannot make a link to a folder, or a loop, content.
		switch info, err := fs.Stat(fsys, name); {
		case err != nil:
			return base + " is a symbolic link that leads nowhere (to itself, in a loop, or to nothing) and is not read", "remove the link, or point it at a file"
		case info.IsDir():
			return base + " is a symbolic link to a folder, which dutymap does not follow", "move the folder's .md files into the language folder, or give that folder as a content folder of its own (another --content)"
		}
	}
	msg = base + " is not read: only .md files in a language folder are"
	if (base == sourcesDoc.name || base == groupsDoc.name) && strings.Count(name, "/") == 1 {
		// en/sources.yaml: written in the language folder, beside the
		// files that cite its ids
		return msg, fmt.Sprintf("move it out of %s/, into the content folder beside it, where %s is read", path.Dir(name), base)
	}
	ext := strings.ToLower(path.Ext(base))
	target := strings.TrimSuffix(base, path.Ext(base))
	if !IsMarkdown(target) {
		target += ".md"
	}
	if t := strings.TrimRight(base, " ."); t != base && IsMarkdown(t) {
		// "sales.md " or "sales.md.": a slip that leaves no visible
		// trace in a listing (Windows cannot even open such a file).
		msg = fmt.Sprintf("%q is not read: its name ends in %q after .md, so it is not a .md file", base, base[len(t):])
		target = t
	} else if !otherMarkdownExts[ext] && !textExts[ext] {
		return msg, "keep it outside the language folders"
	}
	if _, err := fs.Stat(fsys, path.Join(path.Dir(name), target)); err == nil {
		return msg, fmt.Sprintf("%s is already there: if this is content too, give it another name ending in .md; otherwise keep it outside the language folders",
			termsafe.QuoteName(target))
	}
	target = termsafe.QuoteName(target)
	// A link is not followed: it may lead outside the folder.
	if !link && startsWithFrontMatter(fsys, name) {
		return msg, "to read it, rename it to " + target
	}
	return msg, "if it is content, rename it to " + target + " and start it with front matter (a line ---, then id: and name:, then another line ---); otherwise keep it outside the language folders"
}

// startsWithFrontMatter reports whether a regular file's first line is
// ---, reading only that far.
func startsWithFrontMatter(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	if err != nil || regular(info) != nil {
		return false
	}
	f, err := fsys.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	line := strings.TrimPrefix(string(head[:n]), "\uFEFF")
	return strings.HasPrefix(line, "---\n") || strings.HasPrefix(line, "---\r\n")
}

// maxSkippedNotes bounds the notes about files that are not read (a
// folder of images gets a few and a count, not one per image).
const maxSkippedNotes = 10

// skippedFiles counts the files of language folders that are not read
// (Ignored files are not counted: they are passed over).
type skippedFiles struct{ n int }

// add counts a file that is not read and reports whether it gets a note
// of its own.
func (s *skippedFiles) add() bool {
	s.n++
	return s.n <= maxSkippedNotes
}

// listFiles finds every .md file under the layer's language folders, and
// notes the other files there: nothing is skipped without a word.
func (ld *loader) listFiles(l Layer, folders [model.NumLangs]string) []contentFile {
	var out []contentFile
	var skipped skippedFiles
	defer func() {
		if more := skipped.n - maxSkippedNotes; more > 0 {
			ld.c.note(termsafe.QuoteName(l.Root), 0, "content files end in .md and start with front matter; keep the other files outside the language folders",
				"%d more files in its language folders are not read", more)
		}
	}()
	for _, lang := range model.Langs {
		root := folders[lang]
		if root == "" {
			continue
		}
		if l.dir != "" {
			// A language folder linked elsewhere (en -> /) would be walked
			// through; refuse it like a linked file.
			if err := inside(l.dir, root); err != nil {
				ld.c.unreadable(ld.display(l, root), err)
				continue
			}
		}
		err := fs.WalkDir(l.FS, root, func(name string, d fs.DirEntry, err error) error {
			file := ld.display(l, name)
			if err != nil {
				ld.c.add(file, 0, "check that the folder exists and you may read it", "cannot read: %v", plainErr(err))
				return nil
			}
			if name != root && Ignored(name) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if of, ok := ConflictCopy(name); ok && !d.IsDir() {
				if !ld.listing && skipped.add() {
					ld.c.note(file, 0, "merge what differs into "+termsafe.QuoteName(of)+", then delete this copy",
						"%s is not read: it looks like the copy a sync service (Dropbox, Syncthing, Nextcloud) keeps when two edits of %s clashed",
						termsafe.QuoteName(path.Base(name)), termsafe.QuoteName(of))
				}
				return nil
			}
			if !IsMarkdown(name) {
				if !d.IsDir() && !ld.listing && skipped.add() {
					msg, fix := notReadNote(l.FS, name, d.Type()&fs.ModeSymlink != 0)
					ld.c.note(file, 0, fix, "%s", msg)
				}
				return nil
			}
			if d.IsDir() {
				ld.c.add(file, 0, "a content file must be a file; rename the folder so it does not end in .md", "is a folder, not a file")
				return nil
			}
			out = append(out, contentFile{name: name, display: file, rel: strings.TrimPrefix(name, root+"/"), lang: lang})
			ld.listedFiles++
			if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
				ld.listedBytes += info.Size()
			}
			if ld.listedFiles > maxFiles {
				return fs.SkipAll // walking on would only make the count larger
			}
			return nil
		})
		if err != nil {
			ld.c.add(ld.display(l, root), 0, "check the folder's permissions", "cannot read the folder: %v", plainErr(err))
		}
	}
	return out
}

// listedSummary says how much content was found, for the error when it is
// too much: "more than 100000 files" once the walk stopped counting.
func (ld *loader) listedSummary() string {
	if ld.listedFiles > maxFiles {
		return fmt.Sprintf("more than %d files", maxFiles)
	}
	return fmt.Sprintf("%d files, %d MB", ld.listedFiles, (ld.listedBytes+1<<20-1)>>20)
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
				out[i] = readFile(l, files[i], &ld.lines)
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

// readFile reads and parses one file. It touches no shared state but the
// line budget, so files can be parsed in parallel.
func readFile(l Layer, f contentFile, lines *lineBudget) *parsedDoc {
	pd := &parsedDoc{file: f.display, lang: f.lang, rel: f.rel}
	var c collector
	defer func() {
		pd.problems, pd.looseRoles, pd.personRoles, pd.spelt = capProblems(f.display, c.list), c.looseRoles, c.personRoles, c.spelt
	}()
	file := f.display
	data, err := l.read(f.name)
	if err != nil {
		c.unreadable(file, err)
		return pd
	}
	if !lines.take(data) {
		// Parsed, the lines would take more memory than the machine may
		// have: one problem says so, and no file past the bound is parsed.
		if !lines.told.Swap(true) {
			c.add(file, 0, "load fewer folders at once, or split the organisation into folders each loaded on its own (--content)",
				"the content is too large: dutymap reads at most %d lines of content files in all, and with this file the files hold more", maxLines).as(KindTooMuch, "")
		}
		return pd
	}
	if !utf8.Valid(data) {
		c.add(file, badUTF8Line(data), "save the file as UTF-8 (most editors offer this under Save As or Encoding)", "text is not valid UTF-8")
		return pd
	}
	data, whole, asWritten := readableText(file, data, &c)
	yamlText, body, bodyLine, ok := splitFrontMatter(data)
	if reportConflicts(file, whole, true, &c) {
		if m := idLineRe().FindSubmatch(yamlText); ok && m != nil {
			pd.brokenID = string(m[1])
		}
		return pd // both versions are in it: read either, and the other's lines would be misread
	}
	bodyText := whole[len(whole)-len(body):] // body ends data: the same piece of whole, not a copy
	if !ok {
		line, fix, msg := noFrontMatter(data)
		c.add(file, line, fix, "%s", msg)
		return pd
	}
	fm, ok := parseFrontMatter(file, yamlText, &c)
	text, pasted := pastedFiles(bodyText, bodyLine)
	if len(pasted) > 0 {
		own := ""
		if ok {
			own = fm.ID
		}
		reportPasted(file, langDir(file, f.rel), own, pasted, &c)
	}
	var doc *model.Node
	switch {
	case ok && fm.bad["kind"]:
		return pd // what the body holds (duties, points, hand-offs) depends on it
	case ok:
		doc = pd.docFromFrontMatter(fm, &c)
	default:
		// The file makes no document, but its body's problems are its
		// own: they are reported with the front matter's, every problem
		// at once.
		if m := idLineRe().FindSubmatch(yamlText); m != nil {
			pd.brokenID = string(m[1])
		}
		fm = &frontMatter{}
		doc = &model.Node{Kind: model.KindDepartment}
		if m := kindLineRe().FindSubmatch(yamlText); m != nil {
			doc.Kind, _ = docKind(string(m[1]))
		}
	}
	leaf := model.KindDuty
	if doc.Kind != model.KindDepartment {
		leaf = model.KindPoint
	}
	pd.named = map[attrPlace]model.Loc{}
	refs := parseBody(file, f.lang, doc, text, bodyLine, leaf, asWritten, &c, lines, pd.named)
	plainTitles(doc, f.lang)
	checkVisible(file, f.lang, doc, fm, asWritten[1:max(bodyLine-2, 1)], &c)
	for _, s := range fm.Sources {
		refs = append(refs, sourceRef{id: s, line: fm.line("sources")})
	}
	for _, r := range refs {
		pd.refs = append(pd.refs, located{id: r.id, file: file, line: r.line})
	}
	NumberLeaves(doc)
	checkSiblings(file, f.lang, doc, &c)
	if fm.readAround {
		// Read around its YAML's fault only to tell the rest of its
		// problems: the file makes no document, as one whose front
		// matter cannot be read at all.
		pd.brokenID = fm.ID
		return pd
	}
	if !ok || doc.ID == "" || !validID(doc.ID) {
		return pd
	}
	pd.fm, pd.node = fm, doc
	return pd
}

func (pd *parsedDoc) docFromFrontMatter(fm *frontMatter, c *collector) *model.Node {
	file, lang := pd.file, pd.lang
	doc := &model.Node{ID: fm.ID, Details: &model.Details{Code: fm.Code, Sources: fm.Sources, Concerns: fm.Concerns, From: fm.From, To: fm.To, Group: fm.Group}}
	doc.Loc[lang] = model.Loc{File: file, Line: 1}
	switch {
	case fm.bad["id"]: // its value's problem is reported
	case fm.ID == "":
		c.add(file, 1, "add a line such as  id: "+idExample(pd.rel)+"  to the front matter", "the file has no id")
	default:
		c.checkID(file, fm.line("id"), "id: %s", "id", fm.ID, fm.Name)
	}
	if strings.TrimSpace(fm.Name) == "" && !fm.bad["name"] {
		c.add(file, fm.line("name"), "add a line such as  "+nameExample(fm.ID, pd.rel, fm.Aliases, lang), "the file has no name")
	}
	doc.Title[lang] = strings.TrimSpace(fm.Name)
	doc.Edit().Summary[lang] = strings.TrimSpace(fm.Summary)
	if nameTooLong(c, file, fm.line("name"), doc.Title[lang]) {
		doc.Title[lang] = ""
	}
	if !aliasesTooLong(c, file, fm.line("aliases"), "aliases:", "each item of the list is one alias", fm.Aliases) {
		doc.Edit().Aliases[lang] = fm.Aliases
	}
	if codeTooLong(c, file, fm.line("code"), "code:", fm.Code) {
		doc.Edit().Code = ""
	}
	if fm.Order != nil {
		doc.Edit().Order = *fm.Order
	}
	var known bool
	if doc.Kind, known = docKind(fm.Kind); !known {
		c.add(file, fm.line("kind"), "use department, topic or relation", "unknown kind %q", fm.Kind)
	}
	if traits := fm.traits(file, c); len(traits) > 0 {
		if doc.Kind != model.KindDepartment {
			c.add(file, fm.line("traits"), "move the traits to a department file", "only departments have traits")
		}
		doc.Edit().Traits = map[model.Dimension]model.Text{}
		for d, t := range traits {
			var txt model.Text
			txt[lang] = t
			doc.Edit().Traits[d] = txt
		}
	}
	for _, k := range []struct{ key, val string }{{"from", fm.From}, {"to", fm.To}} {
		if k.val != "" {
			pd.deptRefs = append(pd.deptRefs, located{id: k.val, file: file, line: fm.line(k.key), key: k.key})
		}
	}
	if fm.Group != "" {
		if doc.Kind == model.KindDepartment {
			pd.groupRef = &located{id: fm.Group, file: file, line: fm.line("group")}
		} else {
			c.add(file, fm.line("group"), "delete the group: line; only departments belong to a group", "a %s has no group", fm.Kind)
		}
	}
	for _, id := range fm.Concerns {
		pd.deptRefs = append(pd.deptRefs, located{id: id, file: file, line: fm.line("concerns"), key: "concerns"})
	}
	return doc
}

// docKind is the kind a front matter's kind: names; a department when it
// names none (known is false for a name that is not a kind).
func docKind(kind string) (k model.Kind, known bool) {
	switch kind {
	case "", "department":
		return model.KindDepartment, true
	case "topic":
		return model.KindTopic, true
	case "relation":
		return model.KindRelation, true
	}
	return model.KindDepartment, false
}

// kindLineRe finds the kind of a file whose front matter does not parse.
var kindLineRe = lazyre.New(`(?m)^kind:[ \t]*["']?([a-z]+)["']?[ \t]*$`)

// idLineRe finds the id of a file whose front matter does not parse.
var idLineRe = lazyre.New(`(?m)^id:[ \t]*["']?([\p{L}\p{Nd}][\p{L}\p{Nd}\p{M}-]*)["']?[ \t]*$`)

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
		Msg: "and " + Count(more, "more problem", "more problems") + " in this file", Fix: "fix the ones above first; the rest are often the same mistake", more: more})
}

// checkSiblings reports two sections with one id under the same parent.
func checkSiblings(file string, lang model.Lang, n *model.Node, c *collector) {
	seen := map[string]*model.Node{}
	for _, ch := range n.Children {
		if first := seen[ch.ID]; first != nil {
			c.add(file, ch.Loc[lang].Line, fmt.Sprintf("give it another {#id}; line %d already uses %q", first.Loc[lang].Line, ch.ID), "duplicate id %q", ch.ID)
		} else {
			seen[ch.ID] = ch
		}
		checkSiblings(file, lang, ch, c)
	}
}

// checkRefs reports source and department ids that name nothing, then the
// differences between the languages in such ids where every id is known.
func (ld *loader) checkRefs() {
	unknownSource := func(id string) bool {
		_, ok := ld.srcIdx[id]
		return !ok && !ld.sourcesUnread
	}
	// unknownDept: an id that names no department; silent for a file too
	// broken to read, whose own problem is reported.
	unknownDept := func(id string) (unknown, silent bool) {
		i, ok := ld.docIdx[id]
		return !ok || ld.docs[i].Kind != model.KindDepartment, ld.broken[id]
	}
	for _, r := range ld.refs {
		if unknownSource(r.id) {
			ld.c.add(r.file, r.line, ld.sourceHint(r.id), "unknown source %q", r.id)
		}
	}
	ld.reportIDTwins(ld.idTwins)
	for _, r := range ld.deptRef {
		if unknown, silent := unknownDept(r.id); unknown && !silent {
			ld.c.add(r.file, r.line, ld.deptHint(r), "%q is not a known department", r.id)
		}
	}
	unknownGroup := func(id string) bool {
		_, ok := ld.groupIdx[id]
		return !ok && !ld.groupsUnread
	}
	for _, d := range ld.c.idDiffs {
		unknown := map[idKind]func(string) bool{sourceIDs: unknownSource, groupIDs: unknownGroup, deptIDs: func(id string) bool {
			unknown, silent := unknownDept(id)
			return unknown && !silent
		}}[d.of]
		if !slices.ContainsFunc(d.ids, unknown) {
			ld.c.list = append(ld.c.list, d.p)
		}
	}
	ld.c.idDiffs = nil
}

// deptHint is the fix for a reference to an unknown department id: the
// closest id when one is a typo away. Else, for a from:, to: or concerns:
// that names no document, most often a department deleted, the fix that
// keeps the content true: remove the id from concerns:, delete the
// relation, or restore the department (another department's id in its
// place would be valid and false). Else the ids there are (up to 15).
func (ld *loader) deptHint(r located) string {
	id := r.id
	if d := ld.deptNamed(id); d != nil {
		// A department's name (or alias, or the pinyin of its name),
		// which RACI lines take: these keys take its id (tryout26 U22:
		// the fix was to delete the relation or to write a second 财务部).
		if r.key == "concerns" {
			return fmt.Sprintf("concerns: lists departments by their id: write %s in place of “%s” (%s is its id)", d.ID, id, d.ID)
		}
		key := cmp.Or(r.key, "this key")
		return fmt.Sprintf("%s: takes a department's id, not its name: write  %s: %s  (the id of %s)", key, key, d.ID, id)
	}
	if near := ld.closestDept(id); near != "" {
		return fmt.Sprintf("did you mean %s? write the id: of a department file", near)
	}
	if _, named := ld.docIdx[id]; !named {
		switch r.key {
		case "concerns":
			return fmt.Sprintf("remove “%s” from concerns: (or %s)", id, restoreDept(ld.langDirs[r.file], id, false))
		case "from", "to":
			return fmt.Sprintf("delete this relation (%s) or %s", r.file, restoreDept(ld.langDirs[r.file], id, true))
		}
	}
	const fix = "use the id: of a department file"
	var ids []string
	for _, d := range ld.docs {
		if d.Kind == model.KindDepartment {
			ids = append(ids, d.ID)
		}
	}
	if len(ids) == 0 || len(ids) > 15 {
		return fix
	}
	return fix + " (" + strings.Join(ids, ", ") + ")"
}

// deptNamed is the one department whose name or alias, in either
// language, is ref (folded), or the pinyin of whose Chinese name it is
// (caiwubu for 财务部); nil for none or several.
func (ld *loader) deptNamed(ref string) *model.Node {
	f := model.Fold(ref)
	var found *model.Node
	for _, d := range ld.docs {
		if d.Kind != model.KindDepartment {
			continue
		}
		names := []string{d.Title[model.En], d.Title[model.Zh]}
		names = append(names, d.Aliases()[model.En]...)
		names = append(names, d.Aliases()[model.Zh]...)
		full, _ := analysis.Pinyin(d.Title[model.Zh])
		names = append(names, full...)
		if slices.ContainsFunc(names, func(n string) bool { return n != "" && model.Fold(n) == f }) {
			if found != nil && found != d {
				return nil
			}
			found = d
		}
	}
	return found
}

// langDir is the language folder of a file as problems show it
// ("org/en/"): its display name less rel, its name inside that folder;
// "" when the display name does not end in rel (a name shown quoted).
func langDir(display, rel string) string {
	if dir, cut := strings.CutSuffix(display, rel); cut && rel != "" {
		return dir
	}
	return ""
}

// restoreDept is the second half of the fix for a reference to a
// department that is not there, most often one deleted: restore its file,
// named when the id can be a file name and the language folder dir is
// known ("org/en/"). The first half removes the reference: another
// department's id in its place would be valid and false. paren puts the
// file in parentheses after "the department".
func restoreDept(dir, id string, paren bool) string {
	switch {
	case dir == "" || !validID(id):
		return "restore the department"
	case paren:
		return "restore the department (" + dir + id + ".md)"
	}
	return "restore " + dir + id + ".md"
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
