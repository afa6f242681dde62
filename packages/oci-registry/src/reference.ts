import { OCI_TAG, UserError } from '@coco-release/core';

/**
 * Image references as the distribution project's reference grammar defines them
 * (distribution/reference: `[registry/]repository[:tag][@digest]`), with Docker's defaults: a first path
 * component is a registry only when it holds a `.` or a `:` or is `localhost`; otherwise the image is on
 * Docker Hub, and a one-component name lives under `library/`.
 */

export interface Repository {
  /** As written in references: `quay.io`, `127.0.0.1:5000`, `docker.io`. */
  registry: string;
  /** Path inside the registry: `confidential-containers/cloud-api-adaptor`, `library/alpine`. */
  repository: string;
}

export interface ImageReference extends Repository {
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';
/** Docker Hub's API host: `docker.io` itself only redirects browsers. */
const DOCKER_HUB_API = 'registry-1.docker.io';

export const DIGEST_PATTERN = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const REGISTRY_PATTERN = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::([0-9]{1,5}))?$`);
/** distribution/reference's NameTotalLengthMax. */
const MAX_NAME_LENGTH = 255;

export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'the tag is empty';
  if (OCI_TAG.test(tag)) return undefined;
  if (tag.length > 128) return `the tag is ${tag.length} characters long; at most 128 are allowed`;
  return `invalid tag '${tag}': a tag is a letter, digit or '_' followed by letters, digits, '.', '_' or '-'`;
}

export function digestProblem(digest: string): string | undefined {
  if (DIGEST_PATTERN.test(digest)) return undefined;
  return `invalid digest '${digest}': expected sha256: and 64 lowercase hex digits (or sha512: and 128)`;
}

function registryProblem(registry: string): string | undefined {
  const m = REGISTRY_PATTERN.exec(registry);
  if (!m) return `invalid registry '${registry}'`;
  if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535)) {
    return `invalid port in registry '${registry}'`;
  }
  return undefined;
}

function repositoryProblem(repository: string): string | undefined {
  if (repository === '') return 'the repository is empty';
  if (REPOSITORY_PATTERN.test(repository)) return undefined;
  if (/[A-Z]/.test(repository)) return `invalid repository '${repository}': repository names are lowercase`;
  return (
    `invalid repository '${repository}': path components are lowercase letters and digits, separated by ` +
    "'.', '_', '__' or dashes, and joined by '/'"
  );
}

/** Split `text` into registry and the rest, applying Docker Hub's defaults. */
function splitRegistry(name: string): Repository {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    return { registry: first, repository: name.slice(slash + 1) };
  }
  return { registry: DOCKER_HUB, repository: slash === -1 ? `library/${name}` : name };
}

/**
 * Parse `[registry/]repository[:tag][@digest]`. `what` names the input in messages
 * (`input 'from'`); a problem is a UserError that quotes the reference.
 */
export function parseReference(text: string, what = 'image reference'): ImageReference {
  const ref = text.trim();
  const fail = (problem: string): never => {
    throw new UserError(`${what} '${ref}': ${problem}`);
  };
  if (ref === '') throw new UserError(`${what} is empty`);
  if (/\s/.test(ref)) fail('it contains whitespace');
  const at = ref.indexOf('@');
  let digest: string | undefined;
  let rest = ref;
  if (at !== -1) {
    digest = ref.slice(at + 1);
    rest = ref.slice(0, at);
    const problem = digestProblem(digest);
    if (problem) fail(problem);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    const problem = tagProblem(tag);
    if (problem) fail(problem);
  }
  const { registry, repository } = splitRegistry(rest);
  const problem = registryProblem(registry) ?? repositoryProblem(repository);
  if (problem) fail(problem);
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    fail(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** `registry/repository` with neither tag nor digest: what the actions' `image` input holds. */
export function parseRepository(text: string, what = "input 'image'"): Repository {
  const ref = parseReference(text, what);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new UserError(
      `${what} '${text.trim()}': give the repository alone (registry/repository), without ` +
        (ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag}`),
    );
  }
  return { registry: ref.registry, repository: ref.repository };
}

/** The canonical text: `registry/repository[:tag][@digest]`. */
export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${
    ref.digest !== undefined ? `@${ref.digest}` : ''
  }`;
}

export function sameRepository(a: Repository, b: Repository): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

/** Host name of a registry, without port or IPv6 brackets. */
function hostOf(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return colon === -1 ? registry : registry.slice(0, colon);
}

/** localhost, 127.0.0.0/8 and ::1: the registries Docker talks to over plain HTTP by default. */
export function isLoopback(registry: string): boolean {
  const host = hostOf(registry).toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Base URL of a registry's API: HTTPS, except for `plainHttp` registries. */
export function registryBaseUrl(registry: string, plainHttp: boolean): string {
  const host = registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
  return `${plainHttp ? 'http' : 'https'}://${host}`;
}
