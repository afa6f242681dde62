// What the action needs, without the parser-backed planner (loaded on demand by run.ts).
export { parseImageArg, KEEP, type ImageArg } from './image-arg.js';
export { parseTagTemplates, type TagTemplate } from './templates.js';
export { formatEntry, type ImageEntry, type MergeMode, type PinRequest, type PinResult } from './entry.js';
export { planPins, checkTemplatesHaveTag, type PinOptions, type PinPlan, type FilePin } from './run.js';
