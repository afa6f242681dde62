import { UserError, type TextEdit } from '@coco-release/core';
import { CST, Lexer } from 'yaml';

/**
 * The blanks a file puts before an inline comment (Kata's versions.yaml uses two spaces everywhere): the
 * most common run of spaces between content and a `#` comment on the same line, ' ' when there is none.
 * Read from the `yaml` lexer's tokens, so a `#` inside a quoted string is not taken for a comment.
 */
export function commentGap(source: string): string {
  const counts = new Map<string, number>();
  let before: string | null | undefined; // type of the token before the previous one
  let previous: { type: string | null | undefined; text: string } | undefined;
  for (const token of new Lexer().lex(source)) {
    const type = CST.tokenType(token);
    if (type === 'comment' && previous?.type === 'space' && before !== 'newline' && before !== undefined) {
      counts.set(previous.text, (counts.get(previous.text) ?? 0) + 1);
    }
    before = previous?.type;
    previous = { type, text: token };
  }
  let best = ' ';
  let most = 0;
  for (const [gap, n] of counts) if (n > most) [best, most] = [gap, n];
  return best;
}

/**
 * The edit that puts `comment` after a value ending at `end`: replace an existing `# …` on that line,
 * add one after `gap` (see commentGap), or (for `''`) remove it. Undefined when the comment is already so.
 */
export function inlineCommentEdit(
  source: string,
  end: number,
  comment: string,
  gap = ' ',
): TextEdit | UserError | undefined {
  let i = end;
  while (source[i] === ' ' || source[i] === '\t') i++;
  const atEol = i >= source.length || source[i] === '\n' || source[i] === '\r';
  const wanted = comment === '' ? '' : `# ${comment}`;
  if (source[i] === '#' && i > end) {
    let e = i;
    while (e < source.length && source[e] !== '\n' && source[e] !== '\r') e++;
    if (source.slice(i, e) === wanted) return undefined;
    return comment === '' ? { start: end, end: e, text: '' } : { start: i, end: e, text: wanted };
  }
  if (!atEol) return new UserError('cannot put a comment after this value: more YAML follows it on the same line');
  if (comment === '') return undefined;
  return { start: end, end: i, text: `${gap}${wanted}` };
}
