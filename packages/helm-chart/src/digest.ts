import { createHash } from 'node:crypto';
import { dependencyJson, type HelmDependency } from './go-json.js';

/**
 * Helm's resolver.HashReq (internal/resolver/resolver.go): `json.Marshal([2][]*chart.Dependency{req, lock})`,
 * hashed with provenance.Digest (SHA-256, lowercase hex) and prefixed with `sha256:`. `req` is Chart.yaml's
 * dependencies as Helm loads them, `lock` the resolved entries Chart.lock lists.
 */
export function hashReq(requirements: readonly HelmDependency[], locked: readonly HelmDependency[]): string {
  const list = (deps: readonly HelmDependency[]): string => `[${deps.map(dependencyJson).join(',')}]`;
  const json = `[${list(requirements)},${list(locked)}]`;
  return `sha256:${createHash('sha256').update(json, 'utf8').digest('hex')}`;
}
