import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A bare git repository as the test GitHub server sees it: every question the API answers about files,
 * refs, tags and commits is asked of git (argument arrays, never a shell), so what the code under test
 * pushes with `git push` is what the API reports.
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

export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

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

  static init(path: string, defaultBranch: string): BareRepo {
    mkdirSync(path, { recursive: true });
    execFileSync('git', ['init', '-q', '--bare', '-b', defaultBranch, path], { env: { ...process.env, ...ENV } });
    const repo = new BareRepo(path);
    repo.installHook();
    return repo;
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

  defaultBranch(): string {
    return this.must(['symbolic-ref', '--short', 'HEAD']);
  }

  /** The commit a ref, tag or SHA names; undefined when it names none. */
  commitOf(ref: string): string | undefined {
    return this.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])?.trim();
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
    return this.objects([expression])[0];
  }

  /** Many `cat-file --batch` lookups in one git process; undefined for each one git does not find. */
  objects(expressions: readonly string[]): ({ oid: string; type: GitObjectType; content: Buffer } | undefined)[] {
    // The batch protocol is line-based: an expression holding a newline would desynchronise it.
    const asked = expressions.map((e) => (e.includes('\n') || e === '' ? 'x-invalid-expression' : e));
    const out = this.run(['cat-file', '--batch'], asked.map((e) => `${e}\n`).join('')) ?? Buffer.alloc(0);
    let at = 0;
    return asked.map(() => {
      const nl = out.indexOf(10, at);
      const head = out.subarray(at, nl).toString('utf8').split(' ');
      if (head.length !== 3 || !/^[0-9a-f]{40}$/.test(head[0]!)) {
        at = nl + 1;
        return undefined;
      }
      const size = Number(head[2]);
      const content = out.subarray(nl + 1, nl + 1 + size);
      at = nl + 1 + size + 1;
      return { oid: head[0]!, type: head[1] as GitObjectType, content };
    });
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
    const format = '%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(*objecttype)';
    const out = this.text(['for-each-ref', `--format=${format}`, '--', prefix]) ?? '';
    return out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [ref, oid, type, peeled, peeledType] = l.split('\0');
        const commit = type === 'commit' ? oid : peeledType === 'commit' ? peeled : undefined;
        return { ref: ref!, oid: oid!, type: type as GitObjectType, commit };
      });
  }

  tagObject(oid: string): TagObject | undefined {
    const o = this.object(oid);
    if (!o || o.type !== 'tag') return undefined;
    return this.parseTag(oid, o.content);
  }

  parseTag(oid: string, content: Buffer): TagObject {
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

  commitObject(oid: string): CommitObject | undefined {
    const o = this.object(oid);
    if (!o || o.type !== 'commit') return undefined;
    const text = o.content.toString('utf8');
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
   * (null deletes one). Returns the new commit id.
   */
  commit(
    files: Record<string, string | Buffer | null>,
    options: { branch?: string; message?: string; parents?: string[] } = {},
  ): string {
    const branch = options.branch ?? this.defaultBranch();
    const parent = options.parents ?? [this.commitOf(`refs/heads/${branch}`)].filter((p) => p !== undefined);
    const index = join(this.path, `coco-index-${process.pid}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (parent[0]) this.must(['read-tree', parent[0]], undefined, env);
      else this.must(['read-tree', '--empty'], undefined, env);
      for (const [path, content] of Object.entries(files)) {
        if (content === null) {
          // --index-info with mode 0 removes the entry; `update-index --remove` wants a work tree.
          this.must(['update-index', '--index-info'], `0 ${'0'.repeat(40)}\t${path}\n`, env);
          continue;
        }
        const blob = this.must(['hash-object', '-w', '--stdin'], content);
        this.must(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], undefined, env);
      }
      const tree = this.must(['write-tree'], undefined, env);
      const commit = this.must(
        ['commit-tree', tree, ...parent.flatMap((p) => ['-p', p]), '-m', options.message ?? 'commit'],
        undefined,
        env,
      );
      this.must(['update-ref', `refs/heads/${branch}`, commit]);
      return commit;
    } finally {
      rmSync(index, { force: true });
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
