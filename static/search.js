// callsite search page: runs a query in the browser against the static
// index under /search/ (made by internal/search: a manifest, shards of
// terms by prefix, documents in chunks), loading only the shards of the
// query's words and the chunks of the results it shows. Its reference in
// Go is internal/search/lookup.go: keep the two in step.
(function () {
  "use strict";
  var app = document.getElementById("search");
  if (!app || !window.fetch || !window.URL || !window.callsiteTokens) return;
  var $ = function (id) { return document.getElementById(id); };
  var nojs = $("search-nojs"), form = $("search-form"), input = $("search-q"), speaker = $("search-speaker");
  var status = $("search-status"), list = $("search-results"), more = $("search-more");
  var sel = { type: $("search-type"), company: $("search-company"), period: $("search-period"), role: $("search-role") };
  var base = new URL(app.getAttribute("data-index"), document.baseURI);
  var root = new URL(app.getAttribute("data-root"), document.baseURI);
  var PAGE = 20, MAX_PREFIX_SHARDS = 8;
  var TEXT = 1 << 7, CTX = 1 << 8, TITLE = 1 << 9, NAMES = 0xF << 10, SAID = 1 << 14, FIELDS = TEXT | CTX | TITLE | NAMES | SAID, KIND = 7 << 4;
  var LABEL = { call: "Call", company: "Company", person: "Person", firm: "Firm", question: "Question", figure: "Figure", remarks: "Remarks" };
  var cache = {}, manifest = null, stop = {}, seq = 0, shown = [], words = [], said = [];

  nojs.hidden = true;
  app.hidden = false;

  function get(path) {
    if (!cache[path]) {
      cache[path] = fetch(new URL(path, base)).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
      cache[path].catch(function () { delete cache[path]; });
    }
    return cache[path];
  }

  // One tokenizer for the index's words and the query's: static/tokens.js.
  var tokens = window.callsiteTokens.tokens, isWord = window.callsiteTokens.isWord;

  function shardFile(k) {
    return Array.from(k).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : "_" + c.codePointAt(0).toString(16) + "_";
    }).join("") + ".idx.json"; // like ShardFile in internal/search
  }

  // shardKeys mirrors search.shardKeys.
  function shardKeys(keys, w, prefix) {
    var best = "", out = [];
    keys.forEach(function (k) { if (w.startsWith(k) && k.length > best.length) best = k; });
    if (best) out.push(best);
    if (prefix) keys.forEach(function (k) { if (k !== best && k.startsWith(w)) out.push(k); });
    return out;
  }

  // reader mirrors search.postingReader: the numbers of a posting
  // string, five bits a character of the URL-safe base 64 alphabet, the
  // lowest first; a character of value 32 or more says more follow.
  var B64 = new Int8Array(128);
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("").forEach(function (c, i) { B64[c.charCodeAt(0)] = i; });
  function reader(s) {
    var i = 0;
    return {
      more: function () { return i < s.length; },
      next: function () {
        var v = 0, mul = 1;
        while (i < s.length) {
          var c = B64[s.charCodeAt(i++) & 127];
          v += (c & 31) * mul;
          if (c < 32) break;
          mul *= 32;
        }
        return v;
      }
    };
  }

  // weight mirrors search.fieldWeight: in a document of what was said
  // (an exchange, a turn) the names of who said it count less than the
  // words said.
  function weight(f) {
    var kind = manifest.kinds[(f >> 4) & 7], names = kind === "question" || kind === "remarks" ? 0.4 : 4;
    return Math.max(f & TITLE ? 8 : 0, f & NAMES ? names : 0, f & CTX ? 2 : 0, f & TEXT ? 1 : 0, f & SAID ? 0.5 : 0);
  }

  function params() {
    var p = { q: input.value, speaker: speaker.value };
    for (var k in sel) p[k] = sel[k].value;
    return p;
  }

  // addPostings mirrors lookup.add: the postings of word w to what term
  // t found.
  function addPostings(found, t, w, post) {
    var exact = w === t.w ? 1 : 0, mult = exact ? 1 : 0.5, doc = 0, r = reader(post);
    while (r.more()) {
      doc += r.next();
      var f = manifest.flags[r.next()] || 0, wt = weight(f & (t.mask | KIND)) * mult;
      if (!wt) continue;
      var h = found.get(doc);
      if (!h) found.set(doc, h = { score: wt, flags: f, exact: exact });
      else if (wt > h.score) { h.score = wt; h.flags = f; }
      h.exact = Math.max(h.exact, exact);
    }
  }

  // pageFile mirrors search.PageFile.
  function pageFile(w, i) { return shardFile(w).replace(/\.idx\.json$/, "") + "." + i + ".json"; }

  // search mirrors search.SearchMore: it returns the first limit results
  // ([{id, score, exact}], best first) and sets their more when more may
  // be found. Postings split into pages (search/pages/) are loaded only
  // while one of the first limit results could still come from them.
  async function search(p, limit) {
    var m = manifest, terms = [], ws = tokens(p.q);
    var open = isWord(Array.from(p.q).pop() || "");
    ws.forEach(function (w, i) {
      if (i === ws.length - 1 && open) {
        if (!stop[w] || ws.length === 1) terms.push({ w: w, prefix: true, mask: FIELDS });
      } else if (!stop[w]) terms.push({ w: w, prefix: false, mask: FIELDS });
    });
    words = terms.map(function (t) { return t.w; });
    said = ws;
    var role = m.roles.indexOf(p.role), nameMask = NAMES;
    if (role >= 0 && p.speaker) nameMask = (1 << role) << 10;
    tokens(p.speaker).forEach(function (w) { terms.push({ w: w, prefix: true, mask: nameMask }); });
    if (!terms.length) return null;
    // match: the heads of the terms' words, and their pages.
    var founds = [], paged = [];
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], keys = shardKeys(m.shards, t.w, t.prefix);
      if (t.prefix && keys.length > MAX_PREFIX_SHARDS) {
        t.prefix = false;
        keys = shardKeys(m.shards, t.w, false);
      }
      var shards = await Promise.all(keys.map(function (k) { return get("idx/" + shardFile(k)); }));
      var found = new Map();
      founds.push(found);
      shards.forEach(function (sh) {
        Object.keys(sh).sort().forEach(function (w) {
          if (w !== t.w && !(t.prefix && w.startsWith(t.w))) return;
          var e = sh[w];
          addPostings(found, t, w, Array.isArray(e) ? e[0] : e);
          if (Array.isArray(e) && e.length > 1) paged.push({ term: i, w: w, exact: w === t.w, firsts: e.slice(1), next: 0 });
        });
      });
    }
    // filter mirrors lookup.filter.
    var kind = m.kinds.indexOf(p.type), co = null, ranges = null;
    if (p.company) (await get("companies.json")).forEach(function (c) { if (c.slug === p.company) co = c; });
    if (p.company && !co) co = { lo: 0, hi: 0 };
    var pi = m.periods.findIndex(function (x) { return x.label === p.period; });
    if (p.period) ranges = pi >= 0 ? await get("periods/" + pi + ".json") : [];
    var keepDoc = co || ranges ? function (doc) {
      if (co && (doc < co.lo || doc >= co.hi)) return false;
      if (ranges) {
        for (var i = 0; i + 1 < ranges.length; i += 2) if (doc >= ranges[i] && doc < ranges[i + 1]) return true;
        return false;
      }
      return true;
    } : null;
    var keep = function (doc, f) {
      return (kind < 0 || ((f >> 4) & 7) === kind) && (role < 0 || (f & (1 << role)) !== 0) && (!keepDoc || keepDoc(doc));
    };
    var recency = [];
    var rank = async function (out) {
      // Whole words first ("eps" finds EPS before Epstein), then the
      // score, then the newest call.
      if (out.length > 1 && !paged.length) recency = await recencyRanges();
      out.forEach(function (r) { r.when = when(recency, r.id); });
      out.sort(function (a, b) { return b.exact - a.exact || b.score - a.score || b.when - a.when || a.id - b.id; });
      var total = out.length;
      out = out.slice(0, limit);
      out.more = total > limit;
      out.total = total;
      return out;
    };
    if (paged.length) recency = await recencyRanges();
    // before mirrors lookup.before: the order of the pages.
    var before = function (a, b) {
      var wa = when(recency, a), wb = when(recency, b);
      return wa !== wb ? wa > wb : a < b;
    };
    var mayHold = holds(founds, paged, keep, keepDoc, recency, before);
    for (;;) {
      var out = results(founds, keep);
      // frontier mirrors lookup.frontier.
      var f = -1, at = [];
      paged.forEach(function (pw) {
        while (pw.next < pw.firsts.length && !mayHold(pw.firsts[pw.next], pw.next + 1 < pw.firsts.length ? pw.firsts[pw.next + 1] : -1)) pw.next++;
        if (pw.next >= pw.firsts.length) return;
        var d = pw.firsts[pw.next];
        if (f < 0 || before(d, f)) { f = d; at = [pw]; } else if (d === f) at.push(pw);
      });
      if (f < 0) return rank(out);
      var done = out.filter(function (r) { return before(r.id, f); });
      var best = pendingBest(founds, paged, terms.length, keep, f, before);
      if (!best) return rank(done);
      if (done.length >= limit) {
        var ranked = await rank(done), last = ranked[ranked.length - 1];
        if (last.exact > best.exact || last.exact === best.exact && last.score >= best.score) {
          ranked.more = true;
          ranked.total = -1; // not counted
          return ranked;
        }
      }
      for (var pw of at) {
        pw.next++;
        addPostings(founds[pw.term], terms[pw.term], pw.w, await get("pages/" + pageFile(pw.w, pw.next)));
      }
    }
  }

  // recencyRanges mirrors Recency.ranges: search/recency.json as
  // [from, to, when, ...] in order of from.
  var recencyP = null;
  function recencyRanges() {
    if (!recencyP) recencyP = get("recency.json").then(function (rec) {
      var out = [], end = 0, r = reader(rec.calls);
      while (r.more()) {
        var from = end + r.next();
        end = from + r.next();
        var i = r.next();
        out.push(from, end, i < rec.when.length ? rec.when[i] : 0);
      }
      return out;
    });
    recencyP.catch(function () { recencyP = null; });
    return recencyP;
  }

  // results mirrors matching.results.
  function results(founds, keep) {
    var out = [];
    founds[0].forEach(function (h, doc) {
      var score = h.score, exact = h.exact;
      for (var i = 1; i < founds.length; i++) {
        var g = founds[i].get(doc);
        if (!g) return;
        score += g.score;
        exact += g.exact;
      }
      if (keep(doc, h.flags)) out.push({ id: doc, score: score, exact: exact });
    });
    return out;
  }

  // holds mirrors lookup.mayHold.
  function holds(founds, paged, keep, keepDoc, recency, before) {
    var known = null;
    founds.forEach(function (found, i) {
      if (paged.some(function (pw) { return pw.term === i; })) return;
      var docs = new Set();
      found.forEach(function (h, doc) { if ((!known || known.has(doc)) && keep(doc, h.flags)) docs.add(doc); });
      known = docs;
    });
    var inside = function (first, last, a, b) { return !before(last, a) && (b < 0 || before(first, b)); };
    return function (a, b) {
      if (when(recency, a) === 2147483647) return true;
      if (known) {
        var any = false;
        known.forEach(function (d) { any = any || inside(d, d, a, b); });
        if (!any) return false;
      }
      if (!keepDoc) return true;
      for (var i = 0; i + 2 < recency.length; i += 3) {
        var from = recency[i], to = recency[i + 1];
        if (to > from && keepDoc(from) && inside(from, to - 1, a, b)) return true;
      }
      return false;
    };
  }

  // pendingBest mirrors lookup.pendingBest: null when no result can come
  // from the pages not loaded.
  function pendingBest(founds, paged, nterms, keep, f, before) {
    var more = function (i, d) {
      var r = { w: 0, exact: 0, ok: false };
      paged.forEach(function (pw) {
        if (pw.term !== i || pw.next >= pw.firsts.length || d >= 0 && before(d, pw.firsts[pw.next])) return;
        r.w = Math.max(r.w, 0.5 * (pw.exact ? 1 : 0.5));
        r.exact = Math.max(r.exact, pw.exact ? 1 : 0);
        r.ok = true;
      });
      return r;
    };
    var best = null;
    var consider = function (exact, score) {
      if (!best || exact > best.exact || exact === best.exact && score > best.score) best = { exact: exact, score: score };
    };
    var ex = 0, sc = 0, ok = true;
    for (var i = 0; i < nterms; i++) {
      var r = more(i, -1);
      ok = ok && r.ok;
      ex += r.exact;
      sc += r.w;
    }
    if (ok) consider(ex, sc);
    var seen = new Map();
    founds.forEach(function (found) {
      found.forEach(function (h, doc) { if (!seen.has(doc) && !before(doc, f)) seen.set(doc, h.flags); });
    });
    seen.forEach(function (flags, doc) {
      if (!keep(doc, flags)) return;
      var ex = 0, sc = 0;
      for (var i = 0; i < founds.length; i++) {
        var h = founds[i].get(doc), r = more(i, doc);
        if (!h && !r.ok) return;
        ex += Math.max(h ? h.exact : 0, r.exact);
        sc += Math.max(h ? h.score : 0, r.w);
      }
      consider(ex, sc);
    });
    return best;
  }

  // when mirrors search.when: how recent a document's call is; a page
  // across calls counts as newest.
  function when(rec, d) {
    var lo = 0, hi = Math.floor(rec.length / 3);
    while (lo < hi) { var mid = (lo + hi) >> 1; if (rec[3 * mid + 1] > d) hi = mid; else lo = mid + 1; }
    return lo < rec.length / 3 && rec[3 * lo] <= d ? rec[3 * lo + 2] : 2147483647;
  }

  function doc(id) {
    var n = Math.floor(id / manifest.chunk);
    return get("docs/" + n + ".json").then(function (docs) { return docs[id % manifest.chunk]; });
  }

  // marked writes text with the query's words marked.
  function marked(el, text) {
    var ws = words.filter(function (w) { return w.length > 1; }).map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    if (!ws.length) { el.textContent = text; return; }
    var re = new RegExp("(?<![\\p{L}\\p{N}])(?:" + ws.join("|") + ")", "giu"), at = 0, m;
    while ((m = re.exec(text))) {
      el.append(text.slice(at, m.index));
      var mk = document.createElement("mark");
      mk.textContent = m[0];
      el.append(mk);
      at = m.index + m[0].length;
    }
    el.append(text.slice(at));
  }

  function item(d) {
    var li = document.createElement("li"), badge = document.createElement("span"), a = document.createElement("a");
    li.className = "result kind-" + d.k;
    badge.className = "badge";
    badge.textContent = LABEL[d.k] || d.k;
    var href = new URL(d.u.replace(/^\//, ""), root);
    // A result of what was said opens the call with its longest word
    // found in the transcript ("Find in this call", static/find.js).
    var longest = words.reduce(function (a, w) { return w.length > a.length ? w : a; }, "");
    // With all the words typed (stop words too), it lands on the
    // paragraph that holds them.
    if ((d.k === "question" || d.k === "remarks") && longest.length > 2) {
      href.searchParams.set("find", longest);
      if (said.length) href.searchParams.set("words", said.join(" "));
    }
    a.href = href.href;
    a.className = "result-link";
    marked(a, d.t);
    li.append(badge, " ", a);
    if (d.m) { var m = document.createElement("span"); m.className = "result-meta"; m.textContent = d.m; li.append(m); }
    if (d.x) { var x = document.createElement("span"); x.className = "result-context"; marked(x, d.x); li.append(x); }
    if (d.a) { var s = document.createElement("span"); s.className = "result-context result-said"; marked(s, d.a); li.append(s); }
    return li;
  }

  // showMore shows n more results, searching again for more of them
  // when the ones found so far are all shown (pages already loaded are
  // not loaded again).
  async function showMore(n, mine) {
    var want = list.children.length + n;
    if (want > shown.length && shown.more) {
      var res = await search(asked, want);
      if (mine !== seq) return;
      shown = res;
    }
    var next = shown.slice(list.children.length, want);
    var docs = await Promise.all(next.map(function (r) { return doc(r.id); }));
    if (mine !== seq) return;
    docs.forEach(function (d) { if (d) list.append(item(d)); });
    more.hidden = list.children.length >= shown.length && !shown.more;
  }

  var asked = null; // the parameters of the results shown

  async function run(push) {
    if (!manifest) return; // run again once the manifest is in
    var mine = ++seq, p = params();
    var url = new URL(location.href), qs = new URLSearchParams();
    for (var k in p) if (p[k]) qs.set(k, p[k]);
    url.search = qs.toString();
    if (push) history.replaceState(null, "", url.href);
    try {
      var res = await search(p, PAGE);
      if (mine !== seq) return;
      list.textContent = "";
      asked = p;
      shown = res || [];
      more.hidden = true;
      if (!res) { status.textContent = "Type a word to search."; return; }
      await showMore(PAGE, mine);
      if (mine !== seq) return;
      var q = (p.q + " " + p.speaker).trim(), n = res.total;
      status.textContent = (n < 0 ? "More than " + res.length + " results" : n === 0 ? "No results" : n === 1 ? "1 result" : n + " results") + " for \u201c" + q + "\u201d.";
    } catch (e) {
      if (mine === seq) status.textContent = "Search failed: " + e.message;
    }
  }

  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(function () { run(true); }, 150); }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); clearTimeout(timer); run(true); });
  input.addEventListener("input", later);
  speaker.addEventListener("input", later);
  for (var k in sel) sel[k].addEventListener("change", function () { run(true); });
  more.addEventListener("click", function () {
    var first = list.children.length;
    showMore(PAGE, seq).then(function () {
      var a = list.children[first] && list.children[first].querySelector("a");
      if (a) a.focus();
    });
  });

  // Arrow keys move between the box and the results.
  function links() { return Array.from(list.querySelectorAll("a.result-link")); }
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" && links().length) { ev.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener("keydown", function (ev) {
    var ls = links(), i = ls.indexOf(document.activeElement);
    if (i < 0) return;
    if (ev.key === "ArrowDown" && i + 1 < ls.length) { ev.preventDefault(); ls[i + 1].focus(); }
    if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? ls[i - 1] : input).focus(); }
  });

  function option(s, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    s.append(o);
  }

  get("manifest.json").then(function (m) {
    manifest = m;
    m.stop.forEach(function (w) { stop[w] = true; });
    m.periods.forEach(function (p) { option(sel.period, p.label, p.label); });
    return get("companies.json");
  }).then(function (cs) {
    cs.forEach(function (c) { option(sel.company, c.slug, c.name); });
    var qs = new URLSearchParams(location.search);
    if (qs.has("q")) input.value = qs.get("q");
    if (qs.has("speaker")) speaker.value = qs.get("speaker");
    for (var k in sel) if (qs.has(k)) sel[k].value = qs.get(k);
    if (input.value || speaker.value) run(false);
  }).catch(function (e) {
    status.textContent = "The search index could not be loaded (" + e.message + ").";
    nojs.hidden = false;
  });
})();
