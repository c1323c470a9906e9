package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
)

// The head partial of layout.html (the page's <head>: title, description,
// canonical link, Open Graph and Twitter tags, JSON-LD, feeds) is drawn
// for every page of a site, tens of thousands of them, and was a third of
// the template time of the pages across calls: some thirty values, each
// looked up and escaped through reflection. When a theme keeps the
// default theme's head, DrawnHead draws it in Go instead, byte for byte
// as the template does (head_test.go checks them against each other);
// a theme with a head of its own keeps its template.

// defaultHeadTree is the SHA-256 of the default theme's head partial as
// parsed (its tree printed): a theme whose head differs keeps its
// template. head_test.go fails when the default head changes, so that
// DrawnHead is changed with it.
const defaultHeadTree = "a0cbaf09b0f11cd5c2ad502254f3c15b3782d3f20c9dab705a8fe818a49e50e1"

// treeHash is the SHA-256 of a template as parsed (its tree printed),
// which defaultHeadTree and the like are compared with; "" when the
// theme has no such template.
func treeHash(tpl *template.Template, name string) string {
	t := tpl.Lookup(name)
	if t == nil || t.Tree == nil {
		return ""
	}
	sum := sha256.Sum256([]byte(t.Tree.Root.String()))
	return hex.EncodeToString(sum[:])
}

// drawHeadInGo makes the theme's head partial call DrawnHead when it is
// the default theme's. It must run before the templates are executed.
func drawHeadInGo(tpl *template.Template) error {
	if treeHash(tpl, "head") != defaultHeadTree {
		return nil
	}
	_, err := tpl.New("head").Parse(`{{.DrawnHead}}`)
	return err
}

// DrawnHead is the default theme's head partial, drawn in Go.
func (c Common) DrawnHead() (template.HTML, error) {
	return drawnHTML(c.writeHead)
}

// writeHead draws DrawnHead onto b: the page's own buffer when execute
// puts the page together.
func (c Common) writeHead(b *bytes.Buffer) error {
	icons, err := c.Shared("head-icons")
	if err != nil {
		return err
	}
	chrome, err := c.Shared("head-chrome")
	if err != nil {
		return err
	}
	siteTitle := c.Site.Config.Title
	url := c.Abs(c.Path)
	b.Grow(2048 + len(chrome) + 3*len(c.Description))
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString(string(icons))
	// The title, description and image's alt text are each said two or
	// three times: escaped the first, copied after (keepText).
	b.WriteString("\n<title>")
	title := keepText(b, c.Title)
	if c.Path != "/" {
		b.WriteString(" · ")
		writeText(b, siteTitle)
	}
	b.WriteString("</title>\n")
	var desc span
	if c.Description != "" {
		b.WriteString(`<meta name="description" content="`)
		desc = keepText(b, c.Description)
		b.WriteString(`">`)
	}
	b.WriteString("\n<link rel=\"canonical\" href=\"")
	writeURL(b, url)
	b.WriteString("\">\n<meta property=\"og:site_name\" content=\"")
	writeText(b, siteTitle)
	b.WriteString("\">\n<meta property=\"og:type\" content=\"")
	if c.OGType != "" {
		writeText(b, c.OGType)
	} else {
		b.WriteString("website")
	}
	b.WriteString("\">\n<meta property=\"og:title\" content=\"")
	writeAgain(b, title)
	b.WriteString("\">\n")
	if c.Description != "" {
		b.WriteString(`<meta property="og:description" content="`)
		writeAgain(b, desc)
		b.WriteString("\">\n<meta name=\"twitter:description\" content=\"")
		writeAgain(b, desc)
		b.WriteString(`">`)
	}
	b.WriteString("\n<meta property=\"og:url\" content=\"")
	writeText(b, url)
	b.WriteString("\">\n<meta name=\"twitter:title\" content=\"")
	writeAgain(b, title)
	b.WriteString("\">\n")
	if c.OGImage != "" {
		image := c.Abs(c.OGImage)
		b.WriteString(`<meta property="og:image" content="`)
		imageText := keepText(b, image)
		b.WriteString("\">\n<meta property=\"og:image:width\" content=\"800\">\n<meta property=\"og:image:height\" content=\"420\">\n")
		if c.ImageAlt != "" {
			b.WriteString(`<meta property="og:image:alt" content="`)
			alt := keepText(b, c.ImageAlt)
			b.WriteString("\">\n<meta name=\"twitter:image:alt\" content=\"")
			writeAgain(b, alt)
			b.WriteString(`">`)
		}
		b.WriteString("\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:image\" content=\"")
		writeAgain(b, imageText)
		b.WriteString(`">`)
	} else {
		b.WriteString(`<meta name="twitter:card" content="summary">`)
	}
	b.WriteString("\n")
	if c.Published != "" {
		b.WriteString(`<meta property="article:published_time" content="`)
		writeText(b, c.Published)
		b.WriteString(`">`)
	}
	b.WriteString("\n")
	if c.LD != nil {
		// Written straight onto the page as JSONLD writes it; JSONLD's
		// string only when writeLD does not know a value.
		const script = `<script type="application/ld+json">`
		start := b.Len()
		b.WriteString(script)
		ok := writeLD(b, c.LD)
		if !ok {
			b.Truncate(start)
			if ld := c.JSONLD(); ld != "" {
				b.WriteString(script)
				b.WriteString(string(ld)) // a template.JS value is written as it is in a script
				ok = true
			}
		}
		if ok {
			b.WriteString(`</script>`)
		}
	}
	b.WriteString("\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
	writeText(b, siteTitle)
	b.WriteString(`" href="`)
	writeURL(b, c.Link("/feed.xml"))
	b.WriteString("\">\n")
	if c.Feed != "" {
		b.WriteString(`<link rel="alternate" type="application/atom+xml" title="`)
		writeAgain(b, title)
		b.WriteString(`" href="`)
		writeURL(b, c.Link(c.Feed))
		b.WriteString(`">`)
	}
	b.WriteString("\n")
	b.WriteString(string(chrome))
	return nil
}

// keepText writes s escaped as writeText does and returns where, for
// writeAgain: copied from b itself rather than from a string of its own.
func keepText(b *bytes.Buffer, s string) span {
	start := b.Len()
	writeText(b, s)
	return span{start, b.Len()}
}

// writeAgain writes what b holds at the span again, at its end. (Should
// b grow, the bytes are copied from its old memory, which stays as it
// was.)
func writeAgain(b *bytes.Buffer, at span) {
	b.Write(b.Bytes()[at.start:at.end])
}
