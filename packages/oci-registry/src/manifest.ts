import { createHash } from 'node:crypto';
import { clip, RegistryError } from './errors.js';
import { DIGEST_PATTERN } from './reference.js';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

/** Every manifest type this client reads, most specific first; Docker's schema 1 is not among them. */
export const MANIFEST_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST] as const;
export const ACCEPT_MANIFESTS = MANIFEST_TYPES.join(', ');

export function isIndexType(mediaType: string): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  /** Foreign layers live elsewhere (`urls`): they are never copied between repositories. */
  urls?: string[];
}

/** A manifest exactly as the registry served it: its bytes are what gets copied, so its digest survives. */
export interface Manifest {
  mediaType: string;
  digest: string;
  bytes: Uint8Array;
  /** For an index: the manifests it lists. */
  manifests: Descriptor[];
  /** For an image manifest: the config and the layers. */
  blobs: Descriptor[];
}

export function digestOf(bytes: Uint8Array, algorithm: 'sha256' | 'sha512' = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

function descriptor(value: unknown, where: string): Descriptor {
  const d = value as Partial<Descriptor> | null;
  if (
    !d ||
    typeof d !== 'object' ||
    typeof d.mediaType !== 'string' ||
    typeof d.digest !== 'string' ||
    !DIGEST_PATTERN.test(d.digest) ||
    typeof d.size !== 'number' ||
    !Number.isSafeInteger(d.size) ||
    d.size < 0
  ) {
    throw new RegistryError(`${where}: a descriptor lacks a valid mediaType, digest or size`);
  }
  return {
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...(Array.isArray(d.urls) && d.urls.length > 0 ? { urls: d.urls.map(String) } : {}),
  };
}

/**
 * Read the parts of a manifest that copying needs. `contentType` is the registry's Content-Type, which wins
 * over a missing `mediaType` field (OCI makes the field optional).
 */
export function parseManifest(bytes: Uint8Array, contentType: string, digest: string, where: string): Manifest {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Record<string, unknown>;
  } catch (e) {
    throw new RegistryError(`${where}: the manifest is not JSON (${clip((e as Error).message)})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new RegistryError(`${where}: the manifest is not a JSON object`);
  const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
  const served = contentType.split(';')[0]!.trim().toLowerCase();
  const mediaType = (MANIFEST_TYPES as readonly string[]).includes(served) ? served : declared;
  if (
    doc['schemaVersion'] === 1 ||
    mediaType === undefined ||
    !(MANIFEST_TYPES as readonly string[]).includes(mediaType)
  ) {
    throw new RegistryError(
      `${where}: unsupported manifest type '${clip(mediaType ?? served ?? 'none')}' ` +
        '(expected an OCI index or manifest, or a Docker manifest list or schema 2 manifest)',
    );
  }
  if (declared !== undefined && declared !== mediaType) {
    throw new RegistryError(
      `${where}: the registry served it as ${mediaType} but its mediaType field says ${clip(declared)}`,
    );
  }
  const list = (name: string): unknown[] => {
    const v = doc[name];
    if (!Array.isArray(v)) throw new RegistryError(`${where}: the manifest has no '${name}' list`);
    return v;
  };
  if (isIndexType(mediaType)) {
    return { mediaType, digest, bytes, manifests: list('manifests').map((d) => descriptor(d, where)), blobs: [] };
  }
  const blobs = [descriptor(doc['config'], where), ...list('layers').map((d) => descriptor(d, where))];
  return { mediaType, digest, bytes, manifests: [], blobs };
}
