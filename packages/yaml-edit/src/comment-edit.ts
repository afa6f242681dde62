import { UserError, type TextEdit } from '@coco-release/core';

/**
 * The edit that puts `comment` after a value ending at `end`: replace an existing `# …` on that line,
 * add one, or (for `''`) remove it. Undefined when the comment is already so.
 */
export function inlineCommentEdit(source: string, end: number, comment: string): TextEdit | UserError | undefined {
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
  return i > end ? { start: i, end: i, text: wanted } : { start: end, end: end, text: ` ${wanted}` };
}
