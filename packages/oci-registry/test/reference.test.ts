import { describe, expect, it } from 'vitest';
import {
  expandTagTemplate,
  formatReference,
  isLoopback,
  normalizeScopes,
  parseChallenges,
  parseReference,
  parseRepository,
  registryBaseUrl,
  retryAfterMs,
  tagTemplateProblem,
} from '../src/index.js';

const SHA = 'sha256:' + 'a'.repeat(64);

describe('parseReference', () => {
  it.each([
    [
      'quay.io/confidential-containers/cloud-api-adaptor:v0.22.0',
      { registry: 'quay.io', repository: 'confidential-containers/cloud-api-adaptor', tag: 'v0.22.0' },
    ],
    ['127.0.0.1:5000/caa:abc', { registry: '127.0.0.1:5000', repository: 'caa', tag: 'abc' }],
    ['192.168.122.1:5000/x', { registry: '192.168.122.1:5000', repository: 'x' }],
    ['localhost/a/b/c:1', { registry: 'localhost', repository: 'a/b/c', tag: '1' }],
    ['[::1]:5000/x:y', { registry: '[::1]:5000', repository: 'x', tag: 'y' }],
    ['alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    ['alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
    ['bitnami/redis:7', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7' }],
    ['docker.io/library/alpine', { registry: 'docker.io', repository: 'library/alpine' }],
    [`ghcr.io/a/b@${SHA}`, { registry: 'ghcr.io', repository: 'a/b', digest: SHA }],
    [`ghcr.io/a/b:t@${SHA}`, { registry: 'ghcr.io', repository: 'a/b', tag: 't', digest: SHA }],
    ['quay.io/a/b:_x.Y-9', { registry: 'quay.io', repository: 'a/b', tag: '_x.Y-9' }],
    ['quay.io/a__b/c--d.e:t', { registry: 'quay.io', repository: 'a__b/c--d.e', tag: 't' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
    expect(formatReference(parseReference(formatReference(expected)))).toBe(formatReference(expected));
  });

  it.each([
    ['', 'image reference is empty'],
    [
      'quay.io/a/b:-x',
      "image reference 'quay.io/a/b:-x': invalid tag '-x': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'",
    ],
    [
      `quay.io/a/b:${'x'.repeat(129)}`,
      `image reference 'quay.io/a/b:${'x'.repeat(129)}': the tag is 129 characters long; at most 128 are allowed`,
    ],
    ['quay.io/a/b:', "image reference 'quay.io/a/b:': the tag is empty"],
    [
      'quay.io/a/b@sha256:abc',
      "image reference 'quay.io/a/b@sha256:abc': invalid digest 'sha256:abc': expected sha256: and 64 lowercase hex digits (or sha512: and 128)",
    ],
    [
      'quay.io/Confidential/x',
      "image reference 'quay.io/Confidential/x': invalid repository 'Confidential/x': repository names are lowercase",
    ],
    [
      'quay.io/a//b',
      "image reference 'quay.io/a//b': invalid repository 'a//b': path components are lowercase letters and digits, separated by '.', '_', '__' or dashes, and joined by '/'",
    ],
    ['quay.io/', "image reference 'quay.io/': the repository is empty"],
    ['host:99999/x', "image reference 'host:99999/x': invalid port in registry 'host:99999'"],
    ['a b', "image reference 'a b': it contains whitespace"],
  ])('refuses %j', (text, message) => {
    expect(() => parseReference(text)).toThrow(message);
  });

  it('parseRepository refuses a tag or digest, naming the input', () => {
    expect(parseRepository('quay.io/x/y')).toEqual({ registry: 'quay.io', repository: 'x/y' });
    expect(() => parseRepository('quay.io/x/y:latest')).toThrow(
      "input 'image' 'quay.io/x/y:latest': give the repository alone (registry/repository), without :latest",
    );
    expect(() => parseRepository(`quay.io/x/y@${SHA}`)).toThrow(`without @${SHA}`);
  });

  it('speaks plain HTTP to loopback registries only, and HTTPS to Docker Hub through its API host', () => {
    expect(['localhost:5000', '127.0.0.1:5000', '127.9.8.7', '[::1]:5000'].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['192.168.122.1:5000', 'quay.io', '127.0.0.1.example.com', 'localhost.example.com'].map(isLoopback)).toEqual(
      [false, false, false, false],
    );
    expect(registryBaseUrl('docker.io', false)).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('127.0.0.1:5000', true)).toBe('http://127.0.0.1:5000');
  });
});

describe('parseChallenges', () => {
  it('reads a registry Bearer challenge with a scope list', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:a/b:pull,push repository:c/d:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://quay.io/v2/auth',
          service: 'quay.io',
          scope: 'repository:a/b:pull,push repository:c/d:pull',
        },
      },
    ]);
  });

  it('reads several challenges, unquoted values, escapes and blanks', () => {
    expect(
      parseChallenges('Basic realm="x, \\"y\\"" , Bearer realm=https://a/token, error="insufficient_scope"'),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'x, "y"' } },
      { scheme: 'bearer', params: { realm: 'https://a/token', error: 'insufficient_scope' } },
    ]);
    expect(parseChallenges('')).toEqual([]);
    expect(parseChallenges('realm="orphan", Basic')).toEqual([{ scheme: 'basic', params: {} }]);
  });
});

describe('normalizeScopes', () => {
  it('merges the actions of one resource, so one token serves both', () => {
    expect(
      normalizeScopes([
        'repository:coco/caa:pull,push',
        'repository:coco/caa:pull',
        'repository:ci/caa:pull',
        'registry:catalog:*',
        'repository:coco/caa:push,pull',
      ]),
    ).toEqual(['registry:catalog:*', 'repository:ci/caa:pull', 'repository:coco/caa:pull,push']);
  });
});

describe('tag templates', () => {
  it('expands {sha} and refuses templates that cannot make a tag', () => {
    expect(expandTagTemplate('{sha}-dev', 'abc')).toBe('abc-dev');
    expect(tagTemplateProblem('{sha}')).toBeUndefined();
    expect(tagTemplateProblem('{sha}-dev')).toBeUndefined();
    expect(tagTemplateProblem('latest')).toBe("'latest' does not contain {sha}");
    expect(tagTemplateProblem('{sha}-{arch}')).toBe("'{sha}-{arch}' holds {arch}; the only placeholder is {sha}");
    expect(tagTemplateProblem('{sha}/dev')).toBe(
      "'{sha}/dev' does not make a valid tag: invalid tag 'ffffffffffffffffffffffffffffffffffffffff/dev': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'",
    );
    expect(tagTemplateProblem(`{sha}${'x'.repeat(90)}`)).toBe(
      `'{sha}${'x'.repeat(90)}' does not make a valid tag: the tag is 130 characters long; at most 128 are allowed`,
    );
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
    const now = Date.parse('Tue, 01 Dec 2026 10:00:00 GMT');
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:07 GMT', now)).toBe(7000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });
});
