import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parse, parseDocument, type Node } from 'yaml';
import { UserError } from '@coco-release/core';
import { loadYaml } from '@coco-release/yaml-edit';
import { parseImageArg, planPin, type ImageArg, type MergeMode, type PinRequest } from '@coco-release/kustomize-image';
import { CAA, OPERATOR, REAL } from '../helpers/paths.js';
import { rng } from '../helpers/random.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * Fuzzing the `kustomize edit set image` argument parser and the kustomization editor.
 *
 * Arguments are built from parts (registries with ports, paths, tags, digests, `*`, `=`), then half of them
 * are damaged with stray characters. Each is checked against a reference oracle written here from
 * kustomize v5 (kustomize/commands/edit/set/setimage.go `parse`/`imageArgParse`: split at the first `=`;
 * api/internal/image/image.go `Split`: the `:`/`@` search starts at the first `/`, so a registry port is not
 * a tag) plus this project's stricter checks (documented in image-arg.ts): no empty or `*` names, no
 * whitespace, `=`, `@` or control characters in names, no tag or digest on the name before `=`, tags
 * [a-zA-Z0-9._-]+, digests sha256:<64 lowercase hex>. The parser must agree: the same fields (which
 * reassemble into the argument) or a UserError naming one of the problems the oracle sees.
 *
 * Then random valid images are pinned into the real kustomizations (as they are, with CRLF, without a final
 * newline, without images or with `images: []`): only bytes of the `images:` block change (or an `images:`
 * appended at the end), the file re-reads with exactly the entry kustomize's RunSetImage rules give, and
 * nothing else moves; or a UserError for the file.
 *
 * 3000 arguments and 1500 pins in `npm run fuzz`, a tenth in `npm test` (test/helpers/runs.ts), fixed seed
 * FUZZ_SEED (default 20261121).
 */
const RUNS = loopRuns(3000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261121);

type R = ReturnType<typeof rng>;

const REGISTRIES = [
  '',
  '',
  'quay.io/',
  'ghcr.io/',
  'docker.io/',
  'localhost:5000/',
  '192.168.122.1:5000/',
  'registry.example.com:443/',
  '[::1]:5000/',
];
const COMPONENTS = [
  'confidential-containers',
  'cloud-api-adaptor',
  'kata-deploy',
  'operator',
  'my_image',
  'a',
  'x.y',
  'nginx',
  'library',
  'UPPER',
  'ünï',
  '*',
];
const TAGS = ['latest', 'v0.17.0', 'dev-a5f49248', '1234', '3.2e2', '1.0', '_x', '-x', '.x', 'A_b-c.d', 'true', '*'];
const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';
const GARBAGE = [
  ':',
  '@',
  '=',
  '/',
  ' ',
  '\t',
  '\n',
  '*',
  '#',
  '"',
  "'",
  '\u0000',
  '\u007f',
  'é',
  'A',
  'sha256:',
  'sha512:',
  '..',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '{',
  '$',
  '%',
  '::',
  '@@',
  '==',
  '+',
  '~',
  '!',
  '^',
  ',',
  'G',
  '9',
];

function hex(r: R, n: number): string {
  return Array.from({ length: n }, () => '0123456789abcdef'[r.int(16)]).join('');
}

function randomName(r: R): string {
  const parts = Array.from({ length: 1 + r.int(3) }, () => r.pick(COMPONENTS));
  return r.pick(REGISTRIES) + parts.join('/');
}
function randomTag(r: R): string {
  return r.bool(0.6)
    ? r.pick(TAGS)
    : Array.from({ length: 1 + r.int(20) }, () => TAG_CHARS[r.int(TAG_CHARS.length)]).join('');
}
function randomDigest(r: R): string {
  return r.bool(0.1) ? '*' : `sha256:${hex(r, 64)}`;
}

/** A well-formed argument, in one of the forms kustomize documents. */
function validArg(r: R, name = randomName(r)): string {
  const tag = r.bool(0.75) ? randomTag(r) : undefined;
  const digest = tag === undefined || r.bool(0.25) ? randomDigest(r) : undefined;
  const ref = `${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
  if (r.bool(0.5)) return name + ref;
  const newName = r.bool(0.15) ? '*' : randomName(r);
  return `${name}=${newName}${r.bool(0.15) ? '' : ref}`;
}

function damage(arg: string, r: R): string {
  for (let n = 1 + r.int(3); n > 0; n--) {
    const at = r.int(arg.length + 1);
    const op = r.int(7);
    if (op <= 1) arg = arg.slice(0, at) + r.pick(GARBAGE) + arg.slice(at);
    else if (op === 6) arg = arg.slice(0, at) + arg.slice(at, at + 8).toUpperCase() + arg.slice(at + 8);
    else if (op === 2) arg = arg.slice(0, at) + arg.slice(at + 1 + r.int(4));
    else if (op === 3) arg = arg.slice(0, at);
    else if (op === 4) arg = `${r.pick([' ', '\t', '\n', ''])}${arg}${r.pick([' ', '\r\n', ''])}`;
    else arg = arg.slice(0, at) + arg.slice(r.int(arg.length + 1));
  }
  return arg;
}

interface Meaning {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}
type Problem = 'required' | 'format' | 'name-ref' | 'name' | 'new-name' | 'tag' | 'digest';

/** image.Split: `[[host[:port]/]component/]component[:tag][@digest]`, written independently of splitImage. */
function kustomizeSplit(ref: string): { name: string; tag?: string; digest?: string } {
  const slash = ref.indexOf('/');
  const host = slash > 0 ? ref.slice(0, slash) : '';
  const m = /^([^:@]*)(?::([^@]*))?(?:@([\s\S]*))?$/.exec(ref.slice(host.length))!;
  return {
    name: host + m[1]!,
    ...(m[2] === undefined ? {} : { tag: m[2] }),
    ...(m[3] === undefined ? {} : { digest: m[3] }),
  };
}

const badName = (s: string): boolean => s === '' || /[\s=@\u0000-\u001f\u007f]/.test(s);

/** What the argument means, or every problem this project refuses it for. */
function oracle(input: string): Meaning | Set<Problem> {
  const text = input.trim();
  if (text === '') return new Set(['required']);
  const eq = text.indexOf('=');
  const key = eq < 0 ? undefined : text.slice(0, eq);
  const cut = kustomizeSplit(eq < 0 ? text : text.slice(eq + 1));
  // kustomize: `name == arg` (no `=`, no tag, no digest) is errImageInvalidArgs.
  if (key === undefined && cut.tag === undefined && cut.digest === undefined) return new Set(['format']);
  const problems = new Set<Problem>();
  if (key !== undefined) {
    const k = kustomizeSplit(key);
    if (k.tag !== undefined || k.digest !== undefined) problems.add('name-ref');
    if (cut.name !== '*' && badName(cut.name)) problems.add('new-name');
  }
  const name = key ?? cut.name;
  if (name === '*' || badName(name)) problems.add('name');
  if (cut.tag !== undefined && cut.tag !== '*' && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(cut.tag))
    problems.add('tag');
  if (cut.digest !== undefined && cut.digest !== '*' && !/^sha256:[0-9a-f]{64}$/.test(cut.digest))
    problems.add('digest');
  if (problems.size > 0) return problems;
  return {
    name,
    ...(key === undefined ? {} : { newName: cut.name }),
    ...(cut.tag === undefined ? {} : { newTag: cut.tag }),
    ...(cut.digest === undefined ? {} : { digest: cut.digest }),
  };
}

/** What a message about each problem says (after `image '<argument>': `). */
const MESSAGES: Record<Problem, RegExp> = {
  required: /^input 'image' is required$/,
  format: /^invalid format; use NAME=NEWNAME:TAG, /,
  'name-ref': /^the name before = must not carry a tag or digest/,
  name: /^(the image name is empty|invalid image name '[\s\S]*'|the image name cannot be \*)$/,
  'new-name': /^(the new name is empty|invalid new name '[\s\S]*')$/,
  tag: /^(the tag after : is empty|invalid tag '[\s\S]*': (a tag may contain only letters, digits, '\.', '_' and '-'|a tag is at most 128 characters long, this one has \d+|a tag must start with a letter, a digit or '_'))$/,
  digest:
    /^(the digest after @ is empty|invalid digest '[\s\S]*': expected sha256: followed by 64 lowercase hex digits)$/,
};

function reassemble(a: ImageArg): string {
  const name = a.newName === undefined ? a.name : `${a.name}=${a.newName}`;
  return `${name}${a.newTag === undefined ? '' : `:${a.newTag}`}${a.digest === undefined ? '' : `@${a.digest}`}`;
}

function checkArg(run: number, input: string): ImageArg | undefined {
  const want = oracle(input);
  const where = `run ${run} (FUZZ_SEED=${SEED}): image ${JSON.stringify(input)}`;
  let got: ImageArg;
  try {
    got = parseImageArg(input);
  } catch (e) {
    if (!(e instanceof UserError)) throw new Error(`${where}: not a UserError: ${(e as Error).stack}`, { cause: e });
    if (!(want instanceof Set))
      throw new Error(`${where}: refused (${e.message}), the oracle reads ${JSON.stringify(want)}`, { cause: e });
    const prefix = `image '${input.trim()}': `;
    const problem = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    const explained = [...want].some((p) => MESSAGES[p].test(problem));
    if (!explained)
      throw new Error(`${where}: message ${JSON.stringify(e.message)} is not about ${[...want].join(', ')}`, {
        cause: e,
      });
    return undefined;
  }
  if (want instanceof Set)
    throw new Error(`${where}: accepted as ${JSON.stringify(got)}, the oracle refuses it (${[...want].join(', ')})`);
  expect({ ...got }, where).toEqual({ text: input.trim(), ...want });
  expect(reassemble(got), where).toBe(input.trim());
  return got;
}

// --- pins ---

function kustomizations(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) =>
      statSync(join(dir, n)).isDirectory()
        ? kustomizations(join(dir, n))
        : n === 'kustomization.yaml'
          ? [join(dir, n)]
          : [],
    );
}
const FILES = [
  ...kustomizations(join(CAA, 'src/cloud-api-adaptor/install/overlays')),
  ...kustomizations(join(OPERATOR, 'config')),
].map((f) => ({ path: relative(REAL, f), text: readFileSync(f, 'utf8') }));

type Entry = Record<string, string>;
type Doc = Record<string, unknown> & { images?: Entry[] | null | '' };

/** The span of the top-level `images:` field: from its line start to the end of the line its value ends on. */
function imagesSpan(src: string): [number, number] | undefined {
  const doc = parseDocument(src);
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'images');
  if (!pair) return undefined;
  const keyStart = (pair.key as Node).range![0];
  const value = pair.value as Node | null;
  let end = value?.range ? value.range[1] : (pair.key as Node).range![1];
  while (end > keyStart && /\s/.test(src[end - 1]!)) end--;
  const nl = src.indexOf('\n', end);
  return [src.lastIndexOf('\n', keyStart - 1) + 1, nl < 0 ? src.length : nl + 1];
}

/** Entries the real files do not have: comments, quoting, flow style, tagSuffix, empty values. */
function extraEntry(r: R, pad: string): string {
  const plain = (v: string): string => (/^[a-z0-9][\w./:-]*$/i.test(v) ? v : JSON.stringify(v));
  const name = plain(randomName(r));
  const k = `${pad}  `;
  switch (r.int(7)) {
    case 0:
      return `${pad}- name: ${name}\n${k}newTag: "${r.int(10000)}" # pinned\n`;
    case 1:
      return `${pad}- name: ${name}\n${k}tagSuffix: -fips\n`;
    case 2:
      return `${pad}- {name: ${name}, newTag: v1}\n`;
    case 3:
      return `${pad}- name: ${name}\n${k}# a comment\n${k}newName: x/y\n${k}digest: sha256:${hex(r, 64)}\n`;
    case 4:
      return `${pad}- name: ${name}\n${k}newTag:\n`;
    case 5:
      return `${pad}- name: ${name}\n${k}newName: 'q/x' # keep\n${k}newTag: ${plain(randomTag(r))}\n`;
    default:
      return `${pad}# end of images\n`;
  }
}

/**
 * Variants of a real kustomization: as is, with extra entries, without images, with `images: []`, CRLF,
 * no final newline.
 */
function variant(src: string, r: R): string {
  const span = imagesSpan(src);
  const roll = r.next();
  if (span && roll < 0.15) src = src.slice(0, span[0]) + src.slice(span[1]);
  else if (span && roll < 0.25)
    src = `${src.slice(0, span[0])}images: ${r.pick(['[]', '~', ''])}\n${src.slice(span[1])}`;
  else if (span && roll < 0.6) {
    const pad = /\n( *)- /.exec(src.slice(span[0], span[1]))?.[1];
    if (pad !== undefined) {
      const extras = Array.from({ length: 1 + r.int(3) }, () => extraEntry(r, pad)).join('');
      const head = src.indexOf('\n', span[0]) + 1;
      const at = r.bool(0.5) ? head : span[1];
      const tail = src.slice(0, at).endsWith('\n') ? '' : '\n';
      src = `${src.slice(0, at)}${tail}${extras}${src.slice(at)}`;
    }
  }
  if (r.bool(0.1)) src = src.replace(/\n+$/, '');
  if (r.bool(0.25)) src = src.replace(/\n/g, '\r\n');
  return src;
}

const FIELDS = ['newName', 'newTag', 'digest'] as const;

/** kustomize RunSetImage (`replace`: the argument replaces the entry, `*` takes the file's value), or `fields`. */
function expectedEntry(before: Entry | undefined, req: PinRequest, mode: MergeMode): Entry {
  const out: Entry = { name: req.name };
  if (mode === 'fields' && before?.['tagSuffix'] !== undefined) out['tagSuffix'] = before['tagSuffix'];
  for (const f of FIELDS) {
    const want = req[f];
    const value = want === '*' ? before?.[f] : (want ?? (mode === 'fields' ? before?.[f] : undefined));
    if (value !== undefined) out[f] = value;
  }
  return out;
}

function checkPin(run: number, r: R): 'pinned' | 'refused' | 'skipped' {
  const file = r.pick(FILES);
  const src = variant(file.text, r);
  const original = parse(src, { schema: 'failsafe' }) as Doc | null;
  const entries = Array.isArray(original?.images) ? original.images : [];
  const names = entries.map((e) => e['name']!);
  const name = names.length > 0 && r.bool(0.6) ? r.pick(names) : randomName(r);
  let arg: ImageArg;
  try {
    arg = parseImageArg(validArg(r, name));
  } catch {
    return 'skipped'; // the generated name was refused (e.g. `*`): checkArg covers that
  }
  const req: PinRequest = { name: arg.name, newName: arg.newName, newTag: arg.newTag, digest: arg.digest };
  const mode: MergeMode = r.bool(0.5) ? 'fields' : 'replace';
  const where = `run ${run} (FUZZ_SEED=${SEED}): pin ${JSON.stringify(arg.text)} (${mode}) in ${file.path}\n--- source ---\n${src}\n--- end ---`;
  let text: string;
  try {
    text = planPin(loadYaml(src, 'kustomization.yaml'), req, mode).after;
  } catch (e) {
    if (!(e instanceof UserError)) throw new Error(`${where}\nnot a UserError: ${(e as Error).stack}`, { cause: e });
    expect(String(e), where).toMatch(/^kustomization\.yaml(:\d+(:\d+)?)?: \S/);
    return 'refused';
  }
  // Only the images block changes; without one, the new block is appended at the end.
  const span = imagesSpan(src);
  if (span) {
    expect(text.slice(0, span[0]), where).toBe(src.slice(0, span[0]));
    expect(text.slice(text.length - (src.length - span[1])), where).toBe(src.slice(span[1]));
    expect(text.length - (src.length - span[1]), where).toBeGreaterThanOrEqual(span[0]);
  } else expect(text.startsWith(src), where).toBe(true);

  // It re-reads with exactly kustomize's entry, at the same place, and nothing else changed.
  const after = parse(text, { schema: 'failsafe' }) as Doc;
  const images = after.images;
  expect(Array.isArray(images), where).toBe(true);
  const hits = (images as Entry[]).flatMap((e, i) => (e['name'] === req.name ? [i] : []));
  expect(hits.length, where).toBe(1);
  const before = entries.findIndex((e) => e['name'] === req.name);
  const at = hits[0]!;
  expect(images![at], where).toEqual(expectedEntry(entries[before], req, mode));
  expect(at, where).toBe(before >= 0 ? before : entries.length);
  const rest = (doc: Doc | null, index: number): Doc => {
    const list = Array.isArray(doc?.images) ? doc.images.filter((_, i) => i !== index) : [];
    return { ...doc, images: list };
  };
  expect(rest(after, at), where).toEqual(rest(original, before));
  return 'pinned';
}

describe('image argument and pin fuzz', () => {
  it(`${RUNS} random image arguments agree with the kustomize oracle`, { timeout: 600_000 }, () => {
    const r = rng(SEED);
    let accepted = 0;
    let refused = 0;
    for (let run = 0; run < RUNS; run++) {
      const valid = validArg(r);
      const input = r.bool(0.5) ? damage(valid, r) : valid;
      if (checkArg(run, input)) accepted++;
      else refused++;
    }
    expect(accepted).toBeGreaterThan(RUNS / 4);
    expect(refused).toBeGreaterThan(RUNS / 4);
  });

  const PINS = Math.ceil(RUNS / 2);
  it(`${PINS} random pins into the real kustomizations touch only the images block`, { timeout: 600_000 }, () => {
    const r = rng(SEED + 1);
    const outcomes = { pinned: 0, refused: 0, skipped: 0 };
    for (let run = 0; run < PINS; run++) outcomes[checkPin(run, r)]++;
    expect(outcomes.pinned).toBeGreaterThan(PINS / 2);
  });
});
