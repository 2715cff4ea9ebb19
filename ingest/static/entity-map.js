// A map pin for a place on its entity page. Leaflet is datasette-leaflet's ES module; the tiles
// come from the same configurable layer as datasette-cluster-map (by default one blank local
// tile, so the pin shows offline).
const el = document.getElementById("entity-map");
if (el && window.datasette && window.datasette.leaflet) {
  import(window.datasette.leaflet.JAVASCRIPT_URL).then((L) => {
    const lat = parseFloat(el.dataset.latitude), lon = parseFloat(el.dataset.longitude);
    const map = L.map(el).setView([lat, lon], 6);
    if (el.dataset.tileLayer) {
      L.tileLayer(el.dataset.tileLayer, JSON.parse(el.dataset.tileOptions || "{}")).addTo(map);
    }
    L.marker([lat, lon], {title: el.dataset.name}).addTo(map).bindPopup(document.createTextNode(el.dataset.name));
  });
}
