// callsite "Find in this call": on a call page, a box above the transcript
// that marks every match of what is typed in the transcript's paragraphs,
// says "n of m", and steps through the matches. Progressive enhancement
// only: without this script the page is complete. Matches are drawn with
// the CSS Custom Highlight API where there is one, else with <mark>
// elements wrapped around pieces of text nodes only, so figure links and
// glossary terms keep their markup; tooltips (.tip) are not searched.
(function () {
  "use strict";
  var main = document.querySelector("main.call");
  var transcript = main && main.querySelector(".transcript");
  if (!transcript) return;
  var HL = !!(window.CSS && CSS.highlights && window.Highlight);
  var MAX = 2000;

  var box = document.createElement("form");
  box.className = "find";
  box.setAttribute("role", "search");
  box.setAttribute("aria-label", "Find in this call");
  box.innerHTML = '<label for="find-q">Find in this call</label> ' +
    '<input type="search" id="find-q" placeholder="Find in this call" autocomplete="off" spellcheck="false" aria-describedby="find-count"> ' +
    '<button type="button" class="find-prev" aria-label="Previous match" disabled>\u2191</button>' +
    '<button type="button" class="find-next" aria-label="Next match" disabled>\u2193</button> ' +
    '<output id="find-count" class="find-count" aria-live="polite"></output>';
  transcript.parentNode.insertBefore(box, transcript);
  var input = box.querySelector("input"), count = box.querySelector("output");
  var prev = box.querySelector(".find-prev"), next = box.querySelector(".find-next");

  var matches = []; // per match: a Range (Highlight API) or its <mark>s
  var cur = -1, last = "";

  // texts lists a paragraph's text nodes outside tooltips and the text
  // they make together.
  function texts(p) {
    var nodes = [], text = "";
    var walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) { return n.parentElement.closest(".tip") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT; }
    });
    for (var n; (n = walk.nextNode());) {
      nodes.push({ node: n, at: text.length });
      text += n.data;
    }
    return { nodes: nodes, text: text };
  }

  // pieces cuts the span [from, to) of a paragraph's text into pieces of
  // its text nodes.
  function pieces(t, from, to) {
    var out = [];
    t.nodes.forEach(function (n) {
      var s = Math.max(from, n.at), e = Math.min(to, n.at + n.node.data.length);
      if (s < e) out.push({ node: n.node, start: s - n.at, end: e - n.at });
    });
    return out;
  }

  function clear() {
    if (HL) {
      CSS.highlights.delete("find");
      CSS.highlights.delete("find-current");
    } else {
      var parents = new Set();
      transcript.querySelectorAll("mark.find").forEach(function (m) {
        parents.add(m.parentNode);
        m.replaceWith(document.createTextNode(m.textContent));
      });
      parents.forEach(function (p) { p.normalize(); });
    }
    matches = [];
    cur = -1;
  }

  function find(q) {
    last = q;
    clear();
    q = q.trim();
    if (q.length < 2) { show(); return; }
    var re = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "giu");
    var wraps = new Map(); // text node -> pieces to wrap (fallback)
    transcript.querySelectorAll(".turn > p").forEach(function (p) {
      var t = texts(p), m;
      re.lastIndex = 0;
      while (matches.length < MAX && (m = re.exec(t.text))) {
        var ps = pieces(t, m.index, m.index + m[0].length);
        if (!ps.length) continue;
        if (HL) {
          var r = document.createRange();
          r.setStart(ps[0].node, ps[0].start);
          r.setEnd(ps[ps.length - 1].node, ps[ps.length - 1].end);
          matches.push(r);
        } else {
          var marks = [];
          matches.push(marks);
          ps.forEach(function (pc) {
            pc.marks = marks;
            if (!wraps.has(pc.node)) wraps.set(pc.node, []);
            wraps.get(pc.node).push(pc);
          });
        }
      }
    });
    if (HL) {
      CSS.highlights.set("find", new Highlight(...matches));
    } else {
      // Wrap from the end of each text node, so earlier offsets hold.
      wraps.forEach(function (ps, node) {
        ps.sort(function (a, b) { return b.start - a.start; });
        ps.forEach(function (pc) {
          node.splitText(pc.end);
          var mid = node.splitText(pc.start), mark = document.createElement("mark");
          mark.className = "find";
          mid.replaceWith(mark);
          mark.append(mid);
          pc.marks.push(mark);
        });
      });
      matches.forEach(function (ms) { ms.sort(function (a, b) { return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1; }); });
    }
    go(matches.length ? 0 : -1);
  }

  // mark makes match i the current one.
  function mark(i) {
    if (!HL && cur >= 0) matches[cur].forEach(function (m) { m.classList.remove("find-current"); });
    cur = i;
    show();
    if (cur < 0) return null;
    if (HL) {
      CSS.highlights.set("find-current", new Highlight(matches[cur]));
      return matches[cur].getBoundingClientRect();
    }
    matches[cur].forEach(function (m) { m.classList.add("find-current"); });
    return matches[cur][0].getBoundingClientRect();
  }

  function go(i) {
    var rect = mark(i);
    if (rect && (rect.top < box.offsetHeight || rect.bottom > innerHeight)) {
      window.scrollBy({ top: rect.top - innerHeight / 3 });
    }
  }

  function show() {
    var n = matches.length;
    // On a phone the bar sticks to the top only while it holds a query.
    box.classList.toggle("active", input.value.trim().length >= 2);
    prev.disabled = next.disabled = n === 0;
    if (input.value.trim().length < 2) count.textContent = "";
    else if (!n) count.textContent = "No matches";
    else count.textContent = (cur + 1) + " of " + n + (n >= MAX ? "+" : "");
  }

  function step(d) {
    if (matches.length) go((cur + d + matches.length) % matches.length);
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { find(input.value); }, 200);
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      clearTimeout(timer);
      if (input.value !== last) find(input.value); else step(ev.shiftKey ? -1 : 1);
    } else if (ev.key === "Escape") {
      input.value = "";
      find("");
    }
  });
  box.addEventListener("submit", function (ev) { ev.preventDefault(); });

  // tokens: the search index's words (static/tokens.js); a page
  // without that script finds no paragraph by words, only by the match.
  var tokens = window.callsiteTokens ? window.callsiteTokens.tokens : function () { return []; };

  // paragraph picks the paragraph of the exchange or turn a result links
  // to that holds the searched words: the first holding all of them (a
  // word or, for the last one typed, the start of a word), else the first
  // holding the most, else the first holding the highlighted word.
  function paragraph(target, words, word) {
    var ps = target.matches(".turn > p") ? [target] : Array.from(target.querySelectorAll(".turn > p[id]"));
    var best = null, most = 0, re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "iu");
    for (var i = 0; i < ps.length; i++) {
      var t = texts(ps[i]).text, have = new Set(tokens(t)), n = 0;
      words.forEach(function (w, j) {
        var ok = have.has(w);
        if (!ok && j === words.length - 1) have.forEach(function (h) { ok = ok || h.startsWith(w); });
        if (ok) n++;
      });
      if (!words.length && re.test(t)) n = 1;
      if (n > most) { best = ps[i]; most = n; }
      if (words.length && n === words.length) break;
    }
    if (!best) best = ps.find(function (p) { return re.test(texts(p).text); }) || null;
    return best;
  }

  // Opened from a search result (?find=word&words=all+words#q3): find the
  // word, go to the paragraph of the linked exchange or turn that holds
  // the words, and make the address that paragraph's (#q3-2p1), so a link
  // copied from here is to the paragraph. Without a paragraph, its first
  // match inside the exchange or turn.
  var params = new URLSearchParams(location.search), asked = params.get("find");
  if (asked) {
    input.value = asked;
    find(asked);
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      var p = paragraph(target, tokens(params.get("words") || asked), asked);
      var within = p || target, at = -1;
      for (var i = 0; i < matches.length; i++) {
        var node = HL ? matches[i].startContainer : matches[i][0];
        if (within.contains(node)) { at = i; break; }
      }
      if (p && p.id) {
        // Highlight the match without scrolling to it: the paragraph
        // lands as any link to it does (below the find bar and its
        // speaker's name).
        if (at >= 0) mark(at);
        params.delete("find");
        params.delete("words");
        var q = params.toString();
        history.replaceState(history.state, "", location.pathname + (q ? "?" + q : "") + location.hash);
        location.replace("#" + p.id);
      } else if (at >= 0) {
        go(at);
      }
    }
  }
  prev.addEventListener("click", function () { step(-1); });
  next.addEventListener("click", function () { step(1); });
})();
