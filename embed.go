// Package callsite holds the default theme (templates/ and static/),
// embedded so that an installed gen works anywhere.
package callsite

import "embed"

// Theme is the default theme: templates/*.html and static/*.
//
//go:embed templates static
var Theme embed.FS
