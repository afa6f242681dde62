/**
 * @coco-release/oci-registry: the OCI Distribution API over Node's fetch, for release steps.
 * - findNewestImage(client, repo, candidates): the first candidate tag that exists (one HEAD each);
 * - promoteImage(client, {source, target, dryRun}): a release tag with exactly the candidate's digest;
 * - checkImagesExist(refs, options) -> [{ref, exists, digest}]: for steps that must not pin an image that
 *   does not exist, or pin `tag@sha256:…`;
 * - RegistryClient underneath: token/Basic auth, bounded answers, timeouts, retries, a request log.
 */
export * from './reference.js';
export * from './errors.js';
export * from './challenge.js';
export { Http, readBounded, retryAfterMs, formatBytes, type HttpOptions, type RequestRecord } from './http.js';
export { Auth, credentialsFromInputs, normalizeScopes, repositoryScope, type Credentials } from './auth.js';
export * from './manifest.js';
export * from './client.js';
export * from './promote.js';
export * from './resolve.js';
export * from './commits.js';
