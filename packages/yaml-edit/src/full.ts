// The parser-backed implementation, loaded on demand by light.ts (it pulls in the `yaml` package).
export { editYaml } from './edit.js';
export { loadYaml } from './document.js';
export { readScalar } from './read.js';
