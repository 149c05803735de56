package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).cacheCmd) }

func (a *app) cacheCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cache [clear]",
		Short: "Show what is cached of your content folders, or clear it",
		Long: `dutymap keeps the parsed organisation and the search index of your content
folders in one file per set of folders, in the user cache folder
($XDG_CACHE_HOME/dutymap or ~/.cache/dutymap on Linux, ~/Library/Caches/dutymap
on macOS, %LocalAppData%\dutymap on Windows), so that the next run reads that
file instead of parsing every file and analysing every word.

A cache file is used only when every content file is there with the same
contents (by SHA-256; a file whose size and modification time are unchanged
since well before the cache was written is not read again), for the same
dutymap build and cache format, and its checksum holds; otherwise the folders
are read as if there were no cache and the file is written anew. The built-in
content alone is never cached: it loads in a few milliseconds.

"dutymap cache" lists the cache files: size, when written, and the folders each
holds (or what a file is, when it is not a cache file this dutymap reads: one of
another version, one being written, or a damaged one). Files of folders that no longer exist
are removed whenever a cache file is written or listed. "dutymap cache clear"
removes them all. --no-cache, on any command, neither
reads nor writes the cache.`,
		Example: `  dutymap cache
  dutymap cache clear`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 || len(args) == 1 && args[0] != "clear" {
				return &exitError{2, "dutymap cache: the only argument is clear\nRun 'dutymap cache --help' for usage."}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				return a.clearCache()
			}
			return a.listCache()
		},
	}
	return cmd
}

func (a *app) listCache() error {
	dir, err := a.cacheFolder("dutymap cache")
	if err != nil {
		return err
	}
	s := a.cacheStoreAt(dir)
	pruned, err := s.Prune()
	if err != nil {
		return &exitError{1, "dutymap cache: cannot remove a cache file in " + termsafe.QuoteName(dir) + ": " + plainErr(err)}
	}
	entries, err := s.List()
	if err != nil {
		return &exitError{1, "dutymap cache: cannot read " + termsafe.QuoteName(dir) + ": " + plainErr(err)}
	}
	fmt.Fprintf(a.io.Out, "cache folder: %s\n", termsafe.QuoteName(dir))
	if len(pruned) > 0 {
		var freed int64
		for _, e := range pruned {
			freed += e.Size
		}
		fmt.Fprintf(a.io.Out, "removed %d %s of folders that no longer exist (%s)\n", len(pruned), plural(len(pruned), "file", "files"), byteSize(freed))
	}
	if len(entries) == 0 {
		fmt.Fprintln(a.io.Out, "nothing cached")
		return nil
	}
	var total int64
	fmt.Fprintf(a.io.Out, "%9s  %-19s  %s\n", "size", "written", "content")
	for _, e := range entries {
		total += e.Size
		// Folder names are quoted as every message quotes them: a newline
		// in one cannot split the row, an ESC is shown, not dropped.
		var layers []string
		for _, l := range e.Layers {
			layers = append(layers, termsafe.QuoteName(l))
		}
		what := strings.Join(layers, " + ")
		if e.Layers == nil {
			what = termsafe.QuoteName(filepath.Base(e.File)) + ": " + e.Problem
		}
		fmt.Fprintf(a.io.Out, "%9s  %-19s  %s\n", byteSize(e.Size), e.ModTime.Local().Format(time.DateTime), what)
	}
	_, err = fmt.Fprintf(a.io.Out, "%s in %d %s; dutymap cache clear removes them\n", byteSize(total), len(entries), plural(len(entries), "file", "files"))
	return err
}

func (a *app) clearCache() error {
	dir, err := a.cacheFolder("dutymap cache clear")
	if err != nil {
		return err
	}
	freed, err := a.cacheStoreAt(dir).Clear()
	if err != nil {
		return &exitError{1, "dutymap cache clear: " + plainErr(err)}
	}
	_, err = fmt.Fprintf(a.io.Out, "removed %s from %s\n", byteSize(freed), termsafe.QuoteName(dir))
	return err
}

// cacheFolder is the cache folder the cache command cmd lists or clears,
// refused when there is none, or when it is a file or lies under one
// ($XDG_CACHE_HOME set to a file): "cannot remove a cache file", which
// listing used to say, was not what happened.
func (a *app) cacheFolder(cmd string) (string, error) {
	dir := a.cacheDir()
	if dir == "" {
		return "", &exitError{1, "dutymap cache: there is no user cache folder (set $HOME or $XDG_CACHE_HOME)"}
	}
	info, err := os.Stat(dir)
	if err == nil && !info.IsDir() || errors.Is(err, syscall.ENOTDIR) {
		return "", &exitError{1, fmt.Sprintf("%s: the cache folder %s is not a folder: it, or a folder above it, is a file\n  fix: set $XDG_CACHE_HOME to a folder (or unset it to use ~/.cache), or move the file away", cmd, termsafe.QuoteName(dir))}
	}
	return dir, nil
}

// byteSize writes n bytes for people: 812 B, 3.4 MB, 1.2 GB.
func byteSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	case n < 1000*1000*1000:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.1f GB", float64(n)/1e9)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
