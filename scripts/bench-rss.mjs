// Preloaded (node --import) in the memory runs of the benchmark only: writes the process's peak
// resident set size (KiB) to BENCH_RSS_FILE when it exits. Timing runs do not load it.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
