import { UserError } from '@coco-release/core';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';

/** A parsed YAML file that still knows its source text and where every node sits in it. */
export interface YamlFile {
  /** As shown in messages. */
  file: string;
  source: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** 1-based line and column of an offset. */
export function positionOf(f: Pick<YamlFile, 'lines'>, offset: number): { line: number; col: number } {
  return f.lines.linePos(offset);
}

/**
 * Parse one YAML document. Parse errors become a UserError at the error's line; a stream of several
 * documents is refused, since a path would not say which one it means.
 */
export function loadYaml(source: string, file: string): YamlFile {
  const lines = new LineCounter();
  const docs = parseAllDocuments(source, { keepSourceTokens: true, lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(docs)) {
    throw new UserError('the file holds no YAML document', { file, line: 1, col: 1 });
  }
  for (const d of docs) {
    const err = d.errors[0];
    if (err) {
      const { line, col } = lines.linePos(err.pos[0]);
      throw new UserError(`invalid YAML: ${firstLine(err.message)}`, { file, line, col });
    }
  }
  if (docs.length === 0) throw new UserError('the file holds no YAML document', { file, line: 1, col: 1 });
  if (docs.length > 1) {
    const { line, col } = lines.linePos(docs[1]!.range[0]);
    throw new UserError(`the file holds ${docs.length} YAML documents; only single-document files can be edited`, {
      file,
      line,
      col,
    });
  }
  return { file, source, doc: docs[0]!, lines };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
