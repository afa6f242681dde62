import { UserError } from '@coco-release/core';

/**
 * Read the literal value a Makefile, shell script or Dockerfile assigns to a variable, without running it.
 * The file kind comes from the file name (Makefile/*.mk, Dockerfile/Containerfile, anything else is shell),
 * because the grammars disagree: `NAME = v` is an assignment in Make and a command in shell, `#` starts a
 * comment anywhere in Make but only after a blank in shell. Values are what the tool would see: quotes and
 * trailing comments removed. Anything that needs evaluation ($(shell …), `cmd`, other variables, +=) is an
 * error rather than a guess, and so is a variable assigned twice with different values.
 */

export type VariableFileKind = 'make' | 'shell' | 'docker';

export interface ValueRead {
  value: string;
  /** 1-based line and column of the value (of the assignment when the value is empty). */
  line: number;
  col: number;
}

export function variableFileKind(path: string): VariableFileKind {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/^(GNUmakefile|[Mm]akefile)(\..+)?$/.test(base) || /\.(mk|make)$/.test(base)) return 'make';
  if (/^(Dockerfile|Containerfile)(\..+)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base)) {
    return 'docker';
  }
  return 'shell';
}

const FORMS: Record<VariableFileKind, string> = {
  make: 'Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v',
  shell: 'shell assignments NAME=v, NAME="v", export NAME=v, readonly NAME=v',
  docker: 'Dockerfile instructions ARG NAME=v, ENV NAME=v',
};

interface Definition extends ValueRead {
  problem?: string;
}

/** Thrown inside the line parsers; becomes a UserError at the line. */
class LineProblem extends Error {}

export function readVariable(
  text: string,
  file: string,
  name: string,
  kind: VariableFileKind = variableFileKind(file),
): ValueRead {
  const lines = text.split(/\r?\n/);
  const defs: Definition[] = [];
  const declaredOnly: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(name)) continue;
    let found: { value: string; col: number }[] | 'declared' | undefined;
    try {
      found =
        kind === 'make'
          ? makeAssignment(line, name)
          : kind === 'docker'
            ? dockerAssignment(line, name)
            : shellAssignment(line, name);
    } catch (e) {
      if (!(e instanceof LineProblem)) throw e;
      throw new UserError(e.message, { file, line: i + 1 });
    }
    if (found === 'declared') declaredOnly.push(i + 1);
    else if (found) {
      for (const f of found) {
        if (f.value.endsWith('\\') && i + 1 < lines.length && kind !== 'docker') {
          throw new UserError(`${name} continues on the next line; the check needs a one-line value`, {
            file,
            line: i + 1,
          });
        }
        defs.push({ value: f.value, line: i + 1, col: f.col });
      }
    }
  }
  if (defs.length === 0) {
    const declared = declaredOnly.length
      ? `; it is declared without a value on line ${declaredOnly.join(', ')} (set at build time?)`
      : '';
    throw new UserError(`no assignment to ${name} (looked for ${FORMS[kind]})${declared}`, { file });
  }
  const first = defs[0]!;
  const other = defs.find((d) => d.value !== first.value);
  if (other) {
    const all = defs.map((d) => `'${d.value}' (line ${d.line})`).join(', ');
    throw new UserError(`${name} is assigned more than once with different values: ${all}`, {
      file,
      line: other.line,
      col: other.col,
    });
  }
  return { value: first.value, line: first.line, col: first.col };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stripQuotes(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]!)) {
    return value.slice(1, -1);
  }
  return value;
}

/** GNU Make: recipe lines (tab) are shell, `#` starts a comment unless escaped, `$` references are refused. */
function makeAssignment(line: string, name: string): { value: string; col: number }[] | 'declared' | undefined {
  if (line.startsWith('\t')) return undefined;
  let end = line.length;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '#') {
      end = i;
      break;
    }
  }
  const code = line.slice(0, end);
  const re = new RegExp(
    `^(\\s*(?:(?:export|override|private)\\s+)*)${escapeRegExp(name)}\\s*(:::=|::=|:=|\\?=|\\+=|!=|=)(.*)$`,
  );
  const m = re.exec(code);
  if (!m) {
    return new RegExp(`^\\s*(?:export|unexport)\\s+${escapeRegExp(name)}\\s*$`).test(code) ? 'declared' : undefined;
  }
  const op = m[2]!;
  if (op === '+=' || op === '!=') {
    throw new LineProblem(`${name} is set with '${op}', which needs Make to evaluate; the check needs a plain value`);
  }
  const rest = m[3]!;
  const lead = rest.length - rest.trimStart().length;
  const raw = rest.trim().replace(/\\#/g, '#');
  if (/\$[({]|\$[A-Za-z_]/.test(raw)) {
    throw new LineProblem(`${name} = ${raw} refers to other variables or functions; the check needs a literal value`);
  }
  const col = code.length - rest.length + lead + 1;
  return [{ value: stripQuotes(raw), col }];
}

/** One shell word from `s` at `i`: quotes removed, `$` expansions reported. */
function shellWord(s: string, i: number): { value: string; end: number; expands: boolean; quoted: boolean } {
  let value = '';
  let expands = false;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (/[\s;&|<>()]/.test(c)) break;
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close === -1) throw new LineProblem('unterminated single quote');
      value += s.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === '"') {
      quoted = true;
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < s.length && '$`"\\'.includes(s[i + 1]!)) i++;
        else if (s[i] === '$' || s[i] === '`') expands = true;
        value += s[i];
        i++;
      }
      if (i >= s.length) throw new LineProblem('unterminated double quote');
      i++;
    } else if (c === '\\' && i + 1 < s.length) {
      value += s[i + 1];
      i += 2;
    } else if ((c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) || c === '`') {
      // A command substitution or parameter expansion is one piece of the word, blanks and all.
      const end = expansionEnd(s, i);
      value += s.slice(i, end);
      expands = true;
      i = end;
    } else {
      if (c === '$') expands = true;
      value += c;
      i++;
    }
  }
  return { value, end: i, expands, quoted };
}

/** Index just after the `$(…)`, `${…}` or `` `…` `` starting at `i` (nesting counted; unterminated: end of line). */
function expansionEnd(s: string, i: number): number {
  if (s[i] === '`') {
    const close = s.indexOf('`', i + 1);
    return close === -1 ? s.length : close + 1;
  }
  const open = s[i + 1]!;
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === open) depth++;
    else if (s[j] === close && --depth === 0) return j + 1;
  }
  return s.length;
}

/**
 * `${NAME:-v}` / `${NAME-v}` / `${NAME:=v}`: the script's own default for a variable the caller may override
 * (`NAME="${NAME:-v0.15.2}"`, `: "${NAME:=v0.15.2}"`); the pinned value is the default.
 */
function selfDefault(word: string, name: string): string | undefined {
  const m = new RegExp(`^\\$\\{${escapeRegExp(name)}:?[-=]([^}$\`]*)\\}$`).exec(word);
  return m ? stripQuotes(m[1]!) : undefined;
}

function shellAssignment(line: string, name: string): { value: string; col: number }[] | 'declared' | undefined {
  const n = escapeRegExp(name);
  const colon = new RegExp(`^\\s*:\\s+"?(\\$\\{${n}:?=[^}]*\\})"?\\s*(#.*)?$`).exec(line);
  if (colon) {
    return [{ value: selfDefault(colon[1]!, name)!, col: line.indexOf(colon[1]!) + 1 }];
  }
  const m = new RegExp(`^(\\s*((?:(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+)*))${n}=`).exec(
    line,
  );
  if (!m) {
    if (new RegExp(`^\\s*(?:(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+)*${n}\\+=`).test(line)) {
      throw new LineProblem(`${name} is appended to with '+='; the check needs a plain value`);
    }
    return new RegExp(`^\\s*(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+${n}\\s*(#.*)?$`).test(line)
      ? 'declared'
      : undefined;
  }
  const start = m[0].length;
  const word = shellWord(line, start);
  const rest = line.slice(word.end);
  // `NAME=v some-command` sets NAME for that command only: not a definition of the script's variable.
  const keyword = m[2] !== '';
  if (!keyword && rest.trim() !== '' && !/^\s*(#|;|&&|\|\||&|$)/.test(rest) && !/^\s+[A-Za-z_]\w*=/.test(rest)) {
    return undefined;
  }
  if (rest !== '' && !/^[\s;&|]/.test(rest))
    throw new LineProblem(`cannot read the value of ${name}: '${line.trim()}'`);
  if (word.expands) {
    const raw = line.slice(start, word.end);
    const dflt = selfDefault(stripQuotes(raw), name);
    if (dflt !== undefined) return [{ value: dflt, col: start + 1 }];
    throw new LineProblem(`${name}=${raw} is computed when the script runs ($ or \`); the check needs a literal value`);
  }
  return [{ value: word.value, col: start + 1 }];
}

/** `ARG NAME=v`, `ENV NAME=v OTHER=w`, legacy `ENV NAME v`; instructions are case-insensitive. */
function dockerAssignment(line: string, name: string): { value: string; col: number }[] | 'declared' | undefined {
  const m = /^(\s*(ARG|ENV)\s+)(.*)$/i.exec(line);
  if (!m) return undefined;
  const instruction = m[2]!.toUpperCase();
  const body = m[3]!;
  let i = m[1]!.length;
  const out: { value: string; col: number }[] = [];
  let declared = false;
  // Legacy `ENV NAME value`: the rest of the line is the value.
  const legacy = new RegExp(`^${escapeRegExp(name)}\\s+(?!\\S*=)(.+)$`).exec(body);
  if (instruction === 'ENV' && legacy) {
    const raw = legacy[1]!.replace(/\s+#.*$/, '').trim();
    if (/\$/.test(raw))
      throw new LineProblem(`ENV ${name} ${raw} refers to other variables; the check needs a literal value`);
    return [{ value: stripQuotes(raw), col: i + body.indexOf(legacy[1]!) + 1 }];
  }
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length || line[i] === '#' || line[i] === '\\') break;
    const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i));
    if (!key) throw new LineProblem(`cannot read ${instruction} '${line.slice(i).trim()}'`);
    i += key[0].length;
    if (line[i] !== '=') {
      if (key[0] === name) declared = true;
      continue;
    }
    i++;
    const valueStart = i;
    const word = shellWord(line, i);
    i = word.end;
    if (key[0] !== name) continue;
    if (word.expands) {
      const raw = line.slice(valueStart, word.end);
      const dflt = selfDefault(stripQuotes(raw), name);
      if (dflt !== undefined) out.push({ value: dflt, col: valueStart + 1 });
      else
        throw new LineProblem(
          `${instruction} ${name}=${raw} refers to other variables; the check needs a literal value`,
        );
    } else out.push({ value: word.value, col: valueStart + 1 });
  }
  if (out.length) return out;
  return declared ? 'declared' : undefined;
}
