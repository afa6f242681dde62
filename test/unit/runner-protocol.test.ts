import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { annotation, inputEnvName, outputRecord, workflowCommand } from '../../src/runner.js';
import { tempDir } from '../helpers/workspace.js';

/**
 * src/runner.ts writes the runner protocol itself instead of loading @actions/core (which costs more
 * start-up time than the whole action). These tests hold it to @actions/core's exact bytes.
 */
function captureStdout(fn: () => void): string {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return out;
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const MESSAGES = ['plain', 'multi\nline\r\nmessage', '100% sure: a,b', '::error::injected', ''];

describe('runner protocol matches @actions/core', () => {
  it.each(MESSAGES)('annotations for %j', (message) => {
    const pos = { file: 'src/a,b:c.yaml', line: 12, col: 5 };
    expect(
      captureStdout(() => core.error(message, { file: pos.file, startLine: pos.line, startColumn: pos.col })),
    ).toBe(annotation('error', message, pos) + '\n');
    expect(captureStdout(() => core.warning(message))).toBe(annotation('warning', message) + '\n');
    expect(captureStdout(() => core.notice(message, { file: 'x.yaml' }))).toBe(
      annotation('notice', message, { file: 'x.yaml' }) + '\n',
    );
  });

  it('masks secrets with the same command', () => {
    expect(captureStdout(() => core.setSecret('s3cr%t\nx'))).toBe(workflowCommand('add-mask', {}, 's3cr%t\nx') + '\n');
  });

  it.each(['true', 'multi\nline\nvalue', '[{"path":".a","old":"1","new":"2","line":3}]', ''])(
    'output records for %j',
    (value) => {
      const file = join(tempDir(), 'out');
      writeFileSync(file, '');
      process.env['GITHUB_OUTPUT'] = file;
      core.setOutput('changes', value);
      const theirs = readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
      expect(outputRecord('changes', value).replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM')).toBe(theirs);
    },
  );

  it.each(['file', 'allow-create', 'dry run', 'tag-templates'])('input variable for %j', (name) => {
    process.env[inputEnvName(name)] = ` value of ${name} `;
    expect(core.getInput(name, { trimWhitespace: false })).toBe(` value of ${name} `);
  });
});
