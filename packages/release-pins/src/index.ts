export {
  parseManifest,
  type Manifest,
  type Pin,
  type Site,
  type PhaseValue,
  type ChartEntry,
  type ChartPhase,
  type GoEntry,
  compilePattern,
} from './manifest.js';
export { expand, matchTemplate, parseVars, utcDate, type Vars, type ExpandContext } from './templates.js';
export { planSites, findValue, type ResolvedPin, type SitesPlan } from './sites.js';
export {
  planPhase,
  type PhasePlan,
  type PhaseOptions,
  type ImagePin,
  type GoUpdate,
  isGoUpdate,
  goUpdateRefused,
} from './plan.js';
export { readCurrent, valueFromSites, type CurrentValues, type SiteReading } from './current.js';
