// The エコマップ as SVG, radial: the household and its members in the middle, every agency that touches it on
// a ring around them, one line per agency labelled with its links and their bases, one link a line; what is
// withheld drawn as a dashed node with its count; the people who watch over a member (見守り・つながり) in green. Laid out so that no label crosses a box or leaves its
// circle, at a fixed size (the page scrolls it sideways on a narrow screen rather than shrinking the text).
import { el, fieldLabels, householdName, label, svg } from './app.js';

const WIDTH = 1120;
const CX = WIDTH / 2;
const RX = 440;
// the height grows with what is in the middle and around it: a crowded household gets room for its labels
let HEIGHT = 680;
let CY = HEIGHT / 2;
let RY = 250;
const BOX = { width: 200, height: 60 };
const CHAR = 12.5; // the width of one Japanese character at the labels' size, px
const LINE = 16;

/** Lines of at most `size` characters, broken after 、・（ or a space where one is near, never mid-word. */
function wrap(text, size, most = 3) {
  const lines = [];
  let rest = text;
  while (rest.length > size && lines.length < most - 1) {
    const cut = Math.max(...['・', '、', '（', ' '].map((mark) => rest.lastIndexOf(mark, size)));
    const at = cut > size / 2 ? (rest[cut] === '（' ? cut : cut + 1) : size;
    lines.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  lines.push(rest.length > size ? `${rest.slice(0, size - 1)}…` : rest);
  return lines;
}

/** A basis's words without their parenthesis (支援会議等（守秘義務のある…） → 支援会議等): the table below has it whole. */
const short = (words) => String(words).split('（')[0];

function text(x, y, lines, props = {}) {
  return svg('text', { x, y, 'text-anchor': 'middle', ...props },
    lines.map((line, i) => svg('tspan', { x, dy: i === 0 ? 0 : `${LINE}px` }, line)));
}

/** Where the line to an agency leaves the middle circle and where it meets the agency's box. */
function ends(angle, radius) {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const x = CX + RX * dx;
  const y = CY + RY * dy;
  // the box's edge along the line, from the agency's centre back towards the middle
  const t = Math.min(Math.abs((BOX.width / 2) / (x - CX || 1e-9)), Math.abs((BOX.height / 2) / (y - CY || 1e-9)));
  return { x, y, from: { x: CX + radius * dx, y: CY + radius * dy }, to: { x: x - (x - CX) * t, y: y - (y - CY) * t } };
}

/**
 * The ecomap of {household} as answered by the household query (members, withheldMembers, agencies), with the
 * ties in force on its members ({@code ties(householdId)}) drawn beside the agencies.
 */
export function ecomap(household, ties = []) {
  const agencies = household.agencies.agencies;
  const withheld = household.agencies.withheld;
  const watching = ties.filter((t) => !t.endedOn);
  const outer = [...agencies.map((a) => ({ agency: a })), ...watching.map((tie) => ({ tie })),
    ...(withheld ? [{ withheld }] : [])];
  const members = household.members.map((m) => ({ text: `${m.name}（${m.relationLabel}・${m.ageBand}）`, basis: short(m.basis.label) }));
  if (household.withheldMembers) members.push({ withheld: household.withheldMembers });
  const radius = Math.min(170, Math.max(130, 70 + 34 * members.length));
  HEIGHT = members.length > 2 || outer.length > 4 ? 820 : 680;
  CY = HEIGHT / 2;
  RY = HEIGHT / 2 - 90;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, class: 'ecomap', role: 'img',
    'aria-label': `${householdName(household)}のエコマップ：関わっている機関 ${agencies.length}、非表示の関わり ${withheld?.count ?? 0}件` });
  const lines = svg('g', {});
  const labels = svg('g', {});
  const nodes = svg('g', {});
  root.append(lines, labels, nodes);

  // start at the top, and turn so that no agency sits exactly left or right where the gap is narrowest
  const placed = outer.map((item, index) => ({ item,
    ...ends((2 * Math.PI * index) / outer.length - Math.PI / 2 + (outer.length % 2 === 0 ? Math.PI / outer.length : 0), radius) }));
  // what a label must not cross: every box, the members' lines in the middle, the labels placed before it
  const taken = placed.map(({ x, y }) => ({ left: x - BOX.width / 2 - 4, right: x + BOX.width / 2 + 4,
    top: y - BOX.height / 2 - 4, bottom: y + BOX.height / 2 + 4 }));
  const middle = CY - (members.length * 34) / 2 - 46;
  taken.push({ left: CX - 120, right: CX + 120, top: middle, bottom: middle + 56 + members.length * 34 });
  const crosses = (r) => taken.some((t) => r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom);

  /**
   * The label's lines and box: each way of writing it (one link a line; then narrower, kind and basis on two
   * lines) centred on the line at t (0: the circle, 1: the agency), the first that crosses nothing.
   */
  function labelBox(from, to, ways) {
    const at = (lines, t) => {
      const width = Math.max(...lines.map((line) => line.length)) * CHAR + 14;
      const height = lines.length * LINE + 8;
      const mx = from.x + (to.x - from.x) * t;
      const my = from.y + (to.y - from.y) * t;
      return { lines, width, height, mx, left: mx - width / 2, right: mx + width / 2, top: my - height / 2, bottom: my + height / 2 };
    };
    const tries = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0];
    const box = ways.flatMap((lines) => tries.map((t) => at(lines, t))).find((r) => !crosses(r)) ?? at(ways[0], 0.5);
    taken.push(box);
    return box;
  }

  placed.forEach(({ item, x, y, from, to }) => {
    if (item.agency) {
      const links = item.agency.links;
      lines.append(svg('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: '#005a9c', 'stroke-width': 1 + links.length }));
      const shown = links.slice(0, 3);
      const more = links.length > 3 ? [`ほか${links.length - 3}件`] : [];
      const box = labelBox(from, to, [
        [...shown.map((l) => `${l.kindLabel}（${short(l.basis.label)}）`), ...more],
        [...shown.flatMap((l) => [l.kindLabel, `（${short(l.basis.label)}）`]), ...more],
      ]);
      labels.append(svg('g', { class: 'link' },
        svg('rect', { x: box.left, y: box.top, width: box.width, height: box.height, fill: '#ffffff', opacity: 0.92, rx: 3 }),
        text(box.mx, box.top + 17, box.lines, { class: 'link-label' })));
      nodes.append(svg('g', { class: 'agency', 'data-agency': item.agency.agency.id },
        svg('rect', { x: x - BOX.width / 2, y: y - BOX.height / 2, ...BOX, rx: 8, fill: '#e4eef8', stroke: '#005a9c', 'stroke-width': 2 }),
        text(x, y - 8, wrap(item.agency.agency.name, 15, 2), { 'font-weight': 'bold' }),
        text(x, y + 24, [`${item.agency.agency.fieldLabel}・${item.agency.since}〜`], { class: 'link-label' })));
    } else if (item.tie) {
      const watched = household.members.find((m) => m.id === item.tie.personId)?.name ?? '';
      lines.append(svg('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: '#2e7d32', 'stroke-width': 2 }));
      const box = labelBox(from, to, [[`${label('TieKind', item.tie.kind)}（${label('TieFrequency', item.tie.frequency)}）`],
        [label('TieKind', item.tie.kind), `（${label('TieFrequency', item.tie.frequency)}）`]]);
      labels.append(svg('g', { class: 'link' },
        svg('rect', { x: box.left, y: box.top, width: box.width, height: box.height, fill: '#ffffff', opacity: 0.92, rx: 3 }),
        text(box.mx, box.top + 17, box.lines, { class: 'link-label' })));
      nodes.append(svg('g', { class: 'tie' },
        svg('rect', { x: x - BOX.width / 2, y: y - BOX.height / 2, ...BOX, rx: 30, fill: '#e8f5e9', stroke: '#2e7d32', 'stroke-width': 2 }),
        text(x, y - 8, wrap(item.tie.watcher.name ?? label('WatcherRole', item.tie.watcher.role), 15, 1), { 'font-weight': 'bold' }),
        text(x, y + 14, wrap(`${label('WatcherRole', item.tie.watcher.role)}・${watched}さんを`, 15, 1), { class: 'link-label' })));
    } else {
      lines.append(svg('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: '#6b4e00', 'stroke-width': 2, 'stroke-dasharray': '6 6' }));
      nodes.append(svg('g', { class: 'withheld-items' },
        svg('rect', { x: x - BOX.width / 2, y: y - BOX.height / 2, ...BOX, rx: 8, fill: '#fff6d5', stroke: '#6b4e00', 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
        text(x, y - 10, [`非表示の関わり ${item.withheld.count}件`], { 'font-weight': 'bold' }),
        text(x, y + 8, wrap(`分野：${fieldLabels(item.withheld.categories)}`, 15, 1), { class: 'link-label' }),
        text(x, y + 24, ['理由と開き方は下に'], { class: 'link-label' })));
    }
  });

  // the household and its members in the middle
  nodes.append(svg('circle', { cx: CX, cy: CY, r: radius, fill: '#fdfdf8', stroke: '#333', 'stroke-width': 2 }));
  const top = CY - (members.length * 34) / 2 - 20;
  nodes.append(text(CX, top - 16, wrap(household.address ?? '世帯', 16, 1), { 'font-weight': 'bold' }));
  if (household.patternLabels.length) {
    nodes.append(text(CX, top + 2, wrap(household.patternLabels.join('・'), 18, 1), { class: 'link-label' }));
  }
  members.forEach((member, i) => {
    const y = top + 30 + i * 34;
    if (member.withheld) {
      nodes.append(svg('g', { class: 'withheld-members' },
        svg('rect', { x: CX - 85, y: y - 14, width: 170, height: 26, rx: 6, fill: '#fff6d5', stroke: '#6b4e00', 'stroke-dasharray': '4 3' }),
        text(CX, y + 4, [`非表示の世帯員 ${member.withheld.count}名`])));
    } else {
      nodes.append(svg('g', { class: 'member' },
        text(CX, y, wrap(member.text, 18, 1)),
        text(CX, y + 15, wrap(`根拠：${member.basis}`, 18, 1), { class: 'link-label' })));
    }
  });
  return root;
}

/** What the lines, boxes and dashes of the エコマップ mean (shown under it and printed with it); wraps on a tablet. */
export function ecomapLegend() {
  const sample = (...shapes) => svg('svg', { viewBox: '0 0 48 24', width: 48, height: 24, 'aria-hidden': 'true' }, ...shapes);
  return el('ul', { class: 'ecomap-legend', 'aria-label': '凡例' },
    el('li', {}, sample(svg('line', { x1: 2, y1: 12, x2: 46, y2: 12, stroke: '#005a9c', 'stroke-width': 3 })),
      '関わり（線が太いほど関わりが多い・ラベルは種類と閲覧根拠）'),
    el('li', {}, sample(svg('rect', { x: 4, y: 2, width: 40, height: 20, rx: 4, fill: '#e4eef8', stroke: '#005a9c', 'stroke-width': 2 })),
      '支援関係機関（分野・関わり始め）'),
    el('li', {}, sample(svg('rect', { x: 4, y: 2, width: 40, height: 20, rx: 10, fill: '#e8f5e9', stroke: '#2e7d32', 'stroke-width': 2 })),
      '見守り・つながり（見守る人・立場・見守られる人、線のラベルは種類と頻度）'),
    el('li', {}, sample(svg('rect', { x: 4, y: 2, width: 40, height: 20, rx: 4, fill: '#fff6d5', stroke: '#6b4e00', 'stroke-width': 2, 'stroke-dasharray': '6 4' })),
      '根拠がなく非表示（件数と分野のみ）'));
}
