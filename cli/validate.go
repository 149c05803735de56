package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/filekind"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).validateCmd) }

func (a *app) validateCmd() *cobra.Command {
	var format *outputFormat
	cmd := &cobra.Command{
		Use:   "validate [DIR]",
		Short: "Check a content folder and list every problem with file:line",
		Long: `validate reads a content folder and lists every problem in it, each with the file,
the line and how to fix it. With no DIR it checks the content the global flags choose.
It exits 0 when the content is valid and 1 when it is not.

--format json (or --json) prints one JSON object for editors and CI: valid, problems
(severity, file, line, message, fix), notes and a summary.`,
		Example: `  dutymap validate myorg
  dutymap --content myorg validate   # your folder layered over the built-in content
  dutymap validate myorg --json | jq -r '.problems[] | "\(.file):\(.line): \(.message)"'`,
		Args: a.atMostOneArg(oneFolder, "dutymap validate ./myorg"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := format.get(nil)
			if err != nil {
				return err
			}
			out := &validateOutput{a: a, json: f == "json"}
			layers := a.layers()
			folder := ""
			if len(args) == 1 {
				if p, ok := notAFolder(args[0], "validate the folder it writes", func(out string) string { return "dutymap validate " + shellQuote(out) }); ok {
					return out.invalid(content.Problems{p})
				}
				folder = args[0]
				layers = []content.Layer{content.Dir(folder)}
			}
			if len(layers) == 0 {
				return &exitError{2, a.say(noContentGiveDir, "validate")}
			}
			say := a.interfaceLang()
			org, ps := content.Check(layers...)
			if org == nil {
				return out.invalid(ps)
			}
			out.problems(ps.Cut())
			// DIR is also checked as --content DIR loads it: over the
			// built-in content, unless --builtin=false. Checked alone,
			// validate said ok to a folder every other command then
			// refused (an alias that is a built-in id, tryout21 F6).
			if folder != "" && a.opts.builtin {
				if _, over := content.Check(content.Builtin(), content.Dir(folder)); len(over.Errors()) > 0 {
					out.note("dutymap validate"+say.Colon(), fmt.Sprintf(overBuiltinNote[say], termsafe.QuoteName(folder), shellQuote(folder)))
					return out.invalid(over.Errors())
				}
			}
			if a.opts.builtin {
				// What the folders, read alone, lose or double over the
				// built-in content.
				mine := org
				if folder == "" {
					mine = nil
					if dirs := a.contentDirs(); len(dirs) > 0 && a.host == nil {
						own := make([]content.Layer, len(dirs))
						for i, d := range dirs {
							own[i] = content.Dir(d)
						}
						mine, _ = content.Check(own...)
					}
				}
				for _, note := range builtinClashes(mine, say) {
					out.note("dutymap validate"+say.Colon(), note)
				}
			}
			return out.valid(a.validated(org, folder, say), summaryOf(org, say))
		},
	}
	format = a.addFormat(cmd.Flags(), "dutymap validate", "text", "json")
	return cmd
}

// validateOutput prints what validate finds: as text, problems on
// standard output and notes on standard error as they come; as JSON, one
// object at the end (jsonValidation), the notes in it too.
type validateOutput struct {
	a    *app
	json bool
	rep  jsonValidation
	ps   content.Problems
}

func (o *validateOutput) problems(ps content.Problems) {
	if o.json {
		o.ps = append(o.ps, ps...)
		return
	}
	for _, p := range ps {
		fmt.Fprintln(o.a.io.Out, p)
	}
}

// note says s on standard error in either form, after the command's
// name (prefix), and keeps it in the JSON without it.
func (o *validateOutput) note(prefix, s string) {
	o.rep.Notes = append(o.rep.Notes, strings.TrimPrefix(strings.TrimPrefix(s, "note: "), "注意："))
	fmt.Fprintln(o.a.io.Err, prefix+s)
}

// invalid ends with ps, the content's problems (errors among them): exit 1.
func (o *validateOutput) invalid(ps content.Problems) error {
	if !o.json {
		fmt.Fprintln(o.a.io.Out, ps)
		return &exitError{code: 1}
	}
	o.ps = append(o.ps, ps...)
	if err := o.write(""); err != nil {
		return err
	}
	// Standard error says it failed, as every failing command does.
	return &exitError{1, o.a.say(problemsFoundIn, "validate", o.a.count(o.rep.Summary.Errors, "problem", "problems", "个问题"))}
}

// valid ends with the ok line, or in JSON the content's counts.
func (o *validateOutput) valid(ok, counts string) error {
	if !o.json {
		_, err := fmt.Fprintln(o.a.io.Out, ok)
		return err
	}
	o.rep.Valid = true
	return o.write(counts)
}

func (o *validateOutput) write(counts string) error {
	o.rep.Problems, o.rep.Summary = problemsJSON(o.ps)
	o.rep.Content = counts
	if o.rep.Notes == nil {
		o.rep.Notes = []string{}
	}
	w := &jsonWriter{out: o.a.io.Out}
	w.value(o.rep, "")
	w.put("\n")
	return w.err
}

// overBuiltinNote follows the problems validate DIR finds only with DIR
// over the built-in content, the way every other command reads it.
var overBuiltinNote = [model.NumLangs]string{
	"%s alone is valid; these problems come from reading it over the built-in content, as dutymap --content %[2]s does. Fix them, or keep the built-in content out: dutymap --builtin=false --content %[2]s",
	"%s 单独检查没有问题；以上问题来自将它叠加在内置内容之上读取（dutymap --content %[2]s 就是这样读取的）。请修正，或不载入内置内容：dutymap --builtin=false --content %[2]s",
}

// builtinClashes notes, in lang, what of mine (a folder read alone)
// layering over the built-in content changes without a word, the way
// --content reads it: departments (topics, relations) with a built-in
// one's id are merged into it (by design: that is how a folder overrides the built-in
// content, but a folder written or imported on its own did not mean it),
// and departments with a built-in department's name under another id
// stand in the tree beside it, two of one name.
func builtinClashes(mine *model.Org, lang model.Lang) []string {
	if mine == nil {
		return nil
	}
	// The one reading of the built-in content that fixes naming units
	// share (content.BuiltinOrg), not one more of its own.
	builtin := content.BuiltinOrg()
	if builtin == nil {
		return nil
	}
	byName := map[string]*model.Node{}
	builtinIDs := map[string]bool{}
	for _, d := range builtin.Departments {
		builtinIDs[d.ID] = true
		for _, l := range model.Langs {
			if t := foldName(d.Title[l]); t != "" {
				byName[t] = d
			}
		}
	}
	var sameID, sameName, whose []string
	for _, d := range mine.Departments {
		if builtinIDs[d.ID] {
			sameID = append(sameID, d.ID)
			continue
		}
		for _, l := range append([]model.Lang{lang}, model.Langs[:]...) {
			if b := byName[foldName(d.Title[l])]; b != nil {
				sameName = append(sameName, d.Title[l])
				whose = append(whose, b.ID)
				break
			}
		}
	}
	var notes []string
	if len(sameID) > 0 {
		notes = append(notes, fmt.Sprintf(sameIDNote[lang][min(len(sameID), 2)-1], strings.Join(sameID, listSep[lang])))
	}
	// Topics and relations are merged by id alike (history, conflict: ids
	// a folder's own topic may well have).
	for _, k := range []struct {
		mine, builtin []*model.Node
		noun          [model.NumLangs][2]string
	}{
		{mine.Topics, builtin.Topics, [model.NumLangs][2]string{{"topic", "topics"}, {"主题", "主题"}}},
		{mine.Relations, builtin.Relations, [model.NumLangs][2]string{{"relation", "relations"}, {"关系", "关系"}}},
	} {
		ids := map[string]bool{}
		for _, b := range k.builtin {
			ids[b.ID] = true
		}
		var same []string
		for _, n := range k.mine {
			if ids[n.ID] {
				same = append(same, n.ID)
			}
		}
		if len(same) > 0 {
			many := min(len(same), 2) - 1
			notes = append(notes, fmt.Sprintf(otherIDNote[lang][many], k.noun[lang][many], strings.Join(same, listSep[lang])))
		}
	}
	switch len(sameName) {
	case 0:
	case 1:
		notes = append(notes, fmt.Sprintf(sameNameNote[lang][0], sameName[0], whose[0]))
	default:
		pairs := make([]string, len(sameName))
		for i := range sameName {
			pairs[i] = fmt.Sprintf(namePair[lang], sameName[i], whose[i])
		}
		notes = append(notes, fmt.Sprintf(sameNameNote[lang][1], strings.Join(pairs, listSep[lang]), strings.Join(whose, listSep[lang])))
	}
	return notes
}

// foldName is a department's name as two names that show the same are
// compared: trimmed, in lower case.
func foldName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

var listSep = [model.NumLangs]string{", ", "、"}

// sameIDNote and sameNameNote are builtinClashes' notes, for one
// department and for several; namePair names a department and the
// built-in one whose name it has.
var (
	sameIDNote = [model.NumLangs][2]string{
		{"note: %s has the id of a built-in department: over the built-in content (as --content reads the folder) it is merged into it, its sections and duties joining the built-in ones. Run with --builtin=false, or give it another id.",
			"note: %s have the ids of built-in departments: over the built-in content (as --content reads the folder) they are merged into them, their sections and duties joining the built-in ones. Run with --builtin=false, or give them other ids."},
		{"注意：%s 与一个内置部门的 id 相同：叠加在内置内容之上时（--content 就是这样读取的），它会并入该内置部门，其章节和职责与内置部门的合在一起。请用 --builtin=false 运行，或给它换一个 id。",
			"注意：%s 与内置部门的 id 相同：叠加在内置内容之上时（--content 就是这样读取的），它们会并入这些内置部门，其章节和职责与内置部门的合在一起。请用 --builtin=false 运行，或给它们换 id。"},
	}
	sameNameNote = [model.NumLangs][2]string{
		{"note: the department %s has the name of a built-in department under another id: over the built-in content the tree shows two departments of that name. Run with --builtin=false, give it another name, or give it the id %s to merge it into the built-in one.",
			"note: the departments %s have the names of built-in departments under other ids: over the built-in content the tree shows each of those names twice. Run with --builtin=false, give them other names, or give them the built-in ids (%s) to merge them into the built-in ones."},
		{"注意：部门 %s 与一个内置部门同名而 id 不同：叠加在内置内容之上时，目录树中会出现两个同名部门。请用 --builtin=false 运行，给它换一个名称，或把它的 id 改为 %s，与内置部门合并。",
			"注意：部门 %s与内置部门同名而 id 不同：叠加在内置内容之上时，目录树中每个这样的名称都会出现两次。请用 --builtin=false 运行，给它们换名称，或把 id 改为内置部门的 id（%s），与内置部门合并。"},
	}
	otherIDNote = [model.NumLangs][2]string{
		{"note: the %[1]s %[2]s has the id of a built-in %[1]s: over the built-in content (as --content reads the folder) it is merged into it, its sections joining the built-in ones. Run with --builtin=false, or give it another id.",
			"note: the %[1]s %[2]s have the ids of built-in %[1]s: over the built-in content (as --content reads the folder) they are merged into them, their sections joining the built-in ones. Run with --builtin=false, or give them other ids."},
		{"注意：%[1]s %[2]s 与一个内置%[1]s的 id 相同：叠加在内置内容之上时（--content 就是这样读取的），它会并入该内置%[1]s，其章节与内置的合在一起。请用 --builtin=false 运行，或给它换一个 id。",
			"注意：%[1]s %[2]s 与内置%[1]s的 id 相同：叠加在内置内容之上时（--content 就是这样读取的），它们会并入这些内置%[1]s，其章节与内置的合在一起。请用 --builtin=false 运行，或给它们换 id。"},
	}
	namePair = [model.NumLangs]string{"%s (as the built-in %s)", "%s（与内置的 %s 同名）"}
)

// validated is validate's ok line, in the interface language: what the
// content holds and, for DIR, how it was checked.
func (a *app) validated(org *model.Org, folder string, lang model.Lang) string {
	counts := summaryOf(org, lang)
	name := termsafe.QuoteName(folder)
	switch {
	case folder == "":
		return "ok" + lang.Colon() + counts
	case a.opts.builtin:
		return fmt.Sprintf([model.NumLangs]string{"ok: %s in %s, alone and over the built-in content (as --content reads it)", "ok：%s（%s，单独检查及叠加在内置内容之上检查，与 --content 读取的一致）"}[lang], counts, name)
	}
	return fmt.Sprintf([model.NumLangs]string{"ok: %s in %s, checked alone (--builtin=false)", "ok：%s（%s，单独检查，--builtin=false）"}[lang], counts, name)
}

// summaryOf counts what the organisation holds, in lang: "1 department,
// 3 sections, 12 duties", "1 个部门，3 个章节，12 项职责"; kinds it has
// none of are left out, except departments.
func summaryOf(org *model.Org, lang model.Lang) string {
	departments, topics, relations := len(org.Departments), len(org.Topics), len(org.Relations)
	var sections, duties, points int
	for _, n := range org.Nodes() {
		switch n.Kind {
		case model.KindSection:
			sections++
		case model.KindDuty:
			duties++
		case model.KindPoint:
			points++
		}
	}
	count := func(n int, one, many, zh string) string {
		if lang == model.Zh {
			return fmt.Sprintf("%d %s", n, zh)
		}
		return content.Count(n, one, many)
	}
	parts := []string{count(departments, "department", "departments", "个部门")}
	for _, c := range []struct {
		n             int
		one, many, zh string
	}{
		{topics, "topic", "topics", "个主题"}, {relations, "relation", "relations", "个关系"},
		{sections, "section", "sections", "个章节"}, {duties, "duty", "duties", "项职责"}, {points, "point", "points", "个要点"},
	} {
		if c.n > 0 {
			parts = append(parts, count(c.n, c.one, c.many, c.zh))
		}
	}
	if lang == model.Zh {
		return strings.Join(parts, "，")
	}
	return strings.Join(parts, ", ")
}

// notAFolder is the problem of a file given where a content folder is
// read (validate FILE, check FILE, --content FILE, $DUTYMAP_CONTENT): a
// spreadsheet is imported first, and its fix is the two commands, import
// and again(folder), the command to run on the folder import writes ("then
// " + then, in words); any other file is named as one.
func notAFolder(name, then string, again func(folder string) string) (content.Problem, bool) {
	info, err := os.Stat(name)
	if err != nil || info.IsDir() {
		return content.Problem{}, false
	}
	p := content.Problem{File: termsafe.QuoteName(name), Msg: "is a file, not a content folder",
		Fix: "give the folder that holds the language folders (en/, zh/), such as one dutymap init or dutymap import wrote"}
	if what, regular := filekind.Of(info.Mode()); !regular && what != "" {
		p.Msg = "is " + what + ", not a content folder" // a FIFO is no file a user wrote (hostile16 #7)
		return p, true
	}
	switch sheetFile(name) {
	case sheetRead:
		out := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		p.Msg = "is a spreadsheet, not a content folder"
		switch written, empty := importedFolder(out); {
		case empty:
			p.Fix = fmt.Sprintf("import it, then %s: dutymap import %s && %s", then, shellQuote(name), again(out))
		case written:
			// import refuses a folder that is not empty (tryout28 P5):
			// the folder an earlier import wrote is read as it is, or
			// written again from the sheet.
			p.Fix = fmt.Sprintf("%s holds what an earlier import wrote: %s; or import the sheet again over it first: dutymap import %s --force && %s",
				termsafe.QuoteName(out), again(out), shellQuote(name), again(out))
		default:
			free := freeFolder(out)
			p.Fix = fmt.Sprintf("import it into a new folder (%s is taken), then %s: dutymap import %s --out %s && %s",
				termsafe.QuoteName(out), then, shellQuote(name), shellQuote(free), again(free))
		}
	case sheetSaveAs:
		p.Msg = "is a spreadsheet, not a content folder"
		p.Fix = "save it as .xlsx or .csv, import that (dutymap import FILE.xlsx), then " + then
	}
	return p, true
}

// importedFolder reports whether dir holds a content folder (a language
// folder with Markdown files in it: what import writes), and whether import
// may write into it as it is: it does not exist, or is an empty folder.
func importedFolder(dir string) (written, empty bool) {
	info, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, true
	}
	if err != nil || !info.IsDir() {
		return false, false
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, false
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if md, _ := filepath.Glob(filepath.Join(dir, e.Name(), "*.md")); len(md) > 0 {
			return true, false
		}
	}
	return false, len(entries) == 0
}

// freeFolder is a folder name beside dir that import may write: dir-2,
// dir-3, … (the first that is missing or empty).
func freeFolder(dir string) string {
	for i := 2; ; i++ {
		name := fmt.Sprintf("%s-%d", dir, i)
		if _, empty := importedFolder(name); empty || i > 99 {
			return name
		}
	}
}

// contentFiles refuses a file among the content folders $DUTYMAP_CONTENT
// and --content name, with notAFolder's problem: for a spreadsheet, the
// fix imports it and runs the same command line on the folder written
// (the loader's "cannot read the folder: not a directory / give a folder
// that you may read" said nothing of import).
func (a *app) contentFiles() error {
	if a.host != nil {
		return nil
	}
	var ps content.Problems
	for _, d := range a.contentDirs() {
		if p, ok := notAFolder(d, "read the folder it writes", func(out string) string { return a.againWith(d, out) }); ok {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return &exitError{1, a.say(hasProblem) + ps.Error()}
}

// againWith is the command line the user ran, with the content folder
// from (in --content or $DUTYMAP_CONTENT) replaced by to.
func (a *app) againWith(from, to string) string {
	var parts []string
	if env := a.getenv(ContentEnv); env != "" {
		dirs := filepath.SplitList(env)
		for i, d := range dirs {
			if strings.TrimSpace(d) == from {
				dirs[i] = to
			}
		}
		parts = append(parts, ContentEnv+"="+shellQuote(strings.Join(dirs, string(filepath.ListSeparator))))
	}
	parts = append(parts, "dutymap")
	for i := 0; i < len(a.args); i++ {
		arg := a.args[i]
		switch {
		case (arg == "--content" || arg == "-content") && i+1 < len(a.args) && strings.TrimSpace(a.args[i+1]) == from:
			parts = append(parts, arg, shellQuote(to))
			i++
			continue
		case strings.HasPrefix(arg, "--content=") && strings.TrimSpace(strings.TrimPrefix(arg, "--content=")) == from:
			arg = "--content=" + to
		}
		parts = append(parts, shellQuote(arg))
	}
	return strings.Join(parts, " ")
}
