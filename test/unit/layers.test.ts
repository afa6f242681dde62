import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

// The import graph reads top-down: cli/ -> actions/ -> src/ (the runtime) -> packages/. eslint's
// no-restricted-imports says so per folder; this test also sees dynamic `import()` and `export … from`.

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g;

/** The top-level folder (src, cli, actions, packages…) each relative import of `file` lands in. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPECIFIER)]
    .map((m) => m[1]!)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(ROOT, resolve(dirname(file), s)).split('/')[0]!);
}

function violations(dir: string, forbidden: readonly string[]): string[] {
  return tsFiles(join(ROOT, dir)).flatMap((f) =>
    importedLayers(f)
      .filter((layer) => forbidden.includes(layer))
      .map((layer) => `${relative(ROOT, f)} -> ${layer}/`),
  );
}

describe('the import graph reads top-down', () => {
  it('src/ (the runtime) imports no action and nothing from cli/', () => {
    expect(violations('src', ['actions', 'cli'])).toEqual([]);
  });

  it('no action source imports cli/', () => {
    const actions = readdirSync(join(ROOT, 'actions'));
    expect(actions.flatMap((a) => violations(`actions/${a}/src`, ['cli']))).toEqual([]);
  });

  it('cli/demo.ts does not import cli/cli.ts back (cli.ts hands it runCli)', () => {
    const text = readFileSync(join(ROOT, 'cli/demo.ts'), 'utf8');
    expect([...text.matchAll(SPECIFIER)].map((m) => m[1])).not.toContain('./cli.js');
  });

  it('finds an import that runs back up (the check can fail)', () => {
    const probe = join(ROOT, 'src/github/client.ts');
    expect(importedLayers(probe).every((l) => l === 'src')).toBe(true);
    expect(importedLayers(join(ROOT, 'cli/registry.ts'))).toContain('actions');
    expect(importedLayers(join(ROOT, 'cli/cli.ts'))).toEqual(expect.arrayContaining(['src', 'cli']));
  });
});
