import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './workspace.js';

/**
 * Go 1.23 and a Go module proxy on disk (`GOPROXY=file://…`) for the tests of the workflows' `go get` steps:
 * the proxy protocol's files (`@v/list`, `.info`, `.mod`, `.zip`) written from a small module by this
 * helper, and `.info` files for non-version queries (Kata's release tags such as `4.0.0` are no module
 * versions of src/runtime: the proxy answers them with the pseudo-version of the tagged commit, as
 * proxy.golang.org does).
 */

export const GO123 = '/usr/lib/go-1.23/bin';
export const GO_SKIP_REASON = existsSync(join(GO123, 'go'))
  ? undefined
  : `Go 1.23 is not installed (${GO123}/go; .ci/run installs golang-1.23 from bookworm-backports)`;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` (stored, not compressed), as module zips may be. */
export function zip(files: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

export interface ModuleVersion {
  version: string;
  /** RFC 3339, the commit time. */
  time: string;
  /** Files of the module, relative to its root; go.mod among them. */
  files: Record<string, string>;
  /** Non-version queries the proxy answers with this version (a tag name such as `4.0.0`). */
  queries?: string[];
}

/** A proxy directory serving `versions` of module `path`; returns the directory (for file://). */
export function goProxy(path: string, versions: readonly ModuleVersion[]): string {
  const root = tempDir('coco-goproxy-');
  // Module paths are escaped in proxy URLs: an upper-case letter becomes '!' and the letter.
  const dir = join(
    root,
    path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`),
    '@v',
  );
  mkdirSync(dir, { recursive: true });
  const released = versions.filter((v) => !/^v0\.0\.0-\d{14}-[0-9a-f]{12}$/.test(v.version));
  writeFileSync(join(dir, 'list'), released.map((v) => `${v.version}\n`).join(''));
  for (const v of versions) {
    const info = JSON.stringify({ Version: v.version, Time: v.time });
    writeFileSync(join(dir, `${v.version}.info`), info);
    for (const q of v.queries ?? []) writeFileSync(join(dir, `${q}.info`), info);
    writeFileSync(join(dir, `${v.version}.mod`), v.files['go.mod']!);
    const prefix = `${path}@${v.version}/`;
    writeFileSync(
      join(dir, `${v.version}.zip`),
      zip(Object.fromEntries(Object.entries(v.files).map(([f, t]) => [prefix + f, t]))),
    );
  }
  return root;
}

/** Environment for `go` against the proxy only: no network, no checksum database, caches in temp dirs. */
export function goEnv(proxy: string): Record<string, string> {
  const home = tempDir('coco-gohome-');
  return {
    GOPROXY: `file://${proxy}`,
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-modcacherw -mod=mod',
    GOENV: 'off',
    GOPATH: join(home, 'gopath'),
    GOMODCACHE: join(home, 'modcache'),
    GOCACHE: join(home, 'cache'),
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
  };
}
