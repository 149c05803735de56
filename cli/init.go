package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/dutymap/dutymap/content"
	"github.com/dutymap/dutymap/internal/filekind"
	"github.com/dutymap/dutymap/internal/lazyre"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).initCmd) }

func (a *app) initCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init DIR",
		Short: "Write the built-in content into a folder, to edit as your own organisation",
		Long: `init copies the built-in organisation into DIR as plain Markdown and YAML files
(en/*.md, zh/*.md, sources.yaml and groups.yaml) that you can edit in any text editor. The
format is described in docs/content-format.md.

DIR is created if needed. init refuses to write into a folder that exists and is
not empty, so that it never overwrites your work; --force writes anyway,
replacing files with the same names and keeping all others.

Afterwards, check your edits with "dutymap validate DIR" and explore the result
with "dutymap --content DIR --builtin=false". You may delete the zh/ (or en/)
folder to keep a single language.`,
		Example: `  dutymap init myorg
  dutymap validate myorg
  dutymap --content myorg --builtin=false
  dutymap init myorg --force   # restore the original files, keeping any you added`,
		Args: a.exactArgs(1, [model.NumLangs]string{"DIR, the folder to create", "一个 DIR（要创建的文件夹）"}, "dutymap init myorg"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if err := a.checkTarget("init", dir, force); err != nil {
				return err
			}
			n, err := writeTree(content.BuiltinFS(), dir)
			if err != nil {
				return a.writeFailed("init", err, dir, a.say(otherFolder))
			}
			fmt.Fprint(a.io.Out, a.say(nextSteps, n, termsafe.QuoteName(dir), shellQuote(dir)))
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "write into DIR even if it is not empty (files with the same names are replaced)")
	return cmd
}

var nextSteps = [model.NumLangs]string{`Wrote %[1]d files to %[2]s.

Next steps:
  1. Edit the files in en/ and zh/ (one file per department, topic or relation;
     docs/content-format.md explains the format). Delete zh/ to keep English only.
  2. Check your work:   dutymap --builtin=false validate %[3]s
  3. Explore it:        dutymap --content %[3]s --builtin=false
     (--builtin=false hides the built-in content, so departments you delete stay
     deleted; without it your files are layered over the built-in ones)
  4. Export it:         dutymap --content %[3]s --builtin=false export --format md
`, `已将 %[1]d 个文件写入 %[2]s。

接下来：
  1. 编辑 en/ 和 zh/ 中的文件（每个部门、专题或关系一个文件；
     格式见 docs/content-format.md）。删除 zh/ 即只保留英文。
  2. 检查修改：  dutymap --builtin=false validate %[3]s
  3. 浏览结果：  dutymap --content %[3]s --builtin=false
     （--builtin=false 隐藏内置内容，这样你删除的部门不会再出现；
     不加它时，你的文件叠加在内置文件之上）
  4. 导出：      dutymap --content %[3]s --builtin=false export --format md
`}

// checkTarget refuses, before anything is written: an empty DIR, a DIR
// that is a file or a symbolic link, and a folder that is not empty unless
// --force is given.
func (a *app) checkTarget(cmd, dir string, force bool) error {
	if strings.TrimSpace(dir) == "" {
		return &exitError{2, a.say(targetEmpty, cmd)}
	}
	info, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case errors.Is(err, syscall.ENAMETOOLONG):
		return &exitError{1, a.say(targetTooLong, cmd, termsafe.QuoteName(dir))}
	case err != nil:
		return &exitError{1, a.say(targetUnusable, cmd, termsafe.QuoteName(dir), a.sysErr(err))}
	case info.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(dir)
		return &exitError{1, a.say(targetLink, cmd, termsafe.QuoteName(dir), termsafe.QuoteName(target))}
	case !info.IsDir():
		what, _ := filekind.Of(info.Mode())
		return &exitError{1, a.say(targetNotFolder, cmd, termsafe.QuoteName(dir), a.fileKind(what))}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &exitError{1, a.say(targetUnreadable, cmd, termsafe.QuoteName(dir), a.sysErr(err))}
	}
	if len(entries) > 0 && !force {
		return &exitError{1, a.say(targetNotEmpty, cmd, termsafe.QuoteName(dir))}
	}
	return nil
}

// writeTree copies every file of fsys below dir and returns how many it
// wrote (see writeFolder).
func writeTree(fsys fs.FS, dir string) (int, error) {
	var files []content.File
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		files = append(files, content.File{Name: name, Data: data})
		return err
	})
	if err != nil {
		return 0, err
	}
	return writeFolder(dir, files)
}

// blockedError is writeFolder refusing a path in its way (a link, a file
// where a folder goes): the message says what to move, and the folder
// may well be writable.
type blockedError struct {
	dir   string
	paths []blockedPath
}

// blockedPath is one path in the way: its name (quoted) and what it is
// (one of the pairs in blockedWhat).
type blockedPath struct {
	name string
	what [model.NumLangs]string
}

// Error is the message in English; writeFailed says it in the user's
// language (in).
func (e *blockedError) Error() string { return e.in(model.En) }

func (e *blockedError) in(lang model.Lang) string {
	paths := make([]string, len(e.paths))
	for i, p := range e.paths {
		paths[i] = p.name + p.what[lang]
	}
	return fmt.Sprintf(blockedBy[lang], termsafe.QuoteName(e.dir), strings.Join(paths, blockedAnd[lang]))
}

// What writeFolder finds in its way.
var (
	blockedBy     = [model.NumLangs]string{"nothing was written, because in %s, %s; move it away first", "什么也没有写入，因为在 %s 中，%s；请先把它移走"}
	blockedAnd    = [model.NumLangs]string{", and ", "；"}
	isLink        = [model.NumLangs]string{" is a symbolic link", " 是符号链接"}
	fileForFolder = [model.NumLangs]string{" is a file where a folder goes", " 是文件，而那里应是文件夹"}
	folderForFile = [model.NumLangs]string{" is a folder where a file goes", " 是文件夹，而那里应是文件"}
)

// writeFailed is the error of a command whose writeFolder failed: a path
// in the way as it is; a full disk (or quota) as such, since no
// permission is at fault; anything else with a hint to check the
// permissions or do otherwise. writeFolder has undone its writes, and the
// message says so.
func (a *app) writeFailed(cmd string, err error, dir, otherwise string) error {
	var blocked *blockedError
	if errors.As(err, &blocked) {
		return &exitError{1, a.say(cmdSays, "dutymap "+cmd, blocked.in(a.interfaceLang()))}
	}
	written := a.say(nothingWritten)
	var partial *partialWrite
	if errors.As(err, &partial) {
		written = a.say(someWritten, partial.n, partial.total)
		err = partial.err
	}
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) {
		return &exitError{1, a.say(diskFull, cmd, a.quotedErr(err), written, otherwise)}
	}
	return &exitError{1, a.say(writeDenied, cmd, a.quotedErr(err), written, termsafe.QuoteName(dir), otherwise)}
}

// partialWrite is writeFolder failing to move a written file into place
// after the files before it were: those stay.
type partialWrite struct {
	n, total int
	err      error
}

func (e *partialWrite) Error() string { return e.err.Error() }
func (e *partialWrite) Unwrap() error { return e.err }

// quotedErr is an error of the file system with the path in it quoted as
// messages quote names (termsafe.QuoteName): printed as it was, a path
// holding an escape sequence lost it, and the rest of its component, to
// the output filter ("mkdir /proc/: no such file or directory").
func quotedErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s %s: %v", pe.Op, termsafe.QuoteName(pe.Path), pe.Err)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return fmt.Sprintf("%s %s: %v", le.Op, termsafe.QuoteName(le.New), le.Err)
	}
	return err.Error()
}

// writeFolder writes files (slash-separated names) below dir, creating it
// and the folders it needs, and returns how many it wrote. It writes through
// an os.Root, so nothing lands outside dir, and first checks every path it
// will write: a symbolic link, or a folder where a file goes (or the
// reverse), stops it before it writes anything. Files with other names are
// left alone.
//
// All or nothing: each file is written whole into a hidden temporary file
// beside its place (which the loader and the explorer's live reload pass
// over), and only when every one is written are they renamed into place.
// A write that fails (a full disk, a quota) removes the temporary files and
// the folders it made: writing over the files in place had left the
// user's own file, with --force, cut to the part of the new one that fit.
func writeFolder(dir string, files []content.File) (int, error) {
	_, statErr := os.Lstat(dir)
	madeDir := errors.Is(statErr, fs.ErrNotExist)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return 0, err
	}
	defer root.Close()
	var dirs []string
	for _, f := range files {
		for d := path.Dir(f.Name); d != "."; d = path.Dir(d) {
			if !slices.Contains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	slices.Sort(dirs) // parents before children
	var blocked []blockedPath
	check := func(name string, wantDir bool) {
		info, err := root.Lstat(filepath.FromSlash(name))
		switch {
		case err != nil:
		case info.Mode()&fs.ModeSymlink != 0:
			blocked = append(blocked, blockedPath{termsafe.QuoteName(name), isLink})
		case info.IsDir() != wantDir && wantDir:
			blocked = append(blocked, blockedPath{termsafe.QuoteName(name), fileForFolder})
		case info.IsDir() != wantDir:
			blocked = append(blocked, blockedPath{termsafe.QuoteName(name), folderForFile})
		}
	}
	for _, d := range dirs {
		check(d, true)
	}
	for _, f := range files {
		check(f.Name, false)
	}
	if len(blocked) > 0 {
		if madeDir {
			os.Remove(dir)
		}
		return 0, &blockedError{dir, blocked}
	}
	var made, temps []string // to undo: the folders made, the temporary files written
	undo := func() {
		for _, t := range temps {
			root.Remove(t)
		}
		for _, d := range slices.Backward(made) {
			root.Remove(d) // children first; only if empty
		}
		if madeDir {
			os.Remove(dir)
		}
	}
	for _, d := range dirs {
		name := filepath.FromSlash(d)
		if _, err := root.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			if err := root.Mkdir(name, 0o755); err != nil {
				undo()
				return 0, err
			}
			made = append(made, name)
		}
	}
	for _, f := range files {
		name := filepath.FromSlash(f.Name)
		tmp, err := writeTemp(root, name, f.Data)
		if tmp != "" {
			temps = append(temps, tmp)
		}
		if err != nil {
			undo()
			return 0, err
		}
	}
	for i, f := range files {
		if err := root.Rename(temps[i], filepath.FromSlash(f.Name)); err != nil {
			// Not undone: the files before it are in place already.
			for _, t := range temps[i:] {
				root.Remove(t)
			}
			return i, &partialWrite{i, len(files), err}
		}
	}
	return len(files), nil
}

// writeData writes a file's bytes; tests replace it to fail as a full disk.
var writeData = func(f *os.File, data []byte) error {
	_, err := f.Write(data)
	return err
}

// writeTemp writes data whole into a new hidden file beside name
// (".sales.md.<n>.tmp") and returns its name, with the mode of the file it
// is to replace, if there is one, so that --force keeps a file's
// permissions. The name is returned whenever the file was made, so that
// it can be removed.
func writeTemp(root *os.Root, name string, data []byte) (string, error) {
	mode, keepMode := fs.FileMode(0o644), false
	if info, err := root.Lstat(name); err == nil && info.Mode().IsRegular() {
		mode, keepMode = info.Mode().Perm(), true
	}
	for try := 0; ; try++ {
		tmp := filepath.Join(filepath.Dir(name), fmt.Sprintf(".%s.%d.tmp", filepath.Base(name), rand.Uint32()))
		f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		if err != nil {
			return "", namedAs(err, root, name)
		}
		err = writeData(f, data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil && keepMode {
			err = root.Chmod(tmp, mode) // OpenFile's mode passed through the umask
		}
		return tmp, namedAs(err, root, name)
	}
}

// namedAs names the file a temporary file stands for in its error: "write
// org/en/sales.md: no space left on device", not the temporary name.
func namedAs(err error, root *os.Root, name string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		pe.Path = filepath.Join(root.Name(), name)
	}
	return err
}

var shellSafe = lazyre.New(`^[A-Za-z0-9_./:=+-]+$`)

// shellQuote quotes a path for the printed commands, so they can be pasted
// even when the folder name has spaces; a name with characters that do not
// show as themselves gets the shell's $'…' quoting (termsafe.QuoteName).
func shellQuote(s string) string {
	if shellSafe().MatchString(s) {
		return s
	}
	if q := termsafe.QuoteName(s); q != s {
		return q
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// The messages of init and import about the folder they write.
var (
	otherFolder      = [model.NumLangs]string{"choose another folder", "换一个文件夹"}
	otherFolderOut   = [model.NumLangs]string{"choose another folder with --out", "用 --out 换一个文件夹"}
	targetEmpty      = [model.NumLangs]string{"dutymap %s: the folder name is empty; give the folder to write, such as myorg", "dutymap %s：文件夹名为空；请给出要写入的文件夹，如 myorg"}
	targetTooLong    = [model.NumLangs]string{"dutymap %s: cannot use %s: the name is too long\n  fix: choose a shorter folder name (each part of a path may have at most 255 bytes)", "dutymap %s：无法使用 %s：名称太长\n  修正：换一个短一些的文件夹名（路径的每一段最多 255 字节）"}
	targetUnusable   = [model.NumLangs]string{"dutymap %s: cannot use %s: %v", "dutymap %s：无法使用 %s：%v"}
	targetLink       = [model.NumLangs]string{"dutymap %s: %s is a symbolic link (to %s); dutymap does not write through links. Give the folder itself.", "dutymap %s：%s 是符号链接（指向 %s）；dutymap 不通过链接写入。请给出文件夹本身。"}
	targetNotFolder  = [model.NumLangs]string{"dutymap %s: %s is %s, not a folder; choose a new folder name", "dutymap %s：%s 是%s，不是文件夹；请换一个新的文件夹名"}
	targetUnreadable = [model.NumLangs]string{"dutymap %s: cannot read %s: %v", "dutymap %s：无法读取 %s：%v"}
	targetNotEmpty   = [model.NumLangs]string{"dutymap %[1]s: %[2]s already exists and is not empty, so %[1]s will not write into it.\nChoose a new folder, or pass --force to write anyway (files with the same names are replaced, others kept).", "dutymap %[1]s：%[2]s 已存在且非空，%[1]s 不会写入。\n请换一个新的文件夹，或加上 --force 照样写入（同名文件会被替换，其他文件保留）。"}
	nothingWritten   = [model.NumLangs]string{"nothing was written", "什么也没有写入"}
	someWritten      = [model.NumLangs]string{"%d of the %d files were written", "%[2]d 个文件中已写入 %[1]d 个"}
	diskFull         = [model.NumLangs]string{"dutymap %s: %s; %s\n  fix: free some space on that disk, or %s.", "dutymap %s：%s；%s\n  修正：在那块磁盘上腾出空间，或%s。"}
	writeDenied      = [model.NumLangs]string{"dutymap %s: %s; %s\nCheck that you may write to %s, or %s.", "dutymap %s：%s；%s\n请确认你有权写入 %s，或%s。"}
)

// fileKind is filekind.Of's name of what a path is, in the interface
// language; "a file" for "".
func (a *app) fileKind(what string) string {
	kinds := [][model.NumLangs]string{
		{"a file", "一个文件"}, {"a folder", "一个文件夹"}, {"a named pipe (FIFO)", "一个命名管道（FIFO）"},
		{"a socket", "一个套接字"}, {"a character device", "一个字符设备"}, {"a device", "一个设备"},
	}
	if what == "" {
		what = "a file"
	}
	for _, k := range kinds {
		if k[model.En] == what {
			return a.say(k)
		}
	}
	return what
}
