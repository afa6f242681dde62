import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildFastIndex } from '../../packages/yaml-edit/src/fast-index.js';
import { agree } from '../helpers/fast-agree.js';
import { realYamlFiles } from '../helpers/paths.js';
import { rng } from '../helpers/random.js';

/**
 * The parser-free index must never accept a document the `yaml` parser rejects, and must agree with it
 * on every document it accepts. Real files are damaged line by line (indentation shifted, lines deleted,
 * duplicated or cut, indicators and quotes inserted) to reach the edges of the block-style subset.
 */
// Cheap (about 1 ms a case), so npm test runs more of these than of the other suites.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000) * 3;
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);
const SOURCES = realYamlFiles().map((f) => readFileSync(f, 'utf8'));
const INSERTS = [
  ' ',
  '  ',
  '- ',
  ': ',
  ' #',
  '"',
  "'",
  '|',
  '>',
  '&a ',
  '*a',
  '!t ',
  '[',
  '{',
  '\t',
  '? ',
  '---',
  '...',
];

describe('fast index fuzz', () => {
  it(`${RUNS} damaged documents: the index agrees with the parser or gives up`, { timeout: 600_000 }, () => {
    const r = rng(SEED + 1);
    let accepted = 0;
    let invalid = 0;
    for (let run = 0; run < RUNS; run++) {
      const lines = r.pick(SOURCES).split('\n');
      for (let k = 0; k < 1 + r.int(3); k++) {
        const i = r.int(lines.length);
        const line = lines[i]!;
        const roll = r.next();
        if (roll < 0.25) lines[i] = ' '.repeat(1 + r.int(3)) + line;
        else if (roll < 0.4) lines[i] = line.replace(/^ {1,3}/, '');
        else if (roll < 0.5) lines.splice(i, 1);
        else if (roll < 0.6) lines.splice(i, 0, line);
        else if (roll < 0.7) lines[i] = line.slice(0, r.int(line.length + 1));
        else {
          const at = r.int(line.length + 1);
          lines[i] = line.slice(0, at) + r.pick(INSERTS) + line.slice(at);
        }
      }
      const source = lines.join('\n');
      const docs = parseAllDocuments(source);
      const valid = Array.isArray(docs) && docs.length === 1 && docs[0]!.errors.length === 0;
      const index = buildFastIndex(source);
      if (!valid) {
        invalid++;
        expect(index, `run ${run}: the index accepted YAML the parser rejects:\n${source}`).toBeUndefined();
        continue;
      }
      if (index) {
        accepted++;
        agree(source, `run ${run}`);
      }
    }
    expect(accepted).toBeGreaterThan(RUNS / 5);
    expect(invalid).toBeGreaterThan(RUNS / 10);
  });
});
