import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@coco-release/core';
import { parseGoMod, setRequireVersions, type GoMod, type Replace } from '@coco-release/go-modules';
import { CAA } from '../helpers/paths.js';
import { rng } from '../helpers/random.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * Fuzzing the go.mod reader and its byte-exact require edits. Documents are rebuilt from the real
 * cloud-api-adaptor go.mod files with random layout: single-line or block require/replace/exclude/retract,
 * quoted and raw module paths, `// indirect` spellings (and comments that only look like it), comment lines,
 * blank lines, random whitespace, CRLF, no final newline. Half of them are then damaged (lines deleted,
 * duplicated, joined, truncated, stray parens, quotes, backslashes). Every document must either parse (a
 * generated one to exactly what the generator meant) or fail with a UserError naming go.mod and a line of
 * it; a parsed one then takes random require-version edits, which may change nothing but the version bytes.
 * 3000 cases in `npm run fuzz`, 300 in `npm test` (test/helpers/runs.ts), fixed seed FUZZ_SEED (default 20261121).
 */
const RUNS = loopRuns(3000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);
const FILE = 'go.mod';

type R = ReturnType<typeof rng>;

function goModFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? goModFiles(join(dir, n)) : n === 'go.mod' ? [join(dir, n)] : [],
    );
}
const REAL_MODS = goModFiles(join(CAA, 'src')).map((f) => parseGoMod(readFileSync(f, 'utf8'), f));
const REAL_REQUIRES = [...new Map(REAL_MODS.flatMap((m) => m.requires).map((q) => [q.path, q])).values()];
const REAL_MODULES = REAL_MODS.flatMap((m) => (m.module ? [m.module.path] : []));
const REAL_GO = [...new Set(REAL_MODS.flatMap((m) => (m.go ? [m.go] : [])))];

/** Comment texts, some full of go.mod punctuation, which a comment must swallow. */
const COMMENTS = [
  ' a comment',
  '',
  ' /* not a block comment */',
  ' require (',
  ' )',
  ' "unbalanced',
  ' `raw',
  ' old => new',
  ' [v1.0.0, v1.1.0]',
  ' indirect',
  '\tTODO(someone): bump',
  ' ünïcödé',
];
/** Spellings Go (modfile.isIndirect) reads as `// indirect`. */
const INDIRECT = ['// indirect', '//indirect', '// indirect; kept for x', '//   indirect   ', '// indirect;'];
/** Comments on a direct require that only look like `// indirect`. */
const NOT_INDIRECT = ['// indirectly', '// indirect: no', '// in direct', '// direct', '//', '// see indirect'];
const RATIONALES = ['published by mistake', 'security: CVE-2024-0001', 'indirect', ''];

interface WantRequire {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}
interface Want {
  module: { path: string; line: number } | undefined;
  go: string | undefined;
  toolchain: string | undefined;
  requires: WantRequire[];
  replaces: Replace[];
  excludes: { path: string; version: string; line: number }[];
  retracts: { low: string; high: string; rationale: string; line: number }[];
  directives: number;
}

/** A line is pieces of text and version slots (an index into want.requires), so a document can be re-rendered with other versions. */
type Piece = string | { slot: number };
interface Generated {
  lines: Piece[][];
  eol: string;
  finalEol: boolean;
  want: Want;
}

function render(g: Generated, version: (slot: number) => string): string {
  const body = g.lines.map((l) => l.map((p) => (typeof p === 'string' ? p : version(p.slot))).join('')).join(g.eol);
  return g.finalEol ? body + g.eol : body;
}

function randomVersion(r: R): string {
  const base = `v${r.int(12)}.${r.int(40)}.${r.int(120)}`;
  const roll = r.next();
  if (roll < 0.6) return base;
  if (roll < 0.75) return `${base}-rc${r.int(5)}`;
  if (roll < 0.85) return `${base}-alpha.${r.int(3)}`;
  if (roll < 0.95) return `v0.0.0-2025${String(1 + r.int(9)).padStart(2, '0')}01000000-abcdef0${r.int(10)}2345`;
  return 'v0.0.0-00010101000000-000000000000';
}

function generate(r: R): Generated {
  const lines: Piece[][] = [];
  const want: Want = {
    module: undefined,
    go: undefined,
    toolchain: undefined,
    requires: [],
    replaces: [],
    excludes: [],
    retracts: [],
    directives: 0,
  };
  const push = (pieces: Piece[]): number => lines.push(pieces);
  const ws = (): string => r.pick([' ', ' ', ' ', '\t', '  ', ' \t ']);
  const ws0 = (): string => r.pick(['', '', ' ', '\t']);
  const lead = (): string => (r.bool(0.1) ? r.pick([' ', '\t', '  ']) : '');
  const indent = (): string => r.pick(['\t', '\t', '\t', '    ', '  ', '', ' \t']);
  const trail = (comment: string | undefined): Piece[] => {
    const end = r.bool(0.05) ? [r.pick([' ', '\t', '  '])] : [];
    return comment === undefined ? end : [r.bool(0.1) ? '' : ws(), comment, ...end];
  };
  const gap = (): void => {
    while (r.bool(0.15)) push([r.pick(['', '', '', ' ', '\t', '  \t'])]);
    while (r.bool(0.08)) push([lead(), `//${r.pick(COMMENTS)}`]);
  };
  const tok = (value: string): string => {
    const roll = r.next();
    return roll < 0.08 ? `"${value}"` : roll < 0.11 ? `\`${value}\`` : value;
  };
  const slotTok = (slot: number): Piece[] => {
    const roll = r.next();
    return roll < 0.08 ? ['"', { slot }, '"'] : roll < 0.11 ? ['`', { slot }, '`'] : [{ slot }];
  };

  interface Item {
    pieces: Piece[];
    comment: string | undefined;
    record(line: number): void;
  }
  const emit = (verb: string, items: Item[]): void => {
    let i = 0;
    while (i < items.length) {
      const n = 1 + r.int(Math.min(items.length - i, 1 + r.int(40)));
      const group = items.slice(i, i + n);
      i += n;
      want.directives += group.length;
      if ((group.length === 1 && r.bool(0.6)) || r.bool(0.15)) {
        for (const it of group) {
          gap();
          it.record(push([lead(), verb, ws(), ...it.pieces, ...trail(it.comment)]));
        }
      } else {
        gap();
        push([lead(), verb, r.pick([' ', ' ', '\t', '']), '(', ...trail(r.bool(0.1) ? '// block' : undefined)]);
        for (const it of group) {
          gap();
          it.record(push([indent(), ...it.pieces, ...trail(it.comment)]));
        }
        gap();
        push([lead(), ')', ...trail(r.bool(0.1) ? '// end' : undefined)]);
      }
    }
    if (r.bool(0.05)) push([verb, ws0(), '(', ws0(), ')']); // an empty block
  };

  // Requires: a random sample of the real ones (distinct paths), mostly at their real versions.
  const pool = [...REAL_REQUIRES];
  const count = r.bool(0.1) ? 0 : 1 + r.int(r.bool(0.2) ? 120 : 25);
  const requires: Item[] = [];
  for (let k = 0; k < count && pool.length > 0; k++) {
    const real = pool.splice(r.int(pool.length), 1)[0]!;
    const indirect = r.bool(0.2) ? !real.indirect : real.indirect;
    const slot = want.requires.length;
    want.requires.push({
      path: real.path,
      version: r.bool(0.9) ? real.version : randomVersion(r),
      indirect,
      line: 0,
    });
    requires.push({
      pieces: [tok(real.path), ws(), ...slotTok(slot)],
      comment: indirect ? r.pick(INDIRECT) : r.bool(0.1) ? r.pick(NOT_INDIRECT) : undefined,
      record: (line) => (want.requires[slot]!.line = line),
    });
  }

  // Replaces: directories (local), forks at versions, with or without the old version.
  const replaces: Item[] = [];
  for (let k = r.int(4); k > 0 && want.requires.length > 0; k--) {
    const old = r.pick(want.requires).path;
    const oldVersion = r.bool(0.3) ? randomVersion(r) : undefined;
    const roll = r.next();
    const [newPath, newVersion, local] =
      roll < 0.4
        ? [`../${old.split('/').pop()!}`, undefined, true]
        : roll < 0.5
          ? [r.pick(['./vendor/x', '/abs/dir', '.', '..']), undefined, true]
          : [`example.com/fork/${old.split('/').pop()!}`, randomVersion(r), false];
    const entry: Replace = {
      oldPath: old,
      ...(oldVersion ? { oldVersion } : {}),
      newPath,
      ...(newVersion ? { newVersion } : {}),
      local,
      line: 0,
    };
    want.replaces.push(entry);
    const pieces: Piece[] = [tok(old)];
    if (oldVersion) pieces.push(ws(), tok(oldVersion));
    pieces.push(ws(), '=>', ws(), tok(newPath));
    if (newVersion) pieces.push(ws(), tok(newVersion));
    replaces.push({ pieces, comment: r.bool(0.1) ? '// fork' : undefined, record: (line) => (entry.line = line) });
  }

  const excludes: Item[] = [];
  for (let k = r.int(3); k > 0 && want.requires.length > 0; k--) {
    const entry = { path: r.pick(want.requires).path, version: randomVersion(r), line: 0 };
    want.excludes.push(entry);
    excludes.push({
      pieces: [tok(entry.path), ws(), tok(entry.version)],
      comment: undefined,
      record: (line) => (entry.line = line),
    });
  }

  const retracts: Item[] = [];
  for (let k = r.int(3); k > 0; k--) {
    const range = r.bool(0.4);
    const low = randomVersion(r);
    const high = range ? randomVersion(r) : low;
    const rationale = r.bool(0.5) ? r.pick(RATIONALES) : undefined;
    const entry = { low, high, rationale: rationale ?? '', line: 0 };
    want.retracts.push(entry);
    retracts.push({
      pieces: range ? ['[', ws0(), tok(low), ws0(), ',', ws0(), tok(high), ws0(), ']'] : [tok(low)],
      comment: rationale === undefined ? undefined : `//${r.pick([' ', '', '  '])}${rationale}`,
      record: (line) => (entry.line = line),
    });
  }

  const others: [string, string[]][] = [
    ['godebug', ['default=go1.21', 'panicnil=1', 'http2client=0']],
    ['tool', ['golang.org/x/tools/cmd/stringer', 'example.com/tool/cmd']],
    ['ignore', ['./node_modules', 'third_party']],
  ];
  const otherItems = others.map(([verb, values]): [string, Item[]] => [
    verb,
    values.filter(() => r.bool(0.08)).map((v) => ({ pieces: [v], comment: undefined, record: () => undefined })),
  ]);

  const sections: (() => void)[] = [
    () => emit('require', requires),
    () => emit('replace', replaces),
    () => emit('exclude', excludes),
    () => emit('retract', retracts),
    ...otherItems.map(
      ([verb, items]) =>
        () =>
          emit(verb, items),
    ),
  ];
  if (r.bool(0.9)) {
    sections.push(() => {
      gap();
      want.go = r.pick(REAL_GO);
      want.directives++;
      push([lead(), 'go', ws(), want.go, ...trail(undefined)]);
      if (r.bool(0.2)) {
        want.toolchain = `go${want.go}`;
        want.directives++;
        push([lead(), 'toolchain', ws(), want.toolchain]);
      }
    });
  }
  for (let k = sections.length - 1; k > 0; k--) {
    const j = r.int(k + 1);
    [sections[k], sections[j]] = [sections[j]!, sections[k]!];
  }
  const moduleLine = (): void => {
    gap();
    const path = r.pick(REAL_MODULES);
    want.directives++;
    want.module = { path, line: push([lead(), 'module', ws(), tok(path), ...trail(r.bool(0.1) ? '// m' : undefined)]) };
  };
  if (r.bool(0.95)) sections.splice(r.bool(0.85) ? 0 : r.int(sections.length + 1), 0, moduleLine);
  for (const s of sections) s();
  gap();
  return { lines, eol: r.bool(0.3) ? '\r\n' : '\n', finalEol: r.bool(0.9), want };
}

const STRAYS = [
  '(',
  ')',
  '"',
  '`',
  '[',
  ']',
  ',',
  '=>',
  '//',
  '/*',
  '\\',
  '\n',
  '\r',
  '\t',
  ' ',
  'require',
  '\u0000',
  'é',
];
const STRAYS2 = ['\ufeff', '"\\', '\\\n', ')\n', '(\n', 'x"y', '// indirect'];

/** Damage a document the way hand edits and bad merges do. */
function damage(text: string, r: R): string {
  for (let n = 1 + r.int(3); n > 0; n--) {
    const lines = text.split('\n');
    const i = r.int(lines.length);
    const op = r.int(8);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[i]!);
    else if (op === 2 && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
    else if (op === 3 && i + 1 < lines.length) lines.splice(i, 2, `${lines[i]!}${lines[i + 1]!}`);
    else if (op === 4) {
      text = text.slice(0, r.int(text.length + 1));
      continue;
    } else if (op === 5 || op === 6) {
      // Half of the strays land inside a quoted string, where the lexer is most fragile.
      const quotes = [...text.matchAll(/["`]/g)].map((m) => m.index + 1);
      const at = quotes.length > 0 && r.bool(0.5) ? r.pick(quotes) : r.int(text.length + 1);
      text = text.slice(0, at) + r.pick(r.bool(0.7) ? STRAYS : STRAYS2) + text.slice(at);
      continue;
    } else {
      const at = r.int(text.length + 1);
      text = text.slice(0, at) + text.slice(at + 1 + r.int(5));
      continue;
    }
    text = lines.join('\n');
  }
  return text;
}

function describeCase(run: number, source: string, extra = ''): string {
  return `run ${run} (FUZZ_SEED=${SEED})${extra}\n--- go.mod ---\n${source}\n--- end ---`;
}

/** A UserError for go.mod that points at a line (and column) that exists. */
function checkRefusal(run: number, source: string, e: unknown): void {
  if (!(e instanceof UserError))
    throw new Error(`${describeCase(run, source)}\nnot a UserError: ${(e as Error).stack}`, { cause: e });
  const { file, line, col } = e.position;
  const lines = source.split('\n');
  const ok =
    file === FILE &&
    line !== undefined &&
    Number.isInteger(line) &&
    line >= 1 &&
    line <= lines.length &&
    (col === undefined || (Number.isInteger(col) && col >= 1 && col <= lines[line - 1]!.length + 1)) &&
    /^go\.mod:\d+(:\d+)?: \S/.test(String(e));
  if (!ok) throw new Error(`${describeCase(run, source)}\nbad position in ${JSON.stringify(String(e))}`);
}

/** Invariants of any successful parse: tokens stay on their line, version spans hold the version. */
function checkParsed(run: number, source: string, mod: GoMod): void {
  const lineOf = (offset: number): number => source.slice(0, offset).split('\n').length;
  for (const q of mod.requires) {
    const span = source.slice(q.versionStart, q.versionEnd);
    const bad =
      lineOf(q.versionStart) !== q.line || span.includes('\n') || (!span.includes('\\') && span !== q.version);
    if (bad) throw new Error(`${describeCase(run, source)}\nrequire read wrongly: ${JSON.stringify(q)}`);
  }
}

function summary(mod: GoMod) {
  return {
    module: mod.module,
    go: mod.go,
    toolchain: mod.toolchain,
    replaces: mod.replaces,
    excludes: mod.excludes,
    retracts: mod.retracts,
    comments: mod.directives.map((d) => [d.verb, d.line, d.comment]),
  };
}

/** Random version edits: only version bytes change, and the file reads back with exactly those versions. */
function checkEdit(run: number, mod: GoMod, r: R, expected?: (versions: Map<string, string>) => string): void {
  const source = mod.source;
  const paths = [...new Set(mod.requires.map((q) => q.path))];
  const versions = new Map<string, string>();
  for (let k = 1 + r.int(4); k > 0 && paths.length > 0; k--) {
    const path = r.pick(paths);
    const current = mod.requires.find((q) => q.path === path)!.version;
    versions.set(path, r.bool(0.1) ? current : randomVersion(r));
  }
  if (r.bool(0.1)) versions.set('example.com/not/required', 'v1.0.0');
  const where = (): string => describeCase(run, source, `\nversions: ${JSON.stringify([...versions])}`);
  let result;
  try {
    result = setRequireVersions(mod, versions);
  } catch (e) {
    throw new Error(`${where()}\nsetRequireVersions threw: ${(e as Error).stack}`, { cause: e });
  }
  const { after: text, edits, changes } = result;
  const wantChanges = mod.requires
    .filter((q) => versions.has(q.path) && versions.get(q.path) !== q.version)
    .map((q) => ({ site: q.path, old: q.version, new: versions.get(q.path)!, line: q.line }));
  expect(changes, where()).toEqual(wantChanges);
  expect(edits.length, where()).toBe(wantChanges.length);
  // Outside the edits, byte for byte the same; each edit replaces one version token's characters.
  let s = 0;
  let t = 0;
  for (const [i, e] of [...edits].sort((a, b) => a.start - b.start).entries()) {
    expect(text.slice(t, t + e.start - s), where()).toBe(source.slice(s, e.start));
    t += e.start - s;
    const old = source.slice(e.start, e.end);
    expect(old.includes('\n') || (!old.includes('\\') && old !== wantChanges[i]!.old), where()).toBe(false);
    expect(text.slice(t, t + e.text.length), where()).toBe(wantChanges[i]!.new);
    t += e.text.length;
    s = e.end;
  }
  expect(text.slice(t), where()).toBe(source.slice(s));
  if (expected) expect(text, where()).toBe(expected(versions));
  // Reads back with the new versions, the same `// indirect` flags, replaces and everything else.
  const back = parseGoMod(text, FILE);
  expect(
    back.requires.map((q) => [q.path, q.version, q.indirect, q.line]),
    where(),
  ).toEqual(mod.requires.map((q) => [q.path, versions.get(q.path) ?? q.version, q.indirect, q.line]));
  expect(summary(back), where()).toEqual(summary(mod));
}

describe('go.mod fuzz', () => {
  it(
    `${RUNS} random go.mod files: exact parse and version edits, or a UserError at a line`,
    { timeout: 600_000 },
    () => {
      const r = rng(SEED);
      let parsedGenerated = 0;
      let parsedDamaged = 0;
      let refused = 0;
      let edited = 0;
      for (let run = 0; run < RUNS; run++) {
        const g = generate(r);
        const original = (slot: number): string => g.want.requires[slot]!.version;
        const generated = render(g, original);
        const damaged = r.bool(0.5);
        const source = damaged ? damage(generated, r) : generated;
        let mod: GoMod;
        try {
          mod = parseGoMod(source, FILE);
        } catch (e) {
          if (!damaged)
            throw new Error(`${describeCase(run, source)}\na valid go.mod was refused: ${String(e)}`, { cause: e });
          checkRefusal(run, source, e);
          refused++;
          continue;
        }
        checkParsed(run, source, mod);
        if (damaged) parsedDamaged++;
        else {
          parsedGenerated++;
          // The reader sees exactly what the generator wrote.
          const w = g.want;
          const where = describeCase(run, source);
          expect(mod.module, where).toEqual(w.module);
          expect([mod.go, mod.toolchain], where).toEqual([w.go, w.toolchain]);
          expect(
            mod.requires.map((q) => ({ path: q.path, version: q.version, indirect: q.indirect, line: q.line })),
            where,
          ).toEqual(w.requires);
          expect(mod.replaces, where).toEqual(w.replaces);
          expect(mod.excludes, where).toEqual(w.excludes);
          expect(mod.retracts, where).toEqual(w.retracts);
          expect(mod.directives.length, where).toBe(w.directives);
        }
        if (mod.requires.length === 0) continue;
        checkEdit(
          run,
          mod,
          r,
          damaged
            ? undefined
            : (versions) => render(g, (slot) => versions.get(g.want.requires[slot]!.path) ?? original(slot)),
        );
        edited++;
      }
      // Every outcome must be exercised for the run to mean anything.
      expect(parsedGenerated).toBeGreaterThan(RUNS / 3);
      expect(parsedDamaged).toBeGreaterThan(RUNS / 20);
      expect(refused).toBeGreaterThan(RUNS / 10);
      expect(edited).toBeGreaterThan(RUNS / 2);
    },
  );
});
