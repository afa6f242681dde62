import { code, collectErrors, readText, resolveInWorkspace, throwIfAny, UserError } from '@coco-release/core';
import semver from 'semver';
import {
  builtinGraph,
  parseGraph,
  planTrain,
  renderTrain,
  workflowKey,
  type Graph,
  type InputLine,
  type Plan,
} from '@coco-release/release-graph';
import { defineAction, type ActionContext, type ActionResult } from '../../../src/action.js';
import { repositoryInput, workflowRepository } from '../../../src/github/repository.js';

export interface TrainInputs {
  /** '' for the start's latest release. */
  target: string;
  versions: InputLine[];
  /** '' for the built-in CoCo graph. */
  graph: string;
  dispatch: boolean;
  /** '' when not given (run() then falls back to GITHUB_TOKEN). */
  token: string;
  updateIssue: number | undefined;
  repository: string;
  failOnBlocked: boolean;
}

export const TRAIN_MARKERS = { start: '<!-- release-train:start -->', end: '<!-- release-train:end -->' };

export const releaseTrain = defineAction<TrainInputs>({
  name: 'release-train',

  readInputs(inputs) {
    const target = inputs.string('target').replace(/^v(?=\d)/, '');
    if (target !== '' && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(target))
      throw new UserError(`input 'target' must be a release such as 4.1.0, got '${inputs.string('target')}'`);
    const issue = inputs.string('update-issue').replace(/^#/, '');
    if (issue !== '' && !/^[1-9]\d{0,9}$/.test(issue))
      throw new UserError(
        `input 'update-issue' must be an issue number such as 42, got '${inputs.string('update-issue')}'`,
      );
    const token = inputs.string('token');
    return {
      target,
      versions: inputs.lines('versions'),
      graph: inputs.string('graph'),
      dispatch: inputs.boolean('dispatch'),
      token: token.includes('${{') ? '' : token,
      updateIssue: issue === '' ? undefined : Number(issue),
      repository: repositoryInput(inputs.string('repository')),
      failOnBlocked: inputs.boolean('fail-on-blocked'),
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const graph = await loadGraph(inputs.graph, ctx.workspace);
    if (![...graph.components.values()].some((c) => c.release?.startsTrain))
      throw new UserError(`${graph.file} has no release train: no component has 'release: starts-train: true'`);
    const versions = parseVersions(inputs.versions, graph);
    const issueRepo = inputs.updateIssue === undefined ? undefined : workflowRepository(inputs.repository, ctx.env);
    const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
    if (token === '')
      throw new UserError("input 'token' is empty and GITHUB_TOKEN is not set: GitHub's GraphQL API needs a token");
    ctx.secret(token);

    const { createGithubClient } = await import('../../../src/github/client.js');
    const { readState, dispatch, confirmDispatch } = await import('./state.js');
    const client = await createGithubClient({ token, env: ctx.env });
    const started = Date.now();
    const { state, requests } = await readState(client, graph, {
      target: inputs.target === '' ? undefined : inputs.target,
      versions,
    });
    const serverUrl = ctx.env['GITHUB_SERVER_URL']?.trim() || 'https://github.com';
    const plan = planTrain(graph, state, { serverUrl });
    const total = requests.graphql + requests.rest;
    ctx.info(
      `state read in ${total} requests (${requests.graphql} GraphQL, ${requests.rest} REST) in ${Date.now() - started} ms`,
    );
    log(plan, ctx);

    const actions: string[] = [];
    const dispatched: string[] = [];
    const ready = plan.steps.filter((s) => s.state === 'ready');
    if (inputs.dispatch) {
      const waitMs = Number(ctx.env['COCO_RELEASE_DISPATCH_WAIT_MS'] ?? '') || 60_000;
      for (const s of ready) {
        await dispatch(client, s.workflow!, s.inputs!);
        dispatched.push(s.id);
        const before = state.runs[workflowKey(s.workflow!)] ?? [];
        const seen = await confirmDispatch(client, s.workflow!, s.runName!, before, {
          waitMs,
          intervalMs: Math.min(2000, waitMs),
        });
        const line =
          `dispatched ${s.id}: ${s.workflow!.repository} ${s.workflow!.file}@${s.workflow!.ref} (${s.runName ?? ''})` +
          (seen.run ? `: run ${seen.run.id}` : '');
        actions.push(line);
        ctx.info(line);
        if (!seen.run)
          ctx.warning(
            `${s.id}: its run is not listed ${Math.round(waitMs / 1000)} s after the dispatch: the next conductor run may not see it and dispatch it again; check ${s.workflow!.repository}'s Actions tab`,
          );
      }
    } else if (ready.length > 0)
      actions.push(`ready, not dispatched (dispatch: false): ${ready.map((s) => s.id).join(', ')}`);

    const markdown = renderTrain(plan, { actions, requests: total });
    let issueUpdated = '';
    let issueNote = '';
    if (inputs.updateIssue !== undefined) {
      const [owner, repo] = issueRepo!.split('/') as [string, string];
      const { updateIssue } = await import('../../release-status/src/issue.js');
      // The dashboard shows the state, not this run's actions: a re-run that changes nothing sends nothing.
      const dashboard = renderTrain(plan);
      const done = await updateIssue(
        client,
        { owner, repo, number: inputs.updateIssue },
        dashboard,
        false,
        TRAIN_MARKERS,
      );
      issueUpdated = String(done.changed);
      const name = `${issueRepo}#${inputs.updateIssue}`;
      ctx.info(`issue ${name}: ${done.changed ? 'updated' : 'already shows this state'}`);
      issueNote = `\nIssue ${code(name)}: ${done.changed ? 'updated' : 'already shows this state'}.\n`;
    }

    const blocked = plan.steps.filter((s) => s.state === 'blocked');
    return {
      outputs: {
        plan: JSON.stringify({ ...plan, requests: total }),
        ready: JSON.stringify(ready.map((s) => s.id)),
        dispatched: JSON.stringify(dispatched),
        blocked: JSON.stringify(blocked.map((s) => s.id)),
        done: String(plan.steps.every((s) => s.state === 'done')),
        requests: String(total),
        'issue-updated': issueUpdated,
      },
      summary: markdown + issueNote,
      ...(inputs.failOnBlocked && blocked.length > 0
        ? { failure: `the train is blocked at ${blocked.map((s) => s.id).join(', ')}: the summary says why` }
        : {}),
    };
  },
});

/** `versions`: `COMPONENT=VERSION` lines for components the train dispatches (the `v` and tag prefix dropped). */
function parseVersions(lines: readonly InputLine[], graph: Graph): Record<string, string> {
  const out: Record<string, string> = {};
  const { errors, attempt } = collectErrors();
  const names = [...graph.components.values()].filter((c) => c.release && !c.release.startsTrain).map((c) => c.name);
  for (const l of lines) {
    attempt(() => {
      const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(l.text);
      if (!m) throw new UserError(`input 'versions' line ${l.line}: expected COMPONENT=VERSION, got '${l.text}'`);
      const [, name, raw] = m as unknown as [string, string, string];
      if (!names.includes(name))
        throw new UserError(
          `input 'versions' line ${l.line}: '${name}' is not a component the train releases (${names.join(', ')})`,
        );
      const format = graph.components.get(name)!.tagFormat;
      let v = raw;
      if (format.prefix !== '' && v.startsWith(format.prefix)) v = v.slice(format.prefix.length);
      v = v.replace(/^v(?=\d)/, '');
      if (semver.valid(v) !== v)
        throw new UserError(`input 'versions' line ${l.line}: '${raw}' is not a version such as 0.23.0 or v0.23.0`);
      if (out[name] !== undefined) throw new UserError(`input 'versions' line ${l.line}: ${name} is named twice`);
      out[name] = v;
    });
  }
  throwIfAny(errors);
  return out;
}

function loadGraph(input: string, workspace: string): Promise<Graph> {
  if (input === '') return builtinGraph();
  const file = resolveInWorkspace(input, workspace);
  return parseGraph(readText(file), file.display);
}

function log(plan: Plan, ctx: ActionContext): void {
  for (const s of plan.steps) {
    const line = `${s.id}: ${s.state}${s.waitingOn ? ` on ${s.waitingOn}` : ''}: ${s.reason}`;
    if (s.state === 'blocked') ctx.error(`${line}${s.fix?.length ? `; fix: ${s.fix.join('; ')}` : ''}`);
    else ctx.info(line);
  }
}
