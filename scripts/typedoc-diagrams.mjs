/**
 * TypeDoc plugin: draws the README's data-model diagram (a ```mermaid flowchart) as an inline SVG when the docs
 * are built, so the site shows a picture with no network and no mermaid runtime, from `file://` too. GitHub and
 * npm draw the same block with mermaid themselves.
 *
 * Only the small flowchart subset the README uses is understood: `flowchart LR`, nodes `id`, `id[label]` and
 * `id[(label)]` (a store), and edges `a -- label --> b & c`. Anything else fails the build with the line, rather
 * than drawing a wrong picture. The layout is plain and deterministic: a row per step of the longest path
 * from a node nothing points to, nodes in a row in order of first mention.
 */

const NODE = /^([A-Za-z_][\w-]*)(?:\[\((.+?)\)\]|\[(.+?)\])?$/;
const EDGE = /^(.+?)\s+--\s+(?:"([^"]+)"|(.+?))\s+-->\s+(.+)$/;

/**
 * Parses a flowchart in the supported subset.
 * @param {string} source the text inside the ```mermaid fence
 * @returns {{ nodes: Map<string, { id: string, label: string, store: boolean }>, edges: { from: string, label: string, to: string[] }[] }}
 */
export function parseFlowchart(source) {
  const lines = source.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('%%'));
  if (lines[0] === 'erDiagram') return parseEntities(lines.slice(1));
  if (!/^(flowchart|graph) LR$/.test(lines[0] ?? '')) throw new Error(`diagram: expected "flowchart LR" or "erDiagram", got "${lines[0]}"`);
  const nodes = new Map();
  const node = (text) => {
    const match = NODE.exec(text.trim());
    if (!match) throw new Error(`diagram: cannot read the node "${text}"`);
    const [, id, store, label] = match;
    const known = nodes.get(id);
    if (!known || store || label) nodes.set(id, { id, label: store ?? label ?? known?.label ?? id, store: Boolean(store ?? known?.store) });
    return id;
  };
  const edges = [];
  for (const line of lines.slice(1)) {
    const edge = EDGE.exec(line);
    if (edge) {
      const [, from, quoted, plain, to] = edge;
      edges.push({ from: node(from), label: quoted ?? plain, to: to.split('&').map(node) });
    } else node(line);
  }
  return { nodes, edges };
}

const RELATION = /^([A-Za-z_]\w*)\s+[|}o{]{2}--[|}o{]{2}\s+([A-Za-z_]\w*)\s*:\s*(?:"([^"]+)"|(\S+))$/;

/**
 * Reads an `erDiagram` of relations only (`A }o--|{ B : "label"`), as the same chart: one edge per relation,
 * entities named in lower case. Cardinalities are not drawn; the field tables say them.
 * @param {string[]} lines
 */
function parseEntities(lines) {
  const nodes = new Map();
  const edges = [];
  for (const line of lines) {
    const match = RELATION.exec(line);
    if (!match) throw new Error(`diagram: cannot read the relation "${line}"`);
    const [, from, to, quoted, plain] = match;
    for (const id of [from, to]) if (!nodes.has(id)) nodes.set(id, { id, label: id.toLowerCase(), store: id === 'SOURCE' });
    edges.push({ from, label: quoted ?? plain, to: [to] });
  }
  return { nodes, edges };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const CHAR = 7.2;
const PAD = 20;

/**
 * Lays a parsed flowchart out top to bottom and draws it as SVG. Colours come from the page (`currentColor` and
 * TypeDoc's CSS variables), so it follows the light and dark themes.
 * @param {ReturnType<typeof parseFlowchart>} chart
 * @param {string} title the SVG's accessible title
 * @returns {string} one line of SVG markup
 */
export function renderFlowchart(chart, title) {
  const ids = [...chart.nodes.keys()];
  const out = new Map(ids.map((id) => [id, chart.edges.filter((e) => e.from === id).flatMap((e) => e.to).filter((t) => t !== id)]));
  const layer = new Map();
  const visiting = new Set();
  const depth = (id) => {
    if (layer.has(id)) return layer.get(id);
    if (visiting.has(id)) throw new Error(`diagram: a cycle through "${id}"; only self-loops are drawn`);
    visiting.add(id);
    const parents = ids.filter((p) => out.get(p).includes(id));
    const d = parents.length === 0 ? 0 : Math.max(...parents.map(depth)) + 1;
    visiting.delete(id);
    layer.set(id, d);
    return d;
  };
  ids.forEach(depth);
  const width = (id) => Math.ceil(chart.nodes.get(id).label.length * CHAR) + 28;
  const columns = [];
  for (const id of ids) (columns[layer.get(id)] ??= []).push(id);
  // Top to bottom: a row per layer, so the picture fits the page's text column at a readable size.
  const HGAP = 26;
  const VGAP = 92;
  const rowWidth = columns.map((row) => row.reduce((sum, id) => sum + width(id), 0) + HGAP * (row.length - 1));
  const svgWidth = Math.max(...rowWidth) + PAD * 2 + 60;
  const place = new Map();
  columns.forEach((row, r) => {
    let x = PAD + (svgWidth - 60 - PAD * 2 - rowWidth[r]) / 2;
    for (const id of row) {
      place.set(id, { x, y: PAD + r * VGAP, w: width(id), h: 30 });
      x += width(id) + HGAP;
    }
  });
  const svgHeight = PAD * 2 + (columns.length - 1) * VGAP + 30;
  const paths = [];
  const labels = [];
  const at = (p0, p1, p2, p3, t) => (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;
  for (const edge of chart.edges) {
    const a = place.get(edge.from);
    edge.to.forEach((to, i) => {
      const b = place.get(to);
      let d;
      let lx;
      let ly;
      if (to === edge.from) {
        const x = a.x + a.w;
        const y = a.y + a.h / 2;
        d = `M${x},${y - 8} C${x + 40},${y - 30} ${x + 40},${y + 30} ${x + 2},${y + 8}`;
        lx = x + 34 + (edge.label.length * 6) / 2;
        ly = y;
      } else {
        const x1 = a.x + a.w / 2;
        const y1 = a.y + a.h;
        const x2 = b.x + b.w / 2;
        const y2 = b.y - 2;
        const bend = (y2 - y1) / 2;
        d = `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`;
        const t = 0.5 / Math.max(1, (y2 - y1) / VGAP);
        lx = at(x1, x1, x2, x2, t);
        ly = at(y1, y1 + bend, y2 - bend, y2, t);
      }
      paths.push(`<path d="${d}" marker-end="url(#cm-arrow)"/>`);
      if (i === 0) {
        const w = edge.label.length * 6 + 8;
        labels.push(
          `<rect x="${(lx - w / 2).toFixed(1)}" y="${(ly - 8).toFixed(1)}" width="${w.toFixed(1)}" height="15" rx="3" class="cm-label-bg"/>` +
            `<text x="${lx.toFixed(1)}" y="${(ly + 3.5).toFixed(1)}" class="cm-label">${escape(edge.label)}</text>`,
        );
      }
    });
  }
  const boxes = ids.map((id) => {
    const { x: bx, y, w, h } = place.get(id);
    const { label, store } = chart.nodes.get(id);
    const shape = store
      ? `<rect x="${bx}" y="${y}" width="${w}" height="${h}" rx="14" class="cm-node cm-store"/>`
      : `<rect x="${bx}" y="${y}" width="${w}" height="${h}" rx="4" class="cm-node"/>`;
    return `${shape}<text x="${bx + w / 2}" y="${y + h / 2 + 4}">${escape(label)}</text>`;
  });
  const style =
    '.cm-node{fill:var(--color-background-secondary,#f2f4f8);stroke:currentColor;stroke-width:1.2}' +
    '.cm-store{stroke-dasharray:4 2}' +
    'text{fill:currentColor;font:13px sans-serif;text-anchor:middle}' +
    '.cm-label{font-size:11px;font-style:italic}' +
    '.cm-label-bg{fill:var(--color-background,#fff);opacity:.9}' +
    'path{fill:none;stroke:currentColor;stroke-width:1;opacity:.55}';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="data-model-diagram" role="img" viewBox="0 0 ${svgWidth.toFixed(0)} ${svgHeight}" ` +
    `style="max-width:100%;height:auto" aria-labelledby="cm-title"><title id="cm-title">${escape(title)}</title><style>${style}</style>` +
    `<defs><marker id="cm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M0,0 L10,5 L0,10 z" style="fill:currentColor;stroke:none;opacity:.8"/></marker></defs>` +
    `${paths.join('')}${labels.join('')}${boxes.join('')}</svg>`
  );
}

const FENCE = /^```mermaid\n([\s\S]*?)^```$/gm;

/**
 * Replaces each ```mermaid block of a markdown text with its SVG, in a figure that keeps the source for readers.
 * @param {string} markdown
 * @returns {string}
 */
export function replaceDiagrams(markdown) {
  return markdown.replace(FENCE, (_block, source) => {
    const svg = renderFlowchart(parseFlowchart(source), 'How the kinds of record refer to each other');
    return `<figure class="data-model">${svg}</figure>\n`;
  });
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Before TypeDoc's own markdown handler (priority 0), so the block never reaches the highlighter.
  app.renderer.on('parseMarkdown', (event) => {
    event.parsedText = replaceDiagrams(event.parsedText);
  }, 100);
}
