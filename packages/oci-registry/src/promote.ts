import { UserError } from '@coco-release/core';
import { repositoryScope } from './auth.js';
import type { RegistryClient } from './client.js';
import { mapLimit } from './limit.js';
import type { Descriptor, Manifest } from './manifest.js';
import { formatReference, sameRepository, type ImageReference, type Repository } from './reference.js';

/**
 * Give a tested image its release tag without rebuilding it: the candidate's manifest bytes are put under
 * the release tag, so the tag names exactly the candidate's digest. Across repositories the content comes
 * first: every blob is mounted from the source repository (or streamed when the registry does not mount, or
 * the source is on another registry), and for an index every child manifest is put before the index.
 * A release tag never moves: an existing tag with another digest is refused before anything is written,
 * and one with the same digest makes the run a no-op. After the write the tag is read back and must hold
 * the candidate's digest. Give the candidate by digest (`repo@sha256:…`, what was verified): a tag of a
 * candidate can be rebuilt between the verification and the promotion.
 */

export interface PromoteRequest {
  /** The candidate: a tag or a digest, in any repository. */
  source: ImageReference;
  /** The release tag's repository and tag. */
  target: Repository & { tag: string };
  /** Read and compare only; write nothing (and ask for pull access only). */
  dryRun?: boolean;
}

export type PromoteOutcome = 'promoted' | 'unchanged' | 'would-promote';

export interface PromoteResult {
  outcome: PromoteOutcome;
  /** The candidate's digest, which the release tag now holds (or would hold). */
  digest: string;
  mediaType: string;
  crossRepository: boolean;
  /** Manifests put: the children of an index, then the tagged one. */
  manifestsPut: number;
  blobs: { mounted: number; streamed: number; present: number };
}

/** Blob transfers in flight at once: enough to overlap round trips, few enough for any registry. */
const CONCURRENCY = 4;
/** Indexes of indexes exist (nested platforms); deeper than this is not an image. */
const MAX_DEPTH = 4;

export async function promoteImage(client: RegistryClient, req: PromoteRequest): Promise<PromoteResult> {
  const { source, target } = req;
  const cross = !sameRepository(source, target);
  const sameRegistry = source.registry === target.registry;
  // One token per registry for the whole run: the target's scopes include the source's when both are there
  // (a mount needs pull on the source repository too).
  const targetScopes = [repositoryScope(target.repository, req.dryRun ? 'pull' : 'pull,push')];
  if (cross && sameRegistry) targetScopes.push(repositoryScope(source.repository, 'pull'));
  const sourceScopes = sameRegistry ? targetScopes : [repositoryScope(source.repository, 'pull')];

  const manifest = await client.getManifest(source, sourceScopes);
  const targetRef = { ...target };
  const existing = await client.headManifest(targetRef, targetScopes);
  const result: PromoteResult = {
    outcome: 'unchanged',
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    crossRepository: cross,
    manifestsPut: 0,
    blobs: { mounted: 0, streamed: 0, present: 0 },
  };
  if (existing?.digest === manifest.digest) return result;
  if (existing) {
    throw new UserError(
      `refusing to move ${formatReference(targetRef)}: it already holds ${existing.digest}, and ` +
        `${formatReference(source)} is ${manifest.digest}. A release tag never moves: promote to another tag, ` +
        'or delete the wrong tag by hand if nobody can have pulled it',
    );
  }
  if (req.dryRun) return { ...result, outcome: 'would-promote' };

  if (cross) {
    const copier = new ContentCopier(client, source, sourceScopes, target, targetScopes, result);
    await copier.copyContent(manifest, 0);
  }
  await client.putManifest(target, target.tag, manifest, targetScopes);
  result.manifestsPut++;
  // A registry has no compare-and-set for tags: another promotion to the same new tag at the same time may
  // have put its own manifest after ours. Read the tag back, so that the run whose image it does not hold
  // fails instead of reporting a release tag that names another image.
  const now = await client.headManifest(targetRef, targetScopes);
  if (now?.digest !== manifest.digest) {
    throw new UserError(
      `${formatReference(targetRef)} was written with ${manifest.digest} (${formatReference(source)}), but reading it back gives ` +
        `${now ? now.digest : 'no manifest'}: something else wrote the release tag at the same time. ` +
        'Find out which image it should name before anyone pulls it',
    );
  }
  return { ...result, outcome: 'promoted' };
}

class ContentCopier {
  private readonly blobsDone = new Set<string>();
  private readonly manifestsDone = new Set<string>();

  constructor(
    private readonly client: RegistryClient,
    private readonly source: ImageReference,
    private readonly sourceScopes: readonly string[],
    private readonly target: Repository,
    private readonly targetScopes: readonly string[],
    private readonly result: PromoteResult,
  ) {}

  /** Everything `manifest` refers to, so the registry accepts it: children of an index first, then blobs. */
  async copyContent(manifest: Manifest, depth: number): Promise<void> {
    if (depth > MAX_DEPTH) {
      throw new UserError(`${formatReference(this.source)}: indexes nested more than ${MAX_DEPTH} deep`);
    }
    for (const child of manifest.manifests) {
      if (this.manifestsDone.has(child.digest)) continue;
      this.manifestsDone.add(child.digest);
      const m = await this.client.getManifest({ ...this.source, digest: child.digest }, this.sourceScopes);
      await this.copyContent(m, depth + 1);
      await this.client.putManifest(this.target, child.digest, m, this.targetScopes);
      this.result.manifestsPut++;
    }
    // Foreign layers (with urls) were never in the source registry either.
    const blobs = manifest.blobs.filter((b) => !b.urls && !this.blobsDone.has(b.digest));
    for (const b of blobs) this.blobsDone.add(b.digest);
    await mapLimit(blobs, CONCURRENCY, (b) => this.copyBlob(b));
  }

  private async copyBlob(blob: Descriptor): Promise<void> {
    const { client, source, target } = this;
    if (source.registry === target.registry) {
      const mount = await client.mountBlob(target, source, blob.digest, this.targetScopes);
      if (mount.mounted) {
        this.result.blobs.mounted++;
        return;
      }
      await client.copyBlob(source, this.sourceScopes, target, mount.location, blob, this.targetScopes);
      this.result.blobs.streamed++;
      return;
    }
    if (await client.blobExists(target, blob.digest, this.targetScopes)) {
      this.result.blobs.present++;
      return;
    }
    const location = await client.startUpload(target, this.targetScopes);
    await client.copyBlob(source, this.sourceScopes, target, location, blob, this.targetScopes);
    this.result.blobs.streamed++;
  }
}
