/*
 * app.js - the sitrep web page: filters, a map of events (offline outlines
 * from /api/outlines, symbols by kind, clustering when dense), a timeline
 * with a brush, the event list and the event detail with the source
 * sentence highlighted from the event's spans.
 *
 * State: kind, side, country, q, from, to, the selected event (ev) and the
 * map view (map=LAT,LON,SCALE) live in the URL hash, so a link restores the
 * view.  Every request goes to the page's own server.
 * Span offsets are UTF-8 byte offsets into the article; the sentence is
 * encoded with TextEncoder to cut it at those offsets.
 */
'use strict';

const $ = (id) => document.getElementById(id);
const FILTERS = ['kind', 'side', 'country', 'q', 'from', 'to'];
const MAX_EVENTS = 5000;   /* events fetched for the map and the list */
const MAX_LIST = 400;      /* rows drawn in the list */
const MIN_K = 1.5, MAX_K = 3000; /* map scale, pixels per degree latitude */
const CELL = 38;           /* clustering grid, pixels */

const state = { kind: '', side: '', country: '', q: '', from: '', to: '', ev: '' };
const view = { lat: 48.5, lon: 32, k: 60, set: false };
let events = [], stats = null, more = false, loadSeq = 0;
let outlines = { countries: [], regions: [], labels: [], rlabels: [] };
let hits = [], countryNames = {}, selected = null;

/* ---- small helpers ---------------------------------------------------- */

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of kids.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function human(kind) { return kind ? kind.replace(/_/g, ' ') : 'unknown'; }

function dayNum(s) {
  const [y, m, d] = s.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}
function dayStr(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const e = new Error(body && body.message ? body.message : r.statusText);
    e.parameter = body && body.parameter;
    throw e;
  }
  return body;
}

function query(extra, withPeriod) {
  const p = new URLSearchParams();
  for (const f of ['kind', 'side', 'country', 'q']) if (state[f]) p.set(f, state[f]);
  if (withPeriod) {
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
  }
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p.toString();
}

/* ---- kinds: colour and shape ----------------------------------------- */

const KIND_STYLE = {
  shelling_missile: ['#d7301f', 'circle'], air_drone_strike: ['#f46d43', 'circle'],
  remote_explosive: ['#b2182b', 'circle'], explosion: ['#8c2d04', 'circle'],
  grenade: ['#b35806', 'circle'], suicide_bomb: ['#67001f', 'circle'],
  chemical_weapon: ['#4d9221', 'circle'],
  armed_clash: ['#7b3294', 'square'], territory_gain: ['#5e3c99', 'square'],
  territory_transfer: ['#9970ab', 'square'], troop_deployment: ['#8073ac', 'square'],
  base_established: ['#542788', 'square'],
  attack_civilians: ['#000000', 'triangle'], abduction: ['#404040', 'triangle'],
  sexual_violence: ['#252525', 'triangle'], looting_destruction: ['#636363', 'triangle'],
  mob_violence: ['#525252', 'triangle'],
  interception: ['#2166ac', 'diamond'],
  military_aid: ['#1a9850', 'ring'], humanitarian_aid: ['#66bd63', 'ring'],
  agreement: ['#35978f', 'ring'], diplomacy: ['#01665e', 'ring'],
  sanctions: ['#80cdc1', 'ring'], accusation: ['#bf812d', 'ring'], threat: ['#dfc27d', 'ring'],
  arrest: ['#878787', 'ring'],
};
function kindStyle(kind) {
  if (KIND_STYLE[kind]) return KIND_STYLE[kind];
  let h = 0;
  for (const c of kind || '') h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return [`hsl(${h % 360},55%,40%)`, 'ring'];
}

function shapePath(ctx, shape, x, y, r) {
  ctx.beginPath();
  if (shape === 'square') ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  else if (shape === 'triangle') {
    ctx.moveTo(x, y - r * 1.1); ctx.lineTo(x + r, y + r * 0.75); ctx.lineTo(x - r, y + r * 0.75); ctx.closePath();
  } else if (shape === 'diamond') {
    ctx.moveTo(x, y - r * 1.15); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r * 1.15); ctx.lineTo(x - r, y); ctx.closePath();
  } else ctx.arc(x, y, r, 0, Math.PI * 2);
}

function drawSymbol(ctx, kind, x, y, r) {
  const [color, shape] = kindStyle(kind);
  shapePath(ctx, shape, x, y, r);
  if (shape === 'ring') {
    ctx.fillStyle = 'rgba(255,255,255,0.9)'; ctx.fill();
    ctx.lineWidth = 2.5; ctx.strokeStyle = color; ctx.stroke();
  } else {
    ctx.fillStyle = color; ctx.fill();
    ctx.lineWidth = 1.2; ctx.strokeStyle = '#fff'; ctx.stroke();
  }
}

function symbolIcon(kind, size) {
  const c = el('canvas', { width: size * 2, height: size * 2 });
  c.style.width = c.style.height = size + 'px';
  const ctx = c.getContext('2d');
  ctx.scale(2, 2);
  drawSymbol(ctx, kind, size / 2, size / 2, size / 2 - 2);
  return c;
}

/* ---- URL state -------------------------------------------------------- */

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const f of FILTERS) state[f] = p.get(f) || '';
  state.ev = p.get('ev') || '';
  const m = (p.get('map') || '').split(',').map(Number);
  if (m.length === 3 && m.every(Number.isFinite)) {
    view.lat = m[0]; view.lon = m[1]; view.k = Math.min(MAX_K, Math.max(MIN_K, m[2])); view.set = true;
  }
}

function writeHash() {
  const p = new URLSearchParams();
  for (const f of FILTERS) if (state[f]) p.set(f, state[f]);
  if (state.ev) p.set('ev', state.ev);
  if (view.set) p.set('map', `${view.lat.toFixed(3)},${view.lon.toFixed(3)},${view.k.toFixed(1)}`);
  history.replaceState(null, '', '#' + p.toString());
}

function syncControls() {
  $('f-kind').value = state.kind; $('f-side').value = state.side;
  $('f-country').value = state.country; $('f-q').value = state.q;
  $('f-from').value = state.from; $('f-to').value = state.to;
  $('period-clear').hidden = !(state.from || state.to);
}

/* ---- loading ---------------------------------------------------------- */

function fillSelect(sel, items, label) {
  const keep = sel.value;
  while (sel.options.length > 1) sel.remove(1);
  for (const it of items) {
    if (!it.key) continue;
    sel.append(el('option', { value: it.key }, `${label(it.key)} (${it.count})`));
  }
  if (keep && ![...sel.options].some((o) => o.value === keep))
    sel.append(el('option', { value: keep }, label(keep)));
  sel.value = keep;
}

function countryLabel(iso) { return countryNames[iso] ? `${countryNames[iso]} (${iso})` : iso; }

async function loadOptions() {
  const s = await getJSON('/api/stats');
  fillSelect($('f-kind'), s.by_kind.map((b) => ({ key: b.kind, count: b.count })), human);
  fillSelect($('f-side'), s.by_side.map((b) => ({ key: b.iso3, count: b.count })), countryLabel);
  fillSelect($('f-country'), s.by_country.map((b) => ({ key: b.iso3, count: b.count })), countryLabel);
  syncControls();
}

async function load() {
  const seq = ++loadSeq;
  $('summary').textContent = 'Loading…';
  updateReportLink();
  try {
    const [ev, st] = await Promise.all([
      getJSON('/api/events?' + query({ limit: MAX_EVENTS }, true)),
      getJSON('/api/stats?' + query({}, false)),
    ]);
    if (seq !== loadSeq) return;
    events = ev.events; more = ev.paging.next_offset !== null; stats = st;
    let named = false;
    for (const e of events) if (e.iso3 && e.country && !countryNames[e.iso3]) { countryNames[e.iso3] = e.country; named = true; }
    if (named) loadOptions().catch(() => {});
    if (!view.set) fitView();
    renderSummary(); renderList(); renderLegend(); drawMap(); drawTimeline();
    if (state.ev && (!selected || selected.event_id !== state.ev)) showDetail(state.ev);
  } catch (e) {
    if (seq !== loadSeq) return;
    events = []; renderList(); drawMap();
    $('summary').replaceChildren(el('span', { class: 'err' },
      e.parameter ? `The ${e.parameter === 'q' ? 'search' : e.parameter} filter is not valid: ${e.message}` : `Cannot load events: ${e.message}`));
  }
}

function updateReportLink() {
  const p = new URLSearchParams();
  for (const f of ['kind', 'country', 'q', 'from', 'to']) if (state[f]) p.set(f, state[f]);
  $('report-link').href = '/api/report?' + p.toString();
}

/* ---- summary, list, detail ------------------------------------------- */

function renderSummary() {
  let killed = 0;
  for (const e of events) if (e.fatalities > 0) killed += e.fatalities;
  const parts = [el('b', {}, events.length + (more ? '+' : '')), ` event${events.length === 1 ? '' : 's'}`];
  if (state.from || state.to) parts.push(` from ${state.from || 'the start'} to ${state.to || 'today'}`);
  if (killed) parts.push(' · ', el('b', {}, killed), ' reported killed');
  if (more) parts.push(el('div', {}, `Showing the ${MAX_EVENTS} earliest: pick a period on the timeline or narrow the filters to see later events.`));
  if (stats && stats.total > 0 && (state.from || state.to)) parts.push(el('div', {}, `${stats.total} in all periods with these filters.`));
  $('summary').replaceChildren(...parts);
}

function where(e) {
  const place = [e.location, e.admin1 && e.admin1 !== e.location ? e.admin1 : null, e.country].filter(Boolean).join(', ');
  const who = e.actor1 ? e.actor1 + (e.actor2 ? ' → ' + e.actor2 : '') : (e.actor2 ? '→ ' + e.actor2 : '');
  return [place || 'place unknown', who].filter(Boolean).join(' · ');
}

function toll(e) {
  const t = [];
  if (e.fatalities !== null && e.fatalities !== undefined) t.push(`${e.fatalities} killed`);
  if (e.injured !== null && e.injured !== undefined) t.push(`${e.injured} injured`);
  return t.join(', ');
}

function renderList() {
  const list = $('list');
  const rows = [];
  /* newest first: an analyst reads the latest events first */
  const sorted = events.slice().reverse();
  for (const e of sorted.slice(0, MAX_LIST)) {
    rows.push(el('li', { 'data-id': e.event_id, class: e.event_id === state.ev ? 'sel' : '', onclick: () => select(e.event_id, true) },
      el('span', { class: 'date' }, e.event_date || 'undated'),
      el('span', { class: 'kind' }, symbolIcon(e.kind, 13), human(e.kind),
        e.status !== 'reported' ? el('span', { class: 'badge ' + e.status }, e.status) : null),
      el('span', { class: 'toll' }, toll(e)),
      el('span', { class: 'where' }, where(e))));
  }
  if (sorted.length > MAX_LIST) rows.push(el('li', { class: 'more' }, `${sorted.length - MAX_LIST} older events not listed: pick a period on the timeline.`));
  if (!events.length) rows.push(el('li', { class: 'more' }, 'No events match these filters.'));
  list.replaceChildren(...rows);
}

const SPAN_FIELDS = ['trigger', 'actor1', 'actor2', 'place', 'date', 'fatalities', 'injured', 'quantity', 'weapons', 'claim'];
const SPAN_NAMES = { trigger: 'what happened', actor1: 'actor', actor2: 'target', place: 'place', date: 'date',
  fatalities: 'killed', injured: 'injured', quantity: 'quantity', weapons: 'weapons', claim: 'claim' };

/* The sentence with the words of each field marked. */
function highlighted(e) {
  const text = e.sentence || '';
  const sp = e.spans || {};
  const s = sp.sentence;
  const node = el('div', { class: 'sentence' });
  const used = [];
  if (!s) { node.append(text || '(no sentence kept)'); return [node, used]; }
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const marks = [];
  for (const f of SPAN_FIELDS) {
    const v = sp[f];
    if (!v || !v[1]) continue;
    const a = v[0] - s[0], b = a + v[1];
    if (a < 0 || b > bytes.length) continue;
    marks.push({ a, b, f });
  }
  marks.sort((x, y) => x.a - y.a || y.b - x.b);
  let pos = 0;
  for (const m of marks) {
    if (m.a < pos) continue;
    node.append(dec.decode(bytes.slice(pos, m.a)));
    node.append(el('mark', { class: m.f, title: SPAN_NAMES[m.f] }, dec.decode(bytes.slice(m.a, m.b))));
    used.push(m.f);
    pos = m.b;
  }
  node.append(dec.decode(bytes.slice(pos)));
  return [node, used];
}

function range(v, lo, hi) {
  if (v === null || v === undefined) return null;
  return lo !== null && hi !== null && lo !== undefined && (lo !== v || hi !== v) ? `${v} (${lo}–${hi})` : String(v);
}

const PRECISION = { 1: 'the place itself', 2: 'near the place', 3: 'region only', 4: 'country only' };
const TIME_PRECISION = { 1: 'day', 2: 'week', 3: 'month' };

async function showDetail(id) {
  const box = $('detail');
  box.hidden = false;
  box.replaceChildren(el('div', {}, 'Loading event…'));
  let d;
  try { d = await getJSON('/api/events/' + encodeURIComponent(id)); } catch (err) {
    box.replaceChildren(el('div', { class: 'err' }, `Cannot load event ${id}: ${err.message}`));
    return;
  }
  if (state.ev !== id) return;
  const e = d.event;
  selected = e;
  const [sentence, used] = highlighted(e);
  const rows = [
    ['Actor', e.actor1], ['Target', e.actor2], ['Killed', range(e.fatalities, e.fatalities_low, e.fatalities_high)],
    ['Injured', range(e.injured, e.injured_low, e.injured_high)], ['Quantity', e.quantity], ['Weapons', e.weapons],
    ['Claimed by', e.claimed_by],
    ['ACLED', [e.event_type, e.sub_event_type].filter(Boolean).join(' / ')],
    ['PLOVER · CAMEO', [e.plover_type, e.plover_mode, e.cameo_code].filter(Boolean).join(' · ')],
    ['Located', e.geo_precision ? `${PRECISION[e.geo_precision] || e.geo_precision} (${e.latitude}, ${e.longitude})` : 'no place'],
    ['Rule', e.rule], ['Event id', e.event_id],
  ].filter((r) => r[1] !== null && r[1] !== undefined && r[1] !== '');
  const sources = (e.sources || []).map((x) => el('div', { class: 'source' },
    el('div', {}, el('b', {}, x.article_id), x.source ? ` · ${x.source}` : '', x.article_date ? ` · published ${x.article_date}` : ''),
    el('div', { class: 'why' }, x.reason || '', x.provides ? ` — gives ${x.provides}` : ''),
    x.url ? el('div', { class: 'why' }, x.url) : null,
    x.sentence ? el('q', {}, x.sentence) : null));
  box.replaceChildren(
    el('button', { type: 'button', class: 'close', onclick: () => select('') }, 'Close ✕'),
    el('h2', {}, symbolIcon(e.kind, 16), human(e.kind), ' ', el('span', { class: 'badge ' + e.status }, e.status),
      e.historical ? el('span', { class: 'badge' }, 'background') : null),
    el('div', { class: 'meta' }, `${e.event_date || 'undated'}${e.time_precision > 1 ? ` (±${TIME_PRECISION[e.time_precision]})` : ''} · ${where(e)} · confidence ${Math.round((e.confidence || 0) * 100)}%`),
    sentence,
    el('div', { class: 'keys' }, [...new Set(used)].map((f) => el('mark', { class: f }, SPAN_NAMES[f]))),
    el('table', {}, rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))),
    el('h3', {}, `Reports (${(e.sources || []).length})`), ...sources,
    d.explain ? el('details', {}, el('summary', {}, 'How the store built this event'), el('pre', {}, d.explain)) : null);
}

function select(id, fromList) {
  state.ev = id;
  writeHash();
  for (const li of $('list').children) li.classList.toggle('sel', li.dataset.id === id);
  if (!id) { $('detail').hidden = true; selected = null; drawMap(); return; }
  const e = events.find((x) => x.event_id === id);
  if (e && fromList && e.latitude !== null) {
    const [x, y] = project(e.longitude, e.latitude);
    const c = $('map');
    if (x < 20 || y < 20 || x > c.clientWidth - 20 || y > c.clientHeight - 20) {
      view.lat = e.latitude; view.lon = e.longitude; view.set = true; writeHash();
    }
  }
  if (!fromList) {
    const li = [...$('list').children].find((x) => x.dataset.id === id);
    if (li) li.scrollIntoView({ block: 'nearest' });
  }
  drawMap();
  showDetail(id);
}

/* ---- map -------------------------------------------------------------- */

function topoRings(topo) {
  const tf = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map((p) => {
      if (!tf) return p;
      x += p[0]; y += p[1];
      return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]];
    });
  });
  const ring = (idx) => {
    const pts = [];
    idx.forEach((i, j) => {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      for (let n = j ? 1 : 0; n < a.length; n++) pts.push(a[n]);
    });
    return pts;
  };
  const obj = topo.objects.countries || Object.values(topo.objects)[0];
  const rings = [], labels = [];
  for (const g of obj.geometries) {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    let best = null;
    for (const p of polys) for (const r of p) {
      const pts = ring(r);
      rings.push(withBox(pts));
      const b = rings[rings.length - 1].box;
      const area = (b[2] - b[0]) * (b[3] - b[1]);
      if (!best || area > best.area) best = { area, b };
    }
    if (best && g.properties && g.properties.name)
      labels.push({ name: g.properties.name, lon: (best.b[0] + best.b[2]) / 2, lat: (best.b[1] + best.b[3]) / 2, area: best.area });
  }
  return [rings, labels];
}

function withBox(pts) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) {
    if (x < box[0]) box[0] = x; if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x; if (y > box[3]) box[3] = y;
  }
  return { pts, box };
}

function geoRings(gj) {
  const rings = [], labels = [];
  for (const f of gj.features || []) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let best = null;
    for (const p of polys) for (const r of p) {
      const w = withBox(r);
      rings.push(w);
      const area = (w.box[2] - w.box[0]) * (w.box[3] - w.box[1]);
      if (!best || area > best.area) best = { area, b: w.box };
    }
    if (best && f.properties && f.properties.name)
      labels.push({ name: f.properties.name, lon: (best.b[0] + best.b[2]) / 2, lat: (best.b[1] + best.b[3]) / 2 });
  }
  return [rings, labels];
}

async function loadOutlines() {
  const notes = [];
  try {
    [outlines.countries, outlines.labels] = topoRings(await getJSON('/api/outlines/world.json'));
  } catch (e) { notes.push('country outlines not installed (make deps)'); }
  try {
    [outlines.regions, outlines.rlabels] = geoRings(await getJSON('/api/outlines/regions.json'));
  } catch (e) { /* the regions are a bonus */ }
  $('map-note').textContent = notes.join('; ');
  drawMap();
}

function project(lon, lat) {
  const c = $('map');
  const cos = Math.cos(view.lat * Math.PI / 180);
  return [(lon - view.lon) * view.k * cos + c.clientWidth / 2, (view.lat - lat) * view.k + c.clientHeight / 2];
}
function unproject(x, y) {
  const c = $('map');
  const cos = Math.cos(view.lat * Math.PI / 180);
  return [(x - c.clientWidth / 2) / (view.k * cos) + view.lon, view.lat - (y - c.clientHeight / 2) / view.k];
}

function located() { return events.filter((e) => e.latitude !== null && e.longitude !== null); }

function fitView() {
  const pts = located();
  const c = $('map');
  if (!pts.length || !c.clientWidth) return;
  const lats = pts.map((e) => e.latitude).sort((a, b) => a - b);
  const lons = pts.map((e) => e.longitude).sort((a, b) => a - b);
  const q = (a, f) => a[Math.min(a.length - 1, Math.max(0, Math.round(f * (a.length - 1))))];
  const trim = pts.length > 20 ? 0.03 : 0;
  const la0 = q(lats, trim), la1 = q(lats, 1 - trim), lo0 = q(lons, trim), lo1 = q(lons, 1 - trim);
  view.lat = (la0 + la1) / 2; view.lon = (lo0 + lo1) / 2;
  const cos = Math.cos(view.lat * Math.PI / 180);
  const kx = (c.clientWidth * 0.8) / Math.max(0.5, (lo1 - lo0) * cos);
  const ky = (c.clientHeight * 0.8) / Math.max(0.5, la1 - la0);
  view.k = Math.max(MIN_K, Math.min(400, kx, ky));
}

function sizeCanvas(c) {
  const dpr = window.devicePixelRatio || 1;
  const w = c.clientWidth, h = c.clientHeight;
  if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
    c.width = Math.round(w * dpr); c.height = Math.round(h * dpr);
  }
  const ctx = c.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return [ctx, w, h];
}

function drawRings(ctx, rings, w, h) {
  const cos = Math.cos(view.lat * Math.PI / 180);
  const [lo0, la1] = unproject(0, 0), [lo1, la0] = unproject(w, h);
  ctx.beginPath();
  for (const r of rings) {
    const b = r.box;
    if (b[2] < lo0 || b[0] > lo1 || b[3] < la0 || b[1] > la1) continue;
    if ((b[2] - b[0]) * view.k * cos < 0.7 && (b[3] - b[1]) * view.k < 0.7) continue;
    let first = true, px = 0, py = 0;
    for (const [lon, lat] of r.pts) {
      const x = (lon - view.lon) * view.k * cos + w / 2, y = (view.lat - lat) * view.k + h / 2;
      if (first) { ctx.moveTo(x, y); first = false; px = x; py = y; } else if (Math.abs(x - px) + Math.abs(y - py) > 0.6) { ctx.lineTo(x, y); px = x; py = y; }
    }
    ctx.closePath();
  }
}

function drawMap() {
  const c = $('map');
  const [ctx, w, h] = sizeCanvas(c);
  ctx.fillStyle = '#dbe7f0';
  ctx.fillRect(0, 0, w, h);
  if (outlines.countries.length) {
    drawRings(ctx, outlines.countries, w, h);
    ctx.fillStyle = '#fbfaf6'; ctx.fill('evenodd');
    ctx.strokeStyle = '#8a94a6'; ctx.lineWidth = 0.9; ctx.stroke();
  } else {
    ctx.strokeStyle = '#c0ccd8'; ctx.lineWidth = 0.5;
    for (let lon = -180; lon <= 180; lon += 5) { const [x] = project(lon, 0); ctx.beginPath(); ctx.moveTo(x, 0); ctx.lineTo(x, h); ctx.stroke(); }
    for (let lat = -85; lat <= 85; lat += 5) { const [, y] = project(0, lat); ctx.beginPath(); ctx.moveTo(0, y); ctx.lineTo(w, y); ctx.stroke(); }
  }
  if (outlines.regions.length && view.k > 15) {
    drawRings(ctx, outlines.regions, w, h);
    ctx.strokeStyle = '#c3c9d4'; ctx.lineWidth = 0.7; ctx.setLineDash([3, 3]); ctx.stroke(); ctx.setLineDash([]);
  }
  ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
  if (view.k > 40) {
    ctx.font = '11px system-ui, sans-serif'; ctx.fillStyle = '#9aa3b2';
    for (const l of outlines.rlabels) { const [x, y] = project(l.lon, l.lat); if (x > 0 && x < w && y > 0 && y < h) ctx.fillText(l.name, x, y); }
  }
  ctx.font = '600 13px system-ui, sans-serif'; ctx.fillStyle = '#6b7385';
  for (const l of outlines.labels) {
    if (l.area * view.k * view.k < 4000) continue;
    const [x, y] = project(l.lon, l.lat);
    if (x > 30 && x < w - 30 && y > 10 && y < h - 10) ctx.fillText(l.name.toUpperCase(), x, y);
  }
  /* events, clustered on a grid of CELL pixels */
  const cells = new Map();
  for (const e of located()) {
    const [x, y] = project(e.longitude, e.latitude);
    if (x < -CELL || y < -CELL || x > w + CELL || y > h + CELL) continue;
    const key = Math.floor(x / CELL) + ',' + Math.floor(y / CELL);
    let g = cells.get(key);
    if (!g) cells.set(key, g = { evs: [], sx: 0, sy: 0 });
    g.evs.push(e); g.sx += x; g.sy += y;
  }
  hits = [];
  /* neighbouring cells whose symbols would overlap join the bigger one */
  const groups = [...cells.values()].sort((a, b) => b.evs.length - a.evs.length);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (!g.evs.length) continue;
    for (let j = i + 1; j < groups.length; j++) {
      const o = groups[j];
      if (!o.evs.length) continue;
      const dx = g.sx / g.evs.length - o.sx / o.evs.length, dy = g.sy / g.evs.length - o.sy / o.evs.length;
      if (Math.hypot(dx, dy) < CELL * 0.75) { g.evs.push(...o.evs); g.sx += o.sx; g.sy += o.sy; o.evs = []; }
    }
  }
  for (let i = groups.length - 1; i >= 0; i--) if (!groups[i].evs.length) groups.splice(i, 1);
  for (const g of groups) {
    const n = g.evs.length, x = g.sx / n, y = g.sy / n;
    if (n === 1) {
      const e = g.evs[0];
      const r = 5 + Math.min(7, Math.sqrt(Math.max(0, e.fatalities || 0)));
      drawSymbol(ctx, e.kind, x, y, r);
      hits.push({ x, y, r: r + 3, evs: g.evs });
      continue;
    }
    const counts = {};
    for (const e of g.evs) counts[e.kind] = (counts[e.kind] || 0) + 1;
    const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const r = 10 + Math.min(12, Math.log2(n) * 2.5);
    ctx.beginPath(); ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(31,42,60,0.85)'; ctx.fill();
    ctx.lineWidth = 3; ctx.strokeStyle = kindStyle(top)[0]; ctx.stroke();
    ctx.fillStyle = '#fff'; ctx.font = '600 12px system-ui, sans-serif';
    ctx.fillText(String(n), x, y + 0.5);
    hits.push({ x, y, r, evs: g.evs });
  }
  if (state.ev) {
    const e = events.find((v) => v.event_id === state.ev);
    if (e && e.latitude !== null) {
      const [x, y] = project(e.longitude, e.latitude);
      ctx.beginPath(); ctx.arc(x, y, 15, 0, Math.PI * 2);
      ctx.lineWidth = 3.5; ctx.strokeStyle = '#f5b700'; ctx.stroke();
    }
  }
  const unplaced = events.length - located().length;
  const note = unplaced ? `${unplaced} event${unplaced === 1 ? '' : 's'} without a place: in the list only` : '';
  if (!outlines.countries.length && outlines.loaded) $('map-note').textContent = 'country outlines not installed (make deps)' + (note ? '; ' + note : '');
  else $('map-note').textContent = note;
}

function renderLegend() {
  const counts = {};
  for (const e of events) counts[e.kind] = (counts[e.kind] || 0) + 1;
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) =>
    el('div', { title: 'show only ' + human(k), onclick: () => setFilter('kind', state.kind === k ? '' : k) }, symbolIcon(k, 14), `${human(k)} (${n})`));
  $('legend').replaceChildren(el('div', { class: 'title' }, 'Kinds · ● cluster = many events'), ...rows);
  $('legend').hidden = !rows.length;
}

function hitAt(x, y) {
  let best = null, bd = Infinity;
  for (const h of hits) {
    const d = Math.hypot(h.x - x, h.y - y);
    if (d <= h.r && d < bd) { best = h; bd = d; }
  }
  return best;
}

function zoomAt(x, y, f) {
  const [lon, lat] = unproject(x, y);
  view.k = Math.min(MAX_K, Math.max(MIN_K, view.k * f));
  const [lon2, lat2] = unproject(x, y);
  view.lon += lon - lon2; view.lat += lat - lat2; view.set = true;
  drawMap(); writeHash();
}

function setupMap() {
  const c = $('map'), tip = $('tip');
  let drag = null;
  c.addEventListener('mousedown', (ev) => { drag = { x: ev.offsetX, y: ev.offsetY, lon: view.lon, lat: view.lat, moved: false }; c.classList.add('dragging'); });
  window.addEventListener('mouseup', (ev) => {
    if (!drag) return;
    c.classList.remove('dragging');
    const d = drag; drag = null;
    if (d.moved) { writeHash(); return; }
    if (ev.target !== c) return;
    const h = hitAt(ev.offsetX, ev.offsetY);
    if (!h) return;
    const same = h.evs.every((e) => e.latitude === h.evs[0].latitude && e.longitude === h.evs[0].longitude);
    if (h.evs.length === 1 || same || view.k >= MAX_K) select(h.evs[h.evs.length - 1].event_id, false);
    else zoomAt(h.x, h.y, 2.5);
  });
  c.addEventListener('mousemove', (ev) => {
    if (drag) {
      const dx = ev.offsetX - drag.x, dy = ev.offsetY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) {
        const cos = Math.cos(view.lat * Math.PI / 180);
        view.lon = drag.lon - dx / (view.k * cos); view.lat = Math.max(-80, Math.min(80, drag.lat + dy / view.k)); view.set = true;
        drawMap();
      }
      tip.hidden = true;
      return;
    }
    const h = hitAt(ev.offsetX, ev.offsetY);
    if (!h) { tip.hidden = true; c.style.cursor = ''; return; }
    c.style.cursor = 'pointer';
    const e = h.evs[0];
    tip.textContent = h.evs.length === 1 ? `${e.event_date} · ${human(e.kind)} · ${where(e)}${toll(e) ? ' · ' + toll(e) : ''}`
      : `${h.evs.length} events around ${e.location || e.admin1 || 'here'} — click to zoom in`;
    tip.style.left = Math.min(ev.offsetX + 14, c.clientWidth - 330) + 'px'; tip.style.top = (ev.offsetY + 14) + 'px';
    tip.hidden = false;
  });
  c.addEventListener('mouseleave', () => { tip.hidden = true; });
  c.addEventListener('wheel', (ev) => { ev.preventDefault(); zoomAt(ev.offsetX, ev.offsetY, ev.deltaY < 0 ? 1.25 : 0.8); }, { passive: false });
  $('zoom-in').onclick = () => zoomAt(c.clientWidth / 2, c.clientHeight / 2, 1.6);
  $('zoom-out').onclick = () => zoomAt(c.clientWidth / 2, c.clientHeight / 2, 0.625);
  $('zoom-fit').onclick = () => { fitView(); view.set = true; drawMap(); writeHash(); };
}

/* ---- timeline --------------------------------------------------------- */

let tl = null; /* {d0, d1, x0, w} of the last drawing */

function drawTimeline() {
  const c = $('timeline');
  const [ctx, w, h] = sizeCanvas(c);
  ctx.clearRect(0, 0, w, h);
  const days = (stats && stats.by_day) || [];
  if (!days.length) { tl = null; ctx.fillStyle = '#6b7280'; ctx.font = '12px system-ui'; ctx.fillText('No dated events', 12, h / 2); return; }
  let d0 = dayNum(days[0].date), d1 = dayNum(days[days.length - 1].date);
  if (state.from) d0 = Math.min(d0, dayNum(state.from));
  if (state.to) d1 = Math.max(d1, dayNum(state.to));
  d1 += 1;
  const x0 = 36, pw = w - x0 - 12, ph = h - 22;
  const sx = (d) => x0 + (d - d0) / (d1 - d0) * pw;
  const max = Math.max(...days.map((b) => b.count));
  const f = state.from ? dayNum(state.from) : -Infinity, t = state.to ? dayNum(state.to) : Infinity;
  if (state.from || state.to) {
    ctx.fillStyle = 'rgba(59,111,216,0.12)';
    const a = Math.max(x0, sx(Math.max(f, d0))), b = Math.min(x0 + pw, sx(Math.min(t, d1 - 1) + 1));
    ctx.fillRect(a, 2, b - a, ph - 2);
  }
  const bw = Math.max(1.5, pw / (d1 - d0) - 0.5);
  for (const b of days) {
    const d = dayNum(b.date);
    const bh = Math.max(2, (b.count / max) * (ph - 8));
    ctx.fillStyle = d >= f && d <= t ? (b.fatalities ? '#c0392b' : '#3b6fd8') : '#c7cdd8';
    ctx.fillRect(sx(d), ph - bh, bw, bh);
  }
  /* axis: months or years */
  ctx.strokeStyle = '#9aa3b2'; ctx.beginPath(); ctx.moveTo(x0, ph + 0.5); ctx.lineTo(x0 + pw, ph + 0.5); ctx.stroke();
  ctx.fillStyle = '#4b5568'; ctx.font = '11px system-ui, sans-serif'; ctx.textAlign = 'left'; ctx.textBaseline = 'top';
  const a = new Date(d0 * 86400000), span = d1 - d0;
  const step = span > 1500 ? 12 : span > 700 ? 6 : span > 300 ? 3 : 1;
  let y = a.getUTCFullYear(), m = a.getUTCMonth() + 1;
  let lastX = -100;
  for (let i = 0; i < 400; i++) {
    if (m > 12) { m -= 12; y++; }
    const d = Math.round(Date.UTC(y, m - 1, 1) / 86400000);
    if (d > d1) break;
    if (d >= d0 && (m - 1) % step === 0) {
      const x = sx(d);
      ctx.fillRect(x, ph, 1, 4);
      if (x - lastX > 46) { ctx.fillText(m === 1 || step >= 12 ? String(y) : `${y}-${String(m).padStart(2, '0')}`, x + 2, ph + 5); lastX = x; }
    }
    m++;
  }
  ctx.textAlign = 'right'; ctx.fillText(String(max), x0 - 4, 2); ctx.fillText('0', x0 - 4, ph - 12);
  if (selected && selected.event_date) {
    const x = sx(dayNum(selected.event_date));
    ctx.fillStyle = '#f5b700'; ctx.fillRect(x, 0, 2, ph);
  }
  tl = { d0, d1, x0, pw };
}

function setupTimeline() {
  const c = $('timeline');
  let brush = null;
  const dayAt = (x) => Math.floor(tl.d0 + (Math.max(tl.x0, Math.min(tl.x0 + tl.pw, x)) - tl.x0) / tl.pw * (tl.d1 - tl.d0));
  c.addEventListener('mousedown', (ev) => { if (tl) brush = { a: ev.offsetX, b: ev.offsetX }; });
  c.addEventListener('mousemove', (ev) => {
    if (!brush) return;
    brush.b = ev.offsetX;
    drawTimeline();
    const ctx = c.getContext('2d');
    ctx.fillStyle = 'rgba(245,183,0,0.3)';
    ctx.fillRect(Math.min(brush.a, brush.b), 0, Math.abs(brush.b - brush.a), c.clientHeight - 22);
    const lo = dayAt(Math.min(brush.a, brush.b)), hi = dayAt(Math.max(brush.a, brush.b));
    $('timeline-title').textContent = `${dayStr(lo)} – ${dayStr(hi)}`;
  });
  window.addEventListener('mouseup', () => {
    if (!brush) return;
    const b = brush; brush = null;
    $('timeline-title').textContent = 'Events per day — drag to pick a period';
    if (Math.abs(b.b - b.a) < 4) { drawTimeline(); return; }
    state.from = dayStr(dayAt(Math.min(b.a, b.b)));
    state.to = dayStr(dayAt(Math.max(b.a, b.b)));
    changed();
  });
  $('period-clear').onclick = () => { state.from = state.to = ''; changed(); };
}

/* ---- wiring ----------------------------------------------------------- */

function changed() { syncControls(); writeHash(); load(); }
function setFilter(f, v) { state[f] = v; changed(); }

function setupFilters() {
  for (const f of ['kind', 'side', 'country', 'from', 'to'])
    $('f-' + f).addEventListener('change', (ev) => setFilter(f, ev.target.value));
  let timer = null;
  const q = $('f-q');
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { if (q.value !== state.q) setFilter('q', q.value.trim()); }, 500); });
  q.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); clearTimeout(timer); setFilter('q', q.value.trim()); } });
  $('filters').addEventListener('submit', (ev) => ev.preventDefault());
  $('f-clear').onclick = () => { for (const f of FILTERS) state[f] = ''; changed(); };
  window.addEventListener('hashchange', () => { readHash(); syncControls(); load(); });
  new ResizeObserver(() => { drawMap(); drawTimeline(); }).observe($('map-wrap'));
}

async function main() {
  readHash();
  setupFilters(); setupMap(); setupTimeline();
  syncControls();
  loadOptions().catch(() => {});
  await load();
  loadOutlines().then(() => { outlines.loaded = true; drawMap(); });
}

main();
