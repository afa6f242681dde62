import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { annotations, runBundle } from '../helpers/bundle.js';
import { CAA } from '../helpers/paths.js';
import { snapshotTree, workspace } from '../helpers/workspace.js';
import { runAs } from './helpers.js';

/**
 * Issue 13, file system errors: a read-only directory, an unreadable file, a full disk and a file that is
 * a mount point gave stack traces (and a full disk left a partial temp file); a file's mode was replaced by
 * the umask's (664 became 644) and its owner by whoever ran the action. Each is now a clear error naming the
 * file, with no temp file left, and the mode and owner are kept.
 */

const ROOT_USER = process.getuid?.() === 0;
/** As root, permissions do not apply: such tests run the bundle as `nobody`. */
const NOBODY = 65534;
const asUser = ROOT_USER ? { uid: NOBODY, gid: NOBODY } : {};

const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0).reverse()) spawnSync('umount', [m]);
});

/** Mount (as root); false when this machine does not allow it. */
function mount(args: string[], target: string): boolean {
  if (!ROOT_USER) return false;
  const r = spawnSync('mount', [...args, target], { encoding: 'utf8' });
  if (r.status !== 0) return false;
  mounts.push(target);
  return true;
}

const canMount = ((): boolean => {
  if (!ROOT_USER) return false;
  const dir = workspace();
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir]).status === 0;
  if (ok) spawnSync('umount', [dir]);
  return ok;
})();
const MOUNT_SKIP = 'needs root and mount(8) (tmpfs, bind mounts): skipped on this machine';

function temps(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tmp'));
}

/** A workspace whose files `nobody` can read (as root, the test runs the bundle as nobody). */
function sharedWorkspace(files: Record<string, string>): string {
  const ws = workspace(files);
  chmodSync(ws, 0o755);
  return ws;
}

describe('permissions', () => {
  it('a read-only directory: a clear error naming the file, nothing written', async () => {
    const ws = sharedWorkspace({ 'conf/versions.yaml': 'pin: v1\n' });
    chmodSync(join(ws, 'conf'), 0o555);
    const before = snapshotTree(ws);
    const r = await runAs(
      'bump-versions-yaml',
      { file: 'conf/versions.yaml', set: '.pin=v2' },
      { workspace: ws, ...asUser },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      '::error file=conf/versions.yaml::conf/versions.yaml: cannot write conf/versions.yaml: permission denied (EACCES); no file was changed',
    ]);
    expect(snapshotTree(ws)).toEqual(before);
  });

  it('an unreadable file: a clear error naming the file', async () => {
    const ws = sharedWorkspace({ 'versions.yaml': 'pin: v1\n' });
    chmodSync(join(ws, 'versions.yaml'), 0o000);
    const r = await runAs(
      'bump-versions-yaml',
      { file: 'versions.yaml', set: '.pin=v2' },
      { workspace: ws, ...asUser },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(annotations(r.stdout)).toEqual([
      '::error file=versions.yaml::versions.yaml: cannot read versions.yaml: permission denied (EACCES)',
    ]);
  });

  it.each(['664', '600', '755', '444'])('keeps the file mode %s (not the umask’s)', async (octal) => {
    const mode = parseInt(octal, 8);
    const ws = workspace({ 'versions.yaml': 'pin: v1\n' });
    chmodSync(join(ws, 'versions.yaml'), mode);
    const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.pin=v2' }, { workspace: ws });
    expect(r.code, r.stdout).toBe(0);
    expect(readFileSync(join(ws, 'versions.yaml'), 'utf8')).toBe('pin: v2\n');
    expect(statSync(join(ws, 'versions.yaml')).mode & 0o7777).toBe(mode);
  });

  it.skipIf(!ROOT_USER)('keeps the owner when the process may (root)', async () => {
    const ws = workspace({ 'versions.yaml': 'pin: v1\n' });
    chownSync(join(ws, 'versions.yaml'), 1234, 5678);
    const r = await runBundle('bump-versions-yaml', { file: 'versions.yaml', set: '.pin=v2' }, { workspace: ws });
    expect(r.code).toBe(0);
    const st = statSync(join(ws, 'versions.yaml'));
    expect([st.uid, st.gid]).toEqual([1234, 5678]);
  });
});

describe('a full disk (a 64 KiB tmpfs)', () => {
  it.skipIf(!canMount)(
    `the error names the file and no partial temp file is left${canMount ? '' : ` (${MOUNT_SKIP})`}`,
    async () => {
      const ws = workspace();
      const disk = join(ws, 'disk');
      mkdirSync(disk);
      expect(mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs'], disk)).toBe(true);
      const original = `pin: v1\nnotes: ${'n'.repeat(20_000)}\n`;
      writeFileSync(join(disk, 'versions.yaml'), original);
      // Fill the rest: whatever is left is smaller than the new file.
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${join(disk, 'filler')}`, 'bs=1k', 'count=1024'], { stdio: 'ignore' });
      } catch {
        // dd stops at the full disk
      }
      const before = snapshotTree(ws);
      const r = await runBundle(
        'bump-versions-yaml',
        { file: 'disk/versions.yaml', set: '.pin=v2' },
        { workspace: ws },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(annotations(r.stdout)).toEqual([
        '::error file=disk/versions.yaml::disk/versions.yaml: cannot write disk/versions.yaml: no space left on the device (ENOSPC); no file was changed',
      ]);
      expect(temps(disk)).toEqual([]);
      expect(snapshotTree(ws)).toEqual(before);
    },
  );
});

describe('a file that is a mount point (EBUSY), in a multi-file pin', () => {
  it.skipIf(!canMount)(
    `restores the files already replaced and names the busy one${canMount ? '' : ` (${MOUNT_SKIP})`}`,
    async () => {
      const dir = 'src/cloud-api-adaptor/install/overlays';
      const ws = workspace({}, { [dir]: join(CAA, dir) });
      const busy = join(ws, dir, 'libvirt/kustomization.yaml');
      const outside = join(workspace({ 'k.yaml': readFileSync(busy, 'utf8') }), 'k.yaml');
      expect(mount(['--bind', outside], busy)).toBe(true);
      const before = snapshotTree(ws);
      const r = await runBundle(
        'pin-kustomize-image',
        {
          files: `${dir}/*`,
          image: 'cloud-api-adaptor=*:0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d',
          exclude: '**/alibabacloud/**',
        },
        { workspace: ws },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(annotations(r.stdout)).toEqual([
        `::error file=${dir}/libvirt/kustomization.yaml::${dir}/libvirt/kustomization.yaml: cannot replace ${dir}/libvirt/kustomization.yaml: the file is busy (a mount point?) (EBUSY); the files already changed got their old content back, no file was changed`,
      ]);
      expect(snapshotTree(ws)).toEqual(before);
      for (const o of readdirSync(join(ws, dir))) expect(temps(join(ws, dir, o)), o).toEqual([]);
    },
  );
});
