package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/dutymap/dutymap/content"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).initCmd) }

func (a *app) initCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init DIR",
		Short: "Write the built-in content into a folder, to edit as your own organisation",
		Long: `init copies the built-in organisation into DIR as plain Markdown and YAML files
(en/*.md, zh/*.md and sources.yaml) that you can edit in any text editor. The
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
		Args: exactArgs(1, "DIR, the folder to create", "dutymap init myorg"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if err := checkTarget(dir, force); err != nil {
				return err
			}
			n, err := writeTree(content.BuiltinFS(), dir)
			if err != nil {
				return &exitError{1, fmt.Sprintf("dutymap init: %v\nCheck that you may write to %s, or choose another folder.", err, dir)}
			}
			fmt.Fprintf(a.io.Out, nextSteps, n, dir, shellQuote(dir), shellQuote(dir), shellQuote(dir))
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "write into DIR even if it is not empty (files with the same names are replaced)")
	return cmd
}

const nextSteps = `Wrote %d files to %s.

Next steps:
  1. Edit the files in en/ and zh/ (one file per department, topic or relation;
     docs/content-format.md explains the format). Delete zh/ to keep English only.
  2. Check your work:   dutymap validate %s
  3. Explore it:        dutymap --content %s --builtin=false
     (--builtin=false hides the built-in content, so departments you delete stay
     deleted; without it your files are layered over the built-in ones)
  4. Export it:         dutymap --content %s --builtin=false export --format md
`

// checkTarget refuses a DIR that is a file, or a non-empty folder without
// --force, before anything is written.
func checkTarget(dir string, force bool) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return &exitError{1, fmt.Sprintf("dutymap init: cannot use %s: %v", dir, err)}
	case !info.IsDir():
		return &exitError{1, fmt.Sprintf("dutymap init: %s is a file, not a folder; choose a new folder name", dir)}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return &exitError{1, fmt.Sprintf("dutymap init: cannot read %s: %v", dir, err)}
	}
	if len(entries) > 0 && !force {
		return &exitError{1, fmt.Sprintf("dutymap init: %s already exists and is not empty, so init will not write into it.\n"+
			"Choose a new folder, or pass --force to write anyway (files with the same names are replaced, others kept).", dir)}
	}
	return nil
}

// writeTree copies every file of fsys below dir and returns how many it
// wrote. Unlike os.CopyFS it replaces existing files, which --force needs.
func writeTree(fsys fs.FS, dir string) (int, error) {
	n := 0
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(name))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return err
		}
		n++
		return nil
	})
	return n, err
}

var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_./:=+-]+$`)

// shellQuote quotes a path for the printed commands, so they can be pasted
// even when the folder name has spaces.
func shellQuote(s string) string {
	if shellSafe.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
