/**
 * Text on its way to a step's log. The runner reads a step's stdout and stderr line by line, a line ending
 * at `\n`, `\r\n` or a lone `\r`, and runs as a workflow command every line that starts with `::` after
 * leading blanks and every line holding `##[` anywhere (its legacy command form; actions/runner
 * ActionCommand.TryParseV2 and TryParse). Log messages carry values from files, remotes and inputs, so
 * everything printed goes through here:
 * - logLine: one message, one physical line; a CR or LF inside is written visibly as `\r` / `\n`;
 * - logBlock: text whose line breaks are deliberate (a summary, a diff, help); a lone CR is written as `\r`.
 * Either way no line can start with `::` (written `\::`) or hold `##[` (written `##\[`), so the data can
 * show in the log but never act on the runner.
 */

// String patterns and a sticky test, not global regexes: this runs once per log line at start-up.
const COMMAND_START = /^[\s\u0085\u180e]*::/;

function defuse(line: string): string {
  let s = line.includes('##[') ? line.replaceAll('##[', '##\\[') : line;
  if (COMMAND_START.test(s)) {
    const at = s.indexOf('::');
    s = `${s.slice(0, at)}\\${s.slice(at)}`;
  }
  return s;
}

/** One log line: line breaks inside `text` are shown as `\r` and `\n` instead of breaking the line. */
export function logLine(text: string): string {
  const flat = text.includes('\r') || text.includes('\n') ? text.replaceAll('\r', '\\r').replaceAll('\n', '\\n') : text;
  return defuse(flat);
}

/** Several log lines (split at `\n`, a CRLF counting as one break); each made safe as logLine makes one. */
export function logBlock(text: string): string {
  if (!text.includes('\n')) return logLine(text);
  return text
    .split('\n')
    .map((l) => logLine(l.endsWith('\r') ? l.slice(0, -1) : l))
    .join('\n');
}
