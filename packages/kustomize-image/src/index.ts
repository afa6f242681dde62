export {
  parseImageArg,
  splitImage,
  tagProblem,
  digestProblem,
  KEEP,
  DIGEST_PATTERN,
  type ImageArg,
} from './image-arg.js';
export { globToRegExp, matchesGlob, hasGlobChars, normalizeGlob, staticPrefix } from './glob.js';
export { discoverKustomizations, expandGlob, KUSTOMIZATION_FILE_NAMES, type Discovered } from './discover.js';
export { parseTagTemplates, templateFor, applyTemplate, TAG_PLACEHOLDER, type TagTemplate } from './templates.js';
export {
  planPin,
  desiredEntry,
  readEntry,
  formatEntry,
  checkKustomization,
  FIELD_ORDER,
  type ImageEntry,
  type PinRequest,
  type PinResult,
  type MergeMode,
} from './pin.js';
export { planPins, checkTemplatesHaveTag, type PinOptions, type PinPlan } from './run.js';
