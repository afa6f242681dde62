import { code, readText, resolveInWorkspace, throwIfAny, UserError, type SourcePosition } from '@coco-release/core';
import {
  builtinGraph,
  checkGraph,
  driftList,
  lookupsNeeded,
  parseAt,
  parseGraph,
  parseRelease,
  pinnedCommits,
  readPins,
  renderMarkdown,
  short,
  type Graph,
  type GraphPin,
  type InputLine,
  type Report,
} from '@coco-release/release-graph';
import { defineAction, type ActionContext, type ActionResult } from '../../../src/action.js';
import { repositoryInput, workflowRepository } from '../../../src/github/repository.js';
import type { Answers, Wanted } from './graphql.js';

export interface StatusInputs {
  /** '' for the built-in CoCo graph. */
  graph: string;
  release: InputLine[];
  at: InputLine[];
  /** '' when not given (run() then falls back to GITHUB_TOKEN). */
  token: string;
  failOnDrift: boolean;
  updateIssue: number | undefined;
  /** '' when not given (GITHUB_REPOSITORY). */
  repository: string;
  dryRun: boolean;
}

export const releaseStatus = defineAction<StatusInputs>({
  name: 'release-status',

  readInputs(inputs) {
    const issue = inputs.string('update-issue').replace(/^#/, '');
    if (issue !== '' && !/^[1-9]\d{0,9}$/.test(issue))
      throw new UserError(
        `input 'update-issue' must be an issue number such as 42, got '${inputs.string('update-issue')}'`,
      );
    const repository = repositoryInput(inputs.string('repository'));
    const token = inputs.string('token');
    return {
      graph: inputs.string('graph'),
      release: inputs.lines('release'),
      at: inputs.lines('at'),
      token: token.includes('${{') ? '' : token,
      failOnDrift: inputs.boolean('fail-on-drift'),
      updateIssue: issue === '' ? undefined : Number(issue),
      repository,
      dryRun: inputs.boolean('dry-run'),
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const graph = await loadGraph(inputs.graph, ctx.workspace);
    const release = parseRelease(inputs.release, graph);
    const at = parseAt(inputs.at, graph);
    const issueRepo = inputs.updateIssue === undefined ? undefined : workflowRepository(inputs.repository, ctx.env);
    const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
    if (token === '')
      throw new UserError(
        "input 'token' is empty and GITHUB_TOKEN is not set: GitHub's GraphQL API needs a token (contents: read is enough for public repositories)",
      );
    ctx.secret(token);

    const { createGithubClient } = await import('../../../src/github/client.js');
    const { emptyAnswers, fetchAll, fileKey, refKey, tagKey, isEmpty, unanswered, answeredLookups } =
      await import('./graphql.js');
    const client = await createGithubClient({ token, env: ctx.env, onRetry: (line) => ctx.info(line) });
    const holderRepo = (pin: GraphPin): string => graph.components.get(pin.holder)!.repository;
    const refOf = (pin: GraphPin): string | undefined => at.get(pin.holder) ?? pin.ref;
    const where = (pin: GraphPin): SourcePosition => (graph.builtin ? {} : { file: graph.file, line: pin.line });

    // Request 1: every pinned file, the commit of every holder ref, and the tags of the asked release.
    const first: Wanted = { files: [], refs: [], tags: [], commits: [], tagLists: [] };
    const seen = new Set<string>();
    for (const pin of graph.pins) {
      const [repo, ref] = [holderRepo(pin), refOf(pin)];
      if (!seen.has(fileKey(repo, ref, pin.file))) first.files.push({ repository: repo, ref, path: pin.file });
      if (!seen.has(refKey(repo, ref))) first.refs.push({ repository: repo, ref });
      seen.add(fileKey(repo, ref, pin.file)).add(refKey(repo, ref));
    }
    const releaseTags = [...release].map(([name, version]) => {
      const c = graph.components.get(name)!;
      return {
        component: name,
        version,
        repository: c.repository,
        tag: `${c.tagFormat.prefix}${version}${c.tagFormat.suffix}`,
      };
    });
    first.tags.push(...releaseTags.map(({ repository, tag }) => ({ repository, tag })));
    const answers = emptyAnswers();
    await fetchAll(client, first, answers);
    let requests = 1;

    const errors: UserError[] = [];
    const missingRepo = (answers: Answers) => {
      for (const repo of answers.missingRepos.splice(0)) {
        const names = [...graph.components.values()].filter((c) => c.repository === repo).map((c) => c.name);
        errors.push(
          new UserError(
            `repository ${repo} not found (component ${names.join(', ')}): it does not exist, or the token cannot read it`,
          ),
        );
      }
    };
    missingRepo(answers);
    const reported = new Set<string>();
    for (const pin of graph.pins) {
      const [repo, ref] = [holderRepo(pin), refOf(pin)];
      if (answers.refs.get(refKey(repo, ref)) === null && ref !== undefined) {
        if (!reported.has(refKey(repo, ref)))
          errors.push(
            new UserError(`${repo} has no branch, tag or commit '${ref}' (holder ${pin.holder})`, where(pin)),
          );
        reported.add(refKey(repo, ref));
        continue;
      }
      const file = answers.files.get(fileKey(repo, ref, pin.file));
      if (file && 'missing' in file && !reported.has(fileKey(repo, ref, pin.file))) {
        reported.add(fileKey(repo, ref, pin.file));
        errors.push(new UserError(`${file.message} (pin ${pin.id})`, where(pin)));
      }
    }
    for (const t of releaseTags) {
      if (answers.tags.get(tagKey(t.repository, t.tag)) === null)
        errors.push(
          new UserError(
            `input 'release': ${t.repository} has no tag ${t.tag}, so ${t.component} ${t.version} is not released`,
          ),
        );
    }
    throwIfAny(errors);

    const reads = readPins(graph.pins, (pin) => {
      const file = answers.files.get(fileKey(holderRepo(pin), refOf(pin), pin.file));
      return file && 'text' in file ? { text: file.text, display: pin.file } : undefined;
    });

    // Request 2, only when the values read name tags or commits not asked about yet.
    const needs = lookupsNeeded(graph, reads, release);
    const second = unanswered(needs, answers);
    if (!isEmpty(second)) {
      await fetchAll(client, second, answers);
      requests++;
      missingRepo(answers);
      throwIfAny(errors);
    }

    const report = checkGraph(graph, reads, answeredLookups(answers), {
      release,
      readAt: (pin) => {
        const r = answers.refs.get(refKey(holderRepo(pin), refOf(pin)));
        return { ref: r?.name ?? refOf(pin) ?? 'HEAD', commit: r?.commit };
      },
    });
    log(report, ctx);
    const markdown = renderMarkdown(graph, report, {
      serverUrl: ctx.env['GITHUB_SERVER_URL']?.trim() || 'https://github.com',
      requests,
    });

    let issueNote = '';
    let issueUpdated = '';
    if (inputs.updateIssue !== undefined) {
      const [owner, repo] = issueRepo!.split('/') as [string, string];
      const { updateIssue } = await import('./issue.js');
      const done = await updateIssue(client, { owner, repo, number: inputs.updateIssue }, markdown, inputs.dryRun);
      const name = `${issueRepo}#${inputs.updateIssue}`;
      issueUpdated = String(done.changed && !inputs.dryRun);
      const what = !done.changed ? 'already shows this state' : inputs.dryRun ? 'dry run: would be updated' : 'updated';
      ctx.info(`issue ${name}: ${what}`);
      issueNote = `\nIssue ${code(name)}: ${what}.\n`;
    }

    const drift = driftList(report);
    const failing = report.pins.filter((p) => p.status === 'drift' || p.status === 'not-found' || p.status === 'error');
    return {
      outputs: {
        consistent: String(report.consistent),
        report: JSON.stringify({ ...report, requests }),
        drift: JSON.stringify(drift),
        commits: JSON.stringify(pinnedCommits(report)),
        // The commit each holder was read at (the Kata release tag's commit with `at: kata-containers=4.0.0`).
        'read-commits': JSON.stringify(
          Object.fromEntries(report.pins.filter((p) => p.readCommit).map((p) => [p.holder, p.readCommit])),
        ),
        'issue-updated': issueUpdated,
      },
      summary: markdown + issueNote,
      ...(report.consistent || !inputs.failOnDrift
        ? {}
        : {
            failure: `the release graph is not consistent: ${failing.length} of ${report.pins.length} pins fail (${failing.map((p) => p.id).join(', ')}); the summary shows each with its fix`,
          }),
    };
  },
});

function loadGraph(input: string, workspace: string): Promise<Graph> {
  if (input === '') return builtinGraph();
  const file = resolveInWorkspace(input, workspace);
  return parseGraph(readText(file), file.display);
}

function log(report: Report, ctx: ActionContext): void {
  for (const p of report.pins) {
    const value = p.value === undefined ? '(unreadable)' : p.kind === 'commit' ? short(p.value) : p.value;
    const line = `${p.repository} ${p.file}${p.line !== undefined ? `:${p.line}` : ''} ${p.site} = ${value} (${p.component})`;
    if (p.status === 'ok' || p.status === 'development')
      ctx.info(`${p.status === 'ok' ? 'ok' : 'development'}: ${line}`);
    else ctx.error(`${p.status}: ${line}: ${p.message}${p.set ? `; fix: ${p.set}` : ''}`);
  }
}
