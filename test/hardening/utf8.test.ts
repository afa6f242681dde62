import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8Offset } from '@coco-release/core';
import { annotations, runBundle } from '../helpers/bundle.js';
import { CAA } from '../helpers/paths.js';
import { snapshotTree, workspace } from '../helpers/workspace.js';
import { loopRuns } from '../helpers/runs.js';

/**
 * Issue 13, invalid UTF-8: a file with bytes that are not UTF-8 was decoded with U+FFFD in their place and,
 * when edited, written back that way (the bytes lost, exit 0). Every action now refuses such a file with the
 * byte offset and line, and writes nothing.
 */

const MESSAGE = (file: string, offset: number, line: number, byte: string) =>
  `::error file=${file},line=${line}::${file}:${line}: not valid UTF-8 at byte offset ${offset} (line ${line}): byte 0x${byte}; the file must be UTF-8 text, nothing was written`;

/** A workspace file written as raw bytes. */
function withBytes(ws: string, path: string, parts: (string | number[])[]): void {
  writeFileSync(
    join(ws, path),
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))),
  );
}

describe('the actions refuse a file that is not UTF-8 and write nothing', () => {
  it.each([
    ['a stray byte', [0xff], 'ff'],
    ['an overlong form', [0xc0, 0xaf], 'c0'],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 'ed'],
    ['a Latin-1 é', [0xe9, 0x20], 'e9'],
  ])('bump-versions-yaml: %s far from the edited value', async (_, bytes, hex) => {
    const ws = workspace();
    withBytes(ws, 'versions.yaml', ['pin: v1\n# caf', bytes, ' comment\nother: 2\n']);
    const before = snapshotTree(ws);
    const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.pin=v2' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([MESSAGE('versions.yaml', 13, 2, hex)]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('bump-versions-yaml: a sequence cut short by the end of the file', async () => {
    const ws = workspace();
    withBytes(ws, 'versions.yaml', ['pin: v1\n# €', [0xe2, 0x82]]);
    const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.pin=v2' }, { workspace: ws });
    expect(annotations(r.stdout)).toEqual([MESSAGE('versions.yaml', 13, 2, 'e2')]);
  });

  it('pin-kustomize-image: one bad overlay among the real ones stops every write', async () => {
    const dir = 'src/cloud-api-adaptor/install/overlays';
    const ws = workspace({}, { [dir]: join(CAA, dir) });
    const aws = `${dir}/aws/kustomization.yaml`;
    withBytes(ws, aws, ['# \u00e9t\u00e9 ', [0xe9, 0x74, 0xe9], '\n', snapshotTree(ws)[aws]!]);
    const before = snapshotTree(ws);
    const r = await runBundle(
      'pin-kustomize-image',
      { files: `${dir}/*`, image: 'cloud-api-adaptor=*:0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d' },
      { workspace: ws },
    );
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([MESSAGE(aws, 8, 1, 'e9')]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('tag-go-submodules prepare: a go.mod that is not UTF-8', async () => {
    const ws = workspace({ 'go.mod': 'module example.com/m\n\ngo 1.22\n' });
    withBytes(ws, 'go.mod', ['module example.com/m\n\n// caf', [0xe9], '\ngo 1.22\n']);
    const before = snapshotTree(ws);
    const r = await runBundle('tag-go-submodules', { version: 'v0.9.0', mode: 'prepare' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([MESSAGE('go.mod', 28, 3, 'e9')]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('check-snapshotter-parity: a local source that is not UTF-8', async () => {
    const ws = workspace({ 'b.yaml': 'v: v1\n' });
    withBytes(ws, 'a.yaml', ['v: v1', [0x80], '\n']);
    const r = await runBundle('check-snapshotter-parity', { sources: 'a=a.yaml#.v\nb=b.yaml#.v' }, { workspace: ws });
    expect(r.code).toBe(1);
    expect(annotations(r.stdout)).toEqual([
      "::error file=a.yaml,line=1::a.yaml:1: source 'a': not valid UTF-8 at byte offset 5 (line 1): byte 0x80; the file must be UTF-8 text, nothing was written",
    ]);
  });
});

describe('invalidUtf8Offset', () => {
  it('agrees with a strict decoder on random bytes, and points at the first bad sequence', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const valid = (b: Uint8Array): boolean => {
      try {
        strict.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    // Bytes biased towards the interesting ranges (continuation, lead bytes of every length, invalid leads).
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (arr) => {
        const b = Uint8Array.from(arr);
        const at = invalidUtf8Offset(b);
        if (valid(b)) return at === -1;
        // Everything before the offset is valid; the sequence starting there is not (whatever follows).
        return at >= 0 && valid(b.subarray(0, at)) && !valid(b.subarray(at, at + 4)) && !valid(b.subarray(at));
      }),
      { numRuns: loopRuns(5000) },
    );
  });

  it('accepts every code point, the largest and the smallest of each length', () => {
    const text = '\u0000\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff\u{10000}\u{10ffff}';
    expect(invalidUtf8Offset(Buffer.from(text))).toBe(-1);
  });
});
