import { code, table, UserError } from '@coco-release/core';
import { parse as parseSemver } from 'semver';
import { defineAction, type ActionResult } from '../../../src/action.js';
import { repositoryInput, workflowRepository } from '../../../src/github/repository.js';
import type { GithubClient } from '../../../src/github/client.js';
import { parseRequiredChecks, type GateResult, type RequiredCheck } from '../../../src/github/checks.js';

export interface ReleaseInputs {
  tag: string;
  prerelease: boolean;
  /** '' when not given. */
  commit: string;
  body: string;
  requireChecks: boolean;
  allowNoChecks: boolean;
  requiredChecks: RequiredCheck[];
  /** '' when not given (run() then falls back to GITHUB_TOKEN). */
  token: string;
  /** '' when not given (run() then uses GITHUB_REPOSITORY). */
  repository: string;
  dryRun: boolean;
}

export function parseReleaseTag(tag: string): { prerelease: boolean } {
  const version = parseSemver(tag);
  // semver accepts a leading 'v' and '=' and surrounding blanks; a tag name holds only the 'v'.
  if (!version || !/^v?\d/.test(tag) || /\s/.test(tag)) {
    throw new UserError(
      `input 'tag' must be a version tag such as v0.22.0 or v0.23.0-alpha.1 (semver with an optional leading v), got '${tag}'`,
    );
  }
  return { prerelease: version.prerelease.length > 0 };
}

export const githubRelease = defineAction<ReleaseInputs>({
  name: 'github-release',

  readInputs(inputs) {
    const tag = inputs.required('tag');
    const commit = inputs.string('commit');
    if (/\s/.test(commit)) throw new UserError(`input 'commit' must be a commit SHA or a ref name, got '${commit}'`);
    const repository = repositoryInput(inputs.string('repository'));
    const token = inputs.string('token');
    return {
      tag,
      prerelease: parseReleaseTag(tag).prerelease,
      commit,
      body: inputs.raw('body').trim(),
      requireChecks: inputs.boolean('require-checks'),
      allowNoChecks: inputs.boolean('allow-no-checks'),
      requiredChecks: parseRequiredChecks(inputs.lines('required-checks')),
      token: token.includes('${{') ? '' : token,
      repository,
      dryRun: inputs.boolean('dry-run'),
    };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    const repository = workflowRepository(inputs.repository, ctx.env);
    const [owner, repo] = repository.split('/') as [string, string];
    const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
    if (token === '')
      throw new UserError("input 'token' is empty and GITHUB_TOKEN is not set: a release needs a token");
    ctx.secret(token);

    const { createGithubClient } = await import('../../../src/github/client.js');
    const client = await createGithubClient({ token, env: ctx.env, onRetry: (line) => ctx.info(line) });
    const site = { owner, repo, tag: inputs.tag };
    const fail = (e: unknown, what: string, context: Parameters<GithubClient['explain']>[1] = {}): never => {
      if (e instanceof UserError) throw e;
      throw new UserError(`${what}: ${client.explain(e, context)}`);
    };
    const reading = {
      forbidden: `the token needs contents: read on ${repository}`,
      notFound: `not found: ${repository} does not exist, or the token cannot see it (it needs contents: read on ${repository})`,
    };

    await client
      .request('GET /repos/{owner}/{repo}', { owner, repo })
      .catch((e) => fail(e, `reading ${repository}`, reading));
    const [existing, tagCommit] = await Promise.all([
      releaseByTag(client, site).catch((e) => fail(e, `reading the release ${inputs.tag} of ${repository}`, reading)),
      tagTarget(client, site).catch((e) => fail(e, `reading the tag ${inputs.tag} of ${repository}`, reading)),
    ]);
    const commit = await chooseCommit(client, inputs, ctx.env, site, tagCommit);

    if (tagCommit !== undefined && tagCommit !== commit) {
      throw new UserError(
        `tag ${inputs.tag} already points to ${tagCommit} in ${repository}, not to ${commit}: a release tag is never moved. ` +
          'Release the commit the tag names (leave commit empty), or a new version',
      );
    }
    if (existing) {
      if (tagCommit === undefined) {
        throw new UserError(
          `${repository} has a release for ${inputs.tag} (${existing.html_url}) but no tag ${inputs.tag}: restore the tag or delete the release by hand`,
        );
      }
      ctx.info(`release ${inputs.tag} already exists at ${commit}: ${existing.html_url}`);
      return {
        outputs: { url: existing.html_url, id: String(existing.id), created: 'false' },
        summary: summarize('✓ already released', inputs, repository, commit, existing.html_url, undefined),
      };
    }

    let gate: GateResult | undefined;
    if (inputs.requireChecks) {
      const { checkGate } = await import('../../../src/github/checks.js');
      gate = await checkGate(client, {
        owner,
        repo,
        sha: commit,
        allowNoChecks: inputs.allowNoChecks,
        required: inputs.requiredChecks,
        ignoreRunId: ctx.env['GITHUB_RUN_ID'],
        noChecksHint: 'set allow-no-checks: true to release it anyway',
      });
      ctx.info(gate.message);
      if (!gate.ok) {
        return {
          outputs: { url: '', id: '', created: 'false' },
          summary: summarize('✗ not released: CI has not passed', inputs, repository, commit, '', gate),
          failure: `${gate.message}; nothing was created`,
        };
      }
    }

    if (inputs.dryRun) {
      ctx.info(`dry run: would create the ${inputs.prerelease ? 'pre-release' : 'release'} ${inputs.tag} at ${commit}`);
      return {
        outputs: { url: '', id: '', created: 'false' },
        summary: summarize('dry run: would create', inputs, repository, commit, '', gate),
      };
    }

    const created = await createRelease(client, inputs, site, commit);
    if (!created.new) ctx.info(`release ${inputs.tag} was created at ${commit} meanwhile: ${created.release.html_url}`);
    else
      ctx.info(
        `created the ${inputs.prerelease ? 'pre-release' : 'release'} ${inputs.tag} at ${commit}: ${created.release.html_url}`,
      );
    return {
      outputs: { url: created.release.html_url, id: String(created.release.id), created: String(created.new) },
      summary: summarize(
        created.new ? '✓ created' : '✓ already released',
        inputs,
        repository,
        commit,
        created.release.html_url,
        gate,
      ),
    };
  },
});

interface Site {
  owner: string;
  repo: string;
  tag: string;
}

interface ReleaseData {
  id: number;
  html_url: string;
  tag_name: string;
}

function status(e: unknown): number | undefined {
  const err = e as { status?: unknown; response?: unknown };
  return err?.response !== undefined && typeof err.status === 'number' ? err.status : undefined;
}

/** The published release of the tag, or undefined. */
async function releaseByTag(client: GithubClient, site: Site): Promise<ReleaseData | undefined> {
  try {
    const r = await client.request<ReleaseData>('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...site });
    return r.data;
  } catch (e) {
    if (status(e) === 404) return undefined;
    throw e;
  }
}

/** The commit the tag names (through annotated tags), or undefined when there is no such tag. */
async function tagTarget(client: GithubClient, site: Site): Promise<string | undefined> {
  type Obj = { type: string; sha: string };
  let object: Obj;
  try {
    const r = await client.request<{ object: Obj }>('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner: site.owner,
      repo: site.repo,
      ref: `tags/${site.tag}`,
    });
    object = r.data.object;
  } catch (e) {
    if (status(e) === 404) return undefined;
    throw e;
  }
  // A tag of a tag is legal git; a handful of levels is all anyone makes.
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    const r = await client.request<{ object: Obj }>('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      owner: site.owner,
      repo: site.repo,
      tag_sha: object.sha,
    });
    object = r.data.object;
  }
  if (object.type !== 'commit') {
    throw new UserError(`tag ${site.tag} of ${site.owner}/${site.repo} names a ${object.type}, not a commit`);
  }
  return object.sha;
}

async function chooseCommit(
  client: GithubClient,
  inputs: ReleaseInputs,
  env: Readonly<Record<string, string | undefined>>,
  site: Site,
  tagCommit: string | undefined,
): Promise<string> {
  const repository = `${site.owner}/${site.repo}`;
  if (inputs.commit !== '') {
    try {
      const r = await client.request<{ sha: string }>('GET /repos/{owner}/{repo}/commits/{ref}', {
        owner: site.owner,
        repo: site.repo,
        ref: inputs.commit,
      });
      return r.data.sha;
    } catch (e) {
      const s = status(e);
      if (s === 404 || s === 422) throw new UserError(`input 'commit': ${repository} has no commit '${inputs.commit}'`);
      throw new UserError(
        `reading the commit ${inputs.commit} of ${repository}: ${client.explain(e, { forbidden: `the token needs contents: read on ${repository}` })}`,
      );
    }
  }
  if (tagCommit !== undefined) return tagCommit;
  const sha = env['GITHUB_SHA']?.trim() ?? '';
  if (/^[0-9a-f]{40}$/.test(sha)) return sha;
  throw new UserError(
    sha === ''
      ? `no commit to release: input 'commit' is empty, tag ${site.tag} does not exist yet, and GITHUB_SHA is not set`
      : `GITHUB_SHA must be a full commit SHA, got '${sha}'`,
  );
}

/**
 * Whether `tag` is a higher version than every published, non-pre-release release of the repository (tags
 * that are not semver are not versions and do not count): only then is it the repository's "Latest".
 */
async function isHighestRelease(client: GithubClient, site: Site, tag: string): Promise<boolean> {
  const version = parseSemver(tag);
  if (!version) return false;
  type Listed = { tag_name: string; draft: boolean; prerelease: boolean };
  let releases: Listed[];
  try {
    releases = await client.paginate<Listed, Listed[]>(
      'GET /repos/{owner}/{repo}/releases',
      { owner: site.owner, repo: site.repo, per_page: 100 },
      (page) => page,
    );
  } catch (e) {
    throw new UserError(
      `listing the releases of ${site.owner}/${site.repo} (to decide whether ${tag} is the latest): ${client.explain(e, {})}`,
    );
  }
  return releases
    .filter((r) => !r.draft && !r.prerelease && r.tag_name !== tag)
    .every((r) => {
      const other = parseSemver(r.tag_name);
      return other === null || version.compare(other) > 0;
    });
}

async function createRelease(
  client: GithubClient,
  inputs: ReleaseInputs,
  site: Site,
  commit: string,
): Promise<{ release: ReleaseData; new: boolean }> {
  const repository = `${site.owner}/${site.repo}`;
  const makeLatest = inputs.prerelease ? false : await isHighestRelease(client, site, inputs.tag);
  try {
    const r = await client.request<ReleaseData>('POST /repos/{owner}/{repo}/releases', {
      owner: site.owner,
      repo: site.repo,
      tag_name: inputs.tag,
      target_commitish: commit,
      prerelease: inputs.prerelease,
      // GitHub makes every new published release "Latest" unless told: a patch of an older line must not be.
      make_latest: makeLatest ? 'true' : 'false',
      generate_release_notes: true,
      ...(inputs.body !== '' ? { body: inputs.body } : {}),
    });
    return { release: r.data, new: true };
  } catch (e) {
    const { validationCode } = await import('../../../src/github/errors.js');
    if (status(e) === 422 && validationCode(e, 'tag_name') === 'already_exists') {
      // Another run created it between our read and this request: fine if it is the same commit.
      const [again, tagCommit] = await Promise.all([releaseByTag(client, site), tagTarget(client, site)]);
      if (again && tagCommit === commit) return { release: again, new: false };
      throw new UserError(
        again
          ? `a release for ${inputs.tag} was created meanwhile at ${tagCommit ?? 'an unknown commit'}, not ${commit}: ${again.html_url}`
          : `${repository} already has an unpublished (draft) release for ${inputs.tag}: publish or delete it first`,
      );
    }
    throw new UserError(
      `creating the release ${inputs.tag} of ${repository}: ${client.explain(e, {
        forbidden:
          `the token needs contents: write on ${repository} to create a release and its tag ` +
          '(workflow permissions: contents: write; fine-grained token: Contents read and write)',
        notFound: `not found: ${repository} does not exist, or the token cannot see it (it needs contents: write on ${repository})`,
        unprocessable: `GitHub would not create the release ${inputs.tag} at ${commit}`,
      })}`,
    );
  }
}

function summarize(
  verdict: string,
  inputs: ReleaseInputs,
  repository: string,
  commit: string,
  url: string,
  gate: GateResult | undefined,
): string {
  const row = [
    code(repository),
    code(inputs.tag),
    code(commit),
    inputs.prerelease ? 'yes' : 'no',
    url ? code(url) : '',
  ];
  const head = `### github-release: ${verdict} ${code(inputs.tag)}\n\n${table(['repository', 'tag', 'commit', 'pre-release', 'release'], [row])}`;
  return gate ? `${head}\n${gate.summary}` : head;
}
