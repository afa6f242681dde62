import { repositoryScope } from './auth.js';
import { RegistryClient, type ClientOptions } from './client.js';
import { RegistryError } from './errors.js';
import { mapLimit } from './limit.js';
import { formatReference, parseReference, type ImageReference, type Repository } from './reference.js';

/**
 * Which images exist: the newest of a list of candidate tags (one HEAD per candidate, newest first, stopping
 * at the first that exists), and plain existence checks for pins.
 */

export interface Candidate {
  tag: string;
  /** The commit the tag was made from, when candidates come from history. */
  commit?: string;
}

export interface Tried extends Candidate {
  /** The manifest digest when the tag exists; undefined when it does not. */
  digest?: string;
  mediaType?: string;
}

export interface Found extends Candidate {
  digest: string;
  mediaType: string;
}

export interface ResolveResult {
  found?: Found;
  /** Every candidate asked about, in order; the last one is `found` when there is one. */
  tried: Tried[];
}

export async function findNewestImage(
  client: RegistryClient,
  repo: Repository,
  candidates: readonly Candidate[],
): Promise<ResolveResult> {
  const scopes = [repositoryScope(repo.repository, 'pull')];
  const tried: Tried[] = [];
  for (const c of candidates) {
    const head = await client.headManifest({ ...repo, tag: c.tag }, scopes);
    if (!head) {
      tried.push({ ...c });
      continue;
    }
    const found: Found = { ...c, digest: head.digest, mediaType: head.mediaType };
    tried.push(found);
    return { found, tried };
  }
  return { tried };
}

export interface ImageCheck {
  /** The reference as given. */
  ref: string;
  exists: boolean;
  /** The manifest digest, when it exists. */
  digest?: string;
  mediaType?: string;
}

export interface CheckOptions extends ClientOptions {
  /** Reuse a client (and its tokens) across calls; otherwise one is made from the options. */
  client?: RegistryClient;
  /** Checks in flight at once. Default 4. */
  concurrency?: number;
}

function toReference(ref: string | ImageReference): ImageReference {
  const parsed = typeof ref === 'string' ? parseReference(ref) : ref;
  if (parsed.tag === undefined && parsed.digest === undefined) {
    throw new RegistryError(`${formatReference(parsed)}: name a tag or a digest to check`);
  }
  return parsed;
}

/**
 * For pins: whether each `registry/repository:tag` (or `@digest`) exists, with its digest. One HEAD per
 * reference; a missing tag is `exists: false`; anything else the registry refuses (credentials, rate limits)
 * throws a RegistryError naming the reference.
 */
export async function checkImagesExist(
  refs: readonly (string | ImageReference)[],
  options: CheckOptions = {},
): Promise<ImageCheck[]> {
  const parsed = refs.map(toReference);
  const client = options.client ?? new RegistryClient(options);
  return mapLimit(parsed, options.concurrency ?? 4, async (ref, i) => {
    const text = typeof refs[i] === 'string' ? (refs[i] as string).trim() : formatReference(ref);
    const head = await client.headManifest(ref, [repositoryScope(ref.repository, 'pull')]);
    return head
      ? { ref: text, exists: true, digest: head.digest, mediaType: head.mediaType }
      : { ref: text, exists: false };
  });
}
