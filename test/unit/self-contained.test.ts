import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, it } from 'vitest';
import { filesBelow, REAL, REPLAY, ROOT } from '../helpers/paths.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// A clone must test itself with nothing beside it: no file may reach for the folder that sits beside our
// own checkout. Spelt in two pieces so that this file does not match itself.
const OUTSIDE = '../' + 'shared';
const SKIP = new Set(['node_modules', '.git', 'tmp', '.bench']);

function tracked(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (SKIP.has(d.name)) return [];
    const path = join(dir, d.name);
    return d.isDirectory() ? tracked(path) : d.isFile() ? [path] : [];
  });
}

it(`no file in the repository refers to ${OUTSIDE}`, () => {
  const offenders = tracked(ROOT).filter((f) => readFileSync(f, 'latin1').includes(OUTSIDE));
  expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
});

it('the real fixtures and the release replay are inside the repository, with their provenance', () => {
  expect(REAL.startsWith(ROOT)).toBe(true);
  expect(REPLAY.startsWith(ROOT)).toBe(true);
  expect(existsSync(join(REAL, 'SOURCES.md'))).toBe(true);
  expect(existsSync(join(ROOT, 'test/fixtures/SOURCES.md'))).toBe(true);
  expect(filesBelow(REPLAY, (n) => n === 'meta.json')).toHaveLength(6);
  // Every real file is listed in SOURCES.md by its upstream path.
  const sources = readFileSync(join(REAL, 'SOURCES.md'), 'utf8');
  const unlisted = filesBelow(REAL, (n) => n !== 'SOURCES.md')
    .map((f) => relative(REAL, f).split('/'))
    .filter((parts) => !sources.includes(`| ${parts[0]}/${parts[1]} | \`${parts.slice(2).join('/')}\``));
  expect(unlisted.map((p) => p.join('/'))).toEqual([]);
});
