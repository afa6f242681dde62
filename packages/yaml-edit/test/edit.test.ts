import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYaml, loadYaml, parseAssignment, readScalar, type ScalarSet } from '../src/index.js';
import { thrown } from '../../../test/helpers/errors.js';

const edit = (source: string, sets: ScalarSet[], allowCreate = false): string =>
  editYaml(loadYaml(source, 'f.yaml'), sets, { allowCreate }).after;
const set = (path: string, value: string, comment?: string): ScalarSet =>
  comment === undefined ? { path, value } : { path, value, comment };

describe('types survive', () => {
  it.each([
    ['3.10', '"3.10"'],
    ['1234567', '"1234567"'],
    ['yes', '"yes"'],
    ['on', '"on"'],
    ['y', '"y"'],
    ['010', '"010"'],
    ['1e3', '"1e3"'],
    ['1_000', '"1_000"'],
    ['1:20', '"1:20"'],
    ['2026-01-01', '"2026-01-01"'],
    ['null', '"null"'],
    ['', '""'],
    ['a: b', '"a: b"'],
    ['a #b', '"a #b"'],
    ['v0.15.2', 'v0.15.2'],
    ['1.10.0', '1.10.0'],
    ['quay.io/kata-containers/kata-deploy', 'quay.io/kata-containers/kata-deploy'],
  ])('writes %j into a plain string field as %s', (value, written) => {
    expect(edit('tools:\n  golang: 1.25.13 # go\n', [set('.tools.golang', value)])).toBe(
      `tools:\n  golang: ${written} # go\n`,
    );
  });

  it('keeps double and single quote styles', () => {
    expect(edit('a: "x"\nb: \'y\'\n', [set('.a', "it's"), set('.b', "it's")])).toBe(`a: "it's"\nb: 'it''s'\n`);
    expect(edit('a: "x"\n', [set('.a', 'say "hi"\\')])).toBe('a: "say \\"hi\\"\\\\"\n');
  });

  it('keeps numbers and booleans typed when the new value is of that type', () => {
    expect(edit('replicas: 3\nenabled: true\n', [set('.replicas', '4'), set('.enabled', 'false')])).toBe(
      'replicas: 4\nenabled: false\n',
    );
  });

  it('quotes a value in a flow sequence when a flow reader would split it', () => {
    expect(edit('a: [x, y]\n', [set('.a[1]', 'p,q')])).toBe('a: [x, "p,q"]\n');
  });

  it('fills an empty value', () => {
    expect(edit('a:\nb: 1\n', [set('.a', 'v1')])).toBe('a: v1\nb: 1\n');
  });
});

describe('byte-exact layout', () => {
  it('keeps CRLF line endings, comments and document markers', () => {
    const src = '# head\r\n---\r\na: 1 # one\r\n\r\nb:\r\n  c: "x"   # trailing\r\n...\r\n';
    expect(edit(src, [set('.b.c', 'y'), set('.a', '2')])).toBe(
      '# head\r\n---\r\na: 2 # one\r\n\r\nb:\r\n  c: "y"   # trailing\r\n...\r\n',
    );
  });

  it('edits through selectors and integer keys', () => {
    const src = 'images:\n- name: a # first\n  newTag: v1\n- name: b\n  newTag: v2\nrhel:\n  9:\n    url: x\n';
    expect(edit(src, [set('.images[name=b].newTag', 'v3'), set('.rhel.9.url', 'z')])).toBe(
      'images:\n- name: a # first\n  newTag: v1\n- name: b\n  newTag: v3\nrhel:\n  9:\n    url: z\n',
    );
  });

  it('is a no-op when the value is already set', () => {
    const r = editYaml(loadYaml('a: "v1"\n', 'f.yaml'), [set('.a', 'v1')]);
    expect(r.changes).toEqual([]);
    expect(r.unchanged).toEqual([{ site: '.a', old: 'v1', new: 'v1', line: 1 }]);
    expect(r.after).toBe('a: "v1"\n');
  });
});

describe('inline comments', () => {
  it('replaces, adds and removes the comment after a value', () => {
    expect(edit('ref: abc # v4.0.0\n', [set('.ref', 'def', 'v4.1.0')])).toBe('ref: def # v4.1.0\n');
    expect(edit('ref: abc\n', [set('.ref', 'def', 'v4.1.0')])).toBe('ref: def # v4.1.0\n');
    expect(edit('ref: abc  # v4.0.0\nx: 1\n', [set('.ref', 'abc', '')])).toBe('ref: abc\nx: 1\n');
    expect(edit('ref: abc # v4.1.0\n', [set('.ref', 'abc', 'v4.1.0')])).toBe('ref: abc # v4.1.0\n');
  });

  it('refuses a comment where more YAML follows on the line', () => {
    expect(thrown(() => edit('a: [x, y]\n', [set('.a[0]', 'z', 'c')]))).toBe(
      'f.yaml:1:5: .a[0]: cannot put a comment after this value: more YAML follows it on the same line',
    );
  });
});

describe('allow-create', () => {
  it('adds missing keys at the end of their mapping, nested as needed, in the file indentation', () => {
    const src = 'a:\n    b: 1\n    # about c\nc: 2\n';
    expect(edit(src, [set('.a.x', 'new'), set('.a.w.z', '3.10'), set('.d', 'v', 'note')], true)).toBe(
      'a:\n    b: 1\n    x: new\n    w:\n        z: "3.10"\n    # about c\nc: 2\nd: v # note\n',
    );
  });

  it('adds a key to a file without a trailing newline', () => {
    expect(edit('a: 1', [set('.b', '2')], true)).toBe('a: 1\nb: "2"');
  });

  it('refuses to create keys without allow-create, in flow mappings, or as sequence items', () => {
    expect(thrown(() => edit('a:\n  b: 1\n', [set('.a.c', '1')]))).toBe(
      "f.yaml:2:3: .a.c: no key 'c' in the mapping at line 2 (set allow-create to add it)",
    );
    expect(thrown(() => edit('a: {b: 1}\n', [set('.a.c', '1')], true))).toBe(
      'f.yaml:1:4: .a.c: cannot add a key to the flow mapping at line 1; only block mappings can grow',
    );
    expect(thrown(() => edit('a:\n  b: 1\n', [set('.x[0]', '1')], true))).toBe(
      'f.yaml:1:1: .x[0]: cannot create .x[0]: only mapping keys can be created, not sequence items',
    );
  });
});

describe('errors name the file, line and problem, and report every bad request at once', () => {
  const src =
    'images:\n- name: a\n  newTag: v1\n- name: a\n  newTag: v2\nmap:\n  k: v\nanchor: &x v\nalias: *x\nblock: |\n  text\n';
  const errorOf = (sets: ScalarSet[]): string => {
    try {
      edit(src, sets);
    } catch (e) {
      return String(e);
    }
    throw new Error('expected an error');
  };

  it.each([
    [
      set('.images[name=b].newTag', 'x'),
      'f.yaml:2:1: .images[name=b].newTag: no item of the sequence at line 2 has name=b',
    ],
    [
      set('.images[name=a].newTag', 'x'),
      'f.yaml:2:1: .images[name=a].newTag: 2 items of the sequence at line 2 have name=a (lines 2, 4); a selector must match exactly one',
    ],
    [set('.map', 'x'), 'f.yaml:7:3: .map is a mapping, not a scalar value; give the path of a value inside it'],
    [set('.images[5]', 'x'), 'f.yaml:2:1: .images[5]: index 5 is out of range: the sequence at line 2 has 2 items'],
    [set('.map.k.deeper', 'x'), 'f.yaml:7:6: .map.k.deeper: expected a mapping at .map.k, found a scalar'],
    [set('.alias', 'x'), 'f.yaml:9:8: .alias is an alias (*x); edit the anchored value instead'],
    [
      set('.anchor', 'x'),
      'f.yaml:8:12: .anchor carries the anchor &x, which *x reuses at line 9; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)',
    ],
    [set('.block', 'x'), 'f.yaml:10:8: .block is a block scalar (| or >); only plain and quoted values can be set'],
    [set('.map.k', 'a\nb'), 'f.yaml: .map.k: a value must be a single line'],
  ])('%j', (request, message) => {
    expect(errorOf([request])).toBe(message);
  });

  it('reports all problems together, with their origin', () => {
    expect(
      errorOf([
        { path: '.nope', value: '1', origin: 'set line 1' },
        { path: '.map.k', value: '2', origin: 'set line 2' },
        { path: '.map.k', value: '3', origin: 'set line 3' },
      ]),
    ).toBe(
      "f.yaml:1:1: set line 1: .nope: no key 'nope' in the mapping at line 1 (set allow-create to add it)\n" +
        'f.yaml: set line 3: .map.k is set twice: an earlier request (set line 2) already sets .map.k',
    );
  });

  it('names the line of invalid YAML', () => {
    expect(thrown(() => loadYaml('a: 1\nb: [\n', 'bad.yaml'))).toMatch(/^bad\.yaml:3:1: invalid YAML: /);
    expect(thrown(() => loadYaml('a: 1\n  b: 2\n', 'bad.yaml'))).toMatch(/^bad\.yaml:1:4: invalid YAML: /);
  });
});

describe('parseAssignment', () => {
  it.each([
    ['.a.b=1', { path: '.a.b', value: '1' }],
    ['.images[name=kbs].newTag=v1', { path: '.images[name=kbs].newTag', value: 'v1' }],
    ['."a=b".c = x y ', { path: '."a=b".c', value: 'x y' }],
    ['.ref=abc # v4.1.0', { path: '.ref', value: 'abc', comment: 'v4.1.0' }],
    ['.ref=abc #', { path: '.ref', value: 'abc', comment: '' }],
    ['.ref=a#b', { path: '.ref', value: 'a#b' }],
    ['.ref=" # kept "', { path: '.ref', value: ' # kept ' }],
    [".ref='it''s' # c", { path: '.ref', value: "it's", comment: 'c' }],
    ['.ref=', { path: '.ref', value: '' }],
  ])('%s', (line, expected) => {
    expect(parseAssignment(line, 'set line 1')).toEqual({ ...expected, origin: 'set line 1' });
  });

  it.each([
    ['no-equals', "set line 1: expected PATH=VALUE, got 'no-equals'"],
    ['=x', "set line 1: expected PATH=VALUE, got '=x'"],
    ['.a="x', `set line 1: the value's closing " is missing in '.a="x'`],
    ['.a="x" y', `set line 1: unexpected text after the quoted value in '.a="x" y'`],
  ])('rejects %s', (line, message) => {
    expect(() => parseAssignment(line, 'set line 1')).toThrow(message);
  });
});

describe('readScalar', () => {
  it('follows aliases and merge keys', () => {
    const f = loadYaml('base: &b\n  version: v1\nx:\n  <<: *b\n  other: 2\ny: *b\n', 'f.yaml');
    expect(readScalar(f, '.x.version')).toEqual({ value: 'v1', line: 2, col: 12 });
    expect(readScalar(f, '.y.version').value).toBe('v1');
    expect(thrown(() => readScalar(f, '.x'))).toBe('f.yaml:4:3: .x is a mapping, not a scalar value');
  });

  it('reads a value that re-parses as what the edit wrote', () => {
    const text = edit('a: 1.0\n', [set('.a', 'yes')]);
    expect(parse(text)).toEqual({ a: 'yes' });
  });
});

describe('readScalar returns values as written', () => {
  it('keeps a plain number or date as its text', () => {
    const f = loadYaml('a: 1.10\nb: 0x1F\nc: 2026-01-01\nd: true\n', 'f.yaml');
    expect(['.a', '.b', '.c', '.d'].map((p) => readScalar(f, p).value)).toEqual(['1.10', '0x1F', '2026-01-01', 'true']);
  });
});

describe('issue 12 reproductions', () => {
  it('refuses invalid YAML instead of editing around it', () => {
    for (const src of ['version: 1.0.0\nlist: ]\n', 'version: 1.0.0\nc: [-, -]\n', 'version: 1.0.0\nx: ,a\n']) {
      expect(thrown(() => edit(src, [set('.version', '2.0.0')]))).toMatch(/^f\.yaml:\d+:\d+: invalid YAML: /);
    }
    expect(thrown(() => edit('version: 1.0.0\nlist: ]\n', [set('.version', '2.0.0')]))).toBe(
      'f.yaml:2:7: invalid YAML: Unexpected flow-seq-end token in YAML stream: "]"',
    );
  });

  it('fills an empty sequence item the same way whatever else the file holds', () => {
    expect(edit('a:\n- \n- b\n', [set('.a[0]', 'x')])).toBe('a:\n- x\n- b\n');
    expect(edit('a:\n- \n- b\nz: &q 1\n', [set('.a[0]', 'x')])).toBe('a:\n- x\n- b\nz: &q 1\n');
    expect(edit('a:\n  -   # first\n  - b\n', [set('.a[0]', 'x')])).toBe('a:\n  - x   # first\n  - b\n');
  });

  it('writes a value after the anchor of an empty value', () => {
    expect(edit('a: 1\nb: &b\nc: 2\n', [set('.b', 'x')])).toBe('a: 1\nb: &b x\nc: 2\n');
    expect(edit('b: &b   \n', [set('.b', 'x')])).toBe('b: &b x\n');
    expect(edit('b: &b # note\n', [set('.b', 'x')])).toBe('b: &b x # note\n');
    expect(edit('b:  \n', [set('.b', 'x', 'why')])).toBe('b: x # why\n');
  });

  it("puts a new inline comment after the file's own gap", () => {
    const kata = 'externals:\n  coco-trustee:\n    url: "https://x"  # trustee\n    version: "abc"\n';
    expect(edit(kata, [set('.externals.coco-trustee.version', 'def', 'v0.17.0')])).toBe(
      'externals:\n  coco-trustee:\n    url: "https://x"  # trustee\n    version: "def"  # v0.17.0\n',
    );
    expect(edit('a: "x # not a comment"\nb: 1\n', [set('.b', '2', 'c')])).toBe('a: "x # not a comment"\nb: 2 # c\n');
  });

  it('renames the very key a selector matched', () => {
    expect(edit('images:\n  - name: a\n    newTag: v1\n', [set('.images[name=a].name', 'b')])).toBe(
      'images:\n  - name: b\n    newTag: v1\n',
    );
    expect(
      edit('images:\n  - name: a\n    newTag: v1\n', [
        set('.images[name=a].name', 'b'),
        set('.images[name=a].newTag', 'v2'),
      ]),
    ).toBe('images:\n  - name: b\n    newTag: v2\n');
  });

  it('has one rule for anchors: a value shared through an alias or a merge key is refused', () => {
    const src = 'base: &base\n  x: 1\nuse:\n  <<: *base\n  y: 2\ns: &s v1\nt: *s\nfree: &f 3\n';
    expect(thrown(() => edit(src, [set('.base.x', '5')]))).toBe(
      'f.yaml:2:6: .base.x lies inside a mapping (line 2) that carries the anchor &base, which *base reuses at line 4; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)',
    );
    expect(thrown(() => edit(src, [set('.s', 'v2')]))).toBe(
      'f.yaml:6:7: .s carries the anchor &s, which *s reuses at line 7; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)',
    );
    // An anchor that no alias uses shares nothing; the place under a merge key is its own.
    expect(edit(src, [set('.free', '4'), set('.use.y', '3')])).toBe(
      src.replace('&f 3', '&f 4').replace('y: 2', 'y: 3'),
    );
  });

  it("keeps CITATION.cff's plain date a date (a YAML 1.1 timestamp) and a string a string", () => {
    const cff = 'cff-version: 1.2.0\nversion: 0.21.0\ndate-released: 2026-05-29\n';
    const out = edit(cff, [set('.date-released', '2026-07-27'), set('.version', '0.22.0')]);
    expect(out).toBe('cff-version: 1.2.0\nversion: 0.22.0\ndate-released: 2026-07-27\n');
    expect(parse(out, { version: '1.1' })['date-released']).toBeInstanceOf(Date);
    expect(parse(out)['date-released']).toBe('2026-07-27');
  });
});
