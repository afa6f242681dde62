import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  type Dirent,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatFile, type GitObjectType, type ObjectContent, type ObjectInfo } from './git-cat-file.js';

/**
 * A bare git repository as the test GitHub server sees it: every question the API answers about files,
 * refs, tags and commits is asked of git (argument arrays, never a shell), so what the code under test
 * pushes with `git push` is what the API reports. BareRepo's own methods run a git process each (for
 * tests and for setting up); the server reads through `reader` (RepoReader), one long-lived process.
 */

const ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Release Tester',
  GIT_AUTHOR_EMAIL: 'tester@example.com',
  GIT_COMMITTER_NAME: 'Release Tester',
  GIT_COMMITTER_EMAIL: 'tester@example.com',
  // Fixed dates: the same files give the same commit ids in every run.
  GIT_AUTHOR_DATE: '2026-01-15T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-15T12:00:00Z',
};

export type { GitObjectType };

export interface TreeEntry {
  mode: string;
  type: GitObjectType;
  oid: string;
  path: string;
  /** Blob size in bytes ('-' for others, as ls-tree -l prints). */
  size: number | undefined;
}

export interface RefInfo {
  /** refs/tags/v1.0.0 */
  ref: string;
  oid: string;
  type: GitObjectType;
  /** For an annotated tag: the commit it points to (peeled). */
  commit: string | undefined;
}

export interface TagObject {
  oid: string;
  tag: string;
  object: string;
  type: GitObjectType;
  message: string;
  tagger: string;
}

export interface CommitObject {
  oid: string;
  tree: string;
  parents: string[];
  author: string;
  committer: string;
  message: string;
}

const HOOK = `#!/bin/bash
# Installed by the test GitHub server. Refuses, as GitHub does:
# - a push to a branch whose protection has lock_branch;
# - for a token without the workflows permission (COCO_PUSH_WORKFLOWS=none: the GITHUB_TOKEN always, an
#   App or fine-grained token not granted it), a ref update whose commit's .github/workflows differs from
#   that of every branch tip. COCO_PUSH_AS and COCO_PUSH_WORKFLOWS come from the pusher's credentials
#   (GithubServer.pushEnv); a push without them is a person's, allowed everything.
zero=0000000000000000000000000000000000000000
status=0
while read -r old new ref; do
  if [ -f coco-locked-branches ] && grep -qxF "$ref" coco-locked-branches; then
    echo "error: GH006: Protected branch update failed for $ref. Cannot change this locked branch" >&2
    status=1
  fi
  if [ "$new" != "$zero" ] && [ "\${COCO_PUSH_WORKFLOWS:-write}" != write ]; then
    wanted=$(git rev-parse -q --verify "$new:.github/workflows" 2>/dev/null || echo none)
    known=no
    for tip in $(git for-each-ref --format='%(objectname)' refs/heads/); do
      have=$(git rev-parse -q --verify "$tip:.github/workflows" 2>/dev/null || echo none)
      [ "$have" = "$wanted" ] && known=yes && break
    done
    if [ $known = no ]; then
      base=$(git rev-parse -q --verify HEAD 2>/dev/null || echo 4b825dc642cb6eb9a060e54bf8d69288fbee4904)
      file=$(git diff --name-only "$base" "$new" -- .github/workflows | head -n 1)
      if [ "\${COCO_PUSH_AS:-}" = pat ]; then
        echo "! [remote rejected] $ref (refusing to allow a Personal Access Token to create or update workflow \\\`$file\\\` without \\\`workflow\\\` scope)" >&2
      else
        echo "! [remote rejected] $ref (refusing to allow a GitHub App to create or update workflow \\\`$file\\\` without \\\`workflows\\\` permission)" >&2
      fi
      status=1
    fi
  fi
done
exit $status
`;

// Logs each accepted ref update for GithubServer's events: when (ns), who, the ref.
const POST_HOOK = `#!/bin/sh
while read -r old new ref; do
  [ "$new" = 0000000000000000000000000000000000000000 ] && continue
  echo "$(date +%s%N) \${COCO_PUSH_AS:-person} $ref" >> coco-pushes
done
exit 0
`;

export class BareRepo {
  constructor(readonly path: string) {}

  /**
   * A new empty repository with the server's hooks. `git init` runs once per default branch in a process;
   * every later one is a copy of that (an empty repository names no path of its own).
   */
  static init(path: string, defaultBranch: string): BareRepo {
    let empty = emptyRepos.get(defaultBranch);
    if (!empty) {
      empty = join(processCacheDir(), `empty-${emptyRepos.size}`);
      execFileSync('git', ['init', '-q', '--bare', '-b', defaultBranch, empty], { env: { ...process.env, ...ENV } });
      new BareRepo(empty).installHook();
      emptyRepos.set(defaultBranch, empty);
    }
    mkdirSync(path, { recursive: true });
    cpSync(empty, path, { recursive: true });
    return new BareRepo(path);
  }

  installHook(): void {
    writeFileSync(join(this.path, 'hooks', 'pre-receive'), HOOK);
    chmodSync(join(this.path, 'hooks', 'pre-receive'), 0o755);
    writeFileSync(join(this.path, 'hooks', 'post-receive'), POST_HOOK);
    chmodSync(join(this.path, 'hooks', 'post-receive'), 0o755);
  }

  /** The pushes the post-receive hook logged (not refs the server set itself). */
  pushEvents(): {
    at: string;
    event: 'push';
    ref: string;
    by: 'github-token' | 'app' | 'pat' | 'person';
    startsWorkflows: boolean;
  }[] {
    const file = join(this.path, 'coco-pushes');
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [at, by, ref] = line.split(' ') as [string, string, string];
        const kind = by as 'github-token' | 'app' | 'pat' | 'person';
        return {
          at: at.padStart(20, '0'),
          event: 'push' as const,
          ref,
          by: kind,
          startsWorkflows: kind !== 'github-token',
        };
      });
  }

  /** Runs git in the repository; undefined when git fails (a missing ref, a missing path). */
  run(args: readonly string[], input?: string | Buffer, env: Record<string, string> = {}): Buffer | undefined {
    const r = spawnSync('git', args, {
      cwd: this.path,
      env: { ...process.env, ...ENV, ...env },
      input,
      maxBuffer: 256 * 1024 * 1024,
    });
    return r.status === 0 ? r.stdout : undefined;
  }

  text(args: readonly string[]): string | undefined {
    return this.run(args)?.toString('utf8');
  }

  must(args: readonly string[], input?: string | Buffer, env: Record<string, string> = {}): string {
    const r = spawnSync('git', args, {
      cwd: this.path,
      env: { ...process.env, ...ENV, ...env },
      input,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.toString()}`);
    return r.stdout.toString('utf8').trim();
  }

  /** HEAD's branch, read from HEAD itself (a file in a bare repository): no process for the common case. */
  defaultBranch(): string {
    const head = /^ref: refs\/heads\/(.+)\n?$/.exec(readFileSync(join(this.path, 'HEAD'), 'utf8'));
    return head ? head[1]! : this.must(['symbolic-ref', '--short', 'HEAD']);
  }

  private reading: RepoReader | undefined;

  /** The server's reads: one `git cat-file` process for this repository, started on the first read. */
  get reader(): RepoReader {
    return (this.reading ??= new RepoReader(this, { ...process.env, ...ENV }));
  }

  /** End the reader's process, if it started one. */
  close(): void {
    this.reading?.close();
    this.reading = undefined;
  }

  /** The commit a ref, tag or SHA names; undefined when it names none. */
  commitOf(ref: string): string | undefined {
    const tip = this.branchTip(ref);
    if (tip !== undefined) return tip ?? undefined;
    return this.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])?.trim();
  }

  /**
   * A branch's commit read from its file, loose or packed, with no process: git keeps only commits under
   * refs/heads/, so there is nothing to peel. The branch is named in full (`refs/heads/main`) or short
   * (`main`) when nothing git looks at first holds that name (git rev-parse's order: the name itself in the
   * repository, refs/, refs/tags/, then refs/heads/). null: no such branch, named in full. Undefined for
   * any other name, for a name git would refuse and for a ref file that is not plain: rev-parse answers.
   */
  private branchTip(ref: string): string | null | undefined {
    if (!/^[A-Za-z0-9._/-]+$/.test(ref) || /\.\.|\/\/|^\/|\/\.|^\.|\.lock(\/|$)|[./]$/.test(ref)) return undefined;
    const read = (file: string): string | undefined => readIfFile(join(this.path, file));
    let packedRefs: string[] | undefined;
    const packed = (name: string): string | undefined =>
      (packedRefs ??= read('packed-refs')?.split('\n') ?? []).find((l) => l.endsWith(` ${name}`));
    const tip = (name: string): string | null | undefined => {
      const loose = read(name);
      if (loose !== undefined) return /^[0-9a-f]{40}\n$/.test(loose) ? loose.slice(0, 40) : undefined;
      const line = packed(name);
      if (line === undefined) return null;
      return /^[0-9a-f]{40} /.test(line) ? line.slice(0, 40) : undefined;
    };
    if (ref.startsWith('refs/heads/')) return tip(ref);
    // A short name: an object id, or anything that names a ref before refs/heads/, is rev-parse's.
    if (ref.startsWith('refs/') || /^[0-9a-f]{40}$/.test(ref)) return undefined;
    const holds = (name: string): boolean => read(name) !== undefined || packed(name) !== undefined;
    if (holds(ref) || holds(`refs/${ref}`) || holds(`refs/tags/${ref}`)) return undefined;
    return tip(`refs/heads/${ref}`) ?? undefined;
  }

  /** The object a ref names, unpeeled (an annotated tag's own object). */
  objectOf(ref: string): string | undefined {
    return this.text(['rev-parse', '--verify', '--quiet', '--end-of-options', ref])?.trim();
  }

  typeOf(oid: string): GitObjectType | undefined {
    return this.text(['cat-file', '-t', oid])?.trim() as GitObjectType | undefined;
  }

  /** `git cat-file --batch` for one expression (`REF:PATH` or an oid): type and bytes, or undefined. */
  object(expression: string): { oid: string; type: GitObjectType; content: Buffer } | undefined {
    // The batch protocol is line-based: an expression holding a newline would desynchronise it.
    if (expression.includes('\n') || expression === '') return undefined;
    const out = this.run(['cat-file', '--batch'], `${expression}\n`);
    const nl = out?.indexOf(10) ?? -1;
    const head = out?.subarray(0, nl).toString('utf8').split(' ') ?? [];
    if (!out || head.length !== 3 || !/^[0-9a-f]{40}$/.test(head[0]!)) return undefined;
    return { oid: head[0]!, type: head[1] as GitObjectType, content: out.subarray(nl + 1, nl + 1 + Number(head[2])) };
  }

  /** The bytes of each path at a commit (undefined where it holds no file): one `git cat-file --batch`. */
  files(commit: string, paths: readonly string[]): Map<string, Buffer | undefined> {
    const found = new Map<string, Buffer | undefined>(paths.map((p) => [p, undefined]));
    // The batch protocol is line-based: a path holding a newline would desynchronise it (it names no file).
    const asked = paths.filter((p) => !p.includes('\n') && p !== '');
    const out = this.run(['cat-file', '--batch'], asked.map((p) => `${commit}:${p}\n`).join(''));
    let at = 0;
    for (const path of asked) {
      if (!out) break;
      const nl = out.indexOf(10, at);
      const head = out.subarray(at, nl).toString('utf8').split(' ');
      at = nl + 1;
      // `<expression> missing` (one line) or `<oid> <type> <size>`, the bytes and a newline.
      if (head.length !== 3 || !/^[0-9a-f]{40}$/.test(head[0]!)) continue;
      const size = Number(head[2]);
      if (head[1] === 'blob') found.set(path, out.subarray(at, at + size));
      at += size + 1;
    }
    return found;
  }

  /** The tree entry at `path` in a commit ('' is the root tree). */
  entry(commit: string, path: string): TreeEntry | undefined {
    if (path === '') {
      const tree = this.text(['rev-parse', '--verify', '--quiet', `${commit}^{tree}`])?.trim();
      return tree ? { mode: '040000', type: 'tree', oid: tree, path: '', size: undefined } : undefined;
    }
    return this.list(commit, path, false)[0];
  }

  /** Entries of a directory (`inside`), or the entry at `path` itself. */
  list(commit: string, path: string, inside = true): TreeEntry[] {
    const spec = inside ? (path === '' ? [] : [`${path}/`]) : [path];
    const out = this.text(['ls-tree', '-z', '-l', '--full-tree', commit, '--', ...spec]);
    if (!out) return [];
    return out
      .split('\0')
      .filter((l) => l !== '')
      .map((l) => {
        const tab = l.indexOf('\t');
        const [mode, type, oid, size] = l.slice(0, tab).split(/ +/);
        return {
          mode: mode!,
          type: type as GitObjectType,
          oid: oid!,
          path: l.slice(tab + 1),
          size: size === '-' ? undefined : Number(size),
        };
      });
  }

  /** Refs below a prefix (`refs/tags/`), with annotated tags peeled to their commit. */
  refs(prefix: string): RefInfo[] {
    return readRefs(this.text(['for-each-ref', `--format=${REF_FORMAT}`, '--', prefix]) ?? '');
  }

  tagObject(oid: string): TagObject | undefined {
    const o = this.object(oid);
    if (!o || o.type !== 'tag') return undefined;
    return parseTag(oid, o.content);
  }

  commitObject(oid: string): CommitObject | undefined {
    const o = this.object(oid);
    return o && o.type === 'commit' ? parseCommit(oid, o.content) : undefined;
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.run(['merge-base', '--is-ancestor', ancestor, of]) !== undefined;
  }

  mergeBase(a: string, b: string): string | undefined {
    return this.text(['merge-base', a, b])?.trim();
  }

  /** Commits reachable from `head` and not from `base` (oldest first). */
  commitsBetween(base: string | undefined, head: string): string[] {
    const range = base ? [`${base}..${head}`] : [head];
    return (this.text(['rev-list', '--reverse', ...range, '--']) ?? '').split('\n').filter((l) => l !== '');
  }

  /** Set a ref, refusing (false) when it no longer holds `old` (as a concurrent push would). */
  updateRef(ref: string, oid: string, old?: string): boolean {
    return this.run(['update-ref', ref, oid, ...(old !== undefined ? [old] : [])]) !== undefined;
  }

  deleteRef(ref: string): boolean {
    return this.run(['update-ref', '-d', ref]) !== undefined;
  }

  /**
   * Commit files on a branch (for setting up a test): the branch's tree with these files written over it
   * (null deletes one). Returns the new commit id. One `git fast-import` (and one rev-parse for the parent)
   * instead of a read-tree, hash-object and update-index per file, write-tree, commit-tree and update-ref:
   * the same commit ids, since the author, committer, dates and message are written the same way.
   */
  commit(
    files: Record<string, string | Buffer | null>,
    options: { branch?: string; message?: string; parents?: string[] } = {},
  ): string {
    const branch = options.branch ?? this.defaultBranch();
    const parents = options.parents ?? [this.commitOf(`refs/heads/${branch}`)].filter((p) => p !== undefined);
    const stream = new FastImportStream();
    const mark = stream.commit(`refs/heads/${branch}`, parents, files, options.message ?? 'commit');
    return this.fastImport(stream)[mark]!;
  }

  /** Run a fast-import stream into this repository; the commit ids of its marks. */
  fastImport(stream: FastImportStream): Record<number, string> {
    const marks = join(this.path, `coco-marks-${process.pid}`);
    try {
      // --force: a commit with chosen parents may move a branch backwards, as update-ref did.
      this.must(['fast-import', '--quiet', '--force', '--done', `--export-marks=${marks}`], stream.end());
      const out: Record<number, string> = {};
      for (const line of readFileSync(marks, 'utf8').split('\n')) {
        const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line);
        if (m) out[Number(m[1])] = m[2]!;
      }
      return out;
    } finally {
      rmSync(marks, { force: true });
    }
  }

  /** A tag on a commit: lightweight, or annotated with `message`. Returns the tag's ref target. */
  tag(name: string, target: string, options: { message?: string } = {}): string {
    const commit = this.commitOf(target);
    if (!commit) throw new Error(`no commit ${target}`);
    if (options.message === undefined) {
      this.must(['update-ref', `refs/tags/${name}`, commit]);
      return commit;
    }
    const body = `object ${commit}\ntype commit\ntag ${name}\ntagger Release Tester <tester@example.com> 1768478400 +0000\n\n${options.message}\n`;
    const oid = this.must(['hash-object', '-t', 'tag', '-w', '--stdin'], body);
    this.must(['update-ref', `refs/tags/${name}`, oid]);
    return oid;
  }

  /** Which branches are locked (branch protection's lock_branch), enforced by the pre-receive hook. */
  setLockedBranches(branches: readonly string[]): void {
    writeFileSync(join(this.path, 'coco-locked-branches'), branches.map((b) => `refs/heads/${b}\n`).join(''));
  }
}

const REF_FORMAT = '%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)%00%(creatordate:unix)';

/** for-each-ref's lines (REF_FORMAT), with annotated tags peeled to their commit. */
function readRefs(out: string, dates?: Map<string, number>): RefInfo[] {
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [ref, oid, type, peeled, peeledType, created] = l.split('\0');
      dates?.set(ref!, Number(created));
      const commit = type === 'commit' ? oid : peeledType === 'commit' ? peeled : undefined;
      return { ref: ref!, oid: oid!, type: type as GitObjectType, commit };
    });
}

export function parseTag(oid: string, content: Buffer): TagObject {
  const text = content.toString('utf8');
  const split = text.indexOf('\n\n');
  const headers = new Map(
    text
      .slice(0, split)
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)] as const),
  );
  return {
    oid,
    tag: headers.get('tag') ?? '',
    object: headers.get('object') ?? '',
    type: (headers.get('type') ?? 'commit') as GitObjectType,
    tagger: headers.get('tagger') ?? '',
    message: split < 0 ? '' : text.slice(split + 2),
  };
}

export function parseCommit(oid: string, content: Buffer): CommitObject {
  const text = content.toString('utf8');
  const split = text.indexOf('\n\n');
  const lines = text.slice(0, split).split('\n');
  const field = (name: string): string[] =>
    lines.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1));
  return {
    oid,
    tree: field('tree')[0] ?? '',
    parents: field('parent'),
    author: field('author')[0] ?? '',
    committer: field('committer')[0] ?? '',
    message: split < 0 ? '' : text.slice(split + 2),
  };
}

/** A tree object's entries (`<mode> <name>\0<20-byte id>`…), in the tree's order, as ls-tree lists them. */
function parseTree(content: Buffer): { mode: string; type: GitObjectType; oid: string; name: string }[] {
  const out: { mode: string; type: GitObjectType; oid: string; name: string }[] = [];
  for (let at = 0; at < content.length;) {
    const space = content.indexOf(32, at);
    const nul = content.indexOf(0, space);
    // ls-tree pads a tree's mode (40000 in the object) to six digits.
    const mode = content.subarray(at, space).toString('latin1').padStart(6, '0');
    const type: GitObjectType = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    out.push({
      mode,
      type,
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 21).toString('hex'),
    });
    at = nul + 21;
  }
  return out;
}

const OID = /^[0-9a-f]{40}$/;

/** A file's bytes as latin1, or undefined when there is none to read (missing, a directory, just removed). */
function readIfFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
}

/**
 * Every file of a git directory that holds a ref (the loose ones under refs/, and packed-refs), names and
 * contents: equal to what it was, the refs are what they were. Contents, not times: two updates within a
 * clock tick cannot hide. No process.
 */
export function refsState(gitDir: string): string {
  const parts: string[] = [];
  const walk = (dir: string, rel: string): void => {
    let found: Dirent[];
    try {
      found = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of found.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (d.isDirectory()) walk(join(dir, d.name), `${rel}${d.name}/`);
      // A file may go between listing and reading it (a ref deleted, a lock renamed): then it is gone.
      else if (!d.name.endsWith('.lock')) parts.push(`${rel}${d.name}\0${readIfFile(join(dir, d.name))}`);
    }
  };
  walk(join(gitDir, 'refs'), 'refs/');
  parts.push(`packed-refs\0${readIfFile(join(gitDir, 'packed-refs'))}`);
  return parts.join('\0');
}

/**
 * What the test GitHub server reads of a BareRepo, asked of one long-lived `git cat-file --batch-command`
 * (CatFile) instead of a process per question. Objects never change, so they are kept by id once read.
 * Names (refs, `REF:PATH`, `REF^{commit}`) are resolved by git at each question, so a push is seen at
 * once. The ref listing is one for-each-ref, kept until the refs' files change (read and compared at each
 * listing: a few small files, no process).
 */
export class RepoReader {
  private readonly batch: CatFile;
  private readonly objects = new Map<string, Promise<ObjectContent | undefined>>();
  private readonly infos = new Map<string, Promise<ObjectInfo | undefined>>();
  private listing: { key: string; refs: RefInfo[]; dates: Map<string, number> } | undefined;

  constructor(
    readonly bare: BareRepo,
    env: Record<string, string | undefined>,
  ) {
    this.batch = new CatFile(bare.path, env);
  }

  /** git processes started for reading (0 or 1 unless one died). */
  get processes(): number {
    return this.batch.started;
  }

  close(): void {
    this.batch.close();
  }

  /** An object by id or by any name git resolves (`REF:PATH`, `REF^{commit}`); undefined when none. */
  async object(expression: string): Promise<ObjectContent | undefined> {
    if (!OID.test(expression)) {
      const found = await this.batch.contents(expression);
      if (found) this.objects.set(found.oid, Promise.resolve(found));
      return found;
    }
    return this.remember(this.objects, expression, () => this.batch.contents(expression));
  }

  /** Id, type and size, without the bytes. */
  async info(expression: string): Promise<ObjectInfo | undefined> {
    if (!OID.test(expression)) return this.batch.info(expression);
    const read = this.objects.get(expression);
    if (read) return read;
    return this.remember(this.infos, expression, () => this.batch.info(expression));
  }

  /** Keep what was found; forget a miss (the object may be pushed later) and a failure. */
  private remember<T>(cache: Map<string, Promise<T | undefined>>, oid: string, read: () => Promise<T | undefined>) {
    let hit = cache.get(oid);
    if (!hit) {
      hit = read();
      cache.set(oid, hit);
      hit.then(
        (found) => found === undefined && cache.delete(oid),
        () => cache.delete(oid),
      );
    }
    return hit;
  }

  async commitOf(ref: string): Promise<string | undefined> {
    return (await this.info(`${ref}^{commit}`))?.oid;
  }

  /** The object a ref names, unpeeled (an annotated tag's own object). */
  async objectOf(ref: string): Promise<string | undefined> {
    return (await this.info(ref))?.oid;
  }

  async typeOf(oid: string): Promise<GitObjectType | undefined> {
    return (await this.info(oid))?.type;
  }

  async tagObject(oid: string): Promise<TagObject | undefined> {
    const o = await this.object(oid);
    return o && o.type === 'tag' ? parseTag(oid, o.content) : undefined;
  }

  async commitObject(oid: string): Promise<CommitObject | undefined> {
    const o = await this.object(oid);
    return o && o.type === 'commit' ? parseCommit(oid, o.content) : undefined;
  }

  /** A tree's entries, their paths under `prefix`, with blob sizes (as `ls-tree -l`). */
  async tree(oid: string, prefix = ''): Promise<TreeEntry[]> {
    const o = await this.object(oid);
    if (!o || o.type !== 'tree') return [];
    return Promise.all(
      parseTree(o.content).map(async (e) => ({
        mode: e.mode,
        type: e.type,
        oid: e.oid,
        path: prefix === '' ? e.name : `${prefix}/${e.name}`,
        size: e.type === 'blob' ? (await this.info(e.oid))?.size : undefined,
      })),
    );
  }

  /** The tree entry at `path` in a commit ('' is the root tree), each name taken literally. */
  async entry(commit: string, path: string): Promise<TreeEntry | undefined> {
    const c = await this.commitObject(commit);
    if (!c) return undefined;
    let here: TreeEntry = { mode: '040000', type: 'tree', oid: c.tree, path: '', size: undefined };
    if (path === '') return here;
    for (const name of path.split('/')) {
      if (here.type !== 'tree') return undefined;
      const wanted = here.path === '' ? name : `${here.path}/${name}`;
      const found = (await this.tree(here.oid, here.path)).find((e) => e.path === wanted);
      if (!found) return undefined;
      here = found;
    }
    return here;
  }

  /** Entries of the directory at `path` in a commit; none when it is not a directory. */
  async list(commit: string, path: string): Promise<TreeEntry[]> {
    const dir = await this.entry(commit, path);
    return dir?.type === 'tree' ? this.tree(dir.oid, path) : [];
  }

  /** Refs below a prefix (`refs/tags/`, or one ref), as for-each-ref lists them. */
  refs(prefix: string): RefInfo[] {
    if (/[*?[\\]/.test(prefix)) return this.bare.refs(prefix);
    const under = prefix.endsWith('/') ? prefix : `${prefix}/`;
    return this.all().refs.filter((r) => r.ref === prefix || r.ref.startsWith(under));
  }

  /** Each ref's creatordate (an annotated tag's tagger date, else its commit's date), in seconds. */
  creatorDates(): Map<string, number> {
    return this.all().dates;
  }

  private all(): { refs: RefInfo[]; dates: Map<string, number> } {
    const key = refsState(this.bare.path);
    if (this.listing?.key !== key) {
      const dates = new Map<string, number>();
      const out = this.bare.text(['for-each-ref', `--format=${REF_FORMAT}`, '--', 'refs/']) ?? '';
      this.listing = { key, refs: readRefs(out, dates), dates };
    }
    return this.listing;
  }
}

/** The identity and the fixed date every test commit and tag carries (the same files give the same ids). */
const IDENT = 'Release Tester <tester@example.com> 1768478400 +0000';

/** A `git fast-import` stream: commits and tags written as commit-tree and hash-object would write them. */
export class FastImportStream {
  private readonly parts: Buffer[] = [];
  private nextMark = 1;

  private data(content: string | Buffer): void {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.parts.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  }

  /** A commit on `ref` with these parents (commit ids or marks); returns its mark. */
  commit(
    ref: string,
    parents: readonly (string | number)[],
    files: Record<string, string | Buffer | null>,
    message: string,
  ): number {
    const mark = this.nextMark++;
    const at = (p: string | number): string => (typeof p === 'number' ? `:${p}` : p);
    this.parts.push(Buffer.from(`commit ${ref}\nmark :${mark}\nauthor ${IDENT}\ncommitter ${IDENT}\n`));
    // commit-tree -m ends the message with a newline.
    this.data(`${message}\n`);
    const [first, ...merges] = parents;
    // A commit with no parent starts from an empty tree, whatever the branch held.
    this.parts.push(Buffer.from(first === undefined ? 'deleteall\n' : `from ${at(first)}\n`));
    for (const p of merges) this.parts.push(Buffer.from(`merge ${at(p)}\n`));
    for (const [path, content] of Object.entries(files)) {
      if (/[\n"]/.test(path) || path.startsWith(' '))
        throw new Error(`fixture path not supported: ${JSON.stringify(path)}`);
      if (content === null) {
        this.parts.push(Buffer.from(`D ${path}\n`));
      } else {
        this.parts.push(Buffer.from(`M 100644 inline ${path}\n`));
        this.data(content);
      }
    }
    this.parts.push(Buffer.from('\n'));
    return mark;
  }

  /** A tag on a commit mark: lightweight, or annotated with `message` (as BareRepo.tag writes it). */
  tag(name: string, commit: number, message?: string): void {
    if (message === undefined) {
      this.parts.push(Buffer.from(`reset refs/tags/${name}\nfrom :${commit}\n\n`));
      return;
    }
    this.parts.push(Buffer.from(`tag ${name}\nfrom :${commit}\ntagger ${IDENT}\n`));
    this.data(`${message}\n`);
  }

  end(): Buffer {
    return Buffer.concat([...this.parts, Buffer.from('done\n')]);
  }
}

/** One commit of a fixture history, with the tag that names it, if any. */
export interface FixtureCommit {
  files: Record<string, string | null>;
  message: string;
  tag?: { name: string; message?: string };
}

const built = new Map<string, { path: string; commits: string[] }>();
const emptyRepos = new Map<string, string>();
let cacheDir: string | undefined;

/** Where this process keeps the repositories it copies from (removed when it exits). */
export function processCacheDir(): string {
  return (cacheDir ??= mkdtempSync(join(tmpdir(), 'coco-fixture-repos-')));
}

/**
 * A bare repository holding a linear history on its default branch, at `path`. Built with one
 * `git fast-import` the first time this process asks for that content, and copied from then on: tests that
 * start from the same repositories (release-status builds six for each of its tests) pay for them once.
 * Returns the repository and its commit ids, oldest first.
 */
export function fixtureRepo(
  path: string,
  history: readonly FixtureCommit[],
  defaultBranch = 'main',
): { git: BareRepo; commits: string[] } {
  const key = JSON.stringify([defaultBranch, history]);
  let cached = built.get(key);
  if (!cached) {
    const at = join(processCacheDir(), String(built.size));
    const repo = BareRepo.init(at, defaultBranch);
    const stream = new FastImportStream();
    const marks: number[] = [];
    for (const c of history) {
      const mark = stream.commit(`refs/heads/${defaultBranch}`, marks.slice(-1), c.files, c.message);
      marks.push(mark);
      if (c.tag) stream.tag(c.tag.name, mark, c.tag.message);
    }
    const ids = history.length > 0 ? repo.fastImport(stream) : {};
    cached = { path: at, commits: marks.map((m) => ids[m]!) };
    built.set(key, cached);
  }
  cpSync(cached.path, path, { recursive: true });
  return { git: new BareRepo(path), commits: [...cached.commits] };
}

process.on('exit', () => {
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});
