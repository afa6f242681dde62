export {
  parseSources,
  parseSourceLine,
  fileKey,
  type Source,
  type Selector,
  type FileLocation,
  type LocalFile,
  type GithubFile,
} from './sources.js';
export { readVariable, variableFileKind, type VariableFileKind, type ValueRead } from './variables.js';
export { readSelector, readYamlValue } from './read.js';
export {
  compareValues,
  normalizeVersion,
  mismatchMessage,
  type SourceValue,
  type ParityEntry,
  type ParityReport,
  type ValueGroup,
} from './compare.js';
