import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/**
 * One long-lived `git cat-file --batch-command` process for a repository, asked in turn: `info` (id, type,
 * size) and `contents` (and the bytes). Git resolves every name afresh on each command (a loose ref is
 * read from its file, packed-refs is checked against its stat, a missing object makes git look for new
 * packs), so what a push changes is seen by the next question; the process saves a fork and exec per
 * question. Started on the first question; `close` ends it (and a process that died is started again).
 */

export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface ObjectInfo {
  oid: string;
  type: GitObjectType;
  size: number;
}

export interface ObjectContent extends ObjectInfo {
  content: Buffer;
}

interface Pending {
  withContent: boolean;
  resolve: (o: ObjectContent | ObjectInfo | undefined) => void;
  reject: (e: Error) => void;
}

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

/** The pipe under a child's stdio stream (a net.Socket): it can be left out of what keeps Node running. */
function handle(stream: Readable | Writable): { ref(): void; unref(): void } {
  return stream as unknown as { ref(): void; unref(): void };
}

const HEADER = /^([0-9a-f]{40}) (blob|tree|commit|tag) (\d+)$/;

export class CatFile {
  private session: Session | undefined;
  /** Processes started, for tests that count them. */
  started = 0;

  constructor(
    readonly path: string,
    private readonly env: Record<string, string | undefined>,
  ) {}

  info(expression: string): Promise<ObjectInfo | undefined> {
    return this.ask('info', expression) as Promise<ObjectInfo | undefined>;
  }

  contents(expression: string): Promise<ObjectContent | undefined> {
    return this.ask('contents', expression) as Promise<ObjectContent | undefined>;
  }

  /** End the process; what it was asked is still answered (git reads its input to the end). */
  close(): void {
    this.session?.end();
    this.session = undefined;
  }

  private ask(command: 'info' | 'contents', expression: string): Promise<ObjectContent | ObjectInfo | undefined> {
    // The protocol is one command a line: a name with a line break (or none) names nothing git would find.
    if (expression === '' || /[\n\r]/.test(expression)) return Promise.resolve(undefined);
    if (!this.session) {
      const session = new Session(this.path, this.env, () => {
        if (this.session === session) this.session = undefined;
      });
      this.session = session;
      this.started++;
    }
    return this.session.ask(command, expression);
  }
}

/** One git process and the questions asked of it, answered in order. */
class Session {
  private readonly child: Child;
  private readonly pending: Pending[] = [];
  /** What arrived and is not yet an answer; joined only once an awaited answer can be complete. */
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes the first awaited answer needs in all (0: unknown yet, look for its header line). */
  private needed = 0;

  constructor(path: string, env: Record<string, string | undefined>, ended: () => void) {
    const child = spawn('git', ['cat-file', '--batch-command'], { cwd: path, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => {
      this.chunks.push(d);
      this.length += d.length;
      if (this.length >= this.needed) this.answer();
      if (this.pending.length === 0) handle(child.stdout).unref();
    });
    // A write to a process that died fails here; its exit below settles what was asked.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      ended();
      for (const p of this.pending.splice(0))
        p.reject(new Error(`git cat-file in ${path} ended (${code}): ${stderr.trim()}`));
    });
    // An idle process keeps nothing alive (a test that never closes its server still ends); one that is
    // asked something is kept alive by its stdout until the answer is in (ask).
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) handle(s).unref();
  }

  ask(command: 'info' | 'contents', expression: string): Promise<ObjectContent | ObjectInfo | undefined> {
    if (this.pending.length === 0) handle(this.child.stdout).ref();
    return new Promise((resolve, reject) => {
      this.pending.push({ withContent: command === 'contents', resolve, reject });
      this.child.stdin.write(`${command} ${expression}\n`);
    });
  }

  end(): void {
    this.child.stdin.end();
  }

  /** Settle the questions whose whole answer has arrived, in order. */
  private answer(): void {
    let buffered = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.needed = 0;
    while (this.pending.length > 0) {
      const nl = buffered.indexOf(10);
      if (nl < 0) break;
      const head = HEADER.exec(buffered.subarray(0, nl).toString('utf8'));
      const next = this.pending[0]!;
      if (!head || !next.withContent) {
        // `<name> missing` or `<name> ambiguous`, or the answer to `info`.
        buffered = buffered.subarray(nl + 1);
        this.pending.shift();
        next.resolve(head ? { oid: head[1]!, type: head[2] as GitObjectType, size: Number(head[3]) } : undefined);
        continue;
      }
      const size = Number(head[3]);
      // The header, the bytes and the line feed after them.
      const end = nl + 1 + size + 1;
      if (buffered.length < end) {
        this.needed = end;
        break;
      }
      const content = Buffer.from(buffered.subarray(nl + 1, end - 1));
      buffered = buffered.subarray(end);
      this.pending.shift();
      next.resolve({ oid: head[1]!, type: head[2] as GitObjectType, size, content });
    }
    this.chunks = buffered.length > 0 ? [buffered] : [];
    this.length = buffered.length;
  }
}
