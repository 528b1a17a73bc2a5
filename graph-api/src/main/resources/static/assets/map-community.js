// The community layers of the map page: an area's 支えあいマップ (households needing support, their watchers and the
// places they go, counted cells for the households the user may not know), saved as GeoJSON too, and the
// 避難行動要支援者名簿, which comes on its own legal ground and says so.
import { ageWords, el, gql, label, showErrors } from './app.js';

/** Wires the page's 支えあいマップ and 名簿 sections to {map}; {areas} fill the area choice, the user's own first. */
export function communityLayers(map, areas, me, messages) {
  // 支えあいマップ: an area's households needing support, their watchers and places, drawn over the map; counted cells
  // for the households the user may not know
  const supportLayer = L.featureGroup().addTo(map);
  const supportArea = document.getElementById('support-area');
  supportArea.append(...areas.map((a) => el('option', { value: a.id, selected: me.areas?.[0]?.id === a.id ? true : null }, a.name)));
  document.getElementById('show-support-map').addEventListener('click', async () => {
    const answer = await gql(`query($area: ID!) { supportMap(areaId: $area) {
      area { name } geojson households householdsCounted cellsShown suppressionThreshold } }`, { area: supportArea.value });
    if (showErrors(answer, messages)) return;
    const found = answer.data.supportMap;
    supportLayer.clearLayers();
    const colour = { 世帯: '#5b2a86', 見守る人: '#2e7d32', 通う場所: '#005a9c' };
    L.geoJSON(JSON.parse(found.geojson), {
      pointToLayer: (feature, at) => L.circleMarker(at, { className: 'dot', radius: 8,
        color: colour[feature.properties.種類] ?? '#333', fillColor: colour[feature.properties.種類] ?? '#999', fillOpacity: 0.8 }),
      style: (feature) => (feature.geometry.type === 'Polygon' ? { color: '#8a3b00', weight: 1, fillOpacity: 0.15 }
        : { color: feature.properties.種類 === '避難支援' ? '#b00020' : feature.properties.種類 === '通う' ? '#005a9c' : '#2e7d32',
          weight: 2, dashArray: feature.properties.種類 === '通う' ? '4 4' : null }),
      onEachFeature: (feature, layer) => layer.bindPopup(supportWords(feature.properties)),
    }).addTo(supportLayer);
    if (supportLayer.getLayers().length) map.fitBounds(supportLayer.getBounds(), { maxZoom: 16 });
    const file = document.getElementById('support-map-file');
    file.href = URL.createObjectURL(new Blob([found.geojson], { type: 'application/geo+json' }));
    file.download = `支えあいマップ_${found.area.name}.geojson`;
    file.hidden = false;
    document.getElementById('support-map-summary').textContent = `${found.area.name}：表示した世帯 ${found.households}件`
      + `・根拠がなく数のみの世帯 ${found.householdsCounted === null ? `${found.suppressionThreshold}件未満（秘匿）` : `${found.householdsCounted}件`}`
      + `（${found.suppressionThreshold}世帯以上の区画 ${found.cellsShown}か所を表示）`;
  });

  // 避難行動要支援者名簿: its own legal channel — the answer says on which ground it came and the duty of secrecy
  const rosterLayer = L.featureGroup().addTo(map);
  document.getElementById('show-roster').addEventListener('click', async () => {
    const box = document.getElementById('roster-list');
    const answer = await gql(`query($area: ID) { evacuationRoster(areaId: $area) { basis disaster { name } secrecyNotice withheld
      entries { name ageBand address location { latitude longitude } needs supporters } } }`, { area: supportArea.value || null });
    box.replaceChildren();
    rosterLayer.clearLayers();
    if (showErrors(answer, box)) return;
    const roster = answer.data.evacuationRoster;
    box.append(el('p', { class: 'notice' }, `提供の根拠：${label('RosterBasis', roster.basis)}${roster.disaster ? `（${roster.disaster.name}）` : ''}`),
      el('p', { class: 'error' }, roster.secrecyNotice),
      roster.entries.length === 0 ? el('p', {}, 'この圏域で提供される名簿情報はありません。')
        : el('div', { class: 'table-scroll' }, el('table', {},
          el('thead', {}, el('tr', {}, ['氏名', '年齢階級', '住所', '避難に必要な支援', '避難支援者'].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, roster.entries.map((e) => el('tr', {}, el('td', {}, e.name), el('td', {}, ageWords(e.ageBand)),
            el('td', {}, e.address ?? ''), el('td', {}, e.needs), el('td', {}, e.supporters.join('・') || 'なし')))))),
      roster.withheld ? el('p', { class: 'muted' }, `同意がないため平常時は提供されない方：${roster.withheld}名`) : '');
    for (const e of roster.entries.filter((entry) => entry.location)) {
      L.circleMarker([e.location.latitude, e.location.longitude], { className: 'dot', radius: 9, color: '#b00020', fillColor: '#ff8a80', fillOpacity: 0.9 })
        .bindPopup(`${e.name}：${e.needs}`).addTo(rosterLayer);
    }
  });
}

/** A feature's properties as the popup's words. */
function supportWords(properties) {
  const lines = Object.entries(properties).filter(([key]) => key !== '世帯ID').map(([key, value]) => {
    if (Array.isArray(value)) {
      return `${key}：${value.map((v) => (typeof v === 'object' ? `${v.氏名}（${v.続柄}${v.孤立のおそれ ? '・孤立のおそれ' : ''}）` : v)).join('、') || 'なし'}`;
    }
    return `${key}：${value}`;
  });
  return el('div', {}, lines.map((line) => el('p', {}, line)));
}
