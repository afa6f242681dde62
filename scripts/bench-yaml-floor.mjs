// The floor under every YAML edit, for `npm run bench`: the `yaml` package alone (unbundled, from
// node_modules) reading FILE and composing it COUNT times as our edits do (Parser, then Composer keeping
// the source tokens, with `uniqueKeys: false`: yaml's own duplicate-key check is quadratic in a mapping's
// size, ours is linear), then writing the file back. COUNT=2 is an edit's parse plus its verifying
// re-parse: the linear floor.
//   node scripts/bench-yaml-floor.mjs FILE COUNT
import { readFileSync, writeFileSync } from 'node:fs';
import { Composer, LineCounter, Parser } from 'yaml';

const [file, count] = process.argv.slice(2);
const source = readFileSync(file, 'utf8');
// As packages/yaml-edit does: the Parser reads process.env.LOG_TOKENS once per token.
const env = process.env;
process.env = { ...env };
const docs = [];
for (let i = 0; i < Number(count); i++) {
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(source)];
  docs.push(...new Composer({ keepSourceTokens: true, uniqueKeys: false }).compose(tokens));
}
process.env = env;
if (docs.some((d) => d.errors.length > 0)) throw new Error(`${file}: invalid YAML`);
writeFileSync(file, source);
