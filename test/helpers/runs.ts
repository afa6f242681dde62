/**
 * How many cases a fuzz or kill loop runs. `npm test` runs a tenth of a loop's full count; `npm run fuzz`
 * (COCO_FUZZ=full) runs all of it. FUZZ_RUNS (KILL_RUNS for the kill loops) sets the count outright, as
 * before. The seeds are fixed, so the tenth is the first tenth of the full run.
 */
export function loopRuns(full: number, override: string | undefined = process.env['FUZZ_RUNS']): number {
  if (override) return Number(override);
  return process.env['COCO_FUZZ'] === 'full' ? full : Math.max(1, Math.ceil(full / 10));
}
