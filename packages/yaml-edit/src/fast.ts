/**
 * The fast index and the scalar renderer alone, for a caller that finds and verifies its own edits
 * (pin-kustomize-image): none of light.ts's path syntax, assignments or editing pipeline, which such a
 * bundle would otherwise carry and parse on every run.
 */
export { buildFastIndex, sameOutside, type FastEntry, type FastMap, type FastNode } from './fast-index.js';
export { renderScalar, type RenderedScalar } from './scalar-style.js';
