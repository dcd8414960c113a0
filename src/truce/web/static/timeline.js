// The workbench timeline: incidents per day (stacked by type, verdict or party) over the truces'
// start, end, extensions and local truces. SVG built with textContent only.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var page = JSON.parse(document.getElementById('page-data').textContent);
  var data = page.timeline;
  var el = document.getElementById('timeline');
  var PARTY = ['#c0392b', '#2471a3', '#239b56', '#b9770e', '#7d3c98', '#5d6d7e', '#a93226', '#1e8449', '#117a65', '#6e2c00'];
  var palette = data.group === 'party' ? {} : (page.colours[data.group] || {});

  function make(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function text(parent, x, y, value, cls, anchor) {
    var t = make('text', { x: x, y: y, 'class': cls || '', 'text-anchor': anchor || 'start' }, parent);
    t.textContent = value;
    return t;
  }
  var DAY = 86400000;
  function dayOf(s) { return s ? Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) : null; }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }

  var counts = data.counts.filter(function (c) { return c.day && /^\d{4}-\d{2}-\d{2}/.test(c.day); });
  var units = [];
  (data.truces || []).forEach(function (chain) { chain.units.forEach(function (u) { u.chain = chain.name; units.push(u); }); });
  var times = counts.map(function (c) { return dayOf(c.day); });
  units.forEach(function (u) { if (u.start) times.push(dayOf(u.start)); if (u.end) times.push(dayOf(u.end)); });
  if (!times.length) { el.textContent = 'No dated incident.'; return; }
  var t0 = Math.min.apply(null, times) - 2 * DAY, t1 = Math.max.apply(null, times) + 3 * DAY;
  var nDays = Math.round((t1 - t0) / DAY);

  var keys = [], byDay = {}, maxN = 1;
  counts.forEach(function (c) {
    if (keys.indexOf(c.key) < 0) keys.push(c.key);
    (byDay[c.day] = byDay[c.day] || []).push(c);
  });
  keys.sort();
  keys.forEach(function (k, i) { if (!palette[k]) palette[k] = PARTY[i % PARTY.length]; });
  Object.keys(byDay).forEach(function (d) {
    var n = byDay[d].reduce(function (s, c) { return s + c.n; }, 0); if (n > maxN) maxN = n;
  });

  var W = Math.max(el.clientWidth || 900, 600), left = 40, right = 16, top = 12, chartH = 240;
  var laneH = 22, lanesTop = top + chartH + 34, H = lanesTop + laneH * units.length + 16;
  var svg = make('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, 'class': 'timelinesvg' }, el);
  var x = function (t) { return left + (t - t0) / (t1 - t0) * (W - left - right); };
  var bw = Math.max((W - left - right) / nDays - 1, 1);
  var y = function (n) { return top + chartH - n / maxN * chartH; };

  var axis = make('g', { 'class': 'axis' }, svg);
  make('line', { x1: left, y1: top + chartH, x2: W - right, y2: top + chartH }, axis);
  var stepN = Math.max(1, Math.ceil(maxN / 5));
  for (var n = 0; n <= maxN; n += stepN) {
    make('line', { x1: left - 3, y1: y(n), x2: W - right, y2: y(n), 'class': 'tick' }, axis);
    text(axis, left - 6, y(n) + 4, String(n), 'ticklabel', 'end');
  }
  var stepD = Math.max(1, Math.ceil(nDays / 12));
  for (var i = 0; i <= nDays; i += stepD) {
    var t = t0 + i * DAY;
    make('line', { x1: x(t), y1: top + chartH, x2: x(t), y2: top + chartH + 4 }, axis);
    text(axis, x(t), top + chartH + 16, iso(t).slice(5), 'ticklabel', 'middle');
  }

  // truce boundaries over the chart: a band for each unit in force, lines at start and end
  var marks = make('g', { 'class': 'truce-marks' }, svg);
  units.forEach(function (u) {
    if (!u.start || u.status === 'planned') return;
    var xs = x(dayOf(u.start)), xe = u.end ? x(dayOf(u.end)) : W - right;
    if (!u.parent) make('rect', { x: xs, y: top, width: Math.max(xe - xs, 1), height: chartH, 'class': 'in-force' }, marks);
    make('line', { x1: xs, y1: top, x2: xs, y2: top + chartH, 'class': 'start ' + u.kind }, marks);
    if (u.end) make('line', { x1: xe, y1: top, x2: xe, y2: top + chartH, 'class': 'end ' + u.kind }, marks);
  });

  var bars = make('g', { 'class': 'bars' }, svg);
  Object.keys(byDay).sort().forEach(function (d) {
    var base = 0;
    byDay[d].sort(function (a, b) { return a.key < b.key ? -1 : 1; }).forEach(function (c) {
      var qs = new URLSearchParams({ since: d.slice(0, 10), until: d.slice(0, 10) });
      if (data.group === 'type') qs.set('type', c.key);
      if (data.group === 'verdict' && c.key !== 'not judged') qs.set('verdict', c.key);
      var a = make('a', { href: '/incidents?' + qs.toString() }, bars);
      var r = make('rect', { x: x(dayOf(d)) - bw / 2, y: y(base + c.n), width: bw, height: Math.max(y(base) - y(base + c.n), 0.5), fill: palette[c.key] || '#777' }, a);
      make('title', {}, r).textContent = d + ': ' + c.n + ' ' + c.key;
      base += c.n;
    });
  });

  var lanes = make('g', { 'class': 'lanes' }, svg);
  text(lanes, left, lanesTop - 8, 'truces', 'lane-title');
  units.forEach(function (u, k) {
    var yy = lanesTop + k * laneH;
    if (!u.start) return;
    var xs = x(dayOf(u.start)), xe = u.end ? x(dayOf(u.end)) : W - right;
    var g = make('g', { 'class': 'lane ' + u.kind + (u.status === 'planned' ? ' planned' : '') }, lanes);
    make('rect', { x: xs, y: yy, width: Math.max(xe - xs, 2), height: laneH - 6, rx: 3 }, g);
    if (!u.end) make('path', { d: 'M' + (xe - 1) + ' ' + yy + 'l8 ' + (laneH - 6) / 2 + 'l-8 ' + (laneH - 6) / 2 + 'z', 'class': 'open' }, g);
    var label = u.clause + ' · ' + u.kind + (u.status === 'planned' ? ' (planned)' : '') + ' · from ' + u.start +
      (u.end ? ' to ' + u.end : ', open-ended') + (u.area ? ' · ' + u.area : '');
    var t = text(g, xs + 4, yy + laneH - 10, label, 'lane-label', 'start');
    if (xs + 8 + t.getComputedTextLength() > W - right) {  // no room on the right: label before the bar
      t.setAttribute('x', xs - 6); t.setAttribute('text-anchor', 'end');
    }
    make('title', {}, g).textContent = u.chain + ': ' + label + ' (' + u.timezone + ')';
  });

  var legend = document.getElementById('timeline-legend');
  keys.forEach(function (k) {
    var li = document.createElement('li');
    var sw = document.createElement('span'); sw.className = 'swatch'; sw.style.background = palette[k];
    li.appendChild(sw); li.appendChild(document.createTextNode(' ' + k));
    legend.appendChild(li);
  });
  el.setAttribute('data-loaded', '1');
})();
