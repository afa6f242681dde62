/**
 * cloud-api-adaptor's release tags as `git ls-remote --tags` lists them: the v0.9.0 pre-releases, every
 * minor since, the v0.21.1 patch, and the module tags of v0.22.0 beside its root tag.
 */
export const CAA_TAGS = [
  ...['v0.9.0-alpha.1', 'v0.9.0-alpha.2', 'v0.9.0-alpha.3', 'v0.9.0'],
  ...[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((m) => `v0.${m}.0`),
  'v0.21.1',
  'v0.22.0',
  ...['cloud-api-adaptor', 'cloud-providers', 'peerpod-ctrl', 'webhook'].map((m) => `src/${m}/v0.22.0`),
];
