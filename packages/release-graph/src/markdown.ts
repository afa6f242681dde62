import { code, fenced, table } from '@coco-release/core';
import { short, type PinReport, type PinStatus, type Report } from './check.js';
import type { Graph } from './graph.js';

/**
 * The report as a release manager reads it: a mermaid flowchart (components as nodes, one edge per pin from
 * the holder to the pinned component, labelled with the pinned value, red where a check fails), a table of
 * every pin, the problems, and the `set` lines that fix each drift. Everything read from a file reaches the
 * Markdown through code(), fenced() or table(), and mermaid labels are entity-escaped, so no value can
 * break out of its cell, its label or the diagram.
 */

export interface RenderOptions {
  /** Where file links point: GITHUB_SERVER_URL (https://github.com). */
  serverUrl?: string;
  /** GraphQL requests the read took, for the footer. */
  requests?: number;
}

const FAILING: ReadonlySet<PinStatus> = new Set(['drift', 'not-found', 'error']);

const STATUS: Record<PinStatus, string> = {
  ok: '✓ ok',
  development: '◌ development',
  drift: '✗ drift',
  'not-found': '✗ not found',
  error: '✗ unreadable',
};

/** Mermaid label text: anything but plain characters becomes an entity code (`#35;`), which mermaid decodes. */
export function mermaidText(text: string): string {
  return [...text].map((ch) => (/^[A-Za-z0-9 ._+\-/@:,=]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`)).join('');
}

function shown(p: PinReport): string {
  if (p.value === undefined) return '?';
  return p.kind === 'commit' ? short(p.value) : p.value;
}

function edgeLabel(p: PinReport): string {
  const claim = p.claim ? ` # ${p.claim}` : '';
  return mermaidText(p.value === undefined ? 'unreadable' : `${shown(p)}${claim}`);
}

export function mermaidGraph(graph: Graph, report: Report): string {
  const names = [...graph.components.keys()];
  const id = (name: string): string => `c${names.indexOf(name)}`;
  const lines = ['flowchart LR'];
  for (const name of names) {
    const read = [
      ...new Set(
        report.pins
          .filter((p) => p.holder === name)
          .map((p) => (p.readCommit ? `${p.ref} @ ${short(p.readCommit)}` : p.ref)),
      ),
    ];
    const label = [mermaidText(name), ...read.map(mermaidText)].join('<br/>');
    lines.push(`  ${id(name)}["${label}"]`);
  }
  const red: number[] = [];
  report.pins.forEach((p, i) => {
    const arrow = p.status === 'development' ? '-.->' : '-->';
    lines.push(`  ${id(p.holder)} ${arrow}|"${edgeLabel(p)}"| ${id(p.component)}`);
    if (FAILING.has(p.status)) red.push(i);
  });
  if (red.length) lines.push(`  linkStyle ${red.join(',')} stroke:#d1242f,stroke-width:3px,color:#d1242f`);
  return lines.join('\n') + '\n';
}

function fileLink(p: PinReport, serverUrl: string): string {
  const where = code(p.line !== undefined ? `${p.file}:${p.line}` : p.file);
  const at = p.readCommit ?? p.ref;
  // encodeURIComponent leaves ( and ), which would end the Markdown link early.
  const part = (s: string): string => encodeURIComponent(s).replaceAll('(', '%28').replaceAll(')', '%29');
  const url =
    `${serverUrl.replace(/\/+$/, '')}/${p.repository}/blob/${part(at)}/` +
    p.file.split('/').map(part).join('/') +
    (p.line !== undefined ? `#L${p.line}` : '');
  return `[${where}](${url})`;
}

function resolvesTo(p: PinReport): string {
  if (p.status === 'error' || p.status === 'development') return '—';
  const named = p.kind === 'commit' ? (p.taggedAs?.length ? p.taggedAs.map(code).join(', ') : undefined) : undefined;
  const version =
    p.kind !== 'commit'
      ? ''
      : named !== undefined
        ? ` = ${named}`
        : p.version !== undefined
          ? ` = ${code(p.version)}`
          : p.taggedAs
            ? ' (no recent tag)'
            : '';
  if (p.resolves === null)
    return p.kind === 'commit' ? `✗ not in ${code(p.componentRepository)}` : `✗ no tag ${code(p.tag ?? '')}`;
  if (p.resolves === undefined) return '—';
  return p.kind === 'commit'
    ? `${code(short(p.resolves))}${version}`
    : `${code(p.tag ?? '')} → ${code(short(p.resolves))}`;
}

/** A fixed word for why a value is expected; the whole reason is in the problems block. */
function expectedCell(p: PinReport): string {
  if (!p.expected) return p.reference ? 'reference' : '—';
  const why = p.expected.why;
  const kind = why.startsWith('release ') ? 'release' : why.startsWith('tag ') ? 'its comment' : 'reference';
  return `${code(short(p.expected.value))} (${kind})`;
}

function valueCell(p: PinReport): string {
  if (p.value === undefined) return '—';
  return code(p.claim ? `${shown(p)} # ${p.comment ?? p.claim}` : shown(p));
}

export function pinTable(report: Report, serverUrl = 'https://github.com'): string {
  return table(
    ['holder', 'file:line', 'value', 'resolves to', 'expected', 'status'],
    report.pins.map((p) => [
      p.holder,
      `${fileLink(p, serverUrl)}<br>${code(p.site)}`,
      valueCell(p),
      resolvesTo(p),
      expectedCell(p),
      STATUS[p.status],
    ]),
  );
}

function heading(report: Report): string {
  if (report.consistent) {
    const dev = report.pins.filter((p) => p.status === 'development').length;
    return `### release-status: ✓ consistent (${report.pins.length} pins${dev ? `, ${dev} at their development value` : ''})`;
  }
  const counts = (['drift', 'not-found', 'error'] as const)
    .map((s) => [s, report.pins.filter((p) => p.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'not-found' ? 'not found' : s === 'error' ? 'unreadable' : 'drift'}`);
  return `### release-status: ✗ not consistent (${counts.join(', ')} of ${report.pins.length} pins)`;
}

/** The problems, one line each, and the `set` lines that fix the drifts, grouped by repository and file. */
function problems(report: Report): string {
  const failing = report.pins.filter((p) => FAILING.has(p.status));
  if (failing.length === 0) return '';
  const lines = failing.map(
    (p) => `${p.repository} ${p.file}${p.line !== undefined ? `:${p.line}` : ''} ${p.site}: ${p.message}`,
  );
  let out = `\n**Problems**\n\n${fenced('text', lines.join('\n'))}`;
  const fixes = new Map<string, string[]>();
  for (const p of failing) {
    if (!p.set) continue;
    const key = `# ${p.repository} ${p.file}${p.ref ? ` (${p.ref})` : ''}`;
    fixes.set(key, [...(fixes.get(key) ?? []), p.set]);
  }
  if (fixes.size > 0) {
    const body = [...fixes].map(([file, sets]) => [file, ...sets].join('\n')).join('\n\n');
    out += `\n**Fix**: the \`set\` lines for bump-versions-yaml, one block per file\n\n${fenced('text', body)}`;
  }
  return out;
}

export function renderMarkdown(graph: Graph, report: Report, options: RenderOptions = {}): string {
  const release = Object.entries(report.release);
  const parts = [heading(report), ''];
  if (release.length) parts.push(`Release: ${release.map(([c, v]) => `${c} ${code(v)}`).join(', ')}`, '');
  parts.push(fenced('mermaid', mermaidGraph(graph, report)));
  parts.push(pinTable(report, options.serverUrl));
  const more = problems(report);
  if (more) parts.push(more.replace(/^\n/, ''));
  if (options.requests !== undefined) {
    const files = new Set(report.pins.map((p) => `${p.repository}\n${p.ref}\n${p.file}`)).size;
    const repos = new Set(report.pins.flatMap((p) => [p.repository, p.componentRepository])).size;
    parts.push(
      `<sub>${files} files and the tags of ${repos} repositories read in ${options.requests} GraphQL ${options.requests === 1 ? 'request' : 'requests'}; graph: ${code(graph.builtin ? 'built-in CoCo graph' : graph.file)}</sub>`,
      '',
    );
  }
  return parts.join('\n');
}
