/** Small Markdown builders for job summaries: tables and fenced diffs, escaped so values cannot break them. */

export function escapeCell(value: string): string {
  return value.replaceAll('|', '\\|').replaceAll('\r\n', '<br>').replaceAll('\n', '<br>');
}

/** Inline code that survives backticks inside the value. */
export function code(value: string): string {
  if (value === '') return '';
  const longest = value.includes('`') ? Math.max(...value.match(/`+/g)!.map((m) => m.length)) : 0;
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
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
