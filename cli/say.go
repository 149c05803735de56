package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"syscall"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
)

// The CLI's own words (its errors, hints, fixes and usage messages) are
// pairs indexed by model.Lang, as search's notices are: written side by
// side, so that a message is never changed in one language only. a.say
// picks the one the user reads (interfaceLang). TestSayingsInBothLanguages
// reads every pair in the package and fails on one left out.

// say formats the message of the pair s in the interface language.
func (a *app) say(s [model.NumLangs]string, args ...any) string {
	return fmt.Sprintf(s[a.interfaceLang()], args...)
}

// langArg is the value the command line gives --lang ("" for none),
// found before cobra has read the flags: the help texts are chosen before
// that, and a usage error may stop the reading before it reaches --lang
// ("dutymap search --owner x --lang zh"). Only what stands before "--" is a
// flag; the last --lang given wins, as pflag reads it. After import or
// export, --lang is that command's own (the sheet's language, the
// languages to export), not the language to speak.
func langArg(args []string) string {
	lang, command := "", ""
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "--":
			return lang
		case command == "import" || command == "export":
			return lang
		case arg == "--lang" && i+1 < len(args):
			lang = args[i+1]
			i++
		case strings.HasPrefix(arg, "--lang="):
			lang = strings.TrimPrefix(arg, "--lang=")
		case arg == "--content" || arg == "--theme":
			i++ // its value
		case command == "" && !strings.HasPrefix(arg, "-"):
			command = arg
		}
	}
	return lang
}

// Wrong usage, said the same way by every command.
var (
	// cmdSays begins a command's message with its name.
	cmdSays = [model.NumLangs]string{"%s: %s", "%s：%s"}
	seeHelp = [model.NumLangs]string{
		"Run '%s --help' for usage.",
		"运行 '%s --help' 查看用法。",
	}
	unknownFlag = [model.NumLangs]string{
		"unknown flag: %s",
		"未知选项：%s",
	}
	unknownShorthand = [model.NumLangs]string{
		"unknown shorthand flag %s in %s",
		"%[2]s 中有未知的短选项 %[1]s",
	}
	flagMeant = [model.NumLangs]string{
		"; did you mean %s?",
		"；是不是想用 %s？",
	}
	boolFlag = [model.NumLangs]string{
		"--%[1]s takes true or false, not %[2]s: write --%[1]s alone for true, or --%[1]s=false",
		"--%[1]s 只接受 true 或 false，不接受 %[2]s：单写 --%[1]s 表示 true，或写 --%[1]s=false",
	}
	durationFlag = [model.NumLangs]string{
		"--%s %s is not a length of time: give one such as 90s, 30m or 1h30m",
		"--%s %s 不是一段时长：请写成 90s、30m 或 1h30m 这样的形式",
	}
	spacedNumber = [model.NumLangs]string{
		"--%[1]s has spaces around %[2]s: give the number alone, as in  --%[1]s %[2]s",
		"--%[1]s 的值 %[2]s 两边有空格：只写数字，如  --%[1]s %[2]s",
	}
	badNumber = [model.NumLangs]string{
		"--%s %s is %s: give %s",
		"--%s %s %s：请给出%s",
	}
	notWhole   = [model.NumLangs]string{"not a whole number", "不是整数"}
	isTooLarge = [model.NumLangs]string{"too large", "太大"}
	isTooSmall = [model.NumLangs]string{"too small", "太小"}
	aWhole     = [model.NumLangs]string{"a whole number", "一个整数"}
	atMost     = [model.NumLangs]string{" (at most %d)", "（最大 %d）"}
	orMore     = [model.NumLangs]string{"a whole number, %d or more", "一个不小于 %d 的整数"}
	badValue   = [model.NumLangs]string{"--%s %s: %v", "--%s %s：%v"}

	unknownCommand = [model.NumLangs]string{
		"dutymap: unknown command %s for %q",
		"dutymap：未知命令 %[1]s",
	}
	commandMeant = [model.NumLangs]string{"Did you mean this?", "是不是想用："}
	searchForIt  = [model.NumLangs]string{"To search for it:", "要搜索这些词："}
	tooManyArgs  = [model.NumLangs]string{
		"dutymap %s: expected %s, got %d argument(s)\nexample: %s",
		"dutymap %s：需要%s，实际给了 %d 个参数\n示例：%s",
	}
	atMostArgs = [model.NumLangs]string{
		"dutymap %s: expected at most %s, got %d arguments\nexample: %s",
		"dutymap %s：最多需要%s，实际给了 %d 个参数\n示例：%s",
	}
	noArgsTaken = [model.NumLangs]string{
		"dutymap %s: takes no arguments, got %s\nexample: %s",
		"dutymap %s：不接受参数，却给了 %s\n示例：%s",
	}
	oneDash = [model.NumLangs]string{
		"dutymap %[1]s: -%[2]s is read as -%[3]s %[4]s; write --%[2]s (two dashes) for the flag",
		"dutymap %[1]s：-%[2]s 会被读作 -%[3]s %[4]s；要用这个选项请写 --%[2]s（两个短横线）",
	}
	helpNoTopic = [model.NumLangs]string{
		"dutymap help: %s is not a command%s; help alone lists them",
		"dutymap help：%s 不是命令%s；单独运行 help 可列出所有命令",
	}
	helpMeant = [model.NumLangs]string{
		" (did you mean %s?)",
		"（是不是想用 %s？）",
	}
	helpOr       = [model.NumLangs]string{" or ", " 或 "}
	helpOverSSH  = [model.NumLangs]string{"dutymap help: %s is not available over SSH. %s", "dutymap help：%s 不能通过 SSH 使用。%s"}
	noShell      = [model.NumLangs]string{"dutymap completion: name the shell: bash, zsh, fish or powershell\nexample: source <(dutymap completion bash)", "dutymap completion：请指明 shell：bash、zsh、fish 或 powershell\n示例：source <(dutymap completion bash)"}
	unknownShell = [model.NumLangs]string{"dutymap completion: %s is not a shell dutymap completes; use bash, zsh, fish or powershell", "dutymap completion：dutymap 不支持为 %s 补全；请用 bash、zsh、fish 或 powershell"}

	emptyName = [model.NumLangs]string{
		"%[1]s: --%[2]s %[3]q: the %[4]s name is empty\n  fix: give the %[4]s, such as %[5]s (in a script, --%[2]s \"$VAR\" with VAR unset gives an empty name)",
		"%[1]s：--%[2]s %[3]q：%[4]s名为空\n  修正：给出%[4]s，如 %[5]s（脚本中 VAR 未设置时，--%[2]s \"$VAR\" 就是空名）",
	}
	aFolder    = [model.NumLangs]string{"folder", "文件夹"}
	aFile      = [model.NumLangs]string{"file", "文件"}
	emptyDir   = [model.NumLangs]string{"%[1]s: %[2]q: the folder name is empty\n  fix: give the folder, such as %[3]s ./myorg, or none to %[4]s the content --content chooses", "%[1]s：%[2]q：文件夹名为空\n  修正：给出文件夹，如 %[3]s ./myorg；或不给文件夹，改用 --content 选定的内容"}
	noContent  = [model.NumLangs]string{"dutymap: --builtin=false leaves no content; add --content DIR", "dutymap：--builtin=false 之后没有任何内容；请加上 --content DIR"}
	hasProblem = [model.NumLangs]string{"dutymap: the content has problems:\n", "dutymap：内容有问题：\n"}
	badLang    = [model.NumLangs]string{"dutymap: --lang %s is not a language code; use one such as en or zh", "dutymap：--lang %s 不是语言代码；请用 en 或 zh 这样的代码"}
	noTextIn   = [model.NumLangs]string{"dutymap: the content has no text in %s; use %s", "dutymap：内容中没有 %s 的文字；请用 %s"}
	writeFail  = [model.NumLangs]string{"dutymap: could not write the output: %s", "dutymap：无法写出输出：%s"}
)

// oneFolder is what validate and check take.
var oneFolder = [model.NumLangs]string{"one content folder DIR", "一个内容文件夹 DIR"}

// sayError is an error worded in both languages, for code that has no app
// to ask which (a flag's Set): Error is English, a.valueError picks.
type sayError [model.NumLangs]string

func (e sayError) Error() string { return e[model.En] }

// valueError is err in the interface language when it is a sayError.
func (a *app) valueError(err error) string {
	var s sayError
	if errors.As(err, &s) {
		return s[a.interfaceLang()]
	}
	return err.Error()
}

// Examples of a flag's value, for the message of one given empty.
var (
	importOutExample = [model.NumLangs]string{"--out myorg, or leave --out out to name the folder after the file", "--out myorg，或不写 --out，以文件名作文件夹名"}
	exportOutExample = [model.NumLangs]string{"--out org.md, or leave --out out to write to standard output", "--out org.md，或不写 --out，写到标准输出"}
	hostKeyExample   = [model.NumLangs]string{"--host-key ./host_key, or leave --host-key out for the default", "--host-key ./host_key，或不写 --host-key，使用默认位置"}
)

// What show, compare and matrix say of a reference.
var (
	readAs       = [model.NumLangs]string{"%s: %s is read as %s (%s)", "%s：%s 被理解为 %s（%s）"}
	alsoNames    = [model.NumLangs]string{"dutymap show: %s also names:", "dutymap show：%s 还可以指："}
	badWidth     = [model.NumLangs]string{"dutymap show: --width %d is %s: give %s", "dutymap show：--width %d %s：请给出%s"}
	emptyRef     = [model.NumLangs]string{"dutymap show: REF is empty; give a path such as %s or a department's name", "dutymap show：REF 为空；请给出 %s 这样的路径，或部门的名称"}
	noLetterRef  = [model.NumLangs]string{"dutymap show: %s has no letter or digit; give a path such as %s or a department's name", "dutymap show：%s 不含字母或数字；请给出 %s 这样的路径，或部门的名称"}
	namesSeveral = [model.NumLangs]string{"dutymap show: %s names %d nodes; use one of these paths:", "dutymap show：%s 可以指 %d 个节点；请用下列路径之一："}
	noMatch      = [model.NumLangs]string{"dutymap show: no department, section or duty matches %s.", "dutymap show：没有部门、章节或职责与 %s 匹配。"}
	meantOne     = [model.NumLangs]string{"Did you mean one of these?", "是不是指下面其中一个？"}
	givePath     = [model.NumLangs]string{"Give a path such as %s, or a department's id, name or alias.\nDepartments: %s", "请给出 %s 这样的路径，或部门的 id、名称或别名。\n各部门：%s"}
	showSearches = [model.NumLangs]string{"show opens a page by its name or path; to search the duties for these words:", "show 按名称或路径打开页面；要在职责中搜索这些词："}
)

// count is content.Count in the interface language: "3 rows", "3 行"
// (zh holds the measure word with the noun).
func (a *app) count(n int, one, many, zh string) string {
	if a.interfaceLang() == model.Zh {
		return fmt.Sprintf("%d %s", n, zh)
	}
	return content.Count(n, one, many)
}

// firstNames is termsafe.FirstNames in the interface language: "a, b and
// 3 more files", "a、b 及另外 3 个文件".
func (a *app) firstNames(names []string, n, cells int, one, many, zh string) string {
	if a.interfaceLang() != model.Zh {
		return termsafe.FirstNames(names, n, cells, one, many)
	}
	shown := make([]string, 0, min(len(names), n))
	for _, name := range names[:min(len(names), n)] {
		shown = append(shown, termsafe.QuoteName(termsafe.CutArg(name, cells)))
	}
	list := strings.Join(shown, "、")
	if more := len(names) - len(shown); more > 0 {
		list += fmt.Sprintf(" 及另外 %d %s", more, zh)
	}
	return list
}

// sysErr is what the system says of a failed file operation (plainErr), in
// the interface language for the errors users meet: a Chinese message
// said "permission denied" mid-sentence.
func (a *app) sysErr(err error) string {
	if a.interfaceLang() == model.Zh {
		for _, e := range []struct {
			errno syscall.Errno
			zh    string
		}{
			{syscall.ENOENT, "没有这个文件或文件夹"}, {syscall.EACCES, "没有权限"}, {syscall.EPERM, "不允许这样操作"},
			{syscall.ENOSPC, "磁盘空间不足"}, {syscall.EROFS, "文件系统是只读的"}, {syscall.ENOTDIR, "路径中有一部分不是文件夹"},
			{syscall.EISDIR, "这是一个文件夹"}, {syscall.EEXIST, "已经存在"}, {syscall.ENAMETOOLONG, "名称太长"},
		} {
			if errors.Is(err, e.errno) {
				return e.zh
			}
		}
	}
	return plainErr(err)
}

// quotedErr is quotedErr in the interface language: in Chinese the file
// and what the system says of it, without Go's English operation name.
func (a *app) quotedErr(err error) string {
	if a.interfaceLang() != model.Zh {
		return quotedErr(err)
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return termsafe.QuoteName(pe.Path) + "：" + a.sysErr(pe.Err)
	case errors.As(err, &le):
		return termsafe.QuoteName(le.New) + "：" + a.sysErr(le.Err)
	}
	return a.sysErr(err)
}

// validate's and check's words about what they read.
var (
	noContentGiveDir = [model.NumLangs]string{"dutymap %[1]s: --builtin=false leaves no content; give a folder: dutymap %[1]s DIR", "dutymap %[1]s：--builtin=false 之后没有任何内容；请给出文件夹：dutymap %[1]s DIR"}
	problemsFoundIn  = [model.NumLangs]string{"dutymap %s: %s found", "dutymap %s：发现 %s"}
)

// cobraArgErrors are the errors cobra's own argument checks return
// (cobra.NoArgs and the like, which completion's subcommands use), read
// back to be said in the interface language: cobra words them in English
// only. Compiled on first use (lazyre), not when the program starts.
var cobraArgErrors = []struct {
	english func() *regexp.Regexp
	say     [model.NumLangs]string
}{
	{lazyre.New(`^unknown command ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")`), [model.NumLangs]string{"unknown command %s for %s", "%[2]s 没有命令 %[1]s"}},
	{lazyre.New(`^invalid argument ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")`), [model.NumLangs]string{"invalid argument %s for %s", "%[2]s 不接受参数 %[1]s"}},
	{lazyre.New(`^requires at least (\d+) arg\(s\), only received (\d+)$`), [model.NumLangs]string{"requires at least %s arg(s), only received %s", "至少需要 %s 个参数，只给了 %s 个"}},
	{lazyre.New(`^accepts at most (\d+) arg\(s\), received (\d+)$`), [model.NumLangs]string{"accepts at most %s arg(s), received %s", "最多接受 %s 个参数，却给了 %s 个"}},
	{lazyre.New(`^accepts (\d+) arg\(s\), received (\d+)$`), [model.NumLangs]string{"accepts %s arg(s), received %s", "需要 %s 个参数，却给了 %s 个"}},
	{lazyre.New(`^accepts between (\d+) and (\d+) arg\(s\), received (\d+)$`), [model.NumLangs]string{"accepts between %s and %s arg(s), received %s", "需要 %s 到 %s 个参数，却给了 %s 个"}},
}

// cobraErr is an error of cobra's in the interface language.
func (a *app) cobraErr(err error) string {
	lang := a.interfaceLang()
	if lang == model.En {
		return err.Error()
	}
	for _, e := range cobraArgErrors {
		if m := e.english().FindStringSubmatch(err.Error()); m != nil {
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s
			}
			return fmt.Sprintf(e.say[lang], args...)
		}
	}
	return err.Error()
}
