import { describe, expect, it } from 'vitest';
import { loadYaml } from '../src/index.js';

describe('loadYaml', () => {
  it('does not read the environment once per token (the parse of a large file would pay for it)', () => {
    const env = process.env;
    let reads = 0;
    process.env = new Proxy(env, {
      get(target, key, receiver) {
        if (key === 'LOG_TOKENS') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    try {
      const f = loadYaml('images:\n' + '  - name: a\n    tag: v1\n'.repeat(200), 'x.yaml');
      expect((f.doc.toJS() as { images: unknown[] }).images).toHaveLength(200);
    } finally {
      process.env = env;
    }
    expect(reads).toBe(0);
    expect(process.env).toBe(env);
  });
});
