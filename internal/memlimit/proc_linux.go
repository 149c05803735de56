package memlimit

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// mapped is the address space (VmSize) and writable memory (VmData) the
// process holds, from /proc/self/status; 0 where unreadable.
func mapped() (vmSize, vmData int64) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			continue
		}
		switch name {
		case "VmSize":
			vmSize = kb << 10
		case "VmData":
			vmData = kb << 10
		}
	}
	return vmSize, vmData
}

// noCgroupLimit is past any real limit: cgroup v1 writes a number near
// 2^63 for "none".
const noCgroupLimit = 1 << 60

// cgroupLimit is the memory limit of the process's cgroup (v2 memory.max,
// v1 memory.limit_in_bytes), 0 when none is set or none can be read. The
// folder is the one /proc/self/cgroup names, under /sys/fs/cgroup, or the
// mount's root where a container shows its own cgroup as the root.
func cgroupLimit() int64 {
	data, _ := os.ReadFile("/proc/self/cgroup")
	var files []string
	for line := range strings.SplitSeq(string(data), "\n") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			files = append(files, filepath.Join("/sys/fs/cgroup", parts[2], "memory.max"))
		case strings.Contains(","+parts[1]+",", ",memory,"):
			files = append(files, filepath.Join("/sys/fs/cgroup/memory", parts[2], "memory.limit_in_bytes"))
		}
	}
	files = append(files, "/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err != nil || n <= 0 || n >= noCgroupLimit {
			return 0 // "max", or no limit
		}
		return n
	}
	return 0
}
