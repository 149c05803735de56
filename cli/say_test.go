package cli

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/dutymap/dutymap/ownership"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestSayingsInBothLanguages reads every message pair of the CLI (a
// [model.NumLangs]string literal, as search's notices and every command's
// errors are written; compare's too) and fails on one whose Chinese is
// missing or left in English, or whose format verbs do not take the
// arguments the English takes: the two catalogues have the same keys.
func TestSayingsInBothLanguages(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	files = append(files, "../compare/resolve.go", "../ownership/ownership.go")
	fset := token.NewFileSet()
	pairs := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			switch {
			case isPair(lit.Type):
				pairs++
				checkPair(t, fset, lit)
			case isListOfPairs(lit.Type):
				for _, e := range lit.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					if inner, ok := e.(*ast.CompositeLit); ok {
						pairs++
						checkPair(t, fset, inner)
					}
				}
			}
			return true
		})
	}
	if pairs < 200 {
		t.Errorf("found %d message pairs; the parser no longer sees them", pairs)
	}
}

// isPair reports the type [model.NumLangs]string (or [NumLangs]string
// inside package model).
func isPair(e ast.Expr) bool {
	at, ok := e.(*ast.ArrayType)
	if !ok || !isNumLangs(at.Len) {
		return false
	}
	id, ok := at.Elt.(*ast.Ident)
	return ok && id.Name == "string"
}

func isNumLangs(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.SelectorExpr:
		return e.Sel.Name == "NumLangs"
	case *ast.Ident:
		return e.Name == "NumLangs"
	}
	return false
}

// isListOfPairs reports an array, slice or map of pairs, whose elements
// are written without their type ([2][model.NumLangs]string{{…}, {…}}).
func isListOfPairs(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.ArrayType:
		return isPair(e.Elt)
	case *ast.MapType:
		return isPair(e.Value)
	}
	return false
}

// verb is one fmt verb: %s, %[2]d.
var verb = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0-9.]*([a-zA-Z%])`)

// englishWord is a word a Chinese message would not hold as it is: two
// letters or more, not a format verb, a flag, a command, a path or a
// code (R, A, C or I).
var englishWord = regexp.MustCompile(`(?:^|[\s(,;:])(?:the|is|and|or|not|no|a|to|of|in|for|give|use|with|cannot|could|must)\s`)

var latinWord = regexp.MustCompile(`[A-Za-z]{2,}`)

func checkPair(t *testing.T, fset *token.FileSet, lit *ast.CompositeLit) {
	t.Helper()
	where := fset.Position(lit.Pos())
	where.Filename = filepath.Base(where.Filename)
	if len(lit.Elts) != 2 {
		t.Errorf("%s: a pair of %d texts, want English and Chinese", where, len(lit.Elts))
		return
	}
	var text [2]string
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		bl, ok := e.(*ast.BasicLit)
		if !ok || bl.Kind != token.STRING {
			return // made by code (fmt.Sprintf of a constant): both are there
		}
		text[i], _ = strconv.Unquote(bl.Value)
	}
	en, zh := text[0], text[1]
	if en != "" && zh == "" {
		t.Errorf("%s: %q has no Chinese", where, en)
		return
	}
	// English words in the English, none but names in the Chinese (a
	// pair of punctuation alone, "%s“%s”", is fine).
	bare := verb.ReplaceAllString(zh, "")
	if englishWord.MatchString(" "+verb.ReplaceAllString(en, "x")+" ") && !strings.ContainsFunc(zh, isHan) && latinWord.MatchString(bare) {
		t.Errorf("%s: the Chinese of %q is not Chinese: %q", where, en, zh)
	}
	args := verbArgs(en)
	for _, s := range []string{en, zh} {
		if out := fmt.Sprintf(s, args...); strings.Contains(out, "%!") {
			t.Errorf("%s: %q takes other arguments than %q: %s", where, s, en, out)
		}
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// verbArgs are arguments of the right kinds for the verbs of format.
func verbArgs(format string) []any {
	var kinds []byte
	next := 0
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if m[2] == "%" {
			continue
		}
		i := next
		if m[1] != "" {
			i, _ = strconv.Atoi(m[1])
			i--
		}
		next = i + 1
		for len(kinds) <= i {
			kinds = append(kinds, 's')
		}
		kinds[i] = m[2][0]
	}
	args := make([]any, len(kinds))
	for i, k := range kinds {
		switch k {
		case 'd':
			args[i] = 7
		default:
			args[i] = "x"
		}
	}
	return args
}

// TestHelpCatalogue: the Chinese help has a text for every command's short
// line, long text and example comments, and for every flag, and none for
// a command or flag that no longer exists; every one of them, once given,
// is Chinese.
func TestHelpCatalogue(t *testing.T) {
	zh := helpZh()
	want := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		key := helpKey(c)
		want[key] = true
		if c.Long != "" {
			want[key+"#long"] = true
		}
		if strings.Contains(c.Example, "# ") {
			want[key+"#example"] = true // a comment to translate
		}
		flag := func(f *pflag.Flag) {
			if !f.Hidden && f.Name != "help" {
				want[key+" --"+f.Name] = true
			}
		}
		c.Flags().VisitAll(flag)
		c.PersistentFlags().VisitAll(flag)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk((&app{}).rootCmd())
	for k := range want {
		if _, ok := zh[k]; !ok {
			t.Errorf("helpZh has no %q", k)
		}
	}
	for k, v := range zh {
		if !want[k] {
			t.Errorf("helpZh has %q, which no command or flag has", k)
		}
		if !strings.ContainsFunc(v, isHan) {
			t.Errorf("helpZh[%q] is not Chinese: %q", k, v)
		}
	}
	// check's list of checks is written out in the Chinese help.
	for _, c := range ownership.Checks {
		if !strings.Contains(zh["check#long"], "  "+string(c)+" ") {
			t.Errorf("check's Chinese help does not list %s", c)
		}
	}

	// Applied: every text of the tree, the help flag's too, is Chinese.
	root := (&app{args: []string{"--lang", "zh"}}).rootCmd()
	walk = func(c *cobra.Command) {
		for what, s := range map[string]string{"Short": c.Short, "Long": c.Long} {
			if s != "" && !strings.ContainsFunc(s, isHan) {
				t.Errorf("%s: %s is English: %q", c.CommandPath(), what, s)
			}
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if !f.Hidden && !strings.ContainsFunc(f.Usage, isHan) {
				t.Errorf("%s --%s is English: %q", c.CommandPath(), f.Name, f.Usage)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// TestMessagesInTheUsersLanguage runs a representative error of every
// command, and its --help, in English and in Chinese (chosen by --lang, or
// by the locale), and checks the words: a message that falls back to
// English under Chinese fails. Exit statuses and streams are as in
// English.
func TestMessagesInTheUsersLanguage(t *testing.T) {
	full := t.TempDir()
	writeFile(t, filepath.Join(full, "keep.txt"), "x")
	inTheWay := t.TempDir()
	writeFile(t, filepath.Join(inTheWay, "en"), "a file where init writes a folder")
	for _, c := range []struct {
		args   []string
		code   int
		en, zh string // on standard error
	}{
		// The line meant keeps the flags given (--lang here: TestMistypedCommandSaysWhatWasMeant).
		{[]string{"serch", "price"}, 2, "dutymap: unknown command \"serch\" for \"dutymap\"\n\nDid you mean this?\n\tdutymap ",
			"dutymap：未知命令 \"serch\"\n\n是不是想用：\n\tdutymap "},
		{[]string{"search", "--owner", "price"}, 2, "dutymap search: unknown flag: --owner; did you mean --owners?\nRun 'dutymap search --help' for usage.",
			"dutymap search：未知选项：--owner；是不是想用 --owners？\n运行 'dutymap search --help' 查看用法。"},
		{[]string{"search", "--limit", "ten", "price"}, 2, "dutymap search: --limit \"ten\" is not a whole number: give a whole number, 0 or more",
			"dutymap search：--limit \"ten\" 不是整数：请给出一个不小于 0 的整数"},
		{[]string{"search", "d:nosuch", "price"}, 2, "dutymap search: no department matches \"nosuch\"; the departments are:",
			"dutymap search：没有部门与 \"nosuch\" 匹配；各部门是："},
		{[]string{"show"}, 2, "dutymap show: expected REF, got 0 argument(s)\nexample: dutymap show marketing",
			"dutymap show：需要一个 REF，实际给了 0 个参数\n示例：dutymap show marketing"},
		{[]string{"show", "nosuch"}, 1, "dutymap show: no department, section or duty matches \"nosuch\".\nGive a path such as",
			"dutymap show：没有部门、章节或职责与 \"nosuch\" 匹配。\n请给出 marketing/roles/intelligence 这样的路径，或部门的 id、名称或别名。\n各部门：marketing、sales、"},
		{[]string{"show", "sales", "--width", "5"}, 2, "dutymap show: --width 5 is too small: give a whole number from 20 to 1000",
			"dutymap show：--width 5 太小：请给出一个 20 到 1000 之间的整数，或 0（终端的宽度）"},
		{[]string{"compare", "marketing", "nosuch"}, 1, "dutymap compare: no department matches \"nosuch\"; the departments are:\n  marketing ",
			"dutymap compare：没有部门与 \"nosuch\" 匹配；各部门是：\n  marketing "},
		{[]string{"matrix", "sales", "--role", "X"}, 2, "dutymap matrix: --role \"X\": use R, A, C or I",
			"dutymap matrix：--role \"X\"：请用 R、A、C 或 I（执行、负责、咨询、知会）"},
		{[]string{"matrix", "sales", "--format", "xml"}, 2, "dutymap matrix: --format \"xml\": use md, csv or json",
			"dutymap matrix：--format \"xml\"：请用 md、csv 或 json"},
		{[]string{"export", "--positions"}, 2, "dutymap export: --positions is for diagrams",
			"dutymap export：--positions 用于图表"},
		{[]string{"export", "-o", full}, 1, "is a folder; give a file name, such as",
			"是文件夹；请给出文件名，如"},
		{[]string{"import", "staff.doc"}, 2, "dutymap import: staff.doc: give a .csv or .xlsx file",
			"dutymap import：staff.doc：请给出 .csv 或 .xlsx 文件"},
		{[]string{"init", full}, 1, "already exists and is not empty, so init will not write into it.\nChoose a new folder, or pass --force",
			"已存在且非空，init 不会写入。\n请换一个新的文件夹，或加上 --force 照样写入"},
		{[]string{"init", filepath.Join(full, "keep.txt", "x")}, 1, "keep.txt/x: not a directory",
			"keep.txt/x：路径中有一部分不是文件夹"}, // what the system says, too
		{[]string{"--builtin=false", "check"}, 2, "dutymap check: --builtin=false leaves no content; give a folder: dutymap check DIR",
			"dutymap check：--builtin=false 之后没有任何内容；请给出文件夹：dutymap check DIR"},
		{[]string{"import", "x.csv", "--encoding", "klingon"}, 2, "dutymap import: --encoding \"klingon\": use a name such as utf-8",
			"dutymap import：--encoding \"klingon\"：请用 utf-8、gb18030、big5 或 windows-1252 这样的名称"},
		{[]string{"init", inTheWay, "--force"}, 1, "dutymap init: nothing was written, because in " + inTheWay + ", en is a file where a folder goes; move it away first",
			"dutymap init：什么也没有写入，因为在 " + inTheWay + " 中，en 是文件，而那里应是文件夹；请先把它移走"},
		{[]string{"check", "--checks", "double-ownr"}, 2, "dutymap check: --checks: unknown check \"double-ownr\": did you mean double-owner? use one or more of no-owner, double-owner,",
			"dutymap check：--checks：未知的检查 \"double-ownr\"：是不是想用 double-owner？请用 no-owner、double-owner、"},
		{[]string{"completion", "bash", "extra"}, 2, "dutymap completion bash: unknown command \"extra\" for \"dutymap completion bash\"",
			"dutymap completion bash：\"dutymap completion bash\" 没有命令 \"extra\""},
		{[]string{"cache", "empty"}, 2, "dutymap cache: the only argument is clear\nRun 'dutymap cache --help' for usage.",
			"dutymap cache：唯一可用的参数是 clear\n运行 'dutymap cache --help' 查看用法。"},
		{[]string{"serve", "--listen", ":0"}, 2, "dutymap serve: say who may connect: --authorized-keys FILE",
			"dutymap serve：请指明谁可以连接：--authorized-keys FILE"},
		{[]string{"check", "--limit", "-1"}, 2, "dutymap check: --limit must be 0 (every finding) or more, not -1",
			"dutymap check：--limit 必须为 0（全部发现）或更大，而不是 -1"},
		{[]string{"validate", "a", "b"}, 2, "dutymap validate: expected at most one content folder DIR, got 2 arguments",
			"dutymap validate：最多需要一个内容文件夹 DIR，实际给了 2 个参数"},
		{[]string{"version", "now"}, 2, "dutymap version: takes no arguments, got \"now\"",
			"dutymap version：不接受参数，却给了 \"now\""},
		{[]string{"completion", "tcsh"}, 2, "dutymap completion: \"tcsh\" is not a shell dutymap completes",
			"dutymap completion：dutymap 不支持为 \"tcsh\" 补全"},
		{[]string{"help", "serch"}, 2, "dutymap help: \"serch\" is not a command (did you mean search?); help alone lists them",
			"dutymap help：\"serch\" 不是命令（是不是想用 search？）；单独运行 help 可列出所有命令"},
		{[]string{"--theme", "pink", "show", "sales"}, 2, "dutymap show: --theme \"pink\": use dark, light or auto",
			"dutymap show：--theme \"pink\"：请用 dark、light 或 auto"},
		{[]string{"--builtin=false", "show", "sales"}, 2, "dutymap: --builtin=false leaves no content; add --content DIR",
			"dutymap：--builtin=false 之后没有任何内容；请加上 --content DIR"},
		{[]string{"search", "--content", " ", "x"}, 2, "the folder name is empty\n  fix: give the folder, such as --content ./myorg",
			"文件夹名为空\n  修正：给出文件夹，如 --content ./myorg"},
	} {
		for _, lang := range []struct {
			name string
			args []string
			env  map[string]string
			want string
		}{
			{"en", c.args, nil, c.en},
			{"--lang zh", append([]string{"--lang", "zh"}, c.args...), nil, c.zh},
			{"LANG=zh_CN.UTF-8", c.args, map[string]string{"LANG": "zh_CN.UTF-8"}, c.zh},
			{"--lang en over LANG=zh", append([]string{"--lang", "en"}, c.args...), map[string]string{"LANG": "zh_CN.UTF-8"}, c.en},
		} {
			if (c.args[0] == "import" || c.args[0] == "export") && lang.name == "--lang zh" {
				continue // their own --lang is the sheet's language, the languages to export
			}
			r := invocation{args: lang.args, env: lang.env}.run(t)
			if r.code != c.code || r.out != "" || !strings.Contains(r.err, lang.want) {
				t.Errorf("%s %q: exit %d, stdout %q, stderr:\n%s\nwant exit %d, nothing on stdout, stderr holding:\n%s", lang.name, c.args, r.code, r.out, r.err, c.code, lang.want)
			}
		}
	}
}

// TestLangBeforeCobraReadsIt: --lang after the flag cobra stops at, or
// after an argument, still chooses the language of the usage error and of
// --help; import's and export's own --lang does not.
func TestLangBeforeCobraReadsIt(t *testing.T) {
	r := run(t, "search", "--owner", "price", "--lang", "zh").fails(t, 2)
	mustContain(t, r.err, "dutymap search：未知选项：--owner；是不是想用 --owners？")
	r = run(t, "show", "--lang=zh").fails(t, 2)
	mustContain(t, r.err, "dutymap show：需要一个 REF")
	mustContain(t, run(t, "show", "--help", "--lang", "zh").ok(t).out, "show 输出组织中一个节点的页面")
	r = run(t, "import", "x.doc", "--lang", "zh").fails(t, 2)
	mustContain(t, r.err, "dutymap import: x.doc: give a .csv or .xlsx file")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "x", "--lang", "zh"}, "zh"},
		{[]string{"--lang=zh", "search", "x", "--lang", "en"}, "en"}, // the last, as pflag reads them
		{[]string{"search", "--", "--lang", "zh"}, ""},               // words to search for
		{[]string{"--content", "--lang", "show", "x"}, ""},           // a folder named --lang
		{[]string{"--lang", "zh", "export", "--lang", "en"}, "zh"},
		{[]string{"import", "x.csv", "--lang", "zh"}, ""},
	} {
		if got := langArg(c.args); got != c.want {
			t.Errorf("langArg(%q) = %q, want %q", c.args, got, c.want)
		}
	}
}

// TestHelpInTheUsersLanguage: --help of every command (and the root's, and
// help's) under Chinese headings and in Chinese words, and under English
// ones in English; the layout is cobra's.
func TestHelpInTheUsersLanguage(t *testing.T) {
	for _, cmd := range [][]string{{}, {"search"}, {"show"}, {"compare"}, {"matrix"}, {"export"}, {"import"}, {"init"},
		{"cache"}, {"serve"}, {"check"}, {"validate"}, {"version"}, {"completion"}, {"completion", "bash"}, {"help"}} {
		en := run(t, append(slices.Clone(cmd), "--help")...).ok(t).out
		zh := invocation{args: append(slices.Clone(cmd), "--help"), env: map[string]string{"LANG": "zh_CN.UTF-8"}}.run(t)
		if zh.code != 0 {
			t.Fatalf("%q --help under LANG=zh: exit %d\n%s", cmd, zh.code, zh.err)
		}
		mustContain(t, en, "Usage:\n  dutymap", "Flags:\n")
		mustContain(t, zh.out, "用法：\n  dutymap", "选项：\n", "显示 ")
		for _, english := range []string{"Usage:", "Flags:", "Global Flags:", "Examples:", "help for", "(default "} {
			if strings.Contains(zh.out, english) {
				t.Errorf("%q --help in Chinese holds %q:\n%s", cmd, english, zh.out)
			}
		}
		if len(cmd) > 0 && cmd[0] != "help" && cmd[0] != "completion" {
			mustContain(t, zh.out, "全局选项：\n", "      --theme dark|light|auto ", " 终端上的配色，用于交互界面和 show：dark、light 或 auto（询问终端）（默认 auto）\n")
			mustContain(t, en, "Global Flags:\n")
		}
	}
	zh := run(t, "--lang", "zh", "--help").ok(t).out
	mustContain(t, zh, "dutymap 展示各个部门", "可用命令：\n  cache       显示内容文件夹的缓存，或清除它",
		"  search      回答“谁做 X？”", "运行 \"dutymap [命令] --help\" 查看某个命令的详细帮助。",
		"      --theme dark|light|auto   终端上的配色，用于交互界面和 show：dark、light 或 auto（询问终端）（默认 auto）")
	zh = run(t, "search", "--help", "--lang", "zh").ok(t).out
	mustContain(t, zh, "search 找出文字提到查询词的职责", "用法：\n  dutymap search QUERY... [选项]\n\n示例：\n  dutymap search \"who sets product prices?\"",
		"      --limit int       最多输出 N 行，匹配的在前（或 N 个负责方）；0 表示全部输出（默认 20）")
	mustContain(t, run(t, "init", "--help", "--lang", "zh").ok(t).out, "  dutymap init myorg --force   # 恢复原有文件，保留你添加的文件")
}
