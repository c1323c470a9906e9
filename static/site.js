// callsite: progressive enhancement only; every feature works as a plain
// link without this script. "Link" buttons copy the turn's URL.
(function () {
  "use strict";
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a[data-copy]");
    if (!a || !navigator.clipboard) return;
    var url = new URL(a.getAttribute("href"), location.href).href;
    navigator.clipboard.writeText(url).then(function () {
      var old = a.textContent;
      a.textContent = "Copied";
      setTimeout(function () { a.textContent = old; }, 1500);
    }, function () {});
    history.replaceState(null, "", url);
    ev.preventDefault();
  });
})();
