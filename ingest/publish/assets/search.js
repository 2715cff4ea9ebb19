/* Client-side search over the prebuilt index in search/: no server, no network.
   Query words are folded like the index (lower case, accents off) and match as prefixes;
   every word must match (AND). Shards load as <script> tags, which work from file://. */
(function () {
  var LIGATURES = { "œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l" };
  function fold(text) {
    return text.toLowerCase().replace(/[œæßıøđł]/g, function (c) { return LIGATURES[c]; })
      .normalize("NFKD").replace(/\p{M}/gu, "");
  }
  function words(text) {
    var found = fold(text).match(/[\p{L}\p{N}]+/gu) || [];
    return found.filter(function (w) { return w.length >= 1; });
  }
  function shardName(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    return "u" + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16).padStart(4, "0"); }).join("");
  }
  var loading = {};
  function load(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = src; s.onload = resolve; s.onerror = resolve;  // a missing shard means no match
        document.head.appendChild(s);
      });
    }
    return loading[src];
  }
  function decode(postings) {
    var out = [], n = 0;
    postings.split(",").forEach(function (gap) { n += parseInt(gap, 36); out.push(n); });
    return out;
  }
  /* Shards are keyed by term prefixes of varying length: a word's terms are in the shards
     whose key is a prefix of the word, or starts with it. */
  function keysFor(word) {
    return PA.meta.shards.filter(function (k) { return word.lastIndexOf(k, 0) === 0 || k.lastIndexOf(word, 0) === 0; });
  }
  /* Document number -> score for one query word: 2 for the exact term, 1 for a longer one. */
  function matches(word) {
    var scores = {};
    keysFor(word).forEach(function (key) {
      var terms = PA.shards[key] || {};
      Object.keys(terms).forEach(function (term) {
        if (term.lastIndexOf(word, 0) !== 0) return;  // shards keyed by a prefix of the word hold others too
        var score = term === word ? 2 : 1;
        decode(terms[term]).forEach(function (d) { scores[d] = Math.max(scores[d] || 0, score); });
      });
    });
    return scores;
  }
  function search(query) {
    var common = new Set(PA.meta.common);
    var list = words(query).filter(function (w) { return !common.has(w); });
    if (!list.length) return Promise.resolve({ words: [], results: [] });
    var keys = [];
    list.forEach(function (w) { keysFor(w).forEach(function (k) { keys.push(k); }); });
    return Promise.all(keys.map(function (k) { return load("search/terms/" + shardName(k) + ".js"); })).then(function () {
      var total = null;
      list.forEach(function (w) {
        var scores = matches(w), next = {};
        Object.keys(scores).forEach(function (d) {
          if (total === null || d in total) next[d] = (total ? total[d] : 0) + scores[d];
        });
        total = next;
      });
      var results = Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; });
      return { words: list, results: results };
    });
  }
  function show(found) {
    var status = document.getElementById("pa-search-status"), list = document.getElementById("pa-results");
    list.textContent = "";
    var shown = found.results.slice(0, 100);
    status.textContent = found.results.length + " result" + (found.results.length === 1 ? "" : "s") +
      (found.results.length > shown.length ? " (first " + shown.length + " shown)" : "");
    var blocks = Array.from(new Set(shown.map(function (d) { return Math.floor(d / PA.meta.block); })));
    return Promise.all(blocks.map(function (b) { return load("search/docs/" + b + ".js"); })).then(function () {
      shown.forEach(function (d) {
        var doc = PA.docs[Math.floor(d / PA.meta.block)][d % PA.meta.block];
        var li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("span");
        li.className = "pa-result pa-result-" + doc[0];
        a.href = doc[2]; a.textContent = doc[1];
        meta.className = "pa-meta"; meta.textContent = " " + doc[0] + (doc[3] ? " · " + doc[3] : "");
        li.appendChild(a); li.appendChild(meta); list.appendChild(li);
      });
    });
  }
  PA.search = search;
  var input = document.getElementById("pa-q");
  var q = new URLSearchParams(window.location.search).get("q") || "";
  function run(text) { return search(text).then(show); }
  document.getElementById("pa-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value);
    if (window.history && window.location.protocol !== "file:") window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
  });
  if (q) { input.value = q; run(q); }
})();
