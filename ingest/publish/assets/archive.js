/* Shared by every page of the static archive: the PA namespace the data files call into,
   and the build date, which lives in build.js only so that rebuilding changes one file. */
window.PA = window.PA || {};
PA.shards = {};
PA.docs = {};
PA.searchMeta = function (meta) { PA.meta = meta; };
PA.searchShard = function (key, terms) { PA.shards[key] = terms; };
PA.searchDocs = function (block, docs) { PA.docs[block] = docs; };
PA.mapPoints = function (data) { PA.points = data; };
(function () {
  var build = window.PA_BUILD || {};
  var nodes = document.querySelectorAll(".pa-build-date");
  for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = build.built_at || "?"; }
})();
