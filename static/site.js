// callsite: progressive enhancement only; every feature works as a plain
// link without this script.
// - "Copy link" / "Link" (a[data-copy]) copies the absolute URL of a turn,
//   question or page instead of only following it.
// - Selecting text in the transcript offers "Copy quote link": a URL with a
//   text fragment (#q3-2p1:~:text=...) that opens on the quote; browsers
//   without text fragments still land on the paragraph.
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
})();
