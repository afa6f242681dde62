export { parseTagFormat, formatTag, versionOfTag, versionsOf, type TagFormat } from './tag-format.js';
export {
  nextVersion,
  parseComponents,
  BUMPS,
  type Bump,
  type ComponentChange,
  type NextRequest,
  type NextVersion,
} from './next-version.js';
export { candidateOf, type Candidate } from './candidate.js';
