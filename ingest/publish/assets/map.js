/* The map page: circle markers for places and events from map/points.js.
   Markers are vectors, so they render with no tile server at all; tiles are shown
   only when the export was given a tile URL (press-archive publish static --tiles URL). */
(function () {
  var data = PA.points || { points: [] };
  var map = L.map("pa-map", { worldCopyJump: true, attributionControl: !!data.tiles });
  if (data.tiles) L.tileLayer(data.tiles, { attribution: data.attribution || "", maxZoom: 18 }).addTo(map);
  var colours = { place: "#1f6feb", event: "#d1242f" };
  var bounds = [];
  data.points.forEach(function (p) {
    var marker = L.circleMarker([p[0], p[1]], {
      radius: Math.min(4 + Math.sqrt(p[5] || 1) * 2, 16), color: colours[p[2]] || "#333", weight: 1, fillOpacity: 0.6,
      className: "pa-marker pa-marker-" + p[2]
    });
    var link = document.createElement("a");
    link.href = p[4]; link.textContent = p[3];
    marker.bindPopup(link).addTo(map);
    bounds.push([p[0], p[1]]);
  });
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 }); else map.setView([15, 0], 3);
  var count = document.getElementById("pa-map-count");
  if (count) count.textContent = data.points.length + " markers.";
})();
