export {
  planChartBumps,
  type ChartPlan,
  type ChartRequest,
  type ChartResult,
  type DependencyPin,
  type LockMode,
  type PlanOptions,
  type WorkspaceReader,
} from './plan.js';
export { readChartFile, sanitize, type ChartDependency, type ChartFile } from './chart-file.js';
export { hashReq } from './digest.js';
export {
  dependencyJson,
  goJson,
  goJsonString,
  lockedDependency,
  type GoJsonValue,
  type HelmDependency,
} from './go-json.js';
export {
  formatGoTime,
  goYamlString,
  readLockFile,
  renderLockFile,
  type LockedDependency,
  type LockFile,
} from './lock-file.js';
export { isBump, isExactSemver, isExactRequirement, satisfies, type VersionBump } from './version.js';
