// The workbench map: an SVG Web-Mercator map drawn from this server's own data only.
// Basemap shapes and names come from /api/basemap, incidents from /api/map (points, or grid
// cells when there are many). Every text from the data is set with textContent, every link
// is built from an encoded id: nothing from the data becomes markup.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var page = JSON.parse(document.getElementById('page-data').textContent);
  var el = document.getElementById('map');
  var W = el.clientWidth || 800, H = el.clientHeight || 520;
  var state = { zoom: 1, lon: 0, lat: 20, data: page.map, base: null, colour: page.map.colour };
  var palette = page.colours[state.colour] || {};

  function make(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function text(parent, x, y, value, cls) {
    var t = make('text', { x: x.toFixed(1), y: y.toFixed(1), 'class': cls || '' }, parent);
    t.textContent = value;
    return t;
  }
  function tip(node, value) { make('title', {}, node).textContent = value; }

  var svg = make('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, 'class': 'mapsvg' }, el);
  make('rect', { x: 0, y: 0, width: W, height: H, 'class': 'sea' }, svg);
  var world = make('g', {}, svg);
  var gGrid = make('g', { 'class': 'grid' }, world);
  var gLand = make('g', { 'class': 'land' }, world);
  var gNames = make('g', { 'class': 'names' }, world);
  var gData = make('g', { 'class': 'data' }, world);

  function clamp(v, a, b) { return Math.max(a, Math.min(b, v)); }
  function mx(lon) { return (lon + 180) / 360; }
  function my(lat) {
    var s = Math.sin(clamp(lat, -85, 85) * Math.PI / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }
  function project(lon, lat) {
    var size = W * state.zoom;
    return [(mx(lon) - mx(state.lon)) * size + W / 2, (my(lat) - my(state.lat)) * size + H / 2];
  }
  function unproject(x, y) {
    var size = W * state.zoom;
    var wx = mx(state.lon) + (x - W / 2) / size, wy = my(state.lat) + (y - H / 2) / size;
    return [wx * 360 - 180, Math.atan(Math.sinh(Math.PI * (1 - 2 * wy))) * 180 / Math.PI];
  }
  function bbox() {
    var sw = unproject(0, H), ne = unproject(W, 0);
    return [clamp(sw[0], -180, 180), clamp(sw[1], -85, 85), clamp(ne[0], -180, 180), clamp(ne[1], -85, 85)];
  }

  function fit() {
    var pts = [];
    (state.data.points || []).forEach(function (p) { pts.push([p.lon, p.lat]); });
    (state.data.cells || []).forEach(function (c) { pts.push([c.lon, c.lat]); });
    (state.data.areas || []).forEach(function (a) { if (a.lat !== null) pts.push([a.lon, a.lat]); });
    if (!pts.length) { state.zoom = 1; state.lon = 0; state.lat = 20; return; }
    var w = 180, e = -180, s = 85, n = -85;
    pts.forEach(function (p) { w = Math.min(w, p[0]); e = Math.max(e, p[0]); s = Math.min(s, p[1]); n = Math.max(n, p[1]); });
    var dx = Math.max(mx(e) - mx(w), 1e-4), dy = Math.max(my(s) - my(n), 1e-4);
    state.zoom = clamp(0.75 * Math.min(1 / dx, (H / W) / dy), 1, 2048);
    state.lon = (w + e) / 2;
    state.lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * ((my(s) + my(n)) / 2)))) * 180 / Math.PI;
  }

  function clear(g) { while (g.firstChild) g.removeChild(g.firstChild); }

  function drawGrid() {
    clear(gGrid);
    var step = state.zoom < 3 ? 30 : state.zoom < 10 ? 10 : state.zoom < 40 ? 5 : 1;
    var b = bbox(), d, lon, lat, p, q;
    for (lon = Math.ceil(b[0] / step) * step; lon <= b[2]; lon += step) {
      p = project(lon, b[1]); q = project(lon, b[3]);
      make('line', { x1: p[0], y1: p[1], x2: q[0], y2: q[1] }, gGrid);
    }
    for (lat = Math.ceil(b[1] / step) * step; lat <= b[3]; lat += step) {
      p = project(b[0], lat); q = project(b[2], lat);
      make('line', { x1: p[0], y1: p[1], x2: q[0], y2: q[1] }, gGrid);
      d = text(gGrid, 4, p[1] - 2, Math.abs(lat) + (lat >= 0 ? '°N' : '°S'), 'gridlabel');
    }
  }

  var placed = [];
  function free(x, y, w, h) {
    for (var i = 0; i < placed.length; i++) {
      var r = placed[i];
      if (x < r[0] + r[2] && x + w > r[0] && y < r[1] + r[3] && y + h > r[1]) return false;
    }
    placed.push([x, y, w, h]);
    return true;
  }

  function drawBase() {
    clear(gLand); clear(gNames); placed = [];
    var base = state.base;
    if (!base) return;
    if (!base.available) { document.getElementById('map-licence').textContent = 'No basemap package installed: graticule only.'; return; }
    document.getElementById('map-licence').textContent = base.licence;
    base.land.forEach(function (country) {
      var d = country.rings.map(function (ring) {
        return ring.map(function (pt, i) { var p = project(pt[0], pt[1]); return (i ? 'L' : 'M') + p[0].toFixed(1) + ' ' + p[1].toFixed(1); }).join('') + 'Z';
      }).join('');
      make('path', { d: d, 'fill-rule': 'evenodd' }, gLand);
    });
    base.countries.forEach(function (c) {
      var p = project(c.lon, c.lat), w = c.name.length * 6.5;
      if (p[0] < 0 || p[0] > W || p[1] < 0 || p[1] > H || !free(p[0] - w / 2, p[1] - 8, w, 12)) return;
      text(gNames, p[0], p[1], c.name.toUpperCase(), 'country-name');
    });
    base.cities.forEach(function (c) {
      var p = project(c.lon, c.lat), w = c.name.length * 6 + 8;
      if (p[0] < 0 || p[0] > W || p[1] < 0 || p[1] > H || !free(p[0] - 3, p[1] - 10, w, 13)) return;
      make('circle', { cx: p[0], cy: p[1], r: c.capital ? 2.6 : 1.8, 'class': c.capital ? 'capital' : 'city' }, gNames);
      text(gNames, p[0] + 4, p[1] - 2, c.name, 'city-name');
    });
  }

  function colourOf(key) { return palette[key] || '#555'; }
  function dominant(keys) {
    var best = null, n = -1;
    Object.keys(keys || {}).forEach(function (k) { if (keys[k] > n) { n = keys[k]; best = k; } });
    return best;
  }
  function breakdown(keys) {
    return Object.keys(keys || {}).sort(function (a, b) { return keys[b] - keys[a]; })
      .map(function (k) { return k + ' ' + keys[k]; }).join(', ');
  }
  function incidentsUrl(extra) {
    var qs = new URLSearchParams();
    (page.query || []).forEach(function (kv) { qs.append(kv[0], kv[1]); });
    Object.keys(extra).forEach(function (k) { qs.set(k, extra[k]); });
    return '/incidents?' + qs.toString();
  }

  function drawData() {
    clear(gData);
    var data = state.data, seen = {};
    (data.cells || []).forEach(function (c) {
      var p = project(c.lon, c.lat), r = 7 + 3.5 * Math.log(c.n) / Math.LN2, key = dominant(c.keys);
      var g = make('g', { 'class': 'cluster', 'data-n': c.n }, gData);
      make('circle', { cx: p[0], cy: p[1], r: r.toFixed(1), fill: colourOf(key) }, g);
      text(g, p[0], p[1] + 4, String(c.n), 'count');
      tip(g, c.n + ' incidents: ' + breakdown(c.keys) + ' (click to zoom in)');
      g.addEventListener('click', function () { zoomTo(c.bbox); });
      Object.keys(c.keys).forEach(function (k) { seen[k] = 1; });
    });
    (data.points || []).forEach(function (pt) {
      var p = project(pt.lon, pt.lat);
      var a = make('a', { href: '/incidents/' + encodeURIComponent(pt.id), 'class': 'point' }, gData);
      make('circle', { cx: p[0], cy: p[1], r: 5.5, fill: colourOf(pt.key) }, a);
      tip(a, pt.first_date + ' ' + pt.event + ' at ' + (pt.place || '?') + ' (' + pt.precision + '): ' + pt.key +
        ', ' + pt.n_reports + ' report(s)');
      seen[pt.key] = 1;
    });
    var list = document.getElementById('areas');
    while (list.firstChild) list.removeChild(list.firstChild);
    (data.areas || []).forEach(function (ar) {
      Object.keys(ar.keys).forEach(function (k) { seen[k] = 1; });
      var label = (ar.place || ar.country || 'unknown') + ' (' + ar.precision + '-level)';
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = incidentsUrl({ place: ar.place || '' });
      link.textContent = label + ': ' + ar.n;
      li.appendChild(link);
      var detail = document.createElement('span');
      detail.className = 'muted';
      detail.textContent = ' ' + breakdown(ar.keys);
      li.appendChild(detail);
      list.appendChild(li);
      if (ar.lat === null || ar.lon === null) return;
      var p = project(ar.lon, ar.lat), key = dominant(ar.keys), s = 9 + 2.5 * Math.log(ar.n + 1) / Math.LN2;
      var g = make('g', { 'class': 'area-marker' }, gData);
      make('rect', { x: p[0] - s, y: p[1] - s, width: 2 * s, height: 2 * s, rx: 3, stroke: colourOf(key) }, g);
      text(g, p[0], p[1] + 4, String(ar.n), 'count dark');
      text(g, p[0], p[1] + s + 12, label, 'area-label');
      tip(g, ar.n + ' incident(s) located only to ' + label + ': drawn at the area\'s label point, not at the place they happened. ' + breakdown(ar.keys));
    });
    if (!(data.areas || []).length) {
      var none = document.createElement('li'); none.className = 'muted'; none.textContent = 'none in view'; list.appendChild(none);
    }
    var legend = document.getElementById('legend');
    while (legend.firstChild) legend.removeChild(legend.firstChild);
    Object.keys(seen).sort().forEach(function (k) {
      var li = document.createElement('li');
      var sw = document.createElement('span'); sw.className = 'swatch'; sw.style.background = colourOf(k);
      li.appendChild(sw); li.appendChild(document.createTextNode(' ' + k));
      legend.appendChild(li);
    });
    var status = data.cells && data.cells.length
      ? data.n_points + ' located incidents in view, grouped into ' + data.cells.length + ' cells (zoom in for single incidents)'
      : data.n_points + ' located incidents in view';
    if (data.unlocated) status += '; ' + data.unlocated + ' without any location (not drawn)';
    document.getElementById('map-status').textContent = status;
  }

  function drawAll() { world.removeAttribute('transform'); drawGrid(); drawBase(); drawData(); }

  var timer = null, seq = 0;
  function refresh() {
    drawAll();
    clearTimeout(timer);
    timer = setTimeout(function () {
      var my = ++seq, b = bbox().map(function (v) { return v.toFixed(3); }).join(',');
      var z = state.zoom.toFixed(2);
      fetch('/api/basemap?bbox=' + b + '&zoom=' + z).then(function (r) { return r.json(); }).then(function (base) {
        if (my !== seq) return; state.base = base; drawGrid(); drawBase(); drawData();
      });
      var qs = new URLSearchParams();
      (page.query || []).forEach(function (kv) { qs.append(kv[0], kv[1]); });
      qs.set('bbox', b); qs.set('zoom', z); qs.set('colour', state.colour);
      fetch('/api/map?' + qs.toString()).then(function (r) { return r.json(); }).then(function (data) {
        if (my !== seq || !data.points) return; state.data = data; drawData();
        el.setAttribute('data-loaded', '1');
      });
    }, 120);
  }

  function zoomAt(factor, x, y) {
    var before = unproject(x, y);
    state.zoom = clamp(state.zoom * factor, 1, 4096);
    var after = unproject(x, y);
    state.lon = clamp(state.lon + before[0] - after[0], -180, 180);
    state.lat = clamp(state.lat + before[1] - after[1], -80, 80);
    refresh();
  }
  function zoomTo(b) {
    var dx = Math.max(mx(b[2]) - mx(b[0]), 1e-4), dy = Math.max(my(b[1]) - my(b[3]), 1e-4);
    state.zoom = clamp(0.8 * Math.min(1 / dx, (H / W) / dy), 1, 4096);
    state.lon = (b[0] + b[2]) / 2;
    state.lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * ((my(b[1]) + my(b[3])) / 2)))) * 180 / Math.PI;
    refresh();
  }

  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = svg.getBoundingClientRect();
    zoomAt(ev.deltaY < 0 ? 1.5 : 1 / 1.5, ev.clientX - r.left, ev.clientY - r.top);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    if (ev.target.closest && ev.target.closest('a, .cluster')) return;
    drag = { x: ev.clientX, y: ev.clientY, dx: 0, dy: 0 }; svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    drag.dx = ev.clientX - drag.x; drag.dy = ev.clientY - drag.y;
    world.setAttribute('transform', 'translate(' + drag.dx + ' ' + drag.dy + ')');
  });
  svg.addEventListener('pointerup', function () {
    if (!drag) return;
    var c = unproject(W / 2 - drag.dx, H / 2 - drag.dy);
    drag = null; state.lon = clamp(c[0], -180, 180); state.lat = clamp(c[1], -80, 80); refresh();
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(2, W / 2, H / 2); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(0.5, W / 2, H / 2); });
  document.getElementById('zoom-fit').addEventListener('click', function () { fit(); refresh(); });

  fit();
  refresh();
})();
