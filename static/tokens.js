// callsite tokens: the one tokenizer of the site's scripts (search.js
// and find.js), the JavaScript twin of search.Tokens in Go, which made
// the index: lower-case runs of letters and digits; inside a word an
// apostrophe is dropped ("don't" is "dont") and a possessive "'s" with it
// ("Acme's" is "acme"); between digits a point is kept and a comma
// dropped ("1.2", "2,500" is "2500"); words longer than 40 characters are
// left out. internal/search's tests run it under node against Go.
(function (root) {
  "use strict";
  var MAX_TERM = 40; // search.MaxTermLen
  var WORD = /[\p{L}\p{N}]/u, LETTER = /\p{L}/u, DIGIT = /\p{Nd}/u;
  function tokens(text) {
    // Lower-case rune by rune, one rune for one, as Go's unicode.ToLower.
    var rs = Array.from(text, function (c) { return Array.from(c.toLowerCase())[0] || c; }), out = [], cur = [];
    function flush() { if (cur.length && cur.length <= MAX_TERM) out.push(cur.join("")); cur = []; }
    for (var i = 0; i < rs.length; i++) {
      var r = rs[i];
      if (WORD.test(r)) { cur.push(r); continue; }
      if (cur.length) {
        var prev = cur[cur.length - 1], next = rs[i + 1] || "";
        if ((r === "'" || r === "\u2019") && LETTER.test(prev) && LETTER.test(next)) {
          if (next === "s" && !WORD.test(rs[i + 2] || "")) { flush(); i++; }
          continue;
        }
        if (r === "." && DIGIT.test(prev) && DIGIT.test(next)) { cur.push(r); continue; }
        if (r === "," && DIGIT.test(prev) && DIGIT.test(next)) continue;
      }
      flush();
    }
    flush();
    return out;
  }
  // isWord: whether a character is part of a word (a letter or digit).
  function isWord(c) { return WORD.test(c); }
  root.callsiteTokens = { tokens: tokens, isWord: isWord, MAX_TERM: MAX_TERM };
})(typeof window !== "undefined" ? window : globalThis);
