import { describe, expect, it } from 'vitest';
import { logBlock, logLine } from '../../src/log-text.js';
import { commandLines } from './helpers.js';

/** The escaper every log line goes through (src/log-text.ts), byte for byte. */
describe('logLine: one message, one physical line', () => {
  it.each([
    ['v1\n::warning::x', 'v1\\n::warning::x'],
    ['v1\r::error::x', 'v1\\r::error::x'],
    ['v1\r\n::error::x', 'v1\\r\\n::error::x'],
    ['::add-mask::x', '\\::add-mask::x'],
    ['  \t::stop-commands::t', '  \t\\::stop-commands::t'],
    ['\u00a0\u2003::error::x', '\u00a0\u2003\\::error::x'],
    ['\u0085::error::x', '\u0085\\::error::x'],
    ['file.yaml:3: a ##[error]x b', 'file.yaml:3: a ##\\[error]x b'],
    ['a: b :: c', 'a: b :: c'],
    ['plain', 'plain'],
  ])('%j', (input, output) => {
    expect(logLine(input)).toBe(output);
    expect(commandLines(logLine(input))).toEqual([]);
    expect(logLine(logLine(input))).toBe(output);
  });
});

describe('logBlock: deliberate lines, each made safe', () => {
  it('keeps the line breaks it is given, shows a lone CR, defuses every line', () => {
    const block = '### title\r\n\n ::warning::x\nvalue\rmore\n##[group]g\n';
    expect(logBlock(block)).toBe('### title\n\n \\::warning::x\nvalue\\rmore\n##\\[group]g\n');
    expect(commandLines(logBlock(block))).toEqual([]);
  });
});
