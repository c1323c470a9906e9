// Package e2e holds the quality gates of the built site as Go tests: it
// builds the gen binary once, builds the sample content, the sample plus
// the seed transcript, and the shared corpus with it, and checks the
// output with the Nu Html Checker (vnu-jar), the link checker and an
// orphan check, headless Chromium driven by chromedp (anchors, the copy
// link, console errors, screenshots, axe-core), Lighthouse, a page-weight
// budget and a byte-for-byte determinism check. TestGolden builds the
// small site of testdata/golden/site.txtar and compares whole pages with
// the golden files there (-update rewrites them).
//
// The tools come from `npm ci` at the repository root (node_modules) and
// from Debian (chromium, a JRE); `.ci/run` installs them. A test whose tool
// is missing skips with a message saying how to get it, and fails under
// CI=true. The README's "Quality" section says how to run each gate alone.
//
// The package's only non-test code is [Orphans], the reachability check.
package e2e
