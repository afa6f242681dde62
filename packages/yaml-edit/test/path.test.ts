import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from '../src/path.js';

describe('parsePath', () => {
  it('reads keys, indices, selectors and quoted keys', () => {
    expect(parsePath('.externals.coco-trustee.version')).toEqual([
      { kind: 'key', key: 'externals' },
      { kind: 'key', key: 'coco-trustee' },
      { kind: 'key', key: 'version' },
    ]);
    expect(parsePath('.images[name=kbs].newTag')).toEqual([
      { kind: 'key', key: 'images' },
      { kind: 'match', key: 'name', value: 'kbs' },
      { kind: 'key', key: 'newTag' },
    ]);
    expect(parsePath('.dependencies[0].version')).toEqual([
      { kind: 'key', key: 'dependencies' },
      { kind: 'index', index: 0 },
      { kind: 'key', key: 'version' },
    ]);
    expect(parsePath('."key.with.dots".x')).toEqual([
      { kind: 'key', key: 'key.with.dots' },
      { kind: 'key', key: 'x' },
    ]);
    expect(parsePath(".'it''s'")).toEqual([{ kind: 'key', key: "it's" }]);
    expect(parsePath('.cloudimg.rhel.9')).toEqual([
      { kind: 'key', key: 'cloudimg' },
      { kind: 'key', key: 'rhel' },
      { kind: 'key', key: '9' },
    ]);
    expect(parsePath('.[1]')).toEqual([{ kind: 'index', index: 1 }]);
    expect(parsePath('.images[name="quay.io/x:y"]')).toEqual([
      { kind: 'key', key: 'images' },
      { kind: 'match', key: 'name', value: 'quay.io/x:y' },
    ]);
    expect(parsePath('.images[name=quay.io/kata-containers/kata-deploy]')).toEqual([
      { kind: 'key', key: 'images' },
      { kind: 'match', key: 'name', value: 'quay.io/kata-containers/kata-deploy' },
    ]);
    expect(parsePath('.')).toEqual([]);
  });

  it.each([
    ['externals', "invalid path 'externals': expected '.' at the start of the path at character 1"],
    ['.a..b', "invalid path '.a..b': expected a key after . at character 4"],
    ['.a[', "invalid path '.a[': expected an index or key=value at character 4"],
    ['.a[name]', "invalid path '.a[name]': expected '=' in the selector [name…] at character 8"],
    ['.a[name=x', "invalid path '.a[name=x': expected ']' to close the selector at character 10"],
    ['."a', `invalid path '."a': expected a closing " at character 2`],
    ['.a b', "invalid path '.a b': expected '.' or '[' at character 3"],
  ])('rejects %s', (path, message) => {
    expect(() => parsePath(path)).toThrow(message);
  });

  it('formats paths that parse back to the same segments', () => {
    for (const p of ['.a.b', '.images[name=kbs].newTag', '."key.with.dots"', '.a[0][1]', '.a[name="x y"]', '.']) {
      expect(parsePath(formatPath(parsePath(p)))).toEqual(parsePath(p));
      expect(formatPath(parsePath(p))).toBe(p);
    }
  });
});
