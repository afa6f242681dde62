/**
 * Comparison of the values read from every source, and the report the action turns into outputs, a job
 * summary and a failure message.
 */

export interface SourceValue {
  label: string;
  /** The LOCATION as the user wrote it. */
  location: string;
  value: string;
  line: number;
}

export interface ParityEntry extends SourceValue {
  /** What is compared: the value after normalisation (or the value itself). */
  key: string;
  /** Holds the majority value (every entry, when all agree). */
  agrees: boolean;
}

export interface ValueGroup {
  key: string;
  /** Every distinct spelling in this group, in source order (`v0.15.2`, `0.15.2`). */
  spellings: string[];
  labels: string[];
}

export interface ParityReport {
  match: boolean;
  entries: ParityEntry[];
  /** Largest first, ties in source order. */
  groups: ValueGroup[];
  /** The group more sources hold than any other; absent on a tie. */
  majority?: ValueGroup;
}

/**
 * Version normalisation: surrounding whitespace and one leading `v` before a digit go (`v0.15.2` equals
 * `0.15.2`). Nothing else does: the rest compares as exact text, so `0.15.2` differs from `0.15.20` and from
 * `0.15`, and build metadata and pre-releases count (a pin of `1.0.0-rc1` is not `1.0.0`).
 */
export function normalizeVersion(value: string): string {
  const v = value.trim();
  return /^[vV]\d/.test(v) ? v.slice(1) : v;
}

export function compareValues(values: readonly SourceValue[], options: { normalize: boolean }): ParityReport {
  const keyOf = (v: string): string => (options.normalize ? normalizeVersion(v) : v);
  const groups: ValueGroup[] = [];
  for (const s of values) {
    const key = keyOf(s.value);
    let g = groups.find((x) => x.key === key);
    if (!g) groups.push((g = { key, spellings: [], labels: [] }));
    if (!g.spellings.includes(s.value)) g.spellings.push(s.value);
    g.labels.push(s.label);
  }
  const sorted = [...groups].sort((a, b) => b.labels.length - a.labels.length);
  const top = sorted[0];
  const majority = top && (sorted.length === 1 || top.labels.length > sorted[1]!.labels.length) ? top : undefined;
  const entries = values.map((s) => {
    const key = keyOf(s.value);
    return { ...s, key, agrees: majority !== undefined && majority.key === key };
  });
  const report: ParityReport = { match: groups.length <= 1, entries, groups: sorted };
  if (majority) report.majority = majority;
  return report;
}

const quote = (v: string): string => `'${v}'`;

/** One message naming every source with its value, and the majority (or that there is none). */
export function mismatchMessage(report: ParityReport): string {
  const each = report.entries.map((e) => `${e.label} = ${quote(e.value)} (${e.location}, line ${e.line})`);
  const total = report.entries.length;
  let verdict: string;
  if (report.majority) {
    const m = report.majority;
    const others = report.entries.filter((e) => !e.agrees).map((e) => e.label);
    verdict = `majority: ${m.spellings.map(quote).join(' / ')} (${m.labels.length} of ${total} sources); differing: ${others.join(', ')}`;
  } else {
    verdict = `no majority: ${report.groups.map((g) => `${g.spellings.map(quote).join(' / ')} (${g.labels.length})`).join(' vs ')}`;
  }
  return `the sources disagree: ${each.join('; ')}. ${verdict[0]!.toUpperCase()}${verdict.slice(1)}.`;
}
