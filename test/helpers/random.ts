/** A small seeded PRNG (mulberry32): property and fuzz tests are reproducible from their seed. */
export function rng(seed: number): {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  bool(p?: number): boolean;
} {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    bool: (p = 0.5) => next() < p,
  };
}

/** Values that trip YAML readers: numbers, 1.1 booleans and octals, dates, indicators, quotes, comments. */
export const TRICKY_VALUES = [
  '3.10',
  '1234567',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Y',
  'True',
  'null',
  '~',
  '010',
  '0o10',
  '0x1F',
  '1e3',
  '1_000',
  '1:20',
  '2026-01-01',
  '2026-01-01T10:00:00Z',
  '.inf',
  '-.5',
  '+1',
  '',
  ' leading',
  'trailing ',
  'a: b',
  'a #b',
  '#x',
  '- x',
  '-',
  '? x',
  '[a]',
  '{a}',
  'a,b',
  '*alias',
  '&anchor',
  '!tag',
  '%x',
  '@x',
  '`x',
  "it's",
  'say "hi"',
  'back\\slash',
  'tab\there',
  'ünïcödé',
  'v0.15.15',
  '4.0.0',
  'dev-a5f49248',
  'sha256:abc',
  '<<',
  '=',
  'quay.io/kata-containers/kata-deploy:3.23.0',
  '192.168.122.1:5000/x',
  'a'.repeat(120),
];
