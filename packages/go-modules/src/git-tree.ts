import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeUtf8, UserError } from '@coco-release/core';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as git wrote it (the text above is its UTF-8 decoding), when the runner keeps it. */
  bytes?: Buffer;
  /** The command was stopped at the network timeout (code is then not git's). */
  timedOut?: boolean;
}

/** Runs git with an argument array (never a shell). The action provides it; tests may wrap it. */
export type Git = (
  args: string[],
  opts?: { cwd?: string; allowFailure?: boolean; input?: string },
) => Promise<GitResult>;

/** Every path of a commit's tree (`git ls-tree -r -z --name-only`). */
export async function listTreePaths(git: Git, commit: string): Promise<string[]> {
  const { stdout } = await git(['ls-tree', '-r', '-z', '--name-only', commit]);
  return stdout.split('\0').filter((p) => p !== '');
}

/** The text of `commit:<dir>/go.mod` for each dir, in one `git cat-file --batch`. */
export async function readGoModsAtCommit(
  git: Git,
  commit: string,
  dirs: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (dirs.length === 0) return out;
  const input = dirs.map((d) => `${commit}:${d === '' ? 'go.mod' : `${d}/go.mod`}\n`).join('');
  const { stdout, bytes } = await git(['cat-file', '--batch'], { input });
  // Sizes are in bytes: walk the output as git wrote it, and decode each go.mod strictly.
  const buf = bytes ?? Buffer.from(stdout, 'utf8');
  let pos = 0;
  for (const dir of dirs) {
    const nl = buf.indexOf(0x0a, pos);
    const header = buf.subarray(pos, nl).toString('utf8');
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) throw new Error(`git cat-file --batch: unexpected header '${header}' for ${dir}/go.mod`);
    const size = Number(m[1]);
    out.set(dir, decodeUtf8(buf.subarray(nl + 1, nl + 1 + size), dir === '' ? 'go.mod' : `${dir}/go.mod`));
    pos = nl + 1 + size + 1;
  }
  return out;
}

/** Local tags -> commit they point at (annotated tags peeled), from one `git for-each-ref`. */
export async function localTags(git: Git): Promise<Map<string, string>> {
  const { stdout } = await git(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags']);
  const out = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const [ref, oid, peeled] = line.split('\0');
    if (!ref || !oid) continue;
    out.set(ref.slice('refs/tags/'.length), peeled || oid);
  }
  return out;
}

export interface Identity {
  name: string;
  email: string;
}

/** Who signs the tags: GIT_COMMITTER_* when set, else git config user.*, else github-actions[bot]. */
export async function taggerIdentity(git: Git, env: Readonly<Record<string, string | undefined>>): Promise<Identity> {
  const { stdout } = await git(['config', '--get-regexp', '^user\\.(name|email)$'], { allowFailure: true });
  const config = new Map(
    stdout
      .split('\n')
      .filter((l) => l.includes(' '))
      .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)] as const),
  );
  return {
    name: env['GIT_COMMITTER_NAME'] || config.get('user.name') || 'github-actions[bot]',
    email:
      env['GIT_COMMITTER_EMAIL'] || config.get('user.email') || '41898282+github-actions[bot]@users.noreply.github.com',
  };
}

function gitDate(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${Math.floor(now.getTime() / 1000)} ${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Create annotated tags in one local transaction: tag objects through one `git hash-object --stdin-paths`,
 * refs through one `git update-ref --stdin` (all created or none; an existing ref fails the whole batch).
 * Equivalent to `git tag -a -m <message> <tag> <commit>` for each tag. Returns tag -> tag object id.
 */
export async function createAnnotatedTags(
  git: Git,
  tags: readonly { tag: string; message: string }[],
  commit: string,
  who: Identity,
  now = new Date(),
): Promise<Map<string, string>> {
  const created = new Map<string, string>();
  if (tags.length === 0) return created;
  const clean = (s: string) => s.replace(/[<>\n]/g, '');
  const tagger = `${clean(who.name)} <${clean(who.email)}> ${gitDate(now)}`;
  const dir = mkdtempSync(join(tmpdir(), 'coco-tags-'));
  try {
    const files = tags.map((t, i) => {
      const file = join(dir, `${i}.tag`);
      writeFileSync(file, `object ${commit}\ntype commit\ntag ${t.tag}\ntagger ${tagger}\n\n${t.message}\n`);
      return file;
    });
    const { stdout } = await git(['hash-object', '-t', 'tag', '-w', '--stdin-paths'], {
      input: files.join('\n') + '\n',
    });
    const oids = stdout.trim().split('\n');
    if (oids.length !== tags.length)
      throw new Error(`git hash-object returned ${oids.length} ids for ${tags.length} tags`);
    tags.forEach((t, i) => created.set(t.tag, oids[i]!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const input = tags.map((t) => `create refs/tags/${t.tag} ${created.get(t.tag)}\n`).join('');
  const res = await git(['update-ref', '--stdin'], { input, allowFailure: true });
  if (res.code !== 0) throw new UserError(`creating local tags failed, none was created: ${res.stderr.trim()}`);
  return created;
}

/** Delete the tags this run created (only if they still point at what it created). */
export async function deleteTags(git: Git, created: ReadonlyMap<string, string>): Promise<void> {
  if (created.size === 0) return;
  const input = [...created].map(([tag, oid]) => `delete refs/tags/${tag} ${oid}\n`).join('');
  await git(['update-ref', '--stdin'], { input });
}
