//go:build linux

package publish

import (
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// BenchmarkWriteTree writes the files of one bulk call an op as a build
// lays them out: the call's folder with its page, call.json and
// figures.csv, and eight exchange folders of one page each (12 kB files),
// below a site root as deep as a build's staging folder. "paths" is
// DirOutput (each mkdir and open walks the path from the root); "at" makes
// the exchange folders and opens every file relative to the call's
// folder held open (mkdirat, openat), which saves the path walks.
// sys-ms/op is the process's system CPU an op, the cost to read: on ext4
// here it swung from 1 to 6 ms an op between runs of either, with the
// inodes freed in the last half minute (the allocator steps over them),
// and the two did not differ beyond that (bench/README.md, round six).
//
//	go test -run '^$' -bench WriteTree -benchtime 800x ./internal/publish
func BenchmarkWriteTree(b *testing.B) {
	data := make([]byte, 12<<10)
	for i := range data {
		data[i] = 'a' + byte(i%26)
	}
	for _, mode := range []string{"paths", "at"} {
		b.Run(mode, func(b *testing.B) {
			root := filepath.Join(b.TempDir(), "site.building-1234567")
			if err := syscall.Mkdir(root, 0o755); err != nil {
				b.Fatal(err)
			}
			out := NewDirOutput(root)
			write := out.WriteFile
			if mode == "at" {
				write = atCallFolder(out)
			}
			sys, user := rusage()
			i := 0
			for b.Loop() {
				call := "c/company-" + strconv.Itoa(i%300) + "/" + strconv.Itoa(2010+i/300) + "-q" + strconv.Itoa(i%4+1) + "/"
				i++
				for _, f := range []string{"index.html", "call.json", "figures.csv"} {
					if err := write(call+f, data); err != nil {
						b.Fatal(err)
					}
				}
				for q := 1; q <= 8; q++ {
					if err := write(call+"q"+strconv.Itoa(q)+"/index.html", data); err != nil {
						b.Fatal(err)
					}
				}
			}
			sys2, user2 := rusage()
			b.ReportMetric(float64(sys2-sys)/1e6/float64(b.N), "sys-ms/op")
			b.ReportMetric(float64(user2-user)/1e6/float64(b.N), "user-ms/op")
		})
	}
}

// atCallFolder writes a call's files relative to its folder, held open
// from its first file to the next call's: a file in the folder by openat,
// a file in a subfolder after mkdirat.
func atCallFolder(out DirOutput) func(string, []byte) error {
	dir, fd := "", -1
	return func(name string, data []byte) error {
		folder, file := filepath.Split(name)
		sub := ""
		if folder != dir && filepath.Dir(filepath.Clean(folder))+"/" == dir {
			sub = filepath.Base(folder)
		} else if folder != dir {
			if fd >= 0 {
				syscall.Close(fd)
			}
			p := filepath.Join(out.Dir, folder)
			if err := out.mkdir(p); err != nil {
				return err
			}
			var err error
			if fd, err = syscall.Open(p, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0); err != nil {
				return err
			}
			dir = folder
		}
		if sub != "" {
			if err := syscall.Mkdirat(fd, sub, 0o755); err != nil && err != syscall.EEXIST {
				return err
			}
			file = sub + "/" + file
		}
		f, err := syscall.Openat(fd, file, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
		if err != nil {
			return err
		}
		for len(data) > 0 {
			n, err := syscall.Write(f, data)
			if err != nil {
				syscall.Close(f)
				return err
			}
			data = data[n:]
		}
		return syscall.Close(f)
	}
}

// rusage is the process's system and user CPU time so far, in ns.
func rusage() (sys, user int64) {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Stime.Nano(), ru.Utime.Nano()
}
