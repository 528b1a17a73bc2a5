// The エコマップ as SVG, radial: the household and its members in the middle, every agency that touches it on
// a ring around them, one line per agency labelled with its links and their bases; what is withheld drawn
// as a dashed node with its count and reason.
import { fieldLabels, householdName, svg } from './app.js';

const WIDTH = 1000;
const HEIGHT = 640;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;

function wrap(text, size) {
  const lines = [];
  for (let i = 0; i < text.length; i += size) lines.push(text.slice(i, i + size));
  return lines.slice(0, 3);
}

function label(x, y, text, props = {}, size = 14) {
  return svg('text', { x, y, 'text-anchor': 'middle', ...props },
    wrap(text, size).map((line, i) => svg('tspan', { x, dy: i === 0 ? 0 : '1.2em' }, line)));
}

/** The ecomap of {household} as answered by the household query (members, withheldMembers, agencies). */
export function ecomap(household) {
  const agencies = household.agencies.agencies;
  const withheld = household.agencies.withheld;
  const outer = [...agencies.map((a) => ({ agency: a })), ...(withheld ? [{ withheld }] : [])];
  const rx = 360;
  const ry = 230;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'ecomap', role: 'img',
    'aria-label': `${householdName(household)}のエコマップ：関わっている機関 ${agencies.length}、非表示の関わり ${withheld?.count ?? 0}件` });
  const lines = svg('g', {});
  const nodes = svg('g', {});
  root.append(lines, nodes);

  outer.forEach((item, index) => {
    const angle = (2 * Math.PI * index) / outer.length - Math.PI / 2;
    const x = CX + rx * Math.cos(angle);
    const y = CY + ry * Math.sin(angle);
    const mx = CX + rx * 0.6 * Math.cos(angle);
    const my = CY + ry * 0.62 * Math.sin(angle) - 8;
    if (item.agency) {
      const links = item.agency.links;
      lines.append(svg('line', { x1: CX, y1: CY, x2: x, y2: y, stroke: '#005a9c', 'stroke-width': 1 + links.length }));
      const text = links.map((l) => `${l.kindLabel}（${l.basis.label}）`).join(' / ');
      lines.append(svg('g', { class: 'link' },
        svg('rect', { x: mx - 95, y: my - 12, width: 190, height: 16 * Math.min(3, Math.ceil(text.length / 17)) + 6, fill: '#ffffff', opacity: 0.85, rx: 3 }),
        label(mx, my, text, { class: 'link-label' }, 17)));
      nodes.append(svg('g', { class: 'agency', 'data-agency': item.agency.agency.id },
        svg('rect', { x: x - 90, y: y - 26, width: 180, height: 56, rx: 8, fill: '#e4eef8', stroke: '#005a9c', 'stroke-width': 2 }),
        label(x, y - 6, item.agency.agency.name, { 'font-weight': 'bold' }, 14),
        svg('text', { x, y: y + 24, 'text-anchor': 'middle', class: 'link-label' }, `${item.agency.agency.fieldLabel}・${item.agency.since}〜`)));
    } else {
      lines.append(svg('line', { x1: CX, y1: CY, x2: x, y2: y, stroke: '#6b4e00', 'stroke-width': 2, 'stroke-dasharray': '6 6' }));
      nodes.append(svg('g', { class: 'withheld-items' },
        svg('rect', { x: x - 100, y: y - 30, width: 200, height: 64, rx: 8, fill: '#fff6d5', stroke: '#6b4e00', 'stroke-width': 2, 'stroke-dasharray': '6 4' }),
        svg('text', { x, y: y - 8, 'text-anchor': 'middle', 'font-weight': 'bold' }, `非表示の関わり ${item.withheld.count}件`),
        svg('text', { x, y: y + 12, 'text-anchor': 'middle', class: 'link-label' }, `分野：${fieldLabels(item.withheld.categories)}`),
        svg('text', { x, y: y + 28, 'text-anchor': 'middle', class: 'link-label' }, '理由と開き方は下の一覧')));
    }
  });

  // the household and its members in the middle
  nodes.append(svg('circle', { cx: CX, cy: CY, r: 92, fill: '#fdfdf8', stroke: '#333', 'stroke-width': 2 }));
  nodes.append(svg('text', { x: CX, y: CY - 62, 'text-anchor': 'middle', 'font-weight': 'bold' }, household.address ?? '世帯'));
  if (household.patternLabels.length) {
    nodes.append(svg('text', { x: CX, y: CY - 44, 'text-anchor': 'middle', class: 'link-label' }, household.patternLabels.join('・')));
  }
  const members = household.members.map((m) => ({ text: `${m.name}（${m.relationLabel}・${m.ageBand}）`, basis: m.basis.label }));
  if (household.withheldMembers) members.push({ withheld: household.withheldMembers });
  members.forEach((member, i) => {
    const y = CY - 18 + i * 34;
    if (member.withheld) {
      nodes.append(svg('g', { class: 'withheld-members' },
        svg('rect', { x: CX - 80, y: y - 13, width: 160, height: 30, rx: 6, fill: '#fff6d5', stroke: '#6b4e00', 'stroke-dasharray': '4 3' }),
        svg('text', { x: CX, y: y + 6, 'text-anchor': 'middle' }, `非表示の世帯員 ${member.withheld.count}名`)));
    } else {
      nodes.append(svg('g', { class: 'member' },
        svg('text', { x: CX, y, 'text-anchor': 'middle' }, member.text),
        svg('text', { x: CX, y: y + 14, 'text-anchor': 'middle', class: 'link-label' }, `根拠：${member.basis}`)));
    }
  });
  return root;
}
