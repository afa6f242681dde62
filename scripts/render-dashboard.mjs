#!/usr/bin/env node
// The picture of the release train's dashboard in the README (docs/images/release-train-dashboard.svg), drawn
// from the Markdown the release-train action writes (by default its golden summary,
// packages/release-graph/test/golden/train-summary.md): the mermaid graph as boxes coloured by their state
// (the colours of its classDef lines), laid out left to right by `-->` depth, and the checklist as text.
// GitHub renders the mermaid block in an issue; the README shows this picture so it reads the same everywhere.
//
//   node scripts/render-dashboard.mjs [dashboard.md] [out.svg]   write the picture
//   node scripts/render-dashboard.mjs --check                     fail when the committed picture is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SOURCE = 'packages/release-graph/test/golden/train-summary.md';
const TARGET = 'docs/images/release-train-dashboard.svg';

const BOX = { w: 168, h: 58, gapX: 44, gapY: 16 };
const MARGIN = 20;
const LINE = 18;
const WRAP = 132;

const xml = (s) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** mermaidText's `#NNN;` escapes back to their characters. */
const unmermaid = (s) => s.replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
/** Markdown to the text a reader sees: no emphasis, code ticks, or `([link](url))` tails. */
const plain = (s) =>
  s
    .replace(/ \(\[link\]\([^)]*\)\)/g, '')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<\/?sub>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');

/** Lines of at most `width` characters, each continuation indented 4 more than the line's own indent. */
function wrap(text, width) {
  const indent = /^ */.exec(text)[0];
  const out = [];
  let line = indent;
  for (const word of text.trim().split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = `${indent}    ${word}`;
    } else line = line.trim() === '' ? `${line}${word}` : `${line} ${word}`;
  }
  if (line.trim() !== '') out.push(line);
  return out;
}

export function parseDashboard(markdown) {
  const lines = markdown.split('\n');
  const start = lines.indexOf('```mermaid');
  const end = lines.indexOf('```', start + 1);
  if (start < 0 || end < 0) throw new Error('no mermaid block in the dashboard');
  const nodes = new Map();
  const edges = [];
  const styles = new Map();
  const classOf = new Map();
  for (const l of lines.slice(start + 1, end)) {
    let m;
    if ((m = /^\s*(s\d+)\["(.*)"\]$/.exec(l))) nodes.set(m[1], unmermaid(m[2]).split('<br/>'));
    else if ((m = /^\s*(s\d+) --> (s\d+)$/.exec(l))) edges.push([m[1], m[2]]);
    else if ((m = /^\s*classDef (\w+) fill:(#\w+),stroke:(#\w+),color:(#\w+)$/.exec(l)))
      styles.set(m[1], { fill: m[2], stroke: m[3], color: m[4] });
    else if ((m = /^\s*class ([\w,]+) (\w+)$/.exec(l))) for (const id of m[1].split(',')) classOf.set(id, m[2]);
  }
  const head = lines.slice(0, start).filter((l) => l.trim() !== '');
  const text = [];
  let fence = false;
  for (const l of lines.slice(end + 1)) {
    if (/^\s*```/.test(l)) {
      fence = !fence;
      continue;
    }
    if (l.trim() === '') continue;
    text.push(
      fence
        ? `      ${l.trim()}`
        : plain(l)
            .replace(/^- \[x\] /, '☑ ')
            .replace(/^- \[ \] /, '☐ '),
    );
  }
  return {
    title: plain(head[0].replace(/^#+ /, '')),
    intro: head.slice(1).map(plain),
    nodes,
    edges,
    styles,
    classOf,
    text,
  };
}

export function renderDashboardSvg(markdown) {
  const d = parseDashboard(markdown);
  // Columns by depth: a node sits one column right of the deepest node with an edge into it.
  const depth = new Map();
  const into = (id) => d.edges.filter(([, to]) => to === id).map(([from]) => from);
  const depthOf = (id, seen = new Set()) => {
    if (depth.has(id)) return depth.get(id);
    if (seen.has(id)) throw new Error(`a cycle through ${id}`);
    seen.add(id);
    const v = Math.max(-1, ...into(id).map((p) => depthOf(p, seen))) + 1;
    depth.set(id, v);
    return v;
  };
  const columns = [];
  for (const id of d.nodes.keys()) (columns[depthOf(id)] ??= []).push(id);
  const rows = Math.max(...columns.map((c) => c.length));
  const graphH = rows * BOX.h + (rows - 1) * BOX.gapY;
  const top = MARGIN + LINE * (1 + d.intro.length) + 16;
  const at = new Map();
  columns.forEach((ids, c) => {
    const h = ids.length * BOX.h + (ids.length - 1) * BOX.gapY;
    ids.forEach((id, r) =>
      at.set(id, { x: MARGIN + c * (BOX.w + BOX.gapX), y: top + (graphH - h) / 2 + r * (BOX.h + BOX.gapY) }),
    );
  });
  const width = Math.max(MARGIN * 2 + columns.length * (BOX.w + BOX.gapX) - BOX.gapX, 1000);
  const text = d.text.flatMap((l) => wrap(l, WRAP));
  const listTop = top + graphH + 32;
  const height = listTop + text.length * LINE + MARGIN;

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" font-size="13">`,
    '  <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#656d76"/></marker></defs>',
    `  <rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `  <text x="${MARGIN}" y="${MARGIN + 12}" font-size="16" font-weight="600" fill="#1f2328">${xml(d.title)}</text>`,
    ...d.intro.map(
      (l, i) => `  <text x="${MARGIN}" y="${MARGIN + 12 + LINE * (i + 1)}" fill="#1f2328">${xml(l)}</text>`,
    ),
  ];
  for (const [from, to] of d.edges) {
    const a = at.get(from);
    const b = at.get(to);
    const [x1, y1, x2, y2] = [a.x + BOX.w, a.y + BOX.h / 2, b.x, b.y + BOX.h / 2];
    const mid = (x1 + x2) / 2;
    out.push(
      `  <path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="#656d76" stroke-width="1.5" marker-end="url(#arrow)"/>`,
    );
  }
  for (const [id, label] of d.nodes) {
    const { x, y } = at.get(id);
    const s = d.styles.get(d.classOf.get(id)) ?? { fill: '#f6f8fa', stroke: '#656d76', color: '#1f2328' };
    out.push(
      `  <rect x="${x}" y="${y}" width="${BOX.w}" height="${BOX.h}" rx="6" fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.5"/>`,
    );
    label.forEach((t, i) =>
      out.push(
        `  <text x="${x + BOX.w / 2}" y="${y + 17 + i * 16}" text-anchor="middle" fill="${s.color}"${i === 0 ? ' font-weight="600"' : ''}>${xml(t)}</text>`,
      ),
    );
  }
  text.forEach((l, i) =>
    out.push(
      `  <text x="${MARGIN}" y="${listTop + i * LINE}" font-family="ui-monospace, SFMono-Regular, Menlo, monospace" font-size="12" fill="#1f2328" xml:space="preserve">${xml(l)}</text>`,
    ),
  );
  out.push('</svg>', '');
  return out.join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const [source = SOURCE, target = TARGET] = args.filter((a) => a !== '--check');
  const svg = renderDashboardSvg(readFileSync(join(root, source), 'utf8'));
  if (check) {
    if (readFileSync(join(root, target), 'utf8') !== svg) {
      console.error(`${target} is out of date: run node scripts/render-dashboard.mjs`);
      process.exit(1);
    }
  } else writeFileSync(join(root, target), svg);
}
