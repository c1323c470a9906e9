// callsite: progressive enhancement only; every feature works as a plain
// link without this script.
// - "Copy link" / "Link" (a[data-copy]) copies the absolute URL of a turn,
//   question or page instead of only following it.
// - Selecting text in the transcript offers "Copy quote link": a URL with a
//   text fragment (#q3-2p1:~:text=...) that opens on the quote; browsers
//   without text fragments still land on the paragraph.
// - A quote link whose words are no longer in its paragraph (the transcript
//   was corrected since) lands on the paragraph anyway, and a note says the
//   quote was not found.
(function () {
  "use strict";
  var live = document.createElement("div");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(live); });

  function copy(text, done) {
    if (!navigator.clipboard) return false;
    navigator.clipboard.writeText(text).then(done, function () {});
    return true;
  }

  function flash(el, msg) {
    var old = el.textContent;
    el.textContent = msg;
    live.textContent = msg;
    setTimeout(function () { el.textContent = old; }, 1500);
  }

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a[data-copy]");
    if (!a) return;
    var url = new URL(a.getAttribute("href"), location.href).href;
    if (copy(url, function () { flash(a, "Copied"); })) {
      ev.preventDefault();
      if (url.indexOf("#") > 0 && url.split("#")[0] === location.href.split("#")[0]) {
        history.replaceState(null, "", url);
      }
    }
  });

  // Quote links: a button that appears next to a selection in a paragraph.
  var button = null;
  function hideButton() { if (button) { button.remove(); button = null; } }

  function quoteFragment(text) {
    text = text.replace(/\s+/g, " ").trim();
    var words = text.split(" ");
    var enc = function (s) { return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C"); };
    if (words.length <= 10) return enc(text);
    return enc(words.slice(0, 5).join(" ")) + "," + enc(words.slice(-5).join(" "));
  }

  document.addEventListener("mouseup", function () { setTimeout(offerQuote, 0); });
  document.addEventListener("keyup", function (ev) { if (ev.shiftKey) offerQuote(); });

  function offerQuote() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) { hideButton(); return; }
    var range = sel.getRangeAt(0);
    var node = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    var para = node && node.closest && node.closest(".transcript p[id]");
    var text = sel.toString();
    if (!para || text.trim().length < 3) { hideButton(); return; }
    hideButton();
    button = document.createElement("button");
    button.type = "button";
    button.className = "quote-link";
    button.textContent = "Copy quote link";
    var rect = range.getBoundingClientRect();
    button.style.top = (window.scrollY + rect.bottom + 6) + "px";
    button.style.left = (window.scrollX + rect.left) + "px";
    var url = location.href.split("#")[0] + "#" + para.id + ":~:text=" + quoteFragment(text);
    button.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
    button.addEventListener("click", function () {
      var b = button;
      if (!copy(url, function () { flash(b, "Copied"); setTimeout(hideButton, 1200); })) {
        prompt("Quote link:", url);
      }
    });
    document.body.appendChild(button);
  }

  // quoteOf reads a link's text directive (#id:~:text=start,end; a
  // prefix- or -suffix part is left out): the paragraph id and the quoted
  // words. Browsers that know text fragments hide the directive from
  // location.hash; the navigation entry still has it.
  function quoteOf() {
    var nav = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
    var url = (nav && nav.name) || location.href;
    var h = url.indexOf("#");
    if (h < 0) return null;
    var frag = url.slice(h + 1), d = frag.indexOf(":~:");
    if (d < 0) return null;
    var id = decodeURIComponent(frag.slice(0, d));
    var m = /(?:^|&)text=([^&]*)/.exec(frag.slice(d + 3));
    if (!id || !m) return null;
    var parts = m[1].split(",").filter(function (s) { return s && !/-$/.test(s) && !/^-/.test(s); });
    try { parts = parts.map(decodeURIComponent); } catch (e) { return null; }
    return parts.length ? { id: id, parts: parts } : null;
  }

  function norm(s) { return s.replace(/\s+/g, " ").trim().toLowerCase(); }

  function checkQuote() {
    var q = quoteOf();
    var el = q && document.getElementById(q.id);
    if (!el) return;
    var text = norm(el.innerText || el.textContent), at = text.indexOf(norm(q.parts[0]));
    var found = at >= 0 && (q.parts.length < 2 || text.indexOf(norm(q.parts[q.parts.length - 1]), at) >= 0);
    if (!document.querySelector(":target")) {
      // Land on the paragraph: the browser found no text to scroll to, or
      // does not know text fragments. Two replaces leave no history.
      location.replace("#");
      location.replace("#" + encodeURIComponent(q.id));
    }
    if (found) return;
    var note = document.createElement("div");
    note.className = "quote-missing";
    note.setAttribute("role", "status");
    var quote = q.parts.join(" \u2026 ");
    note.textContent = "The quoted words \u201c" + quote + "\u201d were not found: the transcript may have been corrected since the link was made. The link has brought you to the paragraph it pointed to.";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", function () { note.remove(); });
    note.appendChild(close);
    document.body.appendChild(note);
  }
  if (document.readyState === "complete") checkQuote();
  else window.addEventListener("load", function () { requestAnimationFrame(checkQuote); });
})();
