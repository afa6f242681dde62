export { loadYaml, positionOf, toData, type YamlFile } from './document.js';
export { DUPLICATE_KEY, duplicateKeyOffsets } from './duplicate-keys.js';
export { parsePath, formatPath, type PathSegment, type YamlPath } from './path.js';
export { locate, keyMatches, describeNode, type Location } from './locate.js';
export { inlineCommentEdit } from './comment-edit.js';
export { editYaml, type ScalarSet, type YamlEditResult, type EditOptions } from './edit.js';
export { readScalar, type ScalarRead } from './read.js';
export {
  renderScalar,
  isSafePlainString,
  isStringUnder11,
  doubleQuoted,
  singleQuoted,
  type RenderedScalar,
  type ExistingScalar,
} from './scalar-style.js';
export { snapshotLeaves } from './snapshot.js';
export { parseAssignment } from './assignment.js';
export { nodeAt, schemaErrors, type SchemaErrorOptions } from './schema-errors.js';
