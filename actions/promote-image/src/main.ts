import { code, table, throwIfAny, UserError, collectErrors } from '@coco-release/core';
import {
  credentialsFromInputs,
  DIGEST_PATTERN,
  formatReference,
  parseReference,
  parseRepository,
  promoteImage as promote,
  RegistryClient,
  tagProblem,
  type ImageReference,
  type PromoteResult,
  type Repository,
} from '@coco-release/oci-registry';
import { defineAction, type ActionResult } from '../../../src/action.js';

export interface PromoteInputs {
  image: Repository;
  from: ImageReference;
  to: string;
  token: string;
  username: string;
  dryRun: boolean;
}

/** `from`: a tag or digest of `image`, or a full reference (anything with a `/`). */
export function parseFrom(text: string, image: Repository): ImageReference {
  if (text.includes('/')) {
    const ref = parseReference(text, "input 'from'");
    if (ref.tag === undefined && ref.digest === undefined) {
      throw new UserError(`input 'from' '${text}': name the candidate's tag or digest (registry/repository:tag)`);
    }
    return ref;
  }
  if (text.startsWith('sha256:') || text.startsWith('sha512:')) {
    if (!DIGEST_PATTERN.test(text)) throw new UserError(`input 'from' '${text}': not a valid digest`);
    return { ...image, digest: text };
  }
  const problem = tagProblem(text);
  if (problem) throw new UserError(`input 'from' '${text}': ${problem}`);
  return { ...image, tag: text };
}

export const promoteImage = defineAction<PromoteInputs>({
  name: 'promote-image',

  readInputs(inputs) {
    const { errors, attempt } = collectErrors();
    const image = attempt(() => parseRepository(inputs.required('image')));
    const fromText = attempt(() => inputs.required('from'));
    const from = image && fromText !== undefined ? attempt(() => parseFrom(fromText, image)) : undefined;
    const to = attempt(() => {
      const t = inputs.required('to');
      const problem = tagProblem(t);
      if (problem) throw new UserError(`input 'to' '${t}': ${problem}`);
      return t;
    });
    const token = inputs.string('token');
    const username = inputs.string('username');
    if (image) attempt(() => credentialsFromInputs(image.registry, token, username));
    const dryRun = attempt(() => inputs.boolean('dry-run'));
    throwIfAny(errors);
    return { image: image!, from: from!, to: to!, token, username, dryRun: dryRun! };
  },

  async run(inputs, ctx): Promise<ActionResult> {
    if (inputs.token) ctx.secret(inputs.token);
    const client = new RegistryClient({
      credentials: credentialsFromInputs(inputs.image.registry, inputs.token, inputs.username),
      onRetry: (line) => ctx.info(line),
    });
    const started = Date.now();
    const target = { ...inputs.image, tag: inputs.to };
    const result = await promote(client, { source: inputs.from, target, dryRun: inputs.dryRun });
    const reference = formatReference({ ...target, digest: result.digest });
    const source = formatReference(inputs.from);
    const release = formatReference(target);
    if (result.outcome === 'unchanged') ctx.info(`${release} already holds ${result.digest}: nothing to do`);
    else if (result.outcome === 'would-promote')
      ctx.info(`dry run: ${release} would get ${result.digest} from ${source}`);
    else ctx.info(`${release} now holds ${result.digest} (from ${source}): ${describeCopy(result)}`);
    ctx.info(`${client.requests} registry request(s) in ${Date.now() - started} ms`);
    return {
      outputs: { digest: result.digest, promoted: String(result.outcome === 'promoted'), reference },
      summary: summarize(source, release, result, client.requests),
    };
  },
});

function describeCopy(r: PromoteResult): string {
  const parts = [`${r.manifestsPut} manifest(s) put`];
  if (r.crossRepository) {
    parts.push(
      `${r.blobs.mounted} blob(s) mounted`,
      `${r.blobs.streamed} streamed`,
      `${r.blobs.present} already there`,
    );
  }
  return parts.join(', ');
}

function summarize(source: string, release: string, r: PromoteResult, requests: number): string {
  const title =
    r.outcome === 'promoted'
      ? `### promote-image: ✓ ${code(release)}`
      : r.outcome === 'unchanged'
        ? `### promote-image: ${code(release)} already holds the candidate`
        : `### promote-image: ${code(release)} (dry run, nothing written)`;
  const result =
    r.outcome === 'promoted'
      ? `promoted: ${describeCopy(r)}`
      : r.outcome === 'unchanged'
        ? 'nothing to do: the release tag already holds this digest'
        : 'would be promoted';
  const rows = [
    ['candidate', code(source)],
    ['release tag', code(release)],
    ['digest', code(r.digest)],
    ['media type', code(r.mediaType)],
    ['result', result],
  ];
  return `${title}\n\n${table(['', ''], rows)}\n${requests} registry request(s).\n`;
}
