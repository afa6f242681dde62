import type { ActionDefinition } from '../src/action.js';
import { bumpVersionsYaml } from '../actions/bump-versions-yaml/src/main.js';
import { tagGoSubmodules } from '../actions/tag-go-submodules/src/main.js';
import { checkSnapshotterParity } from '../actions/check-snapshotter-parity/src/main.js';
import { pinKustomizeImage } from '../actions/pin-kustomize-image/src/main.js';
import { nextVersionAction } from '../actions/next-version/src/main.js';
import { applyReleasePins } from '../actions/apply-release-pins/src/main.js';
import { githubRelease } from '../actions/github-release/src/main.js';
import { resolveImage } from '../actions/resolve-image/src/main.js';
import { promoteImage } from '../actions/promote-image/src/main.js';
import { bumpHelmChart } from '../actions/bump-helm-chart/src/main.js';
import { releaseStatus } from '../actions/release-status/src/main.js';
import { freezeBranch } from '../actions/freeze-branch/src/main.js';
import { latestRelease } from '../actions/latest-release/src/main.js';
import { releaseTrain } from '../actions/release-train/src/main.js';
import { updateGoModules } from '../actions/update-go-modules/src/main.js';
import { checkWorkflowInputs } from '../actions/check-workflow-inputs/src/main.js';
import { describePinChanges } from '../actions/describe-pin-changes/src/main.js';
import { tagActionsRelease } from '../actions/tag-actions-release/src/main.js';

/** Every action the CLI can run, by name (the same definitions the bundles run). */
export const REGISTRY: Record<string, ActionDefinition<unknown>> = {
  [bumpVersionsYaml.name]: bumpVersionsYaml as ActionDefinition<unknown>,
  [tagGoSubmodules.name]: tagGoSubmodules as ActionDefinition<unknown>,
  [checkSnapshotterParity.name]: checkSnapshotterParity as ActionDefinition<unknown>,
  [pinKustomizeImage.name]: pinKustomizeImage as ActionDefinition<unknown>,
  [nextVersionAction.name]: nextVersionAction as ActionDefinition<unknown>,
  [applyReleasePins.name]: applyReleasePins as ActionDefinition<unknown>,
  [githubRelease.name]: githubRelease as ActionDefinition<unknown>,
  [resolveImage.name]: resolveImage as ActionDefinition<unknown>,
  [promoteImage.name]: promoteImage as ActionDefinition<unknown>,
  [bumpHelmChart.name]: bumpHelmChart as ActionDefinition<unknown>,
  [releaseStatus.name]: releaseStatus as ActionDefinition<unknown>,
  [freezeBranch.name]: freezeBranch as ActionDefinition<unknown>,
  [latestRelease.name]: latestRelease as ActionDefinition<unknown>,
  [releaseTrain.name]: releaseTrain as ActionDefinition<unknown>,
  [updateGoModules.name]: updateGoModules as ActionDefinition<unknown>,
  [checkWorkflowInputs.name]: checkWorkflowInputs as ActionDefinition<unknown>,
  [describePinChanges.name]: describePinChanges as ActionDefinition<unknown>,
  [tagActionsRelease.name]: tagActionsRelease as ActionDefinition<unknown>,
};
