import { code, fenced, table, throwIfAny, UserError, collectErrors } from '@coco-release/core';
import {
  credentialsFromInputs,
  expandTagTemplate,
  findNewestImage,
  firstParentCommits,
  formatReference,
  missingRepository,
  parseRepository,
  RegistryClient,
  repositoryScope,
  tagProblem,
  tagTemplateProblem,
  type Candidate,
  type Repository,
  type ResolveResult,
} from '@coco-release/oci-registry';
import { defineAction, type ActionResult } from '../../../src/action.js';

type Candidates = { kind: 'commits'; ref: string; template: string; max: number } | { kind: 'tags'; tags: string[] };

export interface ResolveInputs {
  image: Repository;
  candidates: Candidates;
  token: string;
  username: string;
}

const MAX_COMMITS_LIMIT = 1000;

export const resolveImage = defineAction<ResolveInputs>({
  name: 'resolve-image',

  readInputs(inputs) {
    const { errors, attempt } = collectErrors();
    const image = attempt(() => parseRepository(inputs.required('image')));
    const lines = inputs.lines('candidates');
    let candidates: Candidates;
    if (lines.length === 0 || (lines.length === 1 && lines[0]!.text === 'commits')) {
      const template = inputs.string('tag-template') || '{sha}';
      const problem = tagTemplateProblem(template);
      if (problem) errors.push(new UserError(`input 'tag-template': ${problem}`));
      const maxText = inputs.string('max-commits') || '50';
      const max = /^\d+$/.test(maxText) ? Number(maxText) : NaN;
      if (!(max >= 1 && max <= MAX_COMMITS_LIMIT)) {
        errors.push(
          new UserError(`input 'max-commits' must be a whole number from 1 to ${MAX_COMMITS_LIMIT}, got '${maxText}'`),
        );
      }
      candidates = { kind: 'commits', ref: inputs.string('ref') || 'HEAD', template, max };
    } else {
      const tags: string[] = [];
      for (const { text, line } of lines) {
        const problem = tagProblem(text);
        if (problem) errors.push(new UserError(`input 'candidates' line ${line}: ${problem}`));
        else if (!tags.includes(text)) tags.push(text);
      }
      candidates = { kind: 'tags', tags };
    }
    const token = inputs.string('token');
    const username = inputs.string('username');
    if (image) attempt(() => credentialsFromInputs(image.registry, token, username));
    throwIfAny(errors);
    return { image: image!, candidates, token, username };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const { image, candidates } = inputs;
    if (inputs.token) ctx.secret(inputs.token);
    const client = new RegistryClient({
      credentials: credentialsFromInputs(image.registry, inputs.token, inputs.username),
      onRetry: (line) => ctx.info(line),
    });
    const started = Date.now();
    let list: Candidate[];
    let history: { head: string; shallow: boolean } | undefined;
    if (candidates.kind === 'commits') {
      const { createGit } = await import('../../../src/git.js');
      const git = await createGit(ctx.workspace, ctx.env);
      const h = await firstParentCommits(git, candidates.ref, candidates.max);
      history = h;
      list = h.commits.map((sha) => ({ tag: expandTagTemplate(candidates.template, sha), commit: sha }));
      ctx.info(
        `trying ${list.length} commit(s) of ${candidates.ref} (${h.head.slice(0, 12)}), first parents, newest first`,
      );
    } else {
      list = candidates.tags.map((tag) => ({ tag }));
    }

    const result = await findNewestImage(client, image, list);
    const name = `${image.registry}/${image.repository}`;
    for (const t of result.tried) {
      ctx.info(`${name}:${t.tag}${t.commit ? ` (commit ${t.commit})` : ''}: ${t.digest ?? 'not found'}`);
    }
    const skipped = result.tried.filter((t) => t.digest === undefined).map((t) => t.commit ?? t.tag);

    if (!result.found) {
      // One more request, only on failure, to tell a missing repository from missing tags.
      const exists = await client.repositoryExists(image, [repositoryScope(image.repository, 'pull')]);
      const failure = exists
        ? nothingFound(inputs, name, result, history)
        : `${missingRepository(image).message}: check the image input`;
      ctx.info(`${client.requests} registry request(s) in ${Date.now() - started} ms`);
      return {
        outputs: { tag: '', digest: '', commit: '', reference: '', skipped: JSON.stringify(skipped) },
        summary: summarize(inputs, name, result, client.requests, failure),
        failure,
      };
    }
    const found = result.found;
    const reference = formatReference({ ...image, tag: found.tag, digest: found.digest });
    ctx.info(`found ${reference}`);
    ctx.info(`${client.requests} registry request(s) in ${Date.now() - started} ms`);
    return {
      outputs: {
        tag: found.tag,
        digest: found.digest,
        commit: found.commit ?? '',
        reference,
        skipped: JSON.stringify(skipped),
      },
      summary: summarize(inputs, name, result, client.requests),
    };
  },
});

function nothingFound(
  inputs: ResolveInputs,
  name: string,
  result: ResolveResult,
  history: { head: string; shallow: boolean } | undefined,
): string {
  const c = inputs.candidates;
  if (c.kind === 'tags') {
    return `none of the ${c.tags.length} candidate tag(s) exists in ${name}: ${c.tags.join(', ')}`;
  }
  const n = result.tried.length;
  const first = result.tried[0]?.commit?.slice(0, 12) ?? '';
  const last = result.tried[n - 1]?.commit?.slice(0, 12) ?? '';
  let hint: string;
  if (history?.shallow && n < c.max) {
    hint = `the checkout is shallow and holds only these ${n} commit(s): check out with fetch-depth: 0`;
  } else if (n === c.max) {
    hint = `raise max-commits to look further back, or check that the image workflow pushes ${c.template} tags`;
  } else {
    hint = `that is the whole history of ${c.ref}; check that the image workflow pushes ${c.template} tags`;
  }
  return (
    `no image ${name}:${c.template} exists for the last ${n} commit(s) of ${c.ref} ` +
    `(first parents, ${first}${n > 1 ? ` back to ${last}` : ''}): ${hint}`
  );
}

function summarize(
  inputs: ResolveInputs,
  name: string,
  result: ResolveResult,
  requests: number,
  failure?: string,
): string {
  const c = inputs.candidates;
  const byCommit = c.kind === 'commits';
  const found = result.found;
  const head = found
    ? `### resolve-image: ✓ ${code(`${name}:${found.tag}`)}\n\n` +
      `Digest ${code(found.digest)} (${code(found.mediaType)})` +
      (found.commit ? `, commit ${code(found.commit)}` : '') +
      `: candidate ${result.tried.length} of ${byCommit ? `the first-parent history of ${code(c.ref)}` : 'the tags given'}.\n\n`
    : `### resolve-image: ✗ no image found in ${code(name)}\n\n${fenced('text', failure ?? '')}\n`;
  const rows = result.tried.map((t, i) => [
    String(i + 1),
    ...(byCommit ? [code(t.commit ?? '')] : []),
    code(t.tag),
    t.digest ? code(t.digest) : 'not found',
  ]);
  const headers = ['#', ...(byCommit ? ['commit'] : []), 'tag', 'image'];
  return `${head}${table(headers, rows)}\n${requests} registry request(s).\n`;
}
