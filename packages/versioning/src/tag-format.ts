import { UserError } from '@coco-release/core';
import semver from 'semver';

/**
 * A release tag format: `v{version}` (cloud-api-adaptor, trustee), `{version}` (Kata: `4.0.0`),
 * `src/cloud-api-adaptor/v{version}` (a Go module). `{version}` is a SemVer 2 version without a `v`.
 */
export interface TagFormat {
  text: string;
  prefix: string;
  suffix: string;
}

export function parseTagFormat(text: string, input = 'tag-format'): TagFormat {
  const at = text.indexOf('{version}');
  if (at === -1 || text.indexOf('{version}', at + 1) !== -1)
    throw new UserError(`input '${input}' must hold {version} exactly once, such as v{version}, got '${text}'`);
  const prefix = text.slice(0, at);
  const suffix = text.slice(at + '{version}'.length);
  if (/[\s{}]/.test(prefix + suffix))
    throw new UserError(`input '${input}' holds a blank or a brace besides {version}: '${text}'`);
  return { text, prefix, suffix };
}

export function formatTag(format: TagFormat, version: string): string {
  return `${format.prefix}${version}${format.suffix}`;
}

/** The version a tag names under this format, or undefined when it is not such a tag. */
export function versionOfTag(format: TagFormat, tag: string): string | undefined {
  if (!tag.startsWith(format.prefix) || !tag.endsWith(format.suffix)) return undefined;
  const v = tag.slice(format.prefix.length, tag.length - format.suffix.length);
  return semver.valid(v) === v ? v : undefined;
}

/** Every version the tags name under this format, highest first. */
export function versionsOf(format: TagFormat, tags: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const v = versionOfTag(format, t);
    if (v !== undefined) out.add(v);
  }
  return [...out].sort(semver.rcompare);
}
