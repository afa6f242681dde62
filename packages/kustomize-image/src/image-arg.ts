import { OCI_TAG, UserError } from '@coco-release/core';

/**
 * The image argument of `kustomize edit set image`, parsed as kustomize v5 does
 * (kustomize/commands/edit/set/setimage.go `parse`, api/internal/image/image.go `Split`):
 * - the first `=` separates the image name from the new image (`NAME=NEWNAME[:TAG][@DIGEST]`);
 * - without `=`, the argument is `NAME:TAG`, `NAME@DIGEST` or `NAME:TAG@DIGEST`; a bare `NAME` is refused;
 * - a `:` before the first `/` belongs to a registry host (`192.168.122.1:5000/x`), not to a tag;
 * - `*` as new name, tag or digest keeps the value already in the kustomization.
 * On top of kustomize, tags and digests are validated here (kustomize v5 no longer does), so a typo fails
 * the run instead of producing an image reference no registry serves.
 */

/** `*`: keep the value in the file (kustomize's preserveSeparator). */
export const KEEP = '*';

export interface ImageArg {
  /** The argument as given, for messages. */
  text: string;
  /** The `name` the entry is matched by. */
  name: string;
  /** undefined: not given; `*`: keep the file's value. */
  newName?: string;
  newTag?: string;
  digest?: string;
}

export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

const FORMS =
  'NAME=NEWNAME:TAG, NAME=NEWNAME@DIGEST, NAME=NEWNAME:TAG@DIGEST, NAME=NEWNAME, NAME:TAG, NAME:TAG@DIGEST or NAME@DIGEST (* as NEWNAME, TAG or DIGEST keeps the value in the file)';

/** Name, tag and digest of an image reference, exactly as kustomize's image.Split cuts them. */
export function splitImage(ref: string): { name: string; tag?: string; digest?: string } {
  const slash = ref.indexOf('/');
  const from = slash > 0 ? slash : 0;
  const search = ref.slice(from);
  let at = search.indexOf('@');
  let colon = search.indexOf(':');
  if (colon < 0 && at < 0) return { name: ref };
  if (at >= 0 && (at < colon || colon < 0)) {
    at += from;
    return { name: ref.slice(0, at), digest: ref.slice(at + 1) };
  }
  colon += from;
  if (at >= 0) {
    at += from;
    return { name: ref.slice(0, colon), tag: ref.slice(colon + 1, at), digest: ref.slice(at + 1) };
  }
  return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}

export function tagProblem(tag: string): string | undefined {
  if (tag === KEEP || OCI_TAG.test(tag)) return undefined;
  if (tag === '') return 'the tag after : is empty';
  if (!/^[A-Za-z0-9._-]+$/.test(tag))
    return `invalid tag '${tag}': a tag may contain only letters, digits, '.', '_' and '-'`;
  if (tag.length > 128) return `invalid tag '${tag}': a tag is at most 128 characters long, this one has ${tag.length}`;
  return `invalid tag '${tag}': a tag must start with a letter, a digit or '_'`;
}

export function digestProblem(digest: string): string | undefined {
  if (digest === KEEP || DIGEST_PATTERN.test(digest)) return undefined;
  if (digest === '') return 'the digest after @ is empty';
  return `invalid digest '${digest}': expected sha256: followed by 64 lowercase hex digits`;
}

function nameProblem(what: string, name: string): string | undefined {
  if (name === '') return `the ${what} is empty`;
  if (/[\s=@]/.test(name) || /[\u0000-\u001f\u007f]/.test(name)) return `invalid ${what} '${name}'`;
  return undefined;
}

export function parseImageArg(input: string): ImageArg {
  const text = input.trim();
  const fail = (problem: string): never => {
    throw new UserError(`image '${text}': ${problem}`);
  };
  if (text === '') throw new UserError("input 'image' is required");
  const eq = text.indexOf('=');
  const key = eq < 0 ? undefined : text.slice(0, eq);
  const value = eq < 0 ? text : text.slice(eq + 1);
  const parts = splitImage(value);
  if (key === undefined && parts.tag === undefined && parts.digest === undefined) fail(`invalid format; use ${FORMS}`);
  const arg: ImageArg = { text, name: key ?? parts.name };
  if (key !== undefined) {
    const keyParts = splitImage(key);
    if (keyParts.tag !== undefined || keyParts.digest !== undefined) {
      fail(`the name before = must not carry a tag or digest: kustomize matches images by name alone`);
    }
    if (parts.name !== KEEP) {
      const p = nameProblem('new name', parts.name);
      if (p) fail(p);
    }
    arg.newName = parts.name;
  }
  const p = arg.name === KEEP ? 'the image name cannot be *' : nameProblem('image name', arg.name);
  if (p) fail(p);
  if (parts.tag !== undefined) {
    const t = tagProblem(parts.tag);
    if (t) fail(t);
    arg.newTag = parts.tag;
  }
  if (parts.digest !== undefined) {
    const d = digestProblem(parts.digest);
    if (d) fail(d);
    arg.digest = parts.digest;
  }
  return arg;
}
