package build

import (
	"reflect"
	"testing"
)

func TestSiteCacheRoundTrip(t *testing.T) {
	dirs := outputDirs{at: 5_000_000_000, names: []string{".", "c", "c/acme"}, stats: []dirStat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}
	cases := []struct {
		name string
		sc   siteCache
	}{
		{"no pages", siteCache{Dirs: dirs}},
		{"everything", siteCache{
			Pages: map[string]*pageEntry{
				"/":        {Key: "k1", Files: []string{"index.html", "feed.xml"}},
				"/c/acme/": {Key: "k2", Files: []string{"c/acme/index.html"}},
				"/gone/":   nil,
				"/bare/":   {Key: "k3"},
			},
			Other:       []string{"robots.txt", "static/site.css"},
			Generator:   "go-build-id:abc",
			Started:     -42,
			SearchState: "index-0011.state",
			Dirs:        dirs,
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := encodeSiteCache(&tc.sc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decodeSiteCache(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tc.sc) {
				t.Errorf("read back %+v, want %+v", *got, tc.sc)
			}
			again, _ := encodeSiteCache(got)
			if string(again) != string(data) {
				t.Error("written again differently: the pages must be in a fixed order")
			}
		})
	}
}

// A damaged or foreign site file is not read (the build then starts
// from an empty cache), and never crashes the build.
func TestSiteCacheDamaged(t *testing.T) {
	sc := siteCache{Pages: map[string]*pageEntry{"/": {Key: "k", Files: []string{"index.html"}}}, Other: []string{"a"}, Generator: "g"}
	data, err := encodeSiteCache(&sc)
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		if _, err := decodeSiteCache(data[:n]); err == nil {
			t.Errorf("cut to %d of %d bytes: read", n, len(data))
		}
	}
	if _, err := decodeSiteCache(append(append([]byte(nil), data...), 0)); err == nil {
		t.Error("a byte too many: read")
	}
	foreign := append([]byte(nil), data...)
	foreign[len("callsite site v")]++
	if _, err := decodeSiteCache(foreign); err == nil {
		t.Error("another version's file: read")
	}
	huge := append([]byte(siteHeader), 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f)
	if _, err := decodeSiteCache(huge); err == nil {
		t.Error("a count beyond the file: read")
	}
}
