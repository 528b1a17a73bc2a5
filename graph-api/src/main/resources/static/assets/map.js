// 地図 (CSW): resources and activities around a point or a household, filtered by weekday, kind and what they
// offer; and, for one activity, the residents near it who may be isolated — a name only where a basis exists.
// Without a tile server (closed networks) the map is a plain ground with the areas' outlines.
import {
  currentSession, el, gql, householdName, label, purposeNotice, showErrors, startPage, terms, withheldExplanation, withheldText,
} from './app.js';
import { recordForm } from './forms.js';
import { agesOf, handoutToggle, resourceCard } from './handout.js';
import { communityLayers } from './map-community.js';
import { drawnMapImport } from './map-import.js';
import { activityForm, resourceForm, sessionForm } from './map-record.js';


const { me } = await startPage('/map');
let lastRows = []; // the places the last search listed
const messages = document.getElementById('messages');
const form = document.getElementById('search');
const results = document.getElementById('results');
const summary = document.getElementById('summary');
const params = new URLSearchParams(location.search);

document.getElementById('weekday').append(...terms('Weekday').map(([code, word]) => el('option', { value: code }, `${word}曜`)));
document.getElementById('offer').append(...terms('Need').map(([code, word]) => el('option', { value: code }, word)));
document.getElementById('kinds').append(...terms('ResourceKind').map(([code, word]) =>
  el('label', {}, el('input', { type: 'checkbox', name: 'kind', value: code }), word)));

// ── The map and its background ─────────────────────────────────────────────────────────────
const map = L.map('map', { zoomSnap: 0.5, zoomControl: false });
L.control.zoom({ zoomInTitle: '拡大', zoomOutTitle: '縮小' }).addTo(map);
map.attributionControl.setPrefix('Leaflet');
const background = currentSession().map;
const note = document.getElementById('map-note');
if (background.tileUrl) {
  const tiles = L.tileLayer(background.tileUrl, { attribution: background.tileAttribution, maxZoom: 18 }).addTo(map);
  let warned = false;
  tiles.on('tileerror', () => {
    if (!warned) {
      warned = true;
      note.textContent = '地図タイルを読み込めません。圏域の外周だけで表示しています。';
    }
  });
} else {
  note.textContent = '背景地図なし（閉域網向けの表示）：圏域の外周だけを描いています。';
}
const areas = (await gql('{ areas { id name outline { latitude longitude } } }')).data?.areas ?? [];
const outlines = L.featureGroup().addTo(map);
for (const area of areas.filter((a) => a.outline.length > 2)) {
  L.polygon(area.outline.map((p) => [p.latitude, p.longitude]), { color: '#3a6b3a', weight: 2, fillColor: '#cfe3c8', fillOpacity: 0.35 })
    .bindTooltip(area.name, { permanent: true, direction: 'center', className: 'area-label' })
    .addTo(outlines);
}
if (outlines.getLayers().length > 0) map.fitBounds(outlines.getBounds());
else map.setView([37.4945, 139.93], 14);
const found = L.featureGroup().addTo(map);

/**
 * 圏域 labels kept off each other and off the dots: a label that would cross one already shown or a dot is
 * hidden (its area still outlined; zooming in brings it back), after every move, zoom and search.
 */
function declutter() {
  const dots = [...map.getContainer().querySelectorAll('path.dot')].map((dot) => dot.getBoundingClientRect());
  const kept = [];
  for (const labelled of map.getContainer().querySelectorAll('.area-label')) {
    labelled.style.visibility = '';
    const r = labelled.getBoundingClientRect();
    const crosses = (o) => r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom;
    if (kept.some(crosses) || dots.some(crosses)) labelled.style.visibility = 'hidden';
    else kept.push(r);
  }
}
map.on('zoomend moveend', declutter);
found.on('layeradd', () => requestAnimationFrame(declutter));

// a point set by keyboard: the map pans with the arrow keys once focused; this takes its centre
document.getElementById('use-centre').addEventListener('click', () => {
  point = { latitude: Number(map.getCenter().lat.toFixed(5)), longitude: Number(map.getCenter().lng.toFixed(5)) };
  document.getElementById('center').value = 'point';
  search();
});

// the households the user may see, named by head and address, as centres
const HOUSEHOLDS = '{ households(first: 100) { edges { node { id address members { name relation } } } } }';
const households = (await gql(HOUSEHOLDS)).data?.households.edges.map(({ node }) => node) ?? [];
document.getElementById('household-id').append(...households.map((h) => el('option', { value: h.id }, householdName(h))));

let point = params.has('lat') ? { latitude: Number(params.get('lat')), longitude: Number(params.get('lon')) } : null;
map.on('click', (event) => {
  point = { latitude: Number(event.latlng.lat.toFixed(5)), longitude: Number(event.latlng.lng.toFixed(5)) };
  document.getElementById('center').value = 'point';
  search();
});

// ── Resources near a point or a household ────────────────────────────────────────────────
const RESOURCES = `query Near($near: NearInput!, $radius: Int!, $kinds: [ResourceKind!], $weekday: Weekday) {
  resourcesNear(near: $near, radiusMeters: $radius, kinds: $kinds, weekday: $weekday) {
    distanceMeters
    resource { id name kindLabel address phone offers location { latitude longitude } }
    activities { id name scheduleLabel offers targetAgeMin targetAgeMax description }
  }
}`;

function conditions() {
  const data = new FormData(form);
  return {
    center: data.get('center'), household: data.get('household').trim(), radius: Number(data.get('radius')),
    weekday: data.get('weekday') || null, offer: data.get('offer') || null,
    kinds: data.getAll('kind').length ? data.getAll('kind') : null,
  };
}

async function search() {
  const c = conditions();
  let near;
  if (c.center === 'household') {
    if (!c.household) { messages.replaceChildren(el('p', { class: 'error', role: 'alert' }, '中心にする世帯を選んでください。')); return; }
    near = { householdId: c.household };
  } else {
    point ??= { latitude: map.getCenter().lat, longitude: map.getCenter().lng };
    near = { point };
  }
  const answer = await gql(RESOURCES, { near, radius: c.radius, kinds: c.kinds, weekday: c.weekday });
  if (showErrors(answer, messages)) return;
  const rows = lastRows = answer.data.resourcesNear
    .map((row) => ({ ...row, activities: row.activities.filter((a) => !c.offer || a.offers.includes(c.offer) || row.resource.offers.includes(c.offer)) }))
    .filter((row) => !c.offer || row.resource.offers.includes(c.offer) || row.activities.length > 0);
  found.clearLayers();
  const centre = near.point ?? (await gql('query($id: ID!) { household(id: $id) { location { latitude longitude } } }',
    { id: near.householdId })).data?.household?.location;
  if (centre) {
    // what was searched: the centre and the radius
    L.circle([centre.latitude, centre.longitude], { radius: c.radius, color: '#005a9c', weight: 1, fillOpacity: 0.05 }).addTo(found);
    L.circleMarker([centre.latitude, centre.longitude], { className: 'dot', radius: 9, color: '#5b2a86', fillColor: '#a77bd0', fillOpacity: 1 })
      .bindTooltip(near.point ? '指定した地点' : '世帯の位置', { permanent: true, direction: 'top' }).addTo(found);
  }
  results.replaceChildren();
  summary.textContent = `${rows.length}か所の社会資源（半径${c.radius} m${c.weekday ? `・${label('Weekday', c.weekday)}曜` : ''}${c.offer ? `・${label('Need', c.offer)}` : ''}）`;
  for (const row of rows) {
    const r = row.resource;
    L.circleMarker([r.location.latitude, r.location.longitude], { className: 'dot', radius: 8, color: '#005a9c', fillColor: '#4f9fd6', fillOpacity: 0.9 })
      .bindTooltip(`${r.name}（${r.kindLabel}）`).addTo(found);
    results.append(el('li', { class: 'resource' },
      el('strong', {}, r.name), ' ', el('span', { class: 'badge' }, r.kindLabel), ' ',
      el('span', { class: 'muted' }, `${Math.round(row.distanceMeters)} m`), ' ', handoutToggle(row),
      el('div', {}, [r.address, r.phone && `電話 ${r.phone}`].filter(Boolean).join('・')),
      r.offers.length ? el('div', { class: 'muted' }, '提供：', r.offers.map((o) => label('Need', o)).join('・')) : null,
      el('details', {}, el('summary', {}, '詳しく（活動の内容・対象）'), resourceCard(row)),
      el('ul', {}, row.activities.map((a) => el('li', { class: 'activity' },
        el('span', {}, `${a.name}（${a.scheduleLabel}${agesOf(a) ? `・${agesOf(a)}` : ''}）`), ' ',
        el('button', { type: 'button', class: 'secondary', 'data-activity': a.id, onclick: () => isolatedNear(a.id, isolatedRadius()) },
          '周辺の孤立のおそれがある住民')))))); 
  }
  if (found.getLayers().length > 0) map.fitBounds(found.getBounds(), { maxZoom: 16, padding: [20, 20] });
  placesChanged();
}

// ── Residents near an activity who may be isolated ──────────────────────────────────────
const ISOLATED = `query Isolated($activityId: ID!, $radius: Int!) {
  isolatedResidentsNear(activityId: $activityId, radiusMeters: $radius) {
    activity { id name scheduleLabel }
    venue { name location { latitude longitude } }
    residents { householdId ageBand distanceMeters reasonLabels area { name }
      person { name relationLabel basis { label } } identityWithheld { reason howToOpen } }
  }
}`;

/** Points at the true distance from the venue; their bearing only spreads them out (the API gives no home location). */
function placeAt(venue, distance, index, count) {
  const bearing = (2 * Math.PI * index) / Math.max(count, 1) + 0.4;
  const dLat = (distance * Math.cos(bearing)) / 111320;
  const dLon = (distance * Math.sin(bearing)) / (111320 * Math.cos((venue.latitude * Math.PI) / 180));
  return [venue.latitude + dLat, venue.longitude + dLon];
}

/** The radius of the search for isolated residents around an activity: its own, not the resources'. */
function isolatedRadius() {
  return Number(document.getElementById('isolated-radius').value);
}

async function isolatedNear(activityId, radius) {
  const answer = await gql(ISOLATED, { activityId, radius });
  if (showErrors(answer, messages)) return;
  const near = answer.data.isolatedResidentsNear;
  const venue = near.venue.location;
  found.clearLayers();
  L.circle([venue.latitude, venue.longitude], { radius, color: '#8a3b00', weight: 1, fillOpacity: 0.04 }).addTo(found);
  L.circleMarker([venue.latitude, venue.longitude], { className: 'dot', radius: 10, color: '#005a9c', fillColor: '#4f9fd6', fillOpacity: 1 })
    .bindTooltip(`${near.venue.name}：${near.activity.name}`, { permanent: true, direction: 'top' }).addTo(found);
  summary.textContent = `${near.venue.name}「${near.activity.name}」（${near.activity.scheduleLabel}）から半径${radius} m：孤立のおそれがある住民 ${near.residents.length}人`;
  results.replaceChildren();
  near.residents.forEach((resident, index) => {
    const who = resident.person ? `${resident.person.name}（${resident.person.relationLabel}・根拠：${resident.person.basis.label}）`
      : withheldText();
    L.circleMarker(placeAt(venue, resident.distanceMeters, index, near.residents.length),
      { className: 'dot', radius: 8, color: '#8a3b00', fillColor: '#f0a35e', fillOpacity: 0.95 })
      .bindTooltip(`${Math.round(resident.distanceMeters)} m・${resident.ageBand}`).addTo(found);
    results.append(el('li', { class: 'resident' },
      el('strong', { class: resident.person ? null : 'withheld' }, who),
      el('div', {}, `${resident.area?.name ?? ''}・${resident.ageBand}・${resident.distanceMeters.toFixed(1)} m`),
      el('div', { class: 'reasons' }, resident.reasonLabels.map((label) => el('span', { class: 'badge' }, label)))));
  });
  const why = withheldExplanation(near.residents.map((resident) => resident.identityWithheld));
  if (why) results.after(why);
  document.querySelectorAll('.withheld-why').forEach((old) => old !== why && old.remove());
  if (near.residents.length === 0) results.append(el('li', {}, '該当する住民はいません。'));
  note.textContent = '住民の点は会場からの距離どおりに置いています。方向は見やすさのためで、住所の位置ではありません。';
  map.fitBounds(found.getBounds(), { padding: [20, 20] });
}

form.addEventListener('submit', (event) => { event.preventDefault(); search(); });

// 社会資源・活動の登録 (CSW, coordinator): the place at the point chosen, the activity at a listed place
const registering = [resourceForm, activityForm, sessionForm].filter((spec) => spec.roles.some((role) => me.roles.includes(role)));
if (registering.length) {
  const context = { areas, point: () => point, resources: () => lastRows };
  const place = document.getElementById('map-record');
  place.hidden = false;
  place.append(...registering.map((spec) => recordForm(spec, context)));
  context.saved = (spec) => {
    if (spec === resourceForm) search(); // the new place joins the list and the activity form's choices
  };
}
/** After a search, the activity and session forms (when nobody has begun them) offer what was just listed. */
function placesChanged() {
  for (const spec of [activityForm, sessionForm]) {
    const section = document.getElementById(spec.id);
    if (section && !section.querySelector('form').dataset.touched) {
      section.replaceWith(recordForm(spec, { areas, point: () => point, resources: () => lastRows }));
    }
  }
}
purposeNotice(messages);
if (params.has('household')) {
  document.getElementById('center').value = 'household';
  const select = document.getElementById('household-id');
  // a household handed over by another page, not among those listed: kept as the centre, unnamed
  if (![...select.options].some((option) => option.value === params.get('household'))) {
    select.append(el('option', { value: params.get('household') }, '指定された世帯'));
  }
  select.value = params.get('household');
}
if (params.has('radius')) {
  document.getElementById('radius').value = params.get('radius');
  document.getElementById('isolated-radius').value = params.get('radius');
}
if (params.has('activity')) await isolatedNear(params.get('activity'), Number(params.get('radius') ?? 1000));
else if (params.has('household') || point) await search();

// the community layers: the area's 支えあいマップ and the 避難行動要支援者名簿
communityLayers(map, areas, me, messages);
drawnMapImport(areas, me);
