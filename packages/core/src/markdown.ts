/**
 * Small Markdown builders for job summaries and pull request bodies: tables, inline code, plain text and
 * fenced blocks, escaped so that values read from files cannot break them or add Markdown of their own.
 * Markdown ends a line at `\n`, `\r\n` and a lone `\r` alike, so every value that must stay on one line has
 * all three written visibly.
 */

const BREAK = /\r\n|\r|\n/g;

/** `\r` and `\n` as the two characters each, so a value keeps to one line and still shows its breaks. */
function visibleBreaks(value: string): string {
  return value.includes('\r') || value.includes('\n') ? value.replaceAll('\r', '\\r').replaceAll('\n', '\\n') : value;
}

/** A table cell: `|` escaped, any line break (CRLF, LF or a lone CR) as `<br>`, so the row stays one line. */
export function escapeCell(value: string): string {
  const piped = value.replaceAll('|', '\\|');
  return piped.includes('\r') || piped.includes('\n') ? piped.replace(BREAK, '<br>') : piped;
}

/** Inline code that survives backticks inside the value; line breaks are shown as `\r` / `\n`. */
export function code(raw: string): string {
  if (raw === '') return '';
  const value = visibleBreaks(raw);
  const longest = value.includes('`') ? Math.max(...value.match(/`+/g)!.map((m) => m.length)) : 0;
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * Plain text in a line of Markdown (a table cell, a list item), shown as it is: the characters that start
 * inline Markdown (emphasis, code, links, images, HTML, entities, strike-through) backslash-escaped, line
 * breaks shown as `\r` / `\n`. `|` is left to the table (escapeCell).
 */
export function text(value: string): string {
  return visibleBreaks(value.replace(/[\\`*_[\]<>!~&]/g, '\\$&'));
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}

export function fenced(language: string, body: string): string {
  const longest = body.includes('```') ? Math.max(...body.match(/`{3,}/g)!.map((m) => m.length)) : 2;
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body.endsWith('\n') ? body : body + '\n'}${fence}\n`;
}

/** The runner refuses a step's job summary above 1 MiB (and then shows none of it). */
export const SUMMARY_LIMIT = 1024 * 1024;

/**
 * The summary as it fits in `limit` bytes of UTF-8: whole lines from the start, a fenced block left open by
 * the cut closed again, and a visible line saying what was cut. Unchanged when it fits.
 */
export function capSummary(markdown: string, limit = SUMMARY_LIMIT): string {
  const bytes = Buffer.from(markdown, 'utf8');
  if (bytes.length <= limit) return markdown;
  const note = (shown: number): string =>
    `\n**Summary truncated**: the first ${shown} of ${bytes.length} bytes are shown (a step's job summary is limited to ${limit} bytes).\n`;
  let room = limit - Buffer.byteLength(note(bytes.length)) - 64;
  for (;;) {
    const nl = bytes.lastIndexOf(0x0a, Math.max(room - 1, 0));
    const head = nl < 0 ? '' : bytes.subarray(0, nl + 1).toString('utf8');
    const open = openFence(head);
    const capped = `${head}${open ? `${open}\n` : ''}${note(nl + 1)}`;
    const over = Buffer.byteLength(capped) - limit;
    if (over <= 0 || room <= 0) return capped;
    room -= over;
  }
}

/** The fence (backticks or tildes) still open at the end of `markdown`, if any (CommonMark's rules). */
function openFence(markdown: string): string | undefined {
  let open: string | undefined;
  for (const line of markdown.split(BREAK)) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m) continue;
    const [, run, rest] = m as unknown as [string, string, string];
    if (open === undefined) {
      if (!(run[0] === '`' && rest.includes('`'))) open = run;
    } else if (run[0] === open[0] && run.length >= open.length && rest.trim() === '') open = undefined;
  }
  return open;
}
