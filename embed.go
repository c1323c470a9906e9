// Package callsite holds the default theme (templates/ and static/) and
// the default glossary, embedded so that an installed gen works anywhere.
package callsite

import (
	"embed"
	"io/fs"

	"callsite/internal/render"
)

// Theme is the default theme: templates/*.html and static/*.
//
//go:embed templates static
var Theme embed.FS

// DefaultGlossary is the glossary every site starts from; a site's
// content/glossary.yaml extends and overrides it.
//
//go:embed glossary.yaml
var DefaultGlossary []byte

// DefaultTheme is Theme as the renderer takes it.
func DefaultTheme() render.Theme {
	// fs.Sub fails only for an invalid path; these two are constants.
	tpl, _ := fs.Sub(Theme, "templates")
	st, _ := fs.Sub(Theme, "static")
	return render.Theme{Templates: tpl, Static: st}
}
