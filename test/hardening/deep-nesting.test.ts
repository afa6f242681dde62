import { describe, expect, it } from 'vitest';
import { editYaml, loadYaml } from '@coco-release/yaml-edit';
import { annotations, runBundle } from '../helpers/bundle.js';
import { snapshotTree, workspace } from '../helpers/workspace.js';
import { cli } from './helpers.js';

/**
 * Issue 13, deep nesting: a file nested thousands of levels deep made the parser (or the code walking the
 * document) run out of stack, and the run ended with "Maximum call stack size exceeded" and a stack trace.
 * loadYaml now refuses a document nested deeper than 500 levels, naming the file and where, and whatever
 * else still recurses on an input reports a clear error without a stack trace.
 */

const SHAPES: Record<string, (n: number) => string> = {
  'flow sequences': (n) => 'a: 1\nb: ' + '['.repeat(n) + ']'.repeat(n) + '\n',
  'flow mappings': (n) => 'a: 1\nb: ' + '{x: '.repeat(n) + '1' + '}'.repeat(n) + '\n',
  'block mappings': (n) => 'a: 1\n' + Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n',
  'block sequences': (n) =>
    'a: 1\nb:\n' + Array.from({ length: n }, (_, i) => ' '.repeat(i + 1) + '-').join('\n') + ' 1\n',
};
const TOO_DEEP = 'the YAML is nested too deeply to be read (more than 500 levels of mappings and sequences)';

describe('loadYaml', () => {
  it.each(Object.keys(SHAPES))('%s: 499 levels load and edit; 1,000 and 3,000 are refused with a position', (shape) => {
    const edited = editYaml(loadYaml(SHAPES[shape]!(499), 'x.yaml'), [{ path: '.a', value: '2' }]);
    expect(edited.after.startsWith('a: 2\n')).toBe(true);
    for (const n of [1000, 3000]) {
      let error: unknown;
      try {
        loadYaml(SHAPES[shape]!(n), 'x.yaml');
      } catch (e) {
        error = e;
      }
      expect((error as Error).message, `${n}`).toBe(TOO_DEEP);
      expect((error as { position: { file: string; line: number } }).position).toMatchObject({ file: 'x.yaml' });
      expect((error as { position: { line: number } }).position.line).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the actions', () => {
  const deep = SHAPES['flow mappings']!(5000);

  it('bump-versions-yaml: a clear error at the file, no stack trace, nothing written', async () => {
    const ws = workspace({ 'versions.yaml': deep });
    const before = snapshotTree(ws);
    const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.a=2' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      `::error file=versions.yaml,line=2,col=2000::versions.yaml:2:2000: ${TOO_DEEP}`,
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('pin-kustomize-image: a clear error at the overlay', async () => {
    const ws = workspace({ 'o/a/kustomization.yaml': deep });
    const r = await runBundle('pin-kustomize-image', { files: 'o/*', image: 'caa:v1' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      `::error file=o/a/kustomization.yaml,line=2,col=2000::o/a/kustomization.yaml:2:2000: ${TOO_DEEP}`,
    ]);
  });

  it('check-snapshotter-parity: a clear error at the source', async () => {
    const ws = workspace({ 'a.yaml': deep, 'b.yaml': 'a: 1\n' });
    const r = await runBundle('check-snapshotter-parity', { sources: 'a=a.yaml#.a\nb=b.yaml#.a' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      `::error file=a.yaml,line=2,col=2000::a.yaml:2:2000: source 'a': ${TOO_DEEP}`,
    ]);
  });

  it.each(['flow sequences', 'block sequences'])(
    '%s 3,000 deep, through an action and the CLI: a clear error, no stack trace',
    async (shape) => {
      const ws = workspace({ 'versions.yaml': SHAPES[shape]!(shape === 'flow sequences' ? 20_000 : 3000) });
      const before = snapshotTree(ws);
      const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.a=2' }, { workspace: ws });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const [error, ...more] = annotations(r.stdout);
      expect(more).toEqual([]);
      // Refused at loading (the file named) or, when no check caught it first, as a clear error of the step.
      expect([
        'versions.yaml: ' + TOO_DEEP,
        'bump-versions-yaml: the input is nested too deeply to be processed (Maximum call stack size exceeded)',
      ]).toContain(error!.replace(/^::error[^:]*::/, '').replace(/^versions\.yaml:\d+:\d+: /, 'versions.yaml: '));
      expect(snapshotTree(ws)).toEqual(before);

      const c = await cli(['bump-versions-yaml', '--file', 'versions.yaml', '--set', '.a=2'], ws);
      expect(c.code).toBe(1);
      expect(c.stderr).toMatch(/^error: .*nested too deeply.*\n$/);
      expect(c.stderr).not.toContain('    at ');
    },
  );
});
