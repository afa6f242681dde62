export { parseGraph, type Graph, type GraphPin, type Component, type PinKind } from './graph.js';
export { builtinGraph, builtinGraphText, BUILTIN_GRAPH_NAME } from './builtin.js';
export { parseRelease, parseAt, REF_NAME, type InputLine } from './inputs.js';
export { readPins, readPinValue, claimOf, type PinRead, type PinValue, type Claim, type FileText } from './read.js';
export {
  checkGraph,
  lookupsNeeded,
  driftList,
  pinnedCommit,
  pinnedCommits,
  short,
  type Lookups,
  type ReadAt,
  type Report,
  type PinReport,
  type PinStatus,
  type Expectation,
  type CheckOptions,
} from './check.js';
export { renderMarkdown, mermaidGraph, mermaidText, pinTable, type RenderOptions } from './markdown.js';
export {
  renderTemplate,
  templateVariables,
  trainOrder,
  type ComponentRelease,
  type Phase,
  type PhaseDone,
  type Workflow,
  type Bump,
} from './train-graph.js';
export {
  planTrain,
  prKey,
  workflowKey,
  refKey,
  ciKey,
  type Plan,
  type PlanOptions,
  type Step,
  type StepState,
  type WaitingOn,
  type TrainState,
  type PullRequest,
  type WorkflowRun,
  type CiState,
  type ComponentVersion,
} from './train.js';
export { renderTrain, trainMermaid, linkTarget, type TrainRenderOptions } from './train-markdown.js';
