import { UserError } from '@coco-release/core';
import { DUPLICATE_KEY, duplicateKeyOffsets, isStringUnder11 } from '@coco-release/yaml-edit';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** One entry of Chart.lock: resolver.go locks each dependency as name, repository and version. */
export interface LockedDependency {
  name: string;
  repository: string;
  version: string;
}

export interface LockFile {
  dependencies: LockedDependency[];
  digest: string;
  generated: string;
}

/** Read an existing Chart.lock (what `helm dependency update` compares its new digest with). */
export function readLockFile(source: string, display: string): LockFile {
  // Duplicate keys are found in linear time by duplicateKeyOffsets, not by yaml's quadratic uniqueKeys.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true });
  const bad = (message: string, line = 1): never => {
    throw new UserError(`not a Chart.lock Helm could read: ${message}`, { file: display, line });
  };
  const duplicate = duplicateKeyOffsets(doc)[0];
  const err = doc.errors[0];
  if (duplicate !== undefined && (!err || duplicate < err.pos[0])) bad(DUPLICATE_KEY);
  if (err) bad(err.message.split('\n')[0]!);
  const root = doc.contents;
  if (!isMap(root)) return bad('expected a mapping with dependencies, digest and generated');
  const text = (v: unknown): string =>
    v === null || v === undefined
      ? ''
      : isScalar(v)
        ? typeof v.value === 'string'
          ? v.value
          : (v.source ?? String(v.value ?? ''))
        : bad('expected a scalar');
  const deps = root.get('dependencies', true);
  const dependencies: LockedDependency[] = [];
  if (isSeq(deps)) {
    for (const item of deps.items) {
      if (!isMap(item)) bad('a dependency entry is not a mapping');
      const m = item as typeof root;
      dependencies.push({
        name: text(m.get('name', true)),
        repository: text(m.get('repository', true)),
        version: text(m.get('version', true)),
      });
    }
  } else if (deps !== undefined && !(isScalar(deps) && deps.value === null)) bad('dependencies is not a list');
  return { dependencies, digest: text(root.get('digest', true)), generated: text(root.get('generated', true)) };
}

/**
 * Chart.lock as pkg/downloader/manager.go's writeLock writes it: sigs.k8s.io/yaml.Marshal(lock), which
 * marshals to JSON and re-encodes that with go-yaml v2. go-yaml sorts map keys, so the JSON field order is
 * lost: `dependencies`, `digest`, `generated` at the top and `name`, `repository`, `version` in each entry,
 * sequences not indented under their key, one trailing newline.
 */
export function renderLockFile(lock: LockFile): string {
  const lines: string[] = [];
  if (lock.dependencies.length === 0) lines.push('dependencies: []');
  else {
    lines.push('dependencies:');
    for (const d of lock.dependencies) {
      lines.push(`- name: ${goYamlString(d.name)}`);
      lines.push(`  repository: ${goYamlString(d.repository)}`);
      // `version` is omitempty in the struct: an empty version vanishes in the JSON step.
      if (d.version !== '') lines.push(`  version: ${goYamlString(d.version)}`);
    }
  }
  lines.push(`digest: ${goYamlString(lock.digest)}`);
  lines.push(`generated: ${goYamlString(lock.generated)}`);
  return lines.join('\n') + '\n';
}

/**
 * How go-yaml v2's encoder writes a string value in a block mapping. It asks its resolver first: a string
 * that would read back as another type (null, bool, int, float, timestamp) is double-quoted; otherwise the
 * emitter writes it plain unless plain text cannot hold it, then single-quoted. Values Helm puts here are
 * names, URLs, versions, a digest and a timestamp; a value with whitespace or control characters (where
 * go-yaml folds long lines or escapes in its own way) is refused rather than written differently.
 */
export function goYamlString(s: string): string {
  if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)) {
    throw new UserError(
      `cannot write ${JSON.stringify(s)} into Chart.lock exactly as Helm would: it holds whitespace or control characters`,
    );
  }
  // Characters go-yaml's emitter counts as unprintable (outside the BMP, U+FFFE, U+FFFF) force double quotes
  // and come out as escapes with uppercase hex.
  if (/[\u{10000}-\u{10ffff}\ufffe\uffff]/u.test(s)) {
    return `"${[...s]
      .map((c) => {
        const cp = c.codePointAt(0)!;
        if (c === '"' || c === '\\') return `\\${c}`;
        if (cp >= 0x10000) return `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
        return cp >= 0xfffe ? `\\u${cp.toString(16).toUpperCase()}` : c;
      })
      .join('')}"`;
  }
  // `<<` (the merge key) and `=` are not strings to YAML 1.1, but go-yaml's encoder writes them plain.
  if (s === '' || (!isStringUnder11(s) && s !== '<<' && s !== '=')) return `"${s}"`;
  if (!plainAllowed(s)) return `'${s.replaceAll("'", "''")}'`;
  return s;
}

/** yaml_emitter_analyze_scalar's verdict on block-context plain style, for a single line without spaces. */
function plainAllowed(s: string): boolean {
  if (s.startsWith('---') || s.startsWith('...')) return false;
  const first = s[0]!;
  if ('#,[]{}&*!|>\'"%@`'.includes(first)) return false;
  if ((first === '?' || first === ':' || first === '-') && s.length === 1) return false;
  // No spaces here, so `: ` and ` #` cannot occur; a trailing `:` is followed by the line end.
  if (s.endsWith(':')) return false;
  return true;
}

/**
 * Go's time.Time JSON form, time.RFC3339Nano ("2006-01-02T15:04:05.999999999Z07:00"): the fraction loses
 * its trailing zeros (and its dot when nothing is left), and a zero offset is written `Z`. `offsetMinutes`
 * is the zone's offset east of UTC (Helm writes time.Now() in the machine's local zone).
 */
export function formatGoTime(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  let out = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  out += `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const ms = local.getUTCMilliseconds();
  if (ms !== 0) out += `.${pad(ms, 3).replace(/0+$/, '')}`;
  if (offsetMinutes === 0) return `${out}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${out}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
