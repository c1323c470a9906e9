// Package callsite holds the default theme (templates/ and static/),
// embedded so that an installed gen works anywhere.
package callsite

import "embed"

// Theme is the default theme: templates/*.html and static/*.
//
//go:embed templates static
var Theme embed.FS

// DefaultGlossary is the glossary every site starts from; a site's
// content/glossary.yaml extends and overrides it.
//
//go:embed glossary.yaml
var DefaultGlossary []byte
