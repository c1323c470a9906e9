package build

import (
	"fmt"
	"hash/fnv"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"callsite/internal/content"
	"callsite/internal/site"
	"callsite/internal/transcript"
)

// TestKnownKeyTrustsOnlyUnchangedFiles checks when a rebuild takes an
// input's key from the cache without reading the input: only when every
// file of it stats as it did, and was not modified after the build that
// hashed it started.
func TestKnownKeyTrustsOnlyUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Operator\nWelcome.\n")
	fsys := openHeldFolder(dir)
	defer fsys.close()
	in := content.Input{Path: "a.txt", Sidecar: "a.md"}
	stats := statInput(fsys, in)
	if len(stats) != 3 || stats[1].Size != -1 || stats[2].Size != -1 {
		t.Fatalf("stats = %+v, want the transcript and two absent files", stats)
	}
	later := time.Now().Add(time.Hour).UnixNano()
	cache := func(started int64) *cacheData {
		return &cacheData{Generator: generatorKey(), Started: started,
			Inputs: map[string]*cacheEntry{"a.txt": {InputKey: "k", Stats: stats}}}
	}
	if k := cache(later).knownKey("a.txt", statInput(fsys, in)); k != "k" {
		t.Errorf("unchanged input: key %q, want the cached one", k)
	}
	if k := cache(time.Now().Add(-time.Hour).UnixNano()).knownKey("a.txt", statInput(fsys, in)); k != "" {
		t.Errorf("input modified after the cached build started: key %q, want none", k)
	}
	old := &cacheData{Generator: "another generator", Started: later, Inputs: cache(later).Inputs}
	if k := old.knownKey("a.txt", statInput(fsys, in)); k != "" {
		t.Errorf("cache of another generator: key %q, want none", k)
	}

	// Same size, same modification time, other bytes: the inode or the
	// status change time tells (where the system has them), else only
	// the time the cached build started does.
	mod := time.Now().Add(-time.Minute)
	os.Chtimes(filepath.Join(dir, "a.txt"), mod, mod)
	stats = statInput(fsys, in)
	os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	write("a.txt", "Operator\nWelcome!\n")
	os.Chtimes(filepath.Join(dir, "a.txt"), mod, mod)
	now := statInput(fsys, in)
	if now[0].Size != stats[0].Size || now[0].ModTime != stats[0].ModTime {
		t.Fatal("the test could not keep the size and modification time")
	}
	if now[0].Inode != 0 {
		if k := cache(later).knownKey("a.txt", now); k != "" {
			t.Errorf("replaced file of the same size and time: key %q, want none", k)
		}
	}

	// A sidecar that appears.
	write("a.md", "---\ndate: 2024-01-01\n---\n")
	if k := cache(later).knownKey("a.txt", statInput(fsys, in)); k != "" {
		t.Errorf("new sidecar: key %q, want none", k)
	}
	if k := cache(later).knownKey("b.txt", statInput(fsys, in)); k != "" {
		t.Errorf("input not in the cache: key %q, want none", k)
	}
}

// TestCacheShards saves a cache, saves it again with one input changed
// and one removed, and checks that only their shards were written and
// that loading gives back what was saved.
// TestCacheShards saves a cache, reads it (copied or mapped, as gen build
// reads it), saves it again with two calls changed (rewriting only their
// shards, while the records read still point into the old ones) and
// reads it again.
func TestCacheShards(t *testing.T) {
	for _, mapped := range []bool{false, true} {
		t.Run(fmt.Sprintf("mapped=%v", mapped), func(t *testing.T) { testCacheShards(t, mapped) })
	}
}

func testCacheShards(t *testing.T, mapped bool) {
	dir := t.TempDir()
	c := &cacheData{Inputs: map[string]*cacheEntry{}, Pages: map[string]*pageEntry{"/people/a/": {Key: "p", Files: []string{"people/a/index.html"}}},
		Other: []string{"index.html"}, Generator: "g", Started: 42}
	for i := range 40 {
		path := fmt.Sprintf("call-%d.txt", i)
		c.Inputs[path] = &cacheEntry{InputKey: "k" + path, RenderKey: "r", Files: []string{path + "/index.html"}}
	}
	if err := saveCache(dir, c, &cacheData{}); err != nil {
		t.Fatal(err)
	}
	loaded := loadCache(dir, mapped)
	if len(loaded.Inputs) != 40 || loaded.Inputs["call-7.txt"].InputKey != "kcall-7.txt" || loaded.Started != 42 || loaded.Pages["/people/a/"].Key != "p" {
		t.Fatalf("loaded %d inputs, %+v", len(loaded.Inputs), loaded)
	}
	mtimes := func() map[string]time.Time {
		m := map[string]time.Time{}
		for n := range inputShards {
			if fi, err := os.Stat(filepath.Join(dir, inputShardFile(n))); err == nil {
				m[inputShardFile(n)] = fi.ModTime()
			}
		}
		return m
	}
	before := mtimes()
	time.Sleep(20 * time.Millisecond)
	next := &cacheData{Inputs: map[string]*cacheEntry{}, Generator: "g", Started: 43}
	for path, e := range loaded.Inputs {
		next.Inputs[path] = e
	}
	next.Inputs["call-3.txt"] = &cacheEntry{InputKey: "changed"}
	delete(next.Inputs, "call-5.txt")
	if err := saveCache(dir, next, loaded); err != nil {
		t.Fatal(err)
	}
	if loaded.Inputs["call-7.txt"].InputKey != "kcall-7.txt" || loaded.Other[0] != "index.html" {
		t.Error("the records read changed when the cache was saved again")
	}
	after := mtimes()
	want := map[string]bool{inputShardFile(inputShard("call-3.txt")): true, inputShardFile(inputShard("call-5.txt")): true}
	for name, mod := range after {
		if rewritten := !mod.Equal(before[name]); rewritten != want[name] {
			t.Errorf("%s rewritten = %v, want %v", name, rewritten, want[name])
		}
	}
	again := loadCache(dir, mapped)
	if len(again.Inputs) != 39 || again.Inputs["call-3.txt"].InputKey != "changed" || again.Inputs["call-5.txt"] != nil || again.Started != 43 {
		t.Errorf("after the second save: %d inputs, call-3 %+v", len(again.Inputs), again.Inputs["call-3.txt"])
	}
	// The unchanged entries of the rewritten shards, copied as read.
	for path, e := range again.Inputs {
		if path != "call-3.txt" && (e.InputKey != "k"+path || len(e.Files) != 1 || e.Files[0] != path+"/index.html") {
			t.Errorf("after the second save, %s reads as %+v", path, e)
		}
	}
}

// TestCachedRecordKeepsItsSpeakers saves a record whose exchanges name the
// call's speakers and loads it back: the exchanges point at the record's
// own speakers again, with every field, and the record is what it was. A
// speaker that is not the record's (none in a parsed call, but the cache
// must not lose it) comes back whole. The record saved is not changed.
func TestCachedRecordKeepsItsSpeakers(t *testing.T) {
	ceo := &transcript.Speaker{ID: "ann-lee", Name: "Ann Lee", Title: "Chief Executive Officer", Role: transcript.RoleManagement}
	analyst := &transcript.Speaker{ID: "bo-chan", Name: "Bo Chan", Role: transcript.RoleAnalyst, Firm: "Acme Securities", IntroducedAs: "Bo"}
	stranger := &transcript.Speaker{ID: "cy-dee", Name: "Cy Dee", Role: transcript.RoleAnalyst}
	rec := &site.Record{Source: "x.txt", Speakers: []*transcript.Speaker{ceo, analyst}, Exchanges: []site.ExchangeRecord{
		{ID: "q1", N: 1, Analyst: analyst, Firm: "Acme Securities", Question: "How is demand?", AnsweredBy: []*transcript.Speaker{ceo}},
		{ID: "q2", N: 2, Analyst: stranger, AnsweredBy: []*transcript.Speaker{ceo, analyst}},
		{ID: "q3", N: 3},
	}}
	dir := t.TempDir()
	c := &cacheData{Inputs: map[string]*cacheEntry{"x.txt": {InputKey: "k", Record: rec}}}
	if err := saveCache(dir, c, &cacheData{}); err != nil {
		t.Fatal(err)
	}
	if rec.Exchanges[0].Analyst != analyst || rec.Exchanges[1].AnsweredBy[1] != analyst {
		t.Fatal("saving changed the record")
	}
	got := loadCache(dir, false).Inputs["x.txt"].Record
	if got == nil || len(got.Speakers) != 2 || len(got.Exchanges) != 3 {
		t.Fatalf("loaded %+v", got)
	}
	ex := got.Exchanges
	if ex[0].Analyst != got.Speakers[1] || ex[0].AnsweredBy[0] != got.Speakers[0] || ex[1].AnsweredBy[0] != got.Speakers[0] || ex[1].AnsweredBy[1] != got.Speakers[1] {
		t.Error("the exchanges do not point at the record's speakers")
	}
	if *got.Speakers[1] != *analyst || *got.Speakers[0] != *ceo {
		t.Errorf("speakers %+v %+v", *got.Speakers[0], *got.Speakers[1])
	}
	if ex[1].Analyst == nil || *ex[1].Analyst != *stranger {
		t.Errorf("the speaker not the record's came back as %+v", ex[1].Analyst)
	}
	if ex[0].Question != "How is demand?" || ex[0].Firm != "Acme Securities" || ex[2].Analyst != nil || ex[2].AnsweredBy != nil {
		t.Errorf("exchanges %+v", ex)
	}
}

// TestExistingTrustsOnlyUnchangedFolders checks how a rebuild finds the
// files it reuses: a folder that stats as an earlier look saw it, well
// after its last change, is taken to hold its files without looking them
// up; any other folder's files are looked up one by one.
func TestExistingTrustsOnlyUnchangedFolders(t *testing.T) {
	dir := t.TempDir()
	files := []string{"index.html", "c/acme/index.html", "c/acme/q1/index.html", "c/acme/q1/card.png"}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lists := [][]string{files[:2], files[2:]}
	look := func() outputDirs {
		d := statDirs(dir, lists, 2)
		d.at += int64(time.Hour) // as if looked at long after the folders last changed
		return d
	}
	missing := func(seen outputDirs) []string {
		e := checkExisting(dir, lists, 2, seen)
		var out []string
		for _, f := range files {
			if !e.all([]string{f}) {
				out = append(out, f)
			}
		}
		return out
	}
	if got := missing(look()); len(got) != 0 {
		t.Fatalf("all files there: missing %v", got)
	}
	seen := look()
	if fmt.Sprint(seen.names) != "[. c/acme c/acme/q1]" {
		t.Fatalf("looked at folders %v, want 3", seen.names)
	}
	// As the cache keeps it.
	data, err := seen.GobEncode()
	if err != nil {
		t.Fatal(err)
	}
	var back outputDirs
	if err := back.GobDecode(data); err != nil || !reflect.DeepEqual(back, seen) {
		t.Fatalf("read back %+v, %v; want %+v", back, err, seen)
	}
	for i := range data {
		if back.GobDecode(data[:i]) == nil && i > 0 {
			t.Fatalf("read back a list cut to %d bytes of %d", i, len(data))
		}
	}
	os.Remove(filepath.Join(dir, "c", "acme", "q1", "card.png"))
	if got := missing(seen); fmt.Sprint(got) != "[c/acme/q1/card.png]" {
		t.Errorf("removed after the look: missing %v, want the removed file", got)
	}
	// A folder seen as it is now is trusted, not looked into: the file
	// removed before the look is taken to be there (where the system
	// gives folders' status change times).
	if got := missing(look()); runtime.GOOS == "linux" && len(got) != 0 {
		t.Errorf("folder seen after the removal: missing %v, want none looked up", got)
	}
	// Seen too soon after a change, or never seen: looked into.
	soon := statDirs(dir, lists, 2)
	if got := missing(soon); fmt.Sprint(got) != "[c/acme/q1/card.png]" {
		t.Errorf("seen just after a change: missing %v, want the removed file", got)
	}
	if got := missing(outputDirs{}); fmt.Sprint(got) != "[c/acme/q1/card.png]" {
		t.Errorf("never seen: missing %v, want the removed file", got)
	}
	os.RemoveAll(filepath.Join(dir, "c", "acme", "q1"))
	if got := missing(outputDirs{}); fmt.Sprint(got) != "[c/acme/q1/index.html c/acme/q1/card.png]" {
		t.Errorf("folder removed: missing %v, want both its files", got)
	}
}

// TestPlaceFiles finds each listed file's folder among the folders seen
// last: a folder that vouches for its files spares looking them up, any
// other folder's files are looked up, in the order listed; folders not
// seen are added, sorted, and folders no file is in are not used.
func TestPlaceFiles(t *testing.T) {
	names := []string{".", "c/a", "c/a/q1", "c/b", "gone"}
	vouched := []bool{true, true, false, true, false}
	p := placeFiles([][]string{
		{"c/b/index.html", "c/a/q1/index.html", "index.html"},
		nil,
		{"c/a/q1/card.png", "c/z/call.json", "c/c/index.html", "feed.xml", "c/z/index.html"},
	}, names, vouched)
	if want := []bool{true, false, true, true, false}; !reflect.DeepEqual(p.used, want) {
		t.Errorf("used %v, want %v", p.used, want)
	}
	if want := []string{"c/a/q1/index.html", "c/a/q1/card.png", "c/z/call.json", "c/c/index.html", "c/z/index.html"}; !reflect.DeepEqual(p.doubtful, want) {
		t.Errorf("looked up %q, want %q", p.doubtful, want)
	}
	if want := []string{"c/a/q1", "c/a/q1", "c/z", "c/c", "c/z"}; !reflect.DeepEqual(p.doubtfulIn, want) {
		t.Errorf("their folders %q, want %q", p.doubtfulIn, want)
	}
	if want := []string{"c/c", "c/z"}; !reflect.DeepEqual(p.added, want) {
		t.Errorf("added %q, want %q", p.added, want)
	}
	if p := placeFiles(nil, nil, nil); len(p.used)+len(p.doubtful)+len(p.added) != 0 {
		t.Errorf("placeFiles(nil) = %+v", p)
	}
}

// TestStatListed looks at the inputs' files as statInput does, taking an
// ids file the folder's listing does not show for absent.
func TestStatListed(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "a.txt.ids", "a.md", "b.txt", "sub/c.txt", "sub/c.txt.ids"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fsys := openHeldFolder(dir)
	defer fsys.close()
	inputs := []content.Input{{Path: "a.txt", Sidecar: "a.md"}, {Path: "b.txt", Sidecar: "b.md"}, {Path: "sub/c.txt"}, {Path: "gone/d.txt"}}
	ids := listIDs(fsys, inputs)
	for _, in := range inputs {
		if got, want := statListed(fsys, in, ids), statInput(fsys, in); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %+v, want %+v", in.Path, got, want)
		}
	}
	if !ids.absent("b.txt.ids") || ids.absent("a.txt.ids") || ids.absent("gone/d.txt.ids") {
		t.Errorf("listing %+v", ids)
	}
}

// TestInFolder checks that a file inFolder finds in a folder (a path.Dir
// result) has that folder for its path.Dir, and that folderOf is path.Dir,
// on the names the build writes and on names it does not.
func TestInFolder(t *testing.T) {
	files := []string{"index.html", "c/a/index.html", "c/a/q1/index.html", "c/ab/x", "/x", "//x", "./x", "c/a/", "c/a//x", "c/a/./x", "c/a/../x", "c/a/.."}
	for _, f := range files {
		for _, g := range files {
			dir := path.Dir(g)
			if inFolder(f, dir) && path.Dir(f) != dir {
				t.Errorf("inFolder(%q, %q), but path.Dir is %q", f, dir, path.Dir(f))
			}
		}
	}
	if !inFolder("c/a/q1/index.html", "c/a/q1") || inFolder("c/a/q1/index.html", "c/a") || inFolder("/x", "") {
		t.Error("inFolder is wrong on a plain name")
	}
	number := map[string]int32{}
	for _, f := range files {
		if _, ok := number[path.Dir(f)]; !ok {
			number[path.Dir(f)] = int32(len(number))
		}
	}
	for _, f := range append(files, "c/z/x", "c//a/x") {
		d, at := folderOf(f, number)
		if want, ok := number[path.Dir(f)]; d != path.Dir(f) || !ok && at != -1 || ok && at != want {
			t.Errorf("folderOf(%q) = %q, %d; want %q", f, d, at, path.Dir(f))
		}
	}
}

// TestLookUp finds the files gone from the output, one by one in a folder
// with few to look up and by listing a folder with more than listAbove:
// the same answer either way, and every file of a folder that is gone.
func TestLookUp(t *testing.T) {
	dir := t.TempDir()
	var files, dirs []string
	add := func(folder string, n int) {
		for i := range n {
			f := fmt.Sprintf("%s/%d.json", folder, i)
			if folder == "." {
				f = fmt.Sprintf("%d.html", i)
			}
			files, dirs = append(files, f), append(dirs, folder)
			p := filepath.Join(dir, filepath.FromSlash(f))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	add("search/docs", listAbove+10) // listed
	add("c/acme", 3)                 // looked up one by one
	add(".", listAbove+1)            // the top folder, listed
	add("gone", listAbove+5)         // listed, then removed whole
	add("few", 2)                    // looked up, then removed whole
	removed := map[string]bool{"search/docs/7.json": true, "search/docs/70.json": true, "c/acme/1.json": true, "12.html": true}
	for f := range removed {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			t.Fatal(err)
		}
	}
	for _, folder := range []string{"gone", "few"} {
		if err := os.RemoveAll(filepath.Join(dir, folder)); err != nil {
			t.Fatal(err)
		}
	}
	out := openHeldFolder(dir)
	defer out.close()
	gone := lookUp(out, files, dirs, 2)
	for k, f := range files {
		want := removed[f] || dirs[k] == "gone" || dirs[k] == "few"
		if gone[k] != want {
			t.Errorf("%s gone = %v, want %v", f, gone[k], want)
		}
	}
	if gone := lookUp(out, nil, nil, 2); len(gone) != 0 {
		t.Errorf("lookUp(nothing) = %v", gone)
	}
}

// TestMergeDirs puts two looks at folders into one, sorted.
func TestMergeDirs(t *testing.T) {
	a := outputDirs{at: 7, names: []string{".", "c/b", "c/d"}, stats: []dirStat{{Inode: 1}, {Inode: 2}, {Inode: 4}}}
	b := outputDirs{at: 7, names: []string{"c/a", "c/c", "c/e"}, stats: []dirStat{{Inode: 10}, {Inode: 30}, {Inode: 50}}}
	got := mergeDirs(a, b)
	want := outputDirs{at: 7, names: []string{".", "c/a", "c/b", "c/c", "c/d", "c/e"}, stats: []dirStat{{Inode: 1}, {Inode: 10}, {Inode: 2}, {Inode: 30}, {Inode: 4}, {Inode: 50}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mergeDirs = %+v, want %+v", got, want)
	}
	if got := mergeDirs(a, outputDirs{at: 7}); !reflect.DeepEqual(got, a) {
		t.Errorf("mergeDirs with nothing added = %+v", got)
	}
	if got := mergeDirs(outputDirs{at: 7}, b); !reflect.DeepEqual(got, b) {
		t.Errorf("mergeDirs with nothing seen = %+v", got)
	}
}

// BenchmarkPlaceFiles places the output files a cache lists among the
// folders it keeps, as the folder check of every rebuild does
// (CALLSITE_BENCH_CACHE as for BenchmarkLoadCache).
func BenchmarkPlaceFiles(b *testing.B) {
	dir := os.Getenv("CALLSITE_BENCH_CACHE")
	if dir == "" {
		b.Skip("CALLSITE_BENCH_CACHE is not set")
	}
	c := loadCache(dir, false)
	lists := c.lists()
	vouched := make([]bool, len(c.Dirs.names))
	for i := range vouched {
		vouched[i] = true
	}
	b.ReportAllocs()
	for b.Loop() {
		placeFiles(lists, c.Dirs.names, vouched)
	}
}

// TestInputShard checks that an input's shard is FNV-1a of its path, as
// hash/fnv computes it, modulo the shards: a cache written before reads
// back into the same shards.
func TestInputShard(t *testing.T) {
	for _, path := range []string{"", "a.txt", "2024/acme-q2.txt", "ünïcode/Ω.md", strings.Repeat("x/", 300) + "call.json"} {
		h := fnv.New32a()
		h.Write([]byte(path))
		if got, want := inputShard(path), int(h.Sum32()%inputShards); got != want {
			t.Errorf("inputShard(%q) = %d, want %d", path, got, want)
		}
	}
}
