package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/dutymap/dutymap/internal/termsafe"
	"github.com/dutymap/dutymap/model"
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
				return &exitError{2, a.say(onlyClear) + "\n" + a.say(seeHelp, "dutymap cache")}
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
		return &exitError{1, a.say(cannotPruneCache, termsafe.QuoteName(dir), a.sysErr(err))}
	}
	entries, err := s.List()
	if err != nil {
		return &exitError{1, a.say(cannotReadCache, termsafe.QuoteName(dir), a.sysErr(err))}
	}
	fmt.Fprintln(a.io.Out, a.say(cacheFolderIs, termsafe.QuoteName(dir)))
	if len(pruned) > 0 {
		var freed int64
		for _, e := range pruned {
			freed += e.Size
		}
		fmt.Fprintln(a.io.Out, a.say(prunedCache, a.count(len(pruned), "file", "files", "个文件"), byteSize(freed)))
	}
	if len(entries) == 0 {
		fmt.Fprintln(a.io.Out, a.say(nothingCached))
		return nil
	}
	var total int64
	head := cacheHeads[a.interfaceLang()]
	// Padded by cells, as the terminal shows them: 大小 is four wide.
	fmt.Fprintf(a.io.Out, "%s  %s  %s\n", padLeft(head[0], 9), padRight(head[1], 19), head[2])
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
	_, err = fmt.Fprintln(a.io.Out, a.say(cacheTotal, byteSize(total), a.count(len(entries), "file", "files", "个文件")))
	return err
}

func (a *app) clearCache() error {
	dir, err := a.cacheFolder("dutymap cache clear")
	if err != nil {
		return err
	}
	freed, err := a.cacheStoreAt(dir).Clear()
	if err != nil {
		return &exitError{1, a.say(cmdSays, "dutymap cache clear", a.sysErr(err))}
	}
	_, err = fmt.Fprintln(a.io.Out, a.say(clearedCache, byteSize(freed), termsafe.QuoteName(dir)))
	return err
}

// cacheFolder is the cache folder the cache command cmd lists or clears,
// refused when there is none, or when it is a file or lies under one
// ($XDG_CACHE_HOME set to a file): "cannot remove a cache file", which
// listing used to say, was not what happened.
func (a *app) cacheFolder(cmd string) (string, error) {
	dir := a.cacheDir()
	if dir == "" {
		return "", &exitError{1, a.say(noCacheFolder)}
	}
	info, err := os.Stat(dir)
	if err == nil && !info.IsDir() || errors.Is(err, syscall.ENOTDIR) {
		return "", &exitError{1, a.say(cacheNotFolder, cmd, termsafe.QuoteName(dir))}
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

// cache's messages and listing.
var (
	onlyClear        = [model.NumLangs]string{"dutymap cache: the only argument is clear", "dutymap cache：唯一可用的参数是 clear"}
	cannotPruneCache = [model.NumLangs]string{"dutymap cache: cannot remove a cache file in %s: %s", "dutymap cache：无法删除 %s 中的缓存文件：%s"}
	cannotReadCache  = [model.NumLangs]string{"dutymap cache: cannot read %s: %s", "dutymap cache：无法读取 %s：%s"}
	cacheFolderIs    = [model.NumLangs]string{"cache folder: %s", "缓存文件夹：%s"}
	prunedCache      = [model.NumLangs]string{"removed %s of folders that no longer exist (%s)", "删除了已不存在的文件夹的 %s（%s）"}
	nothingCached    = [model.NumLangs]string{"nothing cached", "没有缓存"}
	cacheHeads       = [model.NumLangs][3]string{{"size", "written", "content"}, {"大小", "写入时间", "内容"}}
	cacheTotal       = [model.NumLangs]string{"%s in %s; dutymap cache clear removes them", "共 %s，%s；dutymap cache clear 可删除它们"}
	clearedCache     = [model.NumLangs]string{"removed %s from %s", "已从 %[2]s 删除 %[1]s"}
	noCacheFolder    = [model.NumLangs]string{"dutymap cache: there is no user cache folder (set $HOME or $XDG_CACHE_HOME)", "dutymap cache：没有用户缓存文件夹（请设置 $HOME 或 $XDG_CACHE_HOME）"}
	cacheNotFolder   = [model.NumLangs]string{"%s: the cache folder %s is not a folder: it, or a folder above it, is a file\n  fix: set $XDG_CACHE_HOME to a folder (or unset it to use ~/.cache), or move the file away", "%s：缓存文件夹 %s 不是文件夹：它或它上层的某个文件夹是文件\n  修正：把 $XDG_CACHE_HOME 设为一个文件夹（或取消设置以使用 ~/.cache），或把那个文件移走"}
)

// padLeft and padRight pad s with spaces to n cells.
func padLeft(s string, n int) string {
	return strings.Repeat(" ", max(0, n-ansi.StringWidth(s))) + s
}

func padRight(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-ansi.StringWidth(s)))
}
