import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 3306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KQ: () => (/* reexport */ BodyTooLarge),
  rr: () => (/* reexport */ LineIndex),
  yo: () => (/* reexport */ UserError),
  ct: () => (/* reexport */ applyEdits),
  Kf: () => (/* reexport */ applyFileEdits),
  P3: () => (/* reexport */ beforeUndoableWork),
  NK: () => (/* reexport */ capSummary),
  EI: () => (/* reexport */ changesTable),
  aY: () => (/* reexport */ code),
  ul: () => (/* reexport */ collectErrors),
  _6: () => (/* reexport */ decodeUtf8),
  OF: () => (/* reexport */ fenced),
  z3: () => (/* reexport */ formatBytes),
  fF: () => (/* reexport */ isStackOverflow),
  iU: () => (/* reexport */ isUserError),
  VX: () => (/* reexport */ onUndoableWork),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  Li: () => (/* reexport */ parseLines),
  EF: () => (/* reexport */ readCapped),
  yR: () => (/* reexport */ readText),
  mz: () => (/* reexport */ removeTempFiles),
  oN: () => (/* reexport */ requireInput),
  Gh: () => (/* reexport */ retryWords),
  HI: () => (/* reexport */ sendWithRetries),
  tp: () => (/* reexport */ table),
  Qq: () => (/* reexport */ markdown_text),
  MI: () => (/* reexport */ throwIfAny)
});

// UNUSED EXPORTS: OCI_TAG, SUMMARY_LIMIT, UserErrors, backoffMs, checkFileEdits, detectEol, editDiff, escapeCell, fileChanges, fileDiff, formatPositioned, fsErrorReason, hasGitSegment, invalidUtf8Offset, isChanged, lineEdits, readIfPresent, removeStaleTempFiles, resolveInWorkspace, resolveNewInWorkspace, retryAfterMs, sleep, sortEdits, unifiedDiff, writeFilesAtomically

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class UserError extends Error {
    position;
    constructor(message, position = {}) {
        super(message);
        this.name = 'UserError';
        this.position = position;
    }
    /** `file:line:col: message`, the form compilers use, so editors and logs can jump to it. */
    toString() {
        return formatPositioned(this.message, this.position);
    }
}
function formatPositioned(message, pos) {
    if (!pos.file)
        return message;
    let where = pos.file;
    if (pos.line !== undefined)
        where += `:${pos.line}`;
    if (pos.line !== undefined && pos.col !== undefined)
        where += `:${pos.col}`;
    return `${where}: ${message}`;
}
/** V8's RangeError for a recursion that ran out of stack: on user input, a file nested too deeply. */
function isStackOverflow(e) {
    return e instanceof RangeError && /Maximum call stack size exceeded/.test(e.message);
}
function isUserError(e) {
    return e instanceof UserError;
}
/** Several user errors found in one pass (e.g. every bad `set` line), reported together. */
class UserErrors extends UserError {
    errors;
    constructor(errors) {
        const first = errors[0];
        super(errors.map((e) => e.toString()).join('\n'), first?.position ?? {});
        this.name = 'UserErrors';
        this.errors = errors;
    }
    toString() {
        return this.message;
    }
}
/** Throw every collected error at once, or nothing. */
function throwIfAny(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors(errors);
}
/**
 * For a run that checks several independent things and reports every problem at once: `attempt(step)`
 * returns the step's result, or undefined when it threw UserErrors, which are kept in `errors`. Anything
 * else (a bug) is thrown at once.
 */
function collectErrors() {
    const errors = [];
    return {
        errors,
        attempt(step) {
            try {
                return step();
            }
            catch (e) {
                if (!(e instanceof UserError))
                    throw e;
                errors.push(...(e instanceof UserErrors ? e.errors : [e]));
                return undefined;
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/text-edit.ts
/**
 * Apply non-overlapping edits. Overlap is a bug in the caller (two edits of the same bytes), so it throws.
 * Edits at the same insertion point (start === end) keep their given order.
 */
function applyEdits(source, edits) {
    if (edits.length === 1)
        return source.slice(0, edits[0].start) + edits[0].text + source.slice(edits[0].end);
    const sorted = sortEdits(edits);
    let out = '';
    let pos = 0;
    for (const e of sorted) {
        if (e.start < pos)
            throw new Error(`overlapping edits at offset ${e.start}`);
        out += source.slice(pos, e.start) + e.text;
        pos = e.end;
    }
    return out + source.slice(pos);
}
function sortEdits(edits) {
    if (edits.length < 2)
        return [...edits];
    return edits
        .map((e, i) => ({ e, i }))
        .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
        .map((x) => x.e);
}
/** The line ending a file already uses: new lines we add must match it (CRLF files stay CRLF). */
function detectEol(source) {
    const i = source.indexOf('\n');
    return i > 0 && source[i - 1] === '\r' ? '\r\n' : '\n';
}
/** Offset -> 1-based line and column, by binary search over line starts. */
class LineIndex {
    starts = [0];
    constructor(source) {
        for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, col: offset - (this.starts[lo] ?? 0) + 1 };
    }
    line(offset) {
        return this.position(offset).line;
    }
    lineStart(line) {
        return this.starts[line - 1] ?? 0;
    }
    get lineCount() {
        return this.starts.length;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/signals.ts
/**
 * When a process may take the runner's cancel (SIGINT, SIGTERM) in its stride and when it must clean up
 * first. A JavaScript signal handler runs only between synchronous stretches of work, so a process that has
 * one cannot be cancelled during a long computation (a pattern match on a large file). So the handlers are
 * installed only when there is something to undo: right before the first temp file is written or the first
 * child process started. Until then a signal kills the process at once, which leaves nothing behind.
 */
let install;
/** What beforeUndoableWork runs, once (the runner's signal handlers); unset, nothing is installed. */
function onUndoableWork(installer) {
    install = installer;
}
/** Work whose interruption must be cleaned up (temp files, child processes) is about to start. */
function beforeUndoableWork() {
    const f = install;
    install = undefined;
    f?.();
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/utf8.ts


/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1.
 */
function invalidUtf8Offset(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lo = 0xa0;
            else if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lo = 0x90;
            else if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        const second = bytes[i + 1];
        if (second === undefined || second < lo || second > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < 0x80 || c > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/**
 * UTF-8 bytes as text, refusing anything that is not valid UTF-8: decoding would silently put U+FFFD in
 * place of the bad bytes, and writing the file back would then destroy them.
 */
function decodeUtf8(bytes, display) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = invalidUtf8Offset(bytes);
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const hex = bytes[offset].toString(16).padStart(2, '0');
    throw new UserError(`not valid UTF-8 at byte offset ${offset} (line ${line}): byte 0x${hex}; the file must be UTF-8 text, nothing was written`, { file: display, line });
}

;// CONCATENATED MODULE: ./packages/core/src/files.ts






/**
 * True when a path has a `.git` segment (the repository's own directory, or a gitfile): git runs what its
 * config says (core.fsmonitor, hooks), so whoever can write there runs commands in the job. Compared without
 * case, as a case-insensitive file system (and git on it) would. `.github`, `.gitignore` are other names.
 */
function hasGitSegment(path) {
    const lower = path.toLowerCase();
    return lower.includes('.git') && lower.split(/[\\/]+/).includes('.git');
}
function refuseGit(file, ...paths) {
    if ([file, ...paths].some(hasGitSegment)) {
        throw new UserError(`refusing to touch ${file}: it is inside .git, git's own data (config, hooks), which no release action reads or writes`, { file });
    }
}
/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out. Nor anything with a
 * `.git` segment, as named or once symlinks are resolved (hasGitSegment): every action's files come
 * through here or resolveNewInWorkspace, so this is the one place of that rule.
 */
function resolveInWorkspace(file, workspace) {
    refuseGit(file);
    // .native: one realpath(3) call instead of an lstat per path component in JavaScript.
    const root = external_node_fs_.realpathSync.native(workspace);
    // realpath(3) resolves `.`, `..` and doubled slashes itself, but after following symlinks; path.resolve
    // first collapses `..` by name. Keep that meaning for such paths, and spare the (JavaScript, character
    // by character) normalisation for the usual `dir/sub/file`.
    const inside = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    const plain = !file.startsWith('.') && !file.includes('/.') && !file.includes('//') && !file.includes('\\');
    const absolute = (0,external_node_path_.isAbsolute)(file) ? file : plain ? `${inside}${file}` : (0,external_node_path_.resolve)(root, file);
    let real;
    try {
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch {
        throw new UserError(`file not found: ${file}`, { file });
    }
    // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
    // path.relative(), which normalises both paths again on every call.
    if (real === root || real === inside)
        throw new UserError(`not a file: ${file} (it is the workspace directory)`, { file });
    if (!real.startsWith(inside)) {
        throw new UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    const rel = real.slice(inside.length);
    refuseGit(file, rel);
    if (!(0,external_node_fs_.statSync)(real).isFile())
        throw new UserError(`not a file: ${file}`, { file });
    return { path: real, display: external_node_path_.sep === '/' ? rel : rel.split(external_node_path_.sep).join('/') };
}
/**
 * The text of a file that may be absent (a Chart.lock not made yet): undefined when nothing is at that path;
 * anything there is resolved as resolveInWorkspace does (so a path outside the workspace or in .git is
 * refused as such, not taken for a missing file) and read with readText.
 */
function readIfPresent(file, workspace) {
    refuseGit(file);
    try {
        lstatSync(isAbsolute(file) ? file : resolve(workspace, file));
    }
    catch {
        return undefined;
    }
    return readText(resolveInWorkspace(file, workspace));
}
/**
 * A file that may not exist yet (a Chart.lock to create): an existing one is resolved as resolveInWorkspace
 * does; a new one must go into a directory that is inside the workspace, symlinks resolved.
 */
function resolveNewInWorkspace(file, workspace) {
    refuseGit(file);
    const root = external_node_fs_.realpathSync.native(workspace);
    const absolute = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(root, file);
    let exists = true;
    try {
        (0,external_node_fs_.lstatSync)(absolute);
    }
    catch {
        exists = false;
    }
    if (exists)
        return { ...resolveInWorkspace(file, workspace), exists };
    const cut = absolute.lastIndexOf(external_node_path_.sep);
    const name = absolute.slice(cut + 1);
    let dir;
    try {
        dir = external_node_fs_.realpathSync.native(absolute.slice(0, cut) || external_node_path_.sep);
    }
    catch {
        throw new UserError(`directory not found for ${file}`, { file });
    }
    const inside = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    if (!(dir + external_node_path_.sep).startsWith(inside) || name === '' || name === '.' || name === '..') {
        throw new UserError(`refusing to create ${file}: it is outside the workspace ${root}`, { file });
    }
    const rel = `${dir}${external_node_path_.sep}${name}`.slice(inside.length);
    refuseGit(file, rel);
    return { path: `${dir}${external_node_path_.sep}${name}`, display: external_node_path_.sep === '/' ? rel : rel.split(external_node_path_.sep).join('/'), exists };
}
/**
 * Why a file operation failed, in words, for the errors a user can meet and fix (permissions, a full or
 * read-only disk, a busy mount point); anything else keeps Node's own message.
 */
function fsErrorReason(e) {
    const err = e;
    const words = {
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
        EBUSY: 'the file is busy (a mount point?)',
        ENOENT: 'it does not exist (any more)',
        EISDIR: 'it is a directory',
        EMFILE: 'too many open files',
        ENAMETOOLONG: 'the name is too long',
        EIO: 'input/output error',
    };
    // libuv has no name for some errors (EDQUOT: "Unknown system error -122"); the number still says which.
    const name = err?.code && Object.hasOwn(words, err.code)
        ? err.code
        : typeof err?.errno === 'number'
            ? Object.keys(words).find((n) => external_node_os_.constants.errno[n] === -err.errno)
            : undefined;
    if (name)
        return `${words[name]} (${name})`;
    return err?.message ?? String(e);
}
function isErrno(e) {
    return e instanceof Error && typeof e.code === 'string';
}
const seen = new Map();
/** The file's text (UTF-8, checked); remembers its size and modification time for writeFilesAtomically. */
function readText(file) {
    let bytes;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.path, 'r');
        const st = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        bytes = (0,external_node_fs_.readFileSync)(fd);
        seen.set(file.path, { display: file.display, size: st.size, mtimeNs: st.mtimeNs });
    }
    catch (e) {
        if (!isErrno(e))
            throw e;
        throw new UserError(`cannot read ${file.display}: ${fsErrorReason(e)}`, { file: file.display });
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    return decodeUtf8(bytes, file.display);
}
/**
 * Temp files are named `.NAME.coco-release-PID-RANDOM.tmp` beside their target, so that a later run can
 * recognise the ones a killed run left behind (and git users can ignore them by pattern).
 */
const TEMP_NAME = /^\..*\.coco-release-(\d+)-[0-9a-z]+\.tmp$/;
/** A temp file this old belongs to no running write, whatever its process id says (ids are reused). */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** This process's temp files that exist right now: removed by removeTempFiles on a signal. */
const live = new Set();
function removeTempFiles() {
    for (const tmp of live)
        safeUnlink(tmp);
    live.clear();
}
function processGone(pid) {
    if (pid === process.pid)
        return true; // ours would be in `live`, which the caller checks first
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** Remove this tool's temp files in `dirs` left by runs that were killed (their process is gone, or long ago). */
function removeStaleTempFiles(dirs) {
    const now = Date.now();
    for (const dir of new Set(dirs)) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            continue;
        }
        for (const name of names) {
            const m = TEMP_NAME.exec(name);
            if (!m)
                continue;
            const path = `${dir}${external_node_path_.sep}${name}`;
            if (live.has(path))
                continue;
            let old;
            try {
                const st = (0,external_node_fs_.lstatSync)(path);
                if (!st.isFile())
                    continue;
                old = now - st.mtimeMs > STALE_AFTER_MS;
            }
            catch {
                continue;
            }
            if (old || processGone(Number(m[1])))
                safeUnlink(path);
        }
    }
}
function dirOf(path) {
    return path.slice(0, path.lastIndexOf(external_node_path_.sep)) || external_node_path_.sep;
}
/**
 * Write every file or none: replace, create and delete as one. Each new content goes to a temp file beside
 * its target (same file system, the target's mode and, where the process may, its owner; a new file gets
 * 0644 as `helm dependency update` gives Chart.lock), and only when every temp file is complete, and every
 * target still holds exactly what was read (size, modification time, bytes; or still does not exist), are
 * they renamed over their targets and the files to delete moved aside, then removed. If a step fails,
 * everything already done is undone. Every failure is a UserError naming the file, with no temp file left.
 * Also removes temp files that killed runs left beside the files this process read or writes, so call it
 * (with no writes) even when nothing changed.
 */
let tempCounter = 0;
function tempName(path) {
    // Beside the target (string slicing: the path is absolute and canonical, path.join would normalise it
    // again); unique enough, and 'wx' refuses an existing name. node:crypto is not worth its load time here.
    const cut = path.lastIndexOf(external_node_path_.sep) + 1;
    return `${path.slice(0, cut)}.${path.slice(cut, cut + 180)}.coco-release-${process.pid}-${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
}
function writeFilesAtomically(writes) {
    removeStaleTempFiles([...[...seen.keys()].map(dirOf), ...writes.map((w) => dirOf(w.path))]);
    if (writes.length === 0)
        return;
    beforeUndoableWork();
    const display = (path) => seen.get(path)?.display ?? path;
    const temps = [];
    const cleanUp = () => {
        for (const t of temps) {
            safeUnlink(t.tmp);
            live.delete(t.tmp);
        }
    };
    for (const w of writes) {
        if (w.content === null)
            continue;
        const tmp = tempName(w.path);
        try {
            writeTemp(tmp, w.original === null ? undefined : w.path, w.content, () => temps.push({ tmp, w }));
        }
        catch (e) {
            cleanUp();
            if (!isErrno(e))
                throw e;
            throw new UserError(`cannot write ${display(w.path)}: ${fsErrorReason(e)}; no file was changed`, {
                file: display(w.path),
            });
        }
    }
    const changed = writes.filter((w) => w.original === null ? (0,external_node_fs_.existsSync)(w.path) : !unchangedSinceRead(w.path, w.original));
    if (changed.length > 0) {
        cleanUp();
        throwIfAny(changed.map((w) => new UserError(`${display(w.path)} ${w.original === null ? 'appeared' : 'changed'} on disk while this run was working on it; no file was written (run again to work on the new content)`, { file: display(w.path) })));
    }
    // Replaced and created files, then deleted ones moved aside (to put back if a later step fails).
    const done = [];
    let failed;
    try {
        for (const t of temps) {
            failed = t.w;
            (0,external_node_fs_.renameSync)(t.tmp, t.w.path);
            live.delete(t.tmp);
            done.push({ w: t.w });
        }
        for (const w of writes) {
            if (w.content !== null)
                continue;
            failed = w;
            const aside = tempName(w.path);
            live.add(aside);
            (0,external_node_fs_.renameSync)(w.path, aside);
            done.push({ w, aside });
        }
    }
    catch (e) {
        cleanUp();
        for (const d of done.reverse()) {
            if (d.aside) {
                (0,external_node_fs_.renameSync)(d.aside, d.w.path);
                live.delete(d.aside);
            }
            else if (d.w.original === null)
                safeUnlink(d.w.path);
            else
                (0,external_node_fs_.writeFileSync)(d.w.path, d.w.original);
        }
        if (!isErrno(e))
            throw e;
        throw new UserError(`cannot ${failed?.content === null ? 'delete' : 'replace'} ${display(failed.path)}: ${fsErrorReason(e)}; ${done.length > 0 ? 'the files already changed got their old content back, ' : ''}no file was changed`, { file: display(failed.path) });
    }
    for (const d of done) {
        if (!d.aside)
            continue;
        safeUnlink(d.aside);
        live.delete(d.aside);
    }
}
/**
 * Create `tmp` holding `content` with the mode and owner of `target`. Not fsync'd: a rename over a file
 * survives a killed process either way, and flushing would cost every run for the sake of power losses on
 * a runner whose disk is thrown away with the job.
 */
function writeTemp(tmp, target, content, created) {
    const st = target === undefined ? undefined : (0,external_node_fs_.statSync)(target);
    const fd = (0,external_node_fs_.openSync)(tmp, 'wx', st ? 0o600 : 0o644);
    live.add(tmp);
    created();
    try {
        (0,external_node_fs_.writeFileSync)(fd, content, 'utf8');
        if (!st)
            return; // a new file: 0644 less the umask, owned by whoever runs the action
        // The umask applied at creation; the target's mode is what the file must keep (664 stays 664).
        (0,external_node_fs_.fchmodSync)(fd, st.mode & 0o7777);
        if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
            try {
                (0,external_node_fs_.fchownSync)(fd, st.uid, st.gid);
            }
            catch {
                // Only root (or a member of the group) may: the file then belongs to whoever runs the action.
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The file still holds what readText read: same size and modification time (when known) and same bytes. */
function unchangedSinceRead(path, original) {
    try {
        const before = seen.get(path);
        if (before) {
            const now = (0,external_node_fs_.statSync)(path, { bigint: true });
            if (now.size !== before.size || now.mtimeNs !== before.mtimeNs)
                return false;
        }
        return (0,external_node_fs_.readFileSync)(path).equals(Buffer.from(original, 'utf8'));
    }
    catch {
        return false;
    }
}
function safeUnlink(path) {
    try {
        (0,external_node_fs_.unlinkSync)(path);
    }
    catch {
        // already gone
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diff.ts

const CONTEXT = 3;
/** A line without its line break (and the CR of a CRLF). */
function bare(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return text.includes('\r') ? lines.map(bare) : lines;
}
/**
 * A unified diff (`git diff` style, 3 lines of context) built from the edits themselves rather than by
 * comparing texts: O(size of the file) however large it is, and it shows exactly the lines we touched.
 */
function unifiedDiff(file, source, edits) {
    if (edits.length === 0)
        return '';
    if (edits.length === 1) {
        const one = oneLineDiff(file, source, edits[0]);
        if (one !== undefined)
            return one;
    }
    const index = new LineIndex(source);
    // Old lines are read one at a time, and only for context: splitting the whole file would make a one-line
    // pin pay for every line of every file it touches. Line n (0-based) as splitLines() would give it.
    const oldLineCount = source === '' ? 0 : index.lineCount - (source.endsWith('\n') ? 1 : 0);
    const oldLine = (n) => {
        let end = n + 1 < index.lineCount ? index.lineStart(n + 2) - 1 : source.length;
        if (source[end - 1] === '\r')
            end--;
        return source.slice(index.lineStart(n + 1), end);
    };
    // Group edits by the whole lines they touch: [first, end) in 0-based lines. A pure insertion at the start
    // of a line touches no old line (an empty range), so it shows as added lines only.
    const groups = [];
    for (const e of sortEdits(edits)) {
        const first = index.line(e.start) - 1;
        const insertion = e.start === e.end &&
            (e.start === 0 || source[e.start - 1] === '\n') &&
            e.start < source.length &&
            e.text.endsWith('\n');
        const end = insertion ? first : index.line(Math.max(e.start, e.end - 1));
        const g = groups[groups.length - 1];
        // Adjacent groups merge, so consecutive changed lines show as one block (`--++`), as git does.
        if (g && first <= g.end) {
            g.end = Math.max(g.end, end);
            g.edits.push(e);
        }
        else
            groups.push({ first, end, edits: [e] });
    }
    const pieces = groups.map((g) => {
        const segStart = index.lineStart(g.first + 1);
        const segEnd = g.end < index.lineCount ? index.lineStart(g.end + 1) : source.length;
        const segment = source.slice(segStart, segEnd);
        const shifted = g.edits.map((e) => ({ start: e.start - segStart, end: e.end - segStart, text: e.text }));
        return {
            oldStart: g.first,
            removed: splitLines(segment),
            added: splitLines(applyEdits(segment, shifted)),
        };
    });
    const out = [`--- a/${file}`, `+++ b/${file}`];
    let delta = 0; // new line number minus old line number before the current hunk
    let i = 0;
    while (i < pieces.length) {
        let j = i;
        while (j + 1 < pieces.length) {
            const cur = pieces[j];
            const next = pieces[j + 1];
            if (next.oldStart - (cur.oldStart + cur.removed.length) > 2 * CONTEXT)
                break;
            j++;
        }
        const firstPiece = pieces[i];
        const lastPiece = pieces[j];
        const hunkStart = Math.max(0, firstPiece.oldStart - CONTEXT);
        const hunkEnd = Math.min(oldLineCount, lastPiece.oldStart + lastPiece.removed.length + CONTEXT);
        const body = [];
        let oldCount = 0;
        let newCount = 0;
        let line = hunkStart;
        let hunkDelta = 0;
        for (let k = i; k <= j; k++) {
            const p = pieces[k];
            for (; line < p.oldStart; line++, oldCount++, newCount++)
                body.push(` ${oldLine(line)}`);
            for (const r of p.removed)
                body.push(`-${r}`);
            for (const a of p.added)
                body.push(`+${a}`);
            oldCount += p.removed.length;
            newCount += p.added.length;
            hunkDelta += p.added.length - p.removed.length;
            line = p.oldStart + p.removed.length;
        }
        for (; line < hunkEnd; line++, oldCount++, newCount++)
            body.push(` ${oldLine(line)}`);
        const oldRange = `${oldCount === 0 ? hunkStart : hunkStart + 1},${oldCount}`;
        const newFirst = hunkStart + delta;
        const newRange = `${newCount === 0 ? newFirst : newFirst + 1},${newCount}`;
        out.push(`@@ -${oldRange} +${newRange} @@`, ...body);
        delta += hunkDelta;
        i = j + 1;
    }
    return out.join('\n') + '\n';
}
/**
 * The usual case, a value replaced within one line (a pin, a bump), found with a few native searches
 * instead of a table of every line: the same bytes as the general path below, which handles the rest.
 */
function oneLineDiff(file, source, e) {
    if (e.start >= e.end || e.text.includes('\n') || e.text.includes('\r'))
        return undefined;
    const nl = source.indexOf('\n', e.start);
    if (nl !== -1 && nl < e.end)
        return undefined; // the edit spans lines
    const lineStart = e.start === 0 ? 0 : source.lastIndexOf('\n', e.start - 1) + 1;
    const lineEnd = nl === -1 ? source.length : nl;
    const changed = source.slice(lineStart, e.start) + e.text + source.slice(e.end, lineEnd);
    // A last line without a line break that the edit empties is no line at all: the general path says so.
    if (nl === -1 && changed === '')
        return undefined;
    const line = lineStart === 0 ? 0 : source.slice(0, lineStart).split('\n').length - 1; // 0-based
    const before = [];
    for (let end = lineStart - 1; before.length < CONTEXT && end >= 0;) {
        const start = end === 0 ? 0 : source.lastIndexOf('\n', end - 1) + 1;
        before.unshift(` ${bare(source.slice(start, end))}`);
        end = start - 1;
    }
    const after = [];
    for (let pos = lineEnd + 1; after.length < CONTEXT && pos < source.length;) {
        const next = source.indexOf('\n', pos);
        const end = next === -1 ? source.length : next;
        after.push(` ${bare(source.slice(pos, end))}`);
        pos = end + 1;
    }
    const first = line - before.length + 1;
    const count = before.length + 1 + after.length;
    return ([
        `--- a/${file}`,
        `+++ b/${file}`,
        `@@ -${first},${count} +${first},${count} @@`,
        ...before,
        `-${bare(source.slice(lineStart, lineEnd))}`,
        `+${bare(changed)}`,
        ...after,
    ].join('\n') + '\n');
}
/**
 * Edits that turn `before` into `after` line by line (a longest common subsequence of lines), so that a
 * regenerated Chart.lock diffs as the lines that changed rather than as a whole new file. Lock files have a
 * dozen lines; the quadratic table is nothing.
 */
function lineEdits(before, after) {
    const a = splitKeep(before);
    const b = splitKeep(after);
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const edits = [];
    let offset = 0;
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j]) {
            offset += a[i].length;
            i++;
            j++;
            continue;
        }
        const start = offset;
        let text = '';
        while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) {
            if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j]))
                text += b[j++];
            else
                offset += a[i++].length;
        }
        edits.push({ start, end: offset, text });
    }
    return edits;
}
/** Lines with their line breaks, so that joining them gives the text back. */
function splitKeep(text) {
    return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}
/** A git-style diff of a whole file's change, with /dev/null for a file created or deleted. */
function fileDiff(file, before, after) {
    const diff = unifiedDiff(file, before ?? '', lineEdits(before ?? '', after ?? ''));
    if (diff === '')
        return '';
    if (before === null)
        return diff.replace(`--- a/${file}\n`, '--- /dev/null\n');
    if (after === null)
        return diff.replace(`+++ b/${file}\n`, '+++ /dev/null\n');
    return diff;
}

;// CONCATENATED MODULE: ./packages/core/src/markdown.ts
/**
 * Small Markdown builders for job summaries and pull request bodies: tables, inline code, plain text and
 * fenced blocks, escaped so that values read from files cannot break them or add Markdown of their own.
 * Markdown ends a line at `\n`, `\r\n` and a lone `\r` alike, so every value that must stay on one line has
 * all three written visibly.
 */
const BREAK = /\r\n|\r|\n/g;
/** `\r` and `\n` as the two characters each, so a value keeps to one line and still shows its breaks. */
function visibleBreaks(value) {
    return value.includes('\r') || value.includes('\n') ? value.replaceAll('\r', '\\r').replaceAll('\n', '\\n') : value;
}
/** A table cell: `|` escaped, any line break (CRLF, LF or a lone CR) as `<br>`, so the row stays one line. */
function escapeCell(value) {
    const piped = value.replaceAll('|', '\\|');
    return piped.includes('\r') || piped.includes('\n') ? piped.replace(BREAK, '<br>') : piped;
}
/** Inline code that survives backticks inside the value; line breaks are shown as `\r` / `\n`. */
function code(raw) {
    if (raw === '')
        return '';
    const value = visibleBreaks(raw);
    const longest = value.includes('`') ? Math.max(...value.match(/`+/g).map((m) => m.length)) : 0;
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}
/**
 * Plain text in a line of Markdown (a table cell, a list item), shown as it is: the characters that start
 * inline Markdown (emphasis, code, links, images, HTML, entities, strike-through) backslash-escaped, line
 * breaks shown as `\r` / `\n`. `|` is left to the table (escapeCell).
 */
function markdown_text(value) {
    return visibleBreaks(value.replace(/[\\`*_[\]<>!~&]/g, '\\$&'));
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
function fenced(language, body) {
    const longest = body.includes('```') ? Math.max(...body.match(/`{3,}/g).map((m) => m.length)) : 2;
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${body.endsWith('\n') ? body : body + '\n'}${fence}\n`;
}
/** The runner refuses a step's job summary above 1 MiB (and then shows none of it). */
const SUMMARY_LIMIT = 1024 * 1024;
/**
 * The summary as it fits in `limit` bytes of UTF-8: whole lines from the start, a fenced block left open by
 * the cut closed again, and a visible line saying what was cut. Unchanged when it fits.
 */
function capSummary(markdown, limit = SUMMARY_LIMIT) {
    const bytes = Buffer.from(markdown, 'utf8');
    if (bytes.length <= limit)
        return markdown;
    const note = (shown) => `\n**Summary truncated**: the first ${shown} of ${bytes.length} bytes are shown (a step's job summary is limited to ${limit} bytes).\n`;
    let room = limit - Buffer.byteLength(note(bytes.length)) - 64;
    for (;;) {
        const nl = bytes.lastIndexOf(0x0a, Math.max(room - 1, 0));
        const head = nl < 0 ? '' : bytes.subarray(0, nl + 1).toString('utf8');
        const open = openFence(head);
        const capped = `${head}${open ? `${open}\n` : ''}${note(nl + 1)}`;
        const over = Buffer.byteLength(capped) - limit;
        if (over <= 0 || room <= 0)
            return capped;
        room -= over;
    }
}
/** The fence (backticks or tildes) still open at the end of `markdown`, if any (CommonMark's rules). */
function openFence(markdown) {
    let open;
    for (const line of markdown.split(BREAK)) {
        const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (!m)
            continue;
        const [, run, rest] = m;
        if (open === undefined) {
            if (!(run[0] === '`' && rest.includes('`')))
                open = run;
        }
        else if (run[0] === open[0] && run.length >= open.length && rest.trim() === '')
            open = undefined;
    }
    return open;
}

;// CONCATENATED MODULE: ./packages/core/src/file-edit.ts




function isChanged(edit) {
    return edit.before !== edit.after;
}
/** The edit's unified diff (`git diff` style, /dev/null for a created or deleted file); '' when it changes nothing. */
function editDiff(edit) {
    if (edit.before === edit.after)
        return '';
    if (edit.edits && edit.before !== null)
        return unifiedDiff(edit.file, edit.before, edit.edits);
    return fileDiff(edit.file, edit.before, edit.after);
}
function fileChanges(edits) {
    return edits.flatMap((e) => e.changes.map((c) => ({ file: e.file, ...c })));
}
/**
 * The contract every planned edit keeps, checked before anything is written: one edit per file, its byte
 * edits give exactly its new text (so the diff shows what is written), and a changed file names what changed
 * (so the summary does). A broken one is a bug in its editor, not a user error.
 */
function checkFileEdits(edits) {
    const files = new Set();
    for (const e of edits) {
        const broken = (why) => {
            throw new Error(`internal error: the planned edit of ${e.file} ${why}; nothing was written`);
        };
        if (files.has(e.file))
            broken('comes twice');
        files.add(e.file);
        if (e.before === null && e.after === null)
            broken('has no text before nor after');
        if (e.before !== e.after && e.changes.length === 0)
            broken('changes the file but names no change');
        if (e.edits && (e.before === null || e.after === null || applyEdits(e.before, e.edits) !== e.after))
            broken('does not give its new text from its byte edits');
    }
}
/**
 * The one way planned edits reach the disk: check them (checkFileEdits), diff them, resolve every file inside
 * the workspace (a new one beside an existing directory), then write them all or none (writeFilesAtomically),
 * or nothing in a dry run. Every path is resolved before any file is written, in a dry run too.
 */
function applyFileEdits(edits, options) {
    checkFileEdits(edits);
    const files = edits.filter(isChanged);
    const diff = files.map(editDiff).join('');
    const writes = files.map((e) => {
        const target = e.before === null
            ? resolveNewInWorkspace(e.file, options.workspace)
            : resolveInWorkspace(e.file, options.workspace);
        return { path: target.path, original: e.before, content: e.after };
    });
    // Called with nothing to write too: it removes temp files a killed run left beside the files.
    if (!options.dryRun)
        writeFilesAtomically(writes);
    return { files, changed: files.length > 0, diff };
}
/** The changes of some edits as a Markdown table, one row per change, with the columns an action shows. */
function changesTable(edits, columns, options = {}) {
    const created = options.created ?? '*(none)*';
    const removed = options.removed ?? '*(removed)*';
    const value = (v, none) => (v === null ? none : code(v));
    const cell = (kind, file, c, inPlace) => {
        switch (kind) {
            case 'file':
                return code(file);
            case 'file:line':
                return code(c.line === undefined ? file : `${file}:${c.line}`);
            case 'site':
                return code(c.site);
            case 'line':
                return c.line === undefined ? '' : String(c.line);
            case 'old':
                return value(c.old, created);
            case 'new':
                return value(c.new, removed);
            case 'old → new':
                return inPlace ? `${value(c.new, removed)} (unchanged)` : `${value(c.old, created)} → ${value(c.new, removed)}`;
        }
    };
    const row = (file, c, inPlace) => columns.map(([, kind]) => cell(kind, file, c, inPlace));
    const rows = edits.flatMap((e) => [
        ...e.changes.map((c) => row(e.file, c, false)),
        ...(options.unchanged ? (e.unchanged ?? []).map((c) => row(e.file, c, true)) : []),
    ]);
    return table(columns.map(([header]) => header), rows);
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

/**
 * Input parsing shared by every action and the CLI. Inputs arrive as strings (the runner passes them
 * through `INPUT_*`); these turn them into values or a UserError naming the input.
 */
/** YAML 1.2 core-schema booleans, exactly what `@actions/core`'s getBooleanInput accepts. */
function parseBoolean(name, value) {
    const v = value.trim();
    if (v === 'true' || v === 'True' || v === 'TRUE')
        return true;
    if (v === 'false' || v === 'False' || v === 'FALSE')
        return false;
    throw new UserError(`input '${name}' must be true or false, got '${v}'`);
}
/** Non-empty, trimmed lines; lines starting with `#` are comments. */
function parseLines(value) {
    const out = [];
    // Split on \n alone: trim() drops a CRLF line's \r.
    value.split('\n').forEach((raw, i) => {
        const text = raw.trim();
        if (text !== '' && !text.startsWith('#'))
            out.push({ text, line: i + 1 });
    });
    return out;
}
function parseChoice(name, value, choices) {
    const v = value.trim();
    if (choices.includes(v))
        return v;
    throw new UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
}
function requireInput(name, value) {
    const v = value.trim();
    if (v === '')
        throw new UserError(`input '${name}' is required`);
    return v;
}

;// CONCATENATED MODULE: ./packages/core/src/http.ts
/**
 * The HTTP layer both clients share (the GitHub client's fetch in src/github/fetch.ts, the registry
 * client's Http in packages/oci-registry): the retry loop, waits between attempts, Retry-After, a body
 * read with a cap. Each client keeps only its policy (which answers and errors to retry, how to word a
 * retry, which errors it throws).
 */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** The wait before retry `attempt` (0-based) when the server names none: 0.5 s, 1 s, 2 s…, at most `maxDelayMs`. */
function backoffMs(attempt, maxDelayMs) {
    return Math.min(500 * 2 ** attempt, maxDelayMs);
}
/** Retry-After in milliseconds (seconds, or an HTTP date), or undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (value === null || value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
/** A body went past the limit of a capped read; nothing after the limit was read. */
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`the answer is larger than ${formatBytes(limit)}`);
        this.limit = limit;
        this.name = 'BodyTooLarge';
    }
}
/**
 * A body, counted as it arrives (after decompression: fetch inflates transparently) and abandoned past
 * `limit` bytes, so a gzip bomb never expands in memory. `stop` runs first when the limit is passed (to
 * abort the connection too); errors of the stream itself (a timeout, a reset) propagate as they are.
 */
async function readCapped(body, limit, stop) {
    if (body === null)
        return new Uint8Array(0);
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > limit) {
            stop?.();
            // Not awaited: a stream that is being aborted need not say when it is done.
            void reader.cancel().catch(() => undefined);
            throw new BodyTooLarge(limit);
        }
        chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
function seconds(ms, digits) {
    return `${Number((ms / 1000).toFixed(digits))} s`;
}
/** `answered HTTP 503: retry 1 of 3 in 0.5 s (Retry-After)`, with the wait rounded to `digits` decimals. */
function retryWords(r, digits) {
    const when = `in ${seconds(r.waitMs, digits)}${r.askedByServer ? ' (Retry-After)' : ''}`;
    return `${r.why}: retry ${r.retry} of ${r.of} ${when}`;
}
function defaultWait(attempt, retryAfter, maxDelayMs) {
    if (retryAfter !== undefined && Number.isFinite(retryAfter))
        return Math.min(retryAfter, maxDelayMs);
    return backoffMs(attempt, maxDelayMs);
}
/**
 * Send (`send(attempt)`, 0-based, opens one attempt: its own timeout, its own body) until an answer is not
 * worth retrying or the retries run out. An error `retryError` does not name is thrown at once; the last
 * attempt's error is thrown as it is, so `send` builds the error it wants the caller to see. The body of
 * an answer that is retried is discarded so the connection can be reused.
 */
async function sendWithRetries(send, policy) {
    const wait = (attempt, retryAfter) => policy.delay ? policy.delay(attempt, retryAfter) : defaultWait(attempt, retryAfter, policy.maxDelayMs);
    for (let attempt = 0;; attempt++) {
        let response;
        try {
            response = await send(attempt);
        }
        catch (e) {
            const why = policy.retryError?.(e);
            if (why === undefined || attempt >= policy.retries)
                throw e;
            await announceAndWait(policy, {
                why,
                retry: attempt + 1,
                of: policy.retries,
                waitMs: wait(attempt, undefined),
                askedByServer: false,
            });
            continue;
        }
        if (!policy.statuses.has(response.status) || attempt >= policy.retries)
            return { response, attempts: attempt + 1 };
        const retryAfter = retryAfterMs(response.headers.get('retry-after'));
        if (retryAfter !== undefined && retryAfter > policy.maxDelayMs && policy.longRetryAfter === 'give-up') {
            return { response, attempts: attempt + 1 };
        }
        await response.body?.cancel().catch(() => undefined);
        const why = policy.describe?.(response) ?? `answered HTTP ${response.status}`;
        const waitMs = wait(attempt, retryAfter);
        await announceAndWait(policy, {
            why,
            retry: attempt + 1,
            of: policy.retries,
            waitMs,
            askedByServer: retryAfter !== undefined,
        });
    }
}
async function announceAndWait(policy, retry) {
    policy.onRetry?.(retry);
    await sleep(retry.waitMs);
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts













/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   checkGate: () => (/* binding */ checkGate),
/* harmony export */   mK: () => (/* binding */ parseRequiredChecks)
/* harmony export */ });
/* unused harmony exports readChecks, judgeChecks */
/* harmony import */ var _coco_release_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3306);

/** An app slug: lowercase letters, digits and '-' (what GitHub makes of an app's name). */
const APP_SLUG = /^[a-z0-9][a-z0-9-]*$/;
/**
 * The `required-checks` input: one check per line, `name` or `app-slug/name` (a first part that reads as a
 * slug is the app; write `github-actions/a/b` for a GitHub Actions job named `a/b`).
 */
function parseRequiredChecks(lines) {
    return lines.map(({ text, line }) => {
        const cut = text.indexOf('/');
        const app = cut > 0 ? text.slice(0, cut) : '';
        if (APP_SLUG.test(app) && text.slice(cut + 1).trim() !== '')
            return { app, name: text.slice(cut + 1).trim(), line };
        return { name: text, line };
    });
}
function requiredName(r) {
    return r.app ? `${r.app}/${r.name}` : r.name;
}
const PASSED = new Set(['success', 'neutral', 'skipped']);
async function readChecks(client, options) {
    const { owner, repo, sha } = options;
    const context = {
        forbidden: `the token needs checks: read and statuses: read on ${owner}/${repo}`,
        notFound: `not found: ${owner}/${repo} does not exist, or the token cannot see it (it needs checks: read and statuses: read)`,
    };
    const runsOf = (p) => p.check_runs;
    const statusesOf = (p) => p.statuses;
    let runs;
    let statuses;
    try {
        [runs, statuses] = await Promise.all([
            client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha }, runsOf),
            client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner, repo, ref: sha }, statusesOf),
        ]);
    }
    catch (e) {
        if (e instanceof _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw e;
        throw new _coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`reading the checks of ${sha} in ${owner}/${repo}: ${client.explain(e, context)}`);
    }
    const ownRun = options.ignoreRunId ? `/actions/runs/${options.ignoreRunId}/` : undefined;
    const out = runs.map((r) => {
        const state = r.status === 'completed' ? (r.conclusion ?? 'completed') : r.status;
        const check = { kind: 'check run', name: r.name, state, passed: PASSED.has(state) };
        if (r.app?.slug)
            check.app = r.app.slug;
        if (ownRun && `${r.details_url ?? ''} ${r.html_url ?? ''}`.includes(ownRun)) {
            check.ignored = 'this workflow run';
        }
        return check;
    });
    for (const s of statuses)
        out.push({ kind: 'status', name: s.context, state: s.state, passed: s.state === 'success' });
    return out;
}
function judgeChecks(checks, options) {
    const where = `${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(options.sha.slice(0, 12))} in ${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${options.owner}/${options.repo}`)}`;
    const target = `${options.sha} in ${options.owner}/${options.repo}`;
    const counted = checks.filter((c) => !c.ignored);
    const failing = counted.filter((c) => !c.passed);
    const required = options.required ?? [];
    const matches = (r) => counted.filter((c) => c.name === r.name && (r.app === undefined || c.app === r.app));
    // What the verdict rests on: the checks that block it, else the required ones, else every success.
    const [decided, why] = failing.length > 0
        ? [failing, 'blocks']
        : required.length > 0
            ? [counted.filter((c) => required.some((r) => matches(r).includes(c))), 'required']
            : [counted.filter((c) => c.state === 'success'), 'succeeded'];
    const rows = checks.map((c) => [
        (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.name),
        c.kind,
        c.app ? (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.app) : '',
        (0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.state),
        c.ignored ? `ignored (${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(c.ignored)})` : c.passed ? '✓' : '✗',
        decided.includes(c) ? why : '',
    ]);
    const listing = checks.length > 0 ? `\n${(0,_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['check', 'kind', 'app', 'state', 'passed', 'decides'], rows)}` : '';
    const verdict = (ok, message, summary) => ({
        ok,
        checks,
        message,
        summary: `${summary}\n${listing}`,
    });
    const named = (list) => list.map((c) => `${c.name}: ${c.state}`).join(', ');
    if (failing.length > 0) {
        return verdict(false, `CI gate: ${failing.length} of ${counted.length} checks on ${target} have not passed (${named(failing)})`, `CI gate ✗: ${failing.length} of ${counted.length} checks on ${where} have not passed.`);
    }
    const hint = options.noChecksHint ? ` (${options.noChecksHint})` : '';
    if (required.length > 0) {
        const missing = required.filter((r) => matches(r).length === 0);
        const unsucceeded = required.filter((r) => matches(r).some((c) => c.state !== 'success'));
        const problems = [
            ...missing.map((r) => `${requiredName(r)}: not found`),
            ...unsucceeded.map((r) => `${requiredName(r)}: ${matches(r)
                .map((c) => c.state)
                .join(', ')}, not success`),
        ];
        if (problems.length > 0) {
            return verdict(false, `CI gate: ${problems.length} of ${required.length} required checks on ${target} did not succeed (${problems.join('; ')})`, `CI gate ✗: ${problems.length} of ${required.length} required checks on ${where} did not succeed: ${problems.map(_coco_release_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq).join('; ')}.`);
        }
        return verdict(true, `all ${required.length} required checks succeeded and all ${counted.length} checks passed on ${target}`, `CI gate ✓: the ${required.length} required checks succeeded and all ${counted.length} checks passed on ${where}.`);
    }
    if (decided.length === 0) {
        const none = counted.length === 0;
        const what = none
            ? 'no check runs or commit statuses'
            : `no check that succeeded (${counted.length} skipped or neutral)`;
        if (options.allowNoChecks) {
            return verdict(true, `${what} on ${target}; allowed`, `CI gate: ${what} on ${where}; allowed without CI.`);
        }
        return verdict(false, `CI gate: ${what} on ${target}, so nothing shows that CI passed${hint}`, `CI gate ✗: ${what} on ${where}.`);
    }
    return verdict(true, `all ${counted.length} checks passed on ${target}`, `CI gate ✓: all ${counted.length} checks passed on ${where}, ${decided.length} of them succeeded.`);
}
/** Read the checks of a commit and judge them. */
async function checkGate(client, options) {
    return judgeChecks(await readChecks(client, options), options);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 10 modules
var src = __nccwpck_require__(3306);
;// CONCATENATED MODULE: ./src/action.ts

function inputsFrom(raw) {
    return {
        raw,
        string: (name) => raw(name).trim(),
        required: (name) => (0,src/* requireInput */.oN)(name, raw(name)),
        boolean: (name) => (0,src/* parseBoolean */.yG)(name, raw(name)),
        lines: (name) => (0,src/* parseLines */.Li)(raw(name)),
        choice: (name, choices) => (0,src/* parseChoice */.HU)(name, raw(name), choices),
    };
}
function defineAction(def) {
    return def;
}

;// CONCATENATED MODULE: ./src/generated/defaults.ts
// Generated by scripts/build.mjs from actions/*/action.yml: do not edit by hand.
const INPUT_DEFAULTS = {
    "apply-release-pins": {
        "manifest": ".github/release-pins.yaml",
        "vars": "",
        "vars-from-sites": "",
        "digest-of": "",
        "verify-images": "false",
        "pin-by-digest": "false",
        "registry-username": "",
        "registry-token": "",
        "allow-shared-anchor": "false",
        "dry-run": "false"
    },
    "bump-helm-chart": {
        "version": "",
        "allow-downgrade": "false",
        "lock-exclude": "",
        "app-version": "",
        "dependencies": "",
        "lock": "update",
        "dry-run": "false"
    },
    "bump-versions-yaml": {
        "allow-create": "false",
        "dry-run": "false"
    },
    "check-snapshotter-parity": {
        "token": "${{ github.token }}",
        "normalize": "true",
        "fail-on-mismatch": "true"
    },
    "check-workflow-inputs": {},
    "describe-pin-changes": {
        "footer": ""
    },
    "freeze-branch": {
        "branch": "",
        "repository": "",
        "dry-run": "false"
    },
    "github-release": {
        "commit": "",
        "body": "",
        "require-checks": "true",
        "allow-no-checks": "false",
        "required-checks": "",
        "token": "${{ github.token }}",
        "repository": "",
        "dry-run": "false"
    },
    "latest-release": {
        "repository": "kata-containers/kata-containers",
        "token": "${{ github.token }}"
    },
    "next-version": {
        "tag-format": "v{version}",
        "bump": "minor",
        "preid": "",
        "components": "",
        "version": "",
        "candidate-of": "",
        "current": "",
        "allow-downgrade": "false",
        "remote": "origin"
    },
    "pin-kustomize-image": {
        "tag-templates": "",
        "exclude": "",
        "merge": "fields",
        "dry-run": "false"
    },
    "promote-image": {
        "token": "",
        "username": "",
        "dry-run": "false"
    },
    "release-status": {
        "graph": "",
        "release": "",
        "at": "",
        "token": "${{ github.token }}",
        "fail-on-drift": "true",
        "update-issue": "",
        "repository": "",
        "dry-run": "false"
    },
    "release-train": {
        "target": "",
        "versions": "",
        "graph": "",
        "dispatch": "false",
        "token": "${{ github.token }}",
        "update-issue": "",
        "repository": "",
        "fail-on-blocked": "false"
    },
    "resolve-image": {
        "candidates": "commits",
        "ref": "HEAD",
        "tag-template": "{sha}",
        "max-commits": "50",
        "token": "",
        "username": ""
    },
    "tag-actions-release": {
        "repository": "confidential-containers/coco-release-actions"
    },
    "tag-go-submodules": {
        "mode": "tag",
        "modules": "",
        "exclude": "",
        "root-tag": "false",
        "ref": "HEAD",
        "remote": "origin",
        "push": "true",
        "network-timeout": "120",
        "require-checks": "false",
        "allow-no-checks": "false",
        "required-checks": "",
        "token": "${{ github.token }}",
        "repository": "",
        "dry-run": "false"
    },
    "update-go-modules": {
        "dry-run": "false"
    }
};

;// CONCATENATED MODULE: ./src/log-text.ts
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
function defuse(line) {
    let s = line.includes('##[') ? line.replaceAll('##[', '##\\[') : line;
    if (COMMAND_START.test(s)) {
        const at = s.indexOf('::');
        s = `${s.slice(0, at)}\\${s.slice(at)}`;
    }
    return s;
}
/** One log line: line breaks inside `text` are shown as `\r` and `\n` instead of breaking the line. */
function logLine(text) {
    const flat = text.includes('\r') || text.includes('\n') ? text.replaceAll('\r', '\\r').replaceAll('\n', '\\n') : text;
    return defuse(flat);
}
/** Several log lines (split at `\n`, a CRLF counting as one break); each made safe as logLine makes one. */
function logBlock(text) {
    if (!text.includes('\n'))
        return logLine(text);
    return text
        .split('\n')
        .map((l) => logLine(l.endsWith('\r') ? l.slice(0, -1) : l))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/runner.ts






/**
 * The GitHub Actions runner protocol, written out instead of loading @actions/core: inputs from `INPUT_*`,
 * outputs and the job summary appended to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY,
 * annotations as `::error file=…::` workflow commands. @actions/core 3 pulls in its HTTP client (for OIDC)
 * at load time, which more than doubles the start-up of a bundle; test/unit/runner-protocol.test.ts checks this
 * module's bytes against @actions/core's own.
 */
// String patterns, not /x/g: every global regex is compiled to machine code on its first use, and these run
// once or twice per step.
function escapeData(s) {
    return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
/** `::name key=value,…::message`, escaped exactly as @actions/core does. */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotation(kind, message, pos = {}) {
    return workflowCommand(kind, { file: pos.file, line: pos.line, col: pos.col }, message);
}
/** 128 random bits in UUID form. Math.random, not node:crypto: loading crypto costs more start-up time than a
 * whole small run, and the delimiter needs no secrecy: a value that contains it is refused below. */
function randomId() {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** One `name<<delimiter` record for GITHUB_OUTPUT, as @actions/core writes it. */
function outputRecord(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    // As @actions/core: a name or value holding the delimiter could smuggle in other outputs.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('output value contains the delimiter');
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function inputEnvName(name) {
    return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}
/** Inputs come from the environment; an empty one takes the action's own default (the root action has none). */
function readRunnerInput(actionName, env) {
    const defaults = INPUT_DEFAULTS[actionName];
    return (name) => {
        const value = env[inputEnvName(name)] ?? '';
        if (value.trim() !== '')
            return value;
        // An expression default (`${{ github.token }}`) is the runner's to evaluate; unevaluated it means nothing.
        const fallback = defaults?.[name] ?? '';
        return fallback.includes('${{') ? '' : fallback;
    };
}
/** Set once stdout or stderr is closed (EPIPE): from then on nothing more is written to it. */
const runner_closed = new Set();
/**
 * Write to stdout (fd 1) directly: the first touch of `process.stdout` builds a stream object, which costs
 * a small action a fifth of its run time. Partial writes and a full non-blocking pipe (EAGAIN) are retried;
 * a closed pipe (EPIPE) ends the writing quietly, and the step's exit code still says how the action went.
 */
function writeStdout(text, fd = 1) {
    if (runner_closed.has(fd))
        return;
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
        try {
            buf = buf.subarray((0,external_node_fs_.writeSync)(fd, buf));
        }
        catch (e) {
            const code = e.code;
            if (code === 'EPIPE') {
                runner_closed.add(fd);
                return;
            }
            if (code !== 'EAGAIN')
                throw e;
        }
    }
}
/**
 * The runner cancels a step with SIGINT, then SIGTERM. File writes are synchronous, so a signal is handled
 * only between them: when it comes, remove any temp file still ours, say so, and exit (128 + the signal's
 * number, as a shell reports it). Without a handler Node would die at once, possibly in the middle of the
 * renames that replace several files. The handlers go in only when the first file is about to be written
 * or the first git started (onUndoableWork): before that a signal kills the step at once, even in the middle
 * of a long synchronous computation, during which no JavaScript handler could run.
 */
function exitOnSignals() {
    (0,src/* onUndoableWork */.VX)(() => {
        const signals = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
        for (const [name, code] of Object.entries(signals)) {
            process.once(name, () => {
                (0,src/* removeTempFiles */.mz)();
                writeStdout(`cancelled by ${name}${external_node_os_.EOL}`, 2);
                process.exit(code);
            });
        }
    });
}
/**
 * Run an action as a step under the runner protocol: outputs and summary to their files, everything else
 * written through `write`. Never throws; returns the step's exit code.
 */
async function runStep(def, env, write = writeStdout) {
    // Every line printed here is either an escaped workflow command or passed through logLine/logBlock.
    const out = (line) => write(line + external_node_os_.EOL, 1);
    let code = 0;
    const ctx = {
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        env,
        info: (m) => out(logLine(m)),
        warning: (m, pos) => out(annotation('warning', m, pos)),
        error: (m, pos) => out(annotation('error', m, pos)),
        secret: (v) => {
            if (v)
                out(workflowCommand('add-mask', {}, v));
        },
    };
    try {
        const inputs = def.readInputs(inputsFrom(readRunnerInput(def.name, env)));
        const result = await def.run(inputs, ctx);
        const outputFile = env['GITHUB_OUTPUT'];
        for (const [name, value] of Object.entries(result.outputs)) {
            if (outputFile)
                (0,external_node_fs_.appendFileSync)(outputFile, outputRecord(name, value), 'utf8');
            else
                out(logBlock(`${name}=${value}`));
        }
        const summaryFile = env['GITHUB_STEP_SUMMARY'];
        if (summaryFile && result.summary)
            (0,external_node_fs_.appendFileSync)(summaryFile, (0,src/* capSummary */.NK)(result.summary + external_node_os_.EOL), 'utf8');
        if (result.failure !== undefined) {
            out(annotation('error', result.failure));
            code = 1;
        }
    }
    catch (e) {
        code = 1;
        if ((0,src/* isUserError */.iU)(e)) {
            const errors = 'errors' in e && Array.isArray(e.errors) ? e.errors : [e];
            for (const err of errors)
                out(annotation('error', err.toString(), err.position));
        }
        else if ((0,src/* isStackOverflow */.fF)(e)) {
            // Recursion on the input that no check caught first: the input's fault, not a bug to report.
            out(annotation('error', `${def.name}: the input is nested too deeply to be processed (${e.message})`));
        }
        else {
            // A bug in this project, not a user mistake: keep the stack so it can be reported.
            out(annotation('error', `${def.name} failed unexpectedly: ${e?.message ?? String(e)}`));
            write(logBlock(`${e?.stack ?? String(e)}`) + external_node_os_.EOL, 2);
        }
    }
    return code;
}
/** Run an action as a step: never throws; a failure sets process.exitCode = 1. */
async function runOnRunner(def, env = process.env) {
    if ((await runStep(def, env)) !== 0)
        process.exitCode = 1;
}
/**
 * An action bundle's entry point: run the step, then exit at once. Everything a step writes (stdout, the
 * output and summary files) is written synchronously, so nothing is lost, and exiting skips tearing down
 * the heap at the end of every run. Called without top-level await, so the bundle needs none of webpack's
 * async-module machinery.
 */
function runAsStep(def) {
    exitOnSignals();
    runOnRunner(def).then(() => process.exit(), (e) => {
        // runOnRunner reports every error itself; this is only a last resort.
        writeStdout(logBlock(`${e?.stack ?? String(e)}`) + external_node_os_.EOL, 2);
        process.exit(1);
    });
}

;// CONCATENATED MODULE: ./packages/go-modules/src/gomod.ts

const KNOWN = new Set([
    'module',
    'go',
    'toolchain',
    'godebug',
    'require',
    'exclude',
    'replace',
    'retract',
    'tool',
    'ignore',
]);
const BLOCKS = new Set(['godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
/** A bare word runs to a blank, a line end, `()[],"\``, or the start of `//` or `=>`. */
const WORD = '(?:[^ \\t\\r\\n()[\\],"`/=]|\\/(?!\\/)|=(?!>))+';
const BARE_WORD = new RegExp(WORD, 'y');
/**
 * Most lines of a go.mod are one to three bare words and maybe a `//` comment (`\tgithub.com/x/y v1.2.3 //
 * indirect`). This matches such a line whole, from its first character to just before its `\n`, so the
 * character loop below only runs for the rest (quotes, parentheses, `=>`, brackets, a word starting with
 * `/*`, which is an error the loop reports). Groups: blanks and a word, three times, then the comment.
 */
const SIMPLE_WORD = `(?!\\/\\*)${WORD}`;
const SIMPLE_LINE = new RegExp(`([ \\t\\r]*)(${SIMPLE_WORD})(?:([ \\t\\r]+)(${SIMPLE_WORD}))?(?:([ \\t\\r]+)(${SIMPLE_WORD}))?[ \\t\\r]*(?:\\/\\/([^\\n]*))?(?=\\n|$)`, 'y');
/** Lexes a simple line starting at `start` into `cur`: the offset of its end, or -1 when it needs the character loop. */
function lexSimpleLine(source, start, cur) {
    SIMPLE_LINE.lastIndex = start;
    const m = SIMPLE_LINE.exec(source);
    if (m === null)
        return -1;
    let at = start;
    for (let g = 1; g <= 5; g += 2) {
        const word = m[g + 1];
        if (word === undefined)
            break;
        at += m[g].length;
        cur.tokens.push({ kind: 'word', value: word, start: at, end: at + word.length, quoted: false });
        at += word.length;
    }
    if (m[7] !== undefined)
        cur.comment = m[7].trim();
    return SIMPLE_LINE.lastIndex;
}
function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\r';
}
/** Split the source into lines of tokens, each with its trailing comment. */
function lex(source, at) {
    const lines = [];
    let cur = { tokens: [], comment: '', line: 1, start: 0 };
    let i = 0;
    const fail = (msg, offset) => {
        throw new src/* UserError */.yo(msg, at(offset));
    };
    let lineStart = true;
    while (i < source.length) {
        if (lineStart) {
            lineStart = false;
            const end = lexSimpleLine(source, i, cur);
            if (end !== -1)
                i = end;
            if (i >= source.length)
                break;
        }
        const c = source[i];
        if (c === '\n') {
            lines.push(cur);
            i++;
            cur = { tokens: [], comment: '', line: cur.line + 1, start: i };
            lineStart = true;
            continue;
        }
        if (isSpace(c)) {
            i++;
            continue;
        }
        if (source.startsWith('//', i)) {
            let j = source.indexOf('\n', i);
            if (j === -1)
                j = source.length;
            cur.comment = source.slice(i + 2, j).trim();
            i = j;
            continue;
        }
        if (source.startsWith('/*', i))
            fail('go.mod files must use // comments, not /* */', i);
        if (c === '(' || c === ')') {
            cur.tokens.push({ kind: c === '(' ? 'lparen' : 'rparen', value: c, start: i, end: i + 1, quoted: false });
            i++;
            continue;
        }
        if (c === '[' || c === ']' || c === ',') {
            cur.tokens.push({ kind: 'punct', value: c, start: i, end: i + 1, quoted: false });
            i++;
            continue;
        }
        if (source.startsWith('=>', i)) {
            cur.tokens.push({ kind: 'arrow', value: '=>', start: i, end: i + 2, quoted: false });
            i += 2;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            let value = '';
            for (; j < source.length && source[j] !== '"'; j++) {
                if (source[j] === '\n')
                    fail('unterminated quoted string', i);
                if (source[j] === '\\') {
                    j++;
                    // A backslash does not continue a quoted string onto the next line.
                    if (source[j] === '\n')
                        fail('unterminated quoted string', i);
                    const e = source[j];
                    value += e === 'n' ? '\n' : e === 't' ? '\t' : (e ?? '');
                }
                else
                    value += source[j];
            }
            if (j >= source.length)
                fail('unterminated quoted string', i);
            cur.tokens.push({ kind: 'word', value, start: i, end: j + 1, quoted: true });
            i = j + 1;
            continue;
        }
        if (c === '`') {
            const j = source.indexOf('`', i + 1);
            if (j === -1 || source.slice(i, j).includes('\n'))
                fail('unterminated raw string', i);
            cur.tokens.push({ kind: 'word', value: source.slice(i + 1, j), start: i, end: j + 1, quoted: true });
            i = j + 1;
            continue;
        }
        // A bare word (WORD): one sticky regex instead of a loop over characters, since the file is lexed once
        // per run, before the JIT has warmed up.
        BARE_WORD.lastIndex = i;
        if (!BARE_WORD.test(source))
            fail(`unexpected '${c}'`, i); // cannot happen: every other start is handled above
        const j = BARE_WORD.lastIndex;
        cur.tokens.push({ kind: 'word', value: source.slice(i, j), start: i, end: j, quoted: false });
        i = j;
    }
    lines.push(cur);
    return lines;
}
function parseGoMod(source, file) {
    const mod = {
        file,
        source,
        module: undefined,
        go: undefined,
        toolchain: undefined,
        requires: [],
        replaces: [],
        excludes: [],
        retracts: [],
        directives: [],
    };
    // Only errors need an offset's line and column; the LineIndex is built for the first one.
    let index;
    const at = (offset) => ({ file, ...(index ??= new src/* LineIndex */.rr(source)).position(offset) });
    let block;
    const lines = lex(source, at);
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        const toks = raw.tokens;
        if (toks.length === 0)
            continue;
        if (block) {
            if (toks[0].kind === 'rparen') {
                if (toks.length > 1)
                    throw new src/* UserError */.yo("unexpected text after ')'", at(toks[1].start));
                block = undefined;
                continue;
            }
            addDirective(mod, block.verb, toks, raw, true, at);
            continue;
        }
        const verbTok = toks[0];
        if (verbTok.kind !== 'word' || verbTok.quoted)
            throw new src/* UserError */.yo(`unexpected '${verbTok.value}'`, at(verbTok.start));
        const verb = verbTok.value;
        if (!KNOWN.has(verb))
            throw new src/* UserError */.yo(`unknown directive: ${verb}`, at(verbTok.start));
        if (toks.length >= 2 && toks[1].kind === 'lparen') {
            if (!BLOCKS.has(verb))
                throw new src/* UserError */.yo(`${verb} does not take a ( … ) block`, at(toks[1].start));
            if (toks.length === 3 && toks[2].kind === 'rparen')
                continue; // `require ()`
            if (toks.length > 2)
                throw new src/* UserError */.yo("a block's lines start on the line after '('", at(toks[2].start));
            block = { verb, line: raw.line };
            continue;
        }
        addDirective(mod, verb, toks.slice(1), raw, false, at);
    }
    if (block)
        throw new src/* UserError */.yo(`${block.verb} block opened here is never closed with ')'`, { file, line: block.line });
    return mod;
}
/** The tokens, all of them words (not `(`, `)`, `=>`, `[`, `]`, `,`). */
function words(verb, toks, at) {
    for (const t of toks)
        if (t.kind !== 'word')
            throw new src/* UserError */.yo(`${verb}: unexpected '${t.value}'`, at(t.start));
    return toks;
}
// Positions come from the lexer's line count, not a LineIndex search: this runs once per directive, cold,
// and a go.mod has hundreds of them.
function addDirective(mod, verb, toks, raw, inBlock, at) {
    const line = raw.line;
    const col = (toks[0]?.start ?? raw.start) - raw.start + 1;
    const bad = (expected) => new src/* UserError */.yo(`${verb}: expected ${expected}`, { file: mod.file, line, col });
    mod.directives.push({ verb, args: toks, comment: raw.comment, line, col, inBlock });
    switch (verb) {
        case 'module': {
            const w = words(verb, toks, at);
            if (w.length !== 1)
                throw bad('module <path>');
            if (mod.module)
                throw new src/* UserError */.yo('repeated module directive', { file: mod.file, line, col });
            mod.module = { path: w[0].value, line };
            break;
        }
        case 'go':
        case 'toolchain': {
            const w = words(verb, toks, at);
            if (w.length !== 1)
                throw bad(`${verb} <version>`);
            mod[verb] = w[0].value;
            break;
        }
        case 'require': {
            const w = words(verb, toks, at);
            if (w.length !== 2)
                throw bad('require <module path> <version>');
            const path = w[0];
            const version = w[1];
            mod.requires.push({
                path: path.value,
                version: version.value,
                indirect: /^indirect(;|$)/.test(raw.comment),
                line,
                col,
                versionStart: version.quoted ? version.start + 1 : version.start,
                versionEnd: version.quoted ? version.end - 1 : version.end,
            });
            break;
        }
        case 'exclude': {
            const w = words(verb, toks, at);
            if (w.length !== 2)
                throw bad('exclude <module path> <version>');
            mod.excludes.push({ path: w[0].value, version: w[1].value, line });
            break;
        }
        case 'replace': {
            const arrow = toks.findIndex((t) => t.kind === 'arrow');
            if (arrow < 1 || arrow > 2 || toks.length - arrow - 1 < 1 || toks.length - arrow - 1 > 2)
                throw bad('replace <path> [version] => <path> [version]');
            const left = toks.slice(0, arrow);
            const right = toks.slice(arrow + 1);
            for (const t of [...left, ...right])
                if (t.kind !== 'word')
                    throw new src/* UserError */.yo(`replace: unexpected '${t.value}'`, at(t.start));
            const newPath = right[0].value;
            mod.replaces.push({
                oldPath: left[0].value,
                ...(left[1] ? { oldVersion: left[1].value } : {}),
                newPath,
                ...(right[1] ? { newVersion: right[1].value } : {}),
                local: /^(\.\.?[/\\]|[/\\]|[A-Za-z]:[/\\])/.test(newPath) || newPath === '.' || newPath === '..',
                line,
            });
            break;
        }
        case 'retract': {
            if (toks.length === 1 && toks[0].kind === 'word') {
                mod.retracts.push({ low: toks[0].value, high: toks[0].value, rationale: raw.comment, line });
            }
            else if (toks.length === 5 &&
                toks[0].value === '[' &&
                toks[1].kind === 'word' &&
                toks[2].value === ',' &&
                toks[3].kind === 'word' &&
                toks[4].value === ']') {
                mod.retracts.push({ low: toks[1].value, high: toks[3].value, rationale: raw.comment, line });
            }
            else
                throw bad('retract <version> or retract [<low>, <high>]');
            break;
        }
        default:
            // godebug key=value, tool <path>, ignore <dir>: kept as directives, nothing to check for a release.
            words(verb, toks, at);
    }
}
/**
 * Set the versions of some requires (by module path); only the version bytes change. One change per require
 * whose version changes, its `site` the required module's path.
 */
function setRequireVersions(mod, versions) {
    const edits = [];
    const changes = [];
    for (const r of mod.requires) {
        const v = versions.get(r.path);
        if (v === undefined || v === r.version)
            continue;
        edits.push({ start: r.versionStart, end: r.versionEnd, text: v });
        changes.push({ site: r.path, old: r.version, new: v, line: r.line });
    }
    const text = (0,src/* applyEdits */.ct)(mod.source, edits);
    // Replace, then verify: the new text must read back with exactly the intended versions and nothing else moved.
    const back = parseGoMod(text, mod.file);
    const same = back.requires.length === mod.requires.length &&
        back.replaces.length === mod.replaces.length &&
        back.module?.path === mod.module?.path &&
        back.requires.every((r, i) => {
            const o = mod.requires[i];
            return r.path === o.path && r.indirect === o.indirect && r.version === (versions.get(o.path) ?? o.version);
        });
    if (!same)
        throw new Error(`${mod.file}: editing require versions did not read back as intended`);
    return { file: mod.file, before: mod.source, after: text, edits, changes };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./packages/go-modules/src/version.ts


/**
 * Go's canonical semantic versions (https://go.dev/ref/mod#versions): SemVer 2 (checked by `semver`) with
 * a leading `v`, which Go requires, and no build metadata, which Go does not allow in a canonical version.
 */
function isGoSemver(v) {
    const bare = v.slice(1);
    return v.startsWith('v') && !v.includes('+') && semver_default().valid(bare) === bare;
}
/** `vX.0.0-yyyymmddhhmmss-abcdefabcdef` and its `vX.Y.Z-pre.0.` / `vX.Y.(Z+1)-0.` forms. */
const PSEUDO = /^v\d+\.\d+\.\d+-(?:(?:[0-9A-Za-z-]+\.)*0\.)?\d{14}-[0-9a-f]{12}$/;
/** The placeholder `go mod edit -replace` writes for a module that only resolves through a replace. */
const ZERO_PSEUDO = 'v0.0.0-00010101000000-000000000000';
function isPseudoVersion(v) {
    return isGoSemver(v) && PSEUDO.test(v);
}
function majorOf(v) {
    return isGoSemver(v) ? semver_default().major(v.slice(1)) : NaN;
}
/** A release version: `vX.Y.Z` or `vX.Y.Z-pre` (`-alpha.1`, `-rc1`); anything else is a UserError. */
function validateReleaseVersion(v, input = 'version') {
    if (!isGoSemver(v)) {
        const hint = /^\d/.test(v) && isGoSemver(`v${v}`) ? ` (did you mean v${v}?)` : '';
        throw new src/* UserError */.yo(`input '${input}' must be a semantic version with a leading v, such as v0.9.0 or v0.9.0-rc1, got '${v}'${hint}`);
    }
    if (PSEUDO.test(v))
        throw new src/* UserError */.yo(`input '${input}' is a Go pseudo-version, not a release version: '${v}'`);
    return v;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/go-modules/src/discover.ts




/**
 * Which go.mod files make up the repository's modules. The same rules apply to a working tree (walked on
 * disk) and to a commit's tree (listed by git): skip vendor/, testdata/ and hidden directories, then the
 * user's `exclude` globs.
 */
const SKIPPED_DIRS = new Set(['vendor', 'testdata']);
function skippedDir(name) {
    return SKIPPED_DIRS.has(name) || name.startsWith('.');
}
/**
 * Glob to RegExp, by picomatch: `**` any number of path elements, `*` and `?` within one element, `[abc]`
 * classes (`[!abc]` negated), `{a,b}` alternatives; names starting with a dot match like any other.
 */
function globToRegExp(glob) {
    const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    // `./` alone names the repository's root.
    return g === '' ? /^$/ : picomatch_default().makeRe(g.replaceAll('[!', '[^'), { dot: true });
}
/** A directory is excluded when a glob matches it or one of its parents (like .gitignore). */
function isExcluded(dir, globs) {
    if (globs.length === 0)
        return false;
    const parts = dir === '' ? [] : dir.split('/');
    for (let n = parts.length; n >= 1; n--) {
        const prefix = parts.slice(0, n).join('/');
        if (globs.some((g) => g.test(prefix)))
            return true;
    }
    return globs.some((g) => g.test('.') || g.test(''));
}
/**
 * Module directory (`''` for the root) of every go.mod among `paths` (repository-relative, `/`-separated).
 * A directory whose name holds a control character (a newline, say) is refused: it could never be part of
 * a tag name, and git's batch commands could not even be asked for its go.mod.
 */
function goModDirs(paths, exclude = []) {
    const globs = exclude.map(globToRegExp);
    const dirs = [];
    const errors = [];
    for (const p of paths) {
        if (p !== 'go.mod' && !p.endsWith('/go.mod'))
            continue;
        const dir = p === 'go.mod' ? '' : p.slice(0, -'/go.mod'.length);
        const parts = dir === '' ? [] : dir.split('/');
        if (parts.some(skippedDir))
            continue;
        if (isExcluded(dir, globs))
            continue;
        if (/[\u0000-\u001f\u007f]/.test(dir)) {
            errors.push(new src/* UserError */.yo(`the module directory ${JSON.stringify(dir)} holds a control character, which no git tag name may hold; leave it out with input 'exclude'`));
            continue;
        }
        dirs.push(dir);
    }
    (0,src/* throwIfAny */.MI)(errors);
    return dirs.sort();
}
/** Every go.mod below `root` on disk, as repository-relative paths (symlinks are not followed). */
function listGoModsOnDisk(root) {
    const out = [];
    const walk = (abs, rel) => {
        for (const e of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
            const r = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (!skippedDir(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), r);
            }
            else if (e.isFile() && e.name === 'go.mod')
                out.push(r);
        }
    };
    walk(root, '');
    return out;
}
/** Each module's go.mod text (UTF-8, checked; errors name the file as the repository shows it). */
function readGoModsOnDisk(root, dirs) {
    return new Map(dirs.map((d) => [d, (0,src/* readText */.yR)({ path: (0,external_node_path_.join)(root, d, 'go.mod'), display: d === '' ? 'go.mod' : `${d}/go.mod` })]));
}

;// CONCATENATED MODULE: ./packages/go-modules/src/refname.ts
/**
 * git's rules for a reference name (git-check-ref-format(1)), applied to `refs/tags/<tag>`: the plan shows
 * only tags that git will create, and a name git refuses fails before anything is planned or created.
 * Returns what is wrong, or undefined.
 */
function tagNameProblem(tag) {
    const name = `refs/tags/${tag}`;
    if (tag === '')
        return 'it is empty';
    const control = /[\u0000-\u001f\u007f]/.exec(name);
    if (control)
        return `it holds the control character ${JSON.stringify(control[0])}`;
    const bad = /[ ~^:?*[\\]/.exec(name);
    if (bad)
        return `it holds '${bad[0]}'`;
    if (name.includes('..'))
        return "it holds '..'";
    if (name.includes('@{'))
        return "it holds '@{'";
    if (name.endsWith('/') || name.includes('//'))
        return 'it has an empty path component';
    if (name.endsWith('.'))
        return "it ends with '.'";
    for (const part of tag.split('/')) {
        if (part.startsWith('.'))
            return `its component '${part}' starts with '.'`;
        if (part.endsWith('.lock'))
            return `its component '${part}' ends with '.lock'`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/go-modules/src/release.ts




function goModFile(dir) {
    return dir === '' ? 'go.mod' : `${dir}/go.mod`;
}
function displayDir(dir) {
    return dir === '' ? '.' : dir;
}
/** Parse every go.mod (dir -> text); every broken file is reported at once. */
function loadModules(sources) {
    const { errors, attempt } = (0,src/* collectErrors */.ul)();
    const modules = [];
    for (const [dir, text] of [...sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const file = goModFile(dir);
        attempt(() => {
            const gomod = parseGoMod(text, file);
            if (!gomod.module)
                throw new src/* UserError */.yo('no module directive', { file, line: 1 });
            modules.push({ dir, file, path: gomod.module.path, gomod });
        });
    }
    (0,src/* throwIfAny */.MI)(errors);
    const byPath = new Map();
    for (const m of modules) {
        const other = byPath.get(m.path);
        if (other)
            errors.push(new src/* UserError */.yo(`module ${m.path} is declared twice: in ${other.file} and in ${m.file}`, {
                file: m.file,
                line: m.gomod.module.line,
            }));
        byPath.set(m.path, m);
    }
    (0,src/* throwIfAny */.MI)(errors);
    return modules;
}
/** `N` when a module path ends in a major version suffix `/vN` (N >= 2), else undefined. */
function majorSuffix(modulePath) {
    const m = /\/v([2-9]|[1-9]\d+)$/.exec(modulePath);
    return m ? Number(m[1]) : undefined;
}
/**
 * The tag Go looks for (https://go.dev/ref/mod#vcs-version): `<dir>/<version>`, or `<version>` at the root.
 * A `/vN` module living in a `vN` directory is tagged without that element (`sub/v2` -> `sub/v2.0.0`).
 */
function tagFor(module, version) {
    const pos = { file: module.file, line: module.gomod.module?.line ?? 1 };
    const n = majorSuffix(module.path);
    const major = majorOf(version);
    let prefix = module.dir;
    if (n !== undefined) {
        if (major !== n)
            throw new src/* UserError */.yo(`module ${module.path} has the major version suffix /v${n}: it can only be released as v${n}.x.y, not ${version}`, pos);
        if (prefix === `v${n}`)
            prefix = '';
        else if (prefix.endsWith(`/v${n}`))
            prefix = prefix.slice(0, -`/v${n}`.length);
    }
    else if (major >= 2) {
        throw new src/* UserError */.yo(`module ${module.path} has no /v${major} suffix: Go ignores a ${version} tag for it (a v${major} module path must end in /v${major})`, pos);
    }
    // Go finds `<dir>/vX` tags only when the module path ends with that directory.
    const base = n !== undefined && !module.dir.endsWith(`/v${n}`) && module.dir !== `v${n}`
        ? module.path.slice(0, -`/v${n}`.length)
        : module.path;
    if (module.dir !== '' && base !== module.dir && !base.endsWith(`/${module.dir}`)) {
        throw new src/* UserError */.yo(`module path ${module.path} does not end with its directory ${module.dir}: Go would not find a ${module.dir}/${version} tag for it`, pos);
    }
    return prefix === '' ? version : `${prefix}/${version}`;
}
/** Pick modules by directory (`.` for the root) or module path; unknown names are errors. */
function selectModules(all, wanted) {
    if (wanted.length === 0)
        return [...all];
    const errors = [];
    const picked = new Set();
    for (const { text, line } of wanted) {
        const key = text.replace(/^\.\//, '').replace(/\/+$/, '');
        const m = all.find((x) => x.path === key || x.dir === key || (key === '.' && x.dir === ''));
        if (m)
            picked.add(m);
        else
            errors.push(new src/* UserError */.yo(`unknown module '${text}' in input 'modules' (line ${line}): the modules found are ${all.map((x) => displayDir(x.dir)).join(', ') || '(none)'}`));
    }
    (0,src/* throwIfAny */.MI)(errors);
    return all.filter((m) => picked.has(m));
}
/** Internal requires: requires of `m` naming another module of the repository. */
function internalRequires(m, byPath) {
    const out = [];
    for (const req of m.gomod.requires) {
        const target = byPath.get(req.path);
        if (target && target !== m)
            out.push({ req, target });
    }
    return out;
}
/**
 * Does this internal require resolve to the commit being tagged? Only then must its target be tagged
 * first: the zero pseudo-version with a replace to a directory (the code at this commit), or the version
 * being released. A require of an older, already-tagged version (in v0.9.0 cloud-providers required a
 * released cloud-api-adaptor) resolves elsewhere and orders nothing.
 */
function resolvesToRelease(m, req, version) {
    if (req.version === version)
        return true;
    return (req.version === ZERO_PSEUDO &&
        m.gomod.replaces.some((r) => r.oldPath === req.path && r.local && (r.oldVersion ?? req.version) === req.version));
}
/** The selected modules a module must be tagged after (see resolvesToRelease). */
function releaseDeps(m, byPath, inSet, version) {
    return internalRequires(m, byPath)
        .filter((x) => inSet.has(x.target) && resolvesToRelease(m, x.req, version))
        .map((x) => x.target);
}
/**
 * Dependencies first (Kahn's algorithm, ready modules by directory: deterministic). Modules that require
 * each other at the commit being tagged form a cycle, which Go accepts: it is reported, and its modules
 * are tagged in directory order (all tags go out in one atomic push, so no consumer sees a partial set).
 */
function topologicalOrder(selected, all, version) {
    const byPath = new Map(all.map((m) => [m.path, m]));
    const inSet = new Set(selected);
    const deps = new Map(selected.map((m) => [m, new Set(releaseDeps(m, byPath, inSet, version))]));
    const byDir = (a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
    const order = [];
    const cycles = [];
    const done = new Set();
    while (order.length < selected.length) {
        const left = selected.filter((m) => !done.has(m)).sort(byDir);
        let next = left.find((m) => [...deps.get(m)].every((d) => done.has(d)));
        if (!next) {
            // Walk unfinished dependencies from the first module left until one repeats: that loop is a cycle.
            const path = [];
            let cur = left[0];
            while (!path.includes(cur)) {
                path.push(cur);
                cur = [...deps.get(cur)].filter((d) => !done.has(d)).sort(byDir)[0];
            }
            const loop = path.slice(path.indexOf(cur));
            cycles.push({
                message: `Go modules require each other at ${version}: ${[...loop, cur].map((m) => displayDir(m.dir)).join(' -> ')}; they are tagged together in one atomic push`,
                position: { file: cur.file, line: cur.gomod.module?.line ?? 1 },
            });
            next = loop.sort(byDir)[0];
        }
        order.push(next);
        done.add(next);
    }
    return { order, cycles };
}
function planRelease(opts) {
    const { version } = opts;
    const { errors, attempt } = (0,src/* collectErrors */.ul)();
    const tags = [];
    const byPath = new Map(opts.modules.map((m) => [m.path, m]));
    const inSet = new Set(opts.selected);
    const { order, cycles } = topologicalOrder(opts.selected, opts.modules, version);
    for (const m of order) {
        attempt(() => tags.push({
            tag: tagFor(m, version),
            dir: m.dir,
            modulePath: m.path,
            file: m.file,
            deps: releaseDeps(m, byPath, inSet, version).map((t) => t.dir),
            message: `Release ${version} of ${m.path}`,
        }));
    }
    (0,src/* throwIfAny */.MI)(errors);
    const seen = new Map();
    for (const t of tags) {
        const other = seen.get(t.tag);
        if (other)
            errors.push(new src/* UserError */.yo(`modules in ${displayDir(other.dir)} and ${displayDir(t.dir)} would both be tagged ${t.tag}`, {
                file: t.file,
            }));
        seen.set(t.tag, t);
    }
    (0,src/* throwIfAny */.MI)(errors);
    for (const t of tags) {
        const problem = tagNameProblem(t.tag);
        if (problem)
            errors.push(new src/* UserError */.yo(`the module in ${JSON.stringify(displayDir(t.dir))} would be tagged ${JSON.stringify(t.tag)}, which git refuses as a tag name: ${problem}`, { file: t.file }));
    }
    (0,src/* throwIfAny */.MI)(errors);
    if (opts.rootTag && !seen.has(version)) {
        tags.push({
            tag: version,
            dir: undefined,
            modulePath: undefined,
            file: undefined,
            deps: [],
            message: `Release ${version}`,
        });
    }
    return { version, tags, modules: [...opts.modules], selected: [...opts.selected], cycles };
}
/**
 * How each internal require of a module being tagged resolves for someone who uses the tag. A require the
 * tag's consumers can only satisfy through this repository's `replace` is a warning (they do not see the
 * replace); one naming a version that has no tag and is not being created is an error. `existing` is every
 * tag known to exist (the remote's); undefined when unknown (plan mode), which checks only what needs no remote.
 */
function checkInternalRequires(plan, existing) {
    const warnings = [];
    const errors = [];
    const byPath = new Map(plan.modules.map((m) => [m.path, m]));
    const planned = new Set(plan.tags.map((t) => t.tag));
    for (const m of plan.selected) {
        for (const { req, target } of internalRequires(m, byPath)) {
            const position = { file: m.file, line: req.line, col: req.col };
            const replaced = m.gomod.replaces.find((r) => r.oldPath === req.path && (r.oldVersion === undefined || r.oldVersion === req.version));
            let tag;
            try {
                tag = tagFor(target, req.version);
            }
            catch {
                tag = undefined;
            }
            const pseudo = isPseudoVersion(req.version) && req.version !== ZERO_PSEUDO;
            const tagged = tag !== undefined && (planned.has(tag) || existing?.has(tag) === true);
            if (pseudo || tagged)
                continue;
            if (existing === undefined && req.version !== ZERO_PSEUDO && tag !== undefined)
                continue; // unknown yet
            const what = tag === undefined || req.version === ZERO_PSEUDO ? req.version : `${req.version} (tag ${tag})`;
            if (replaced) {
                const own = plan.tags.find((t) => t.dir === m.dir)?.tag ?? displayDir(m.dir);
                warnings.push({
                    message: `${req.path} ${req.version} resolves only through replace => ${replaced.newPath}${replaced.newVersion ? ` ${replaced.newVersion}` : ''}: modules that use ${own} do not see that replace and cannot resolve it`,
                    position,
                });
            }
            else {
                errors.push(new src/* UserError */.yo(`${m.path} requires ${req.path} ${what}, which does not exist and is not being created`, position));
            }
        }
    }
    return { warnings, errors };
}
/**
 * New / already at the commit / at another commit, from one listing of the remote's tags (and the local
 * ones, which `git tag` would otherwise trip over). `remote` is undefined when nothing is pushed.
 */
function classifyTags(plan, commit, remote, local) {
    return plan.tags.map((t) => {
        const r = remote?.get(t.tag);
        const l = local.get(t.tag);
        if (r !== undefined) {
            if (r !== commit)
                return { ...t, status: 'conflict', existing: r, where: 'remote' };
            if (l !== undefined && l !== commit)
                return { ...t, status: 'conflict', existing: l, where: 'local' };
            return { ...t, status: 'skip', existing: r };
        }
        if (l !== undefined) {
            if (l !== commit)
                return { ...t, status: 'conflict', existing: l, where: 'local' };
            return { ...t, status: remote === undefined ? 'skip' : 'push', existing: l };
        }
        return { ...t, status: 'create' };
    });
}
function conflictErrors(tags, commit, remoteName) {
    return tags
        .filter((t) => t.status === 'conflict')
        .map((t) => new src/* UserError */.yo(t.where === 'remote'
        ? `tag ${t.tag} already exists on ${remoteName} at commit ${t.existing}, not at ${commit} being released: a Go module tag can never be moved (the module proxy keeps its hash forever); release a new version instead`
        : `local tag ${t.tag} points at commit ${t.existing}, not at ${commit} being released, and ${remoteName} does not have it: delete the local tag (git tag -d ${t.tag}) or release a new version`));
}
/** `git ls-remote --tags` output -> tag name -> commit (peeled `^{}` lines win over tag objects). */
function parseLsRemote(stdout) {
    const direct = new Map();
    const peeled = new Map();
    for (const line of stdout.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
        if (!m)
            continue;
        (m[3] ? peeled : direct).set(m[2], m[1]);
    }
    for (const [k, v] of peeled)
        direct.set(k, v);
    return direct;
}
/** Single-quote for a POSIX shell: what the printed commands need to be pasted safely. */
function shellQuote(s) {
    return /^[A-Za-z0-9_./:@^{}=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The exact commands a person would run for this plan (what `plan` mode prints). */
function planCommands(plan, ref, remote, push) {
    const lines = [`commit=$(git rev-parse --verify ${shellQuote(`${ref}^{commit}`)})`];
    for (const t of plan.tags)
        lines.push(`git tag -a -m ${shellQuote(t.message)} ${shellQuote(t.tag)} "$commit"`);
    if (push && plan.tags.length > 0)
        lines.push(`git push --atomic ${shellQuote(remote)} ${plan.tags.map((t) => shellQuote(`refs/tags/${t.tag}`)).join(' ')}`);
    return lines;
}

;// CONCATENATED MODULE: ./packages/go-modules/src/prepare.ts


/**
 * The old release step "update go.mod modules for vX": every internal require of a selected module that
 * names another selected module is set to `version`. Only version bytes change: `// indirect`, comments and
 * `replace` lines stay. Requires of modules outside the release keep their version (they get no tag).
 */
function prepareRequires(modules, selected, version) {
    const byPath = new Map(modules.map((m) => [m.path, m]));
    const inSet = new Set(selected);
    const files = [];
    const warnings = [];
    for (const m of selected) {
        const targets = internalRequires(m, byPath).filter((x) => inSet.has(x.target));
        const result = setRequireVersions(m.gomod, new Map(targets.map((x) => [x.req.path, version])));
        for (const { req } of targets) {
            const local = m.gomod.replaces.some((r) => r.oldPath === req.path && r.local);
            if (!local && req.version !== version)
                warnings.push({
                    message: `${req.path} is required at ${version} without a directory replace: the build needs that tag to exist, and go.sum its hash (run go mod tidy after tagging)`,
                    position: { file: m.file, line: req.line, col: req.col },
                });
        }
        if (result.changes.length > 0)
            files.push(result);
    }
    return { files, warnings };
}

;// CONCATENATED MODULE: ./packages/go-modules/src/git-tree.ts




/** Every path of a commit's tree (`git ls-tree -r -z --name-only`). */
async function listTreePaths(git, commit) {
    const { stdout } = await git(['ls-tree', '-r', '-z', '--name-only', commit]);
    return stdout.split('\0').filter((p) => p !== '');
}
/** The text of `commit:<dir>/go.mod` for each dir, in one `git cat-file --batch`. */
async function readGoModsAtCommit(git, commit, dirs) {
    const out = new Map();
    if (dirs.length === 0)
        return out;
    const input = dirs.map((d) => `${commit}:${d === '' ? 'go.mod' : `${d}/go.mod`}\n`).join('');
    const { stdout, bytes } = await git(['cat-file', '--batch'], { input });
    // Sizes are in bytes: walk the output as git wrote it, and decode each go.mod strictly.
    const buf = bytes ?? Buffer.from(stdout, 'utf8');
    let pos = 0;
    for (const dir of dirs) {
        const nl = buf.indexOf(0x0a, pos);
        const header = buf.subarray(pos, nl).toString('utf8');
        const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!m)
            throw new Error(`git cat-file --batch: unexpected header '${header}' for ${dir}/go.mod`);
        const size = Number(m[1]);
        out.set(dir, (0,src/* decodeUtf8 */._6)(buf.subarray(nl + 1, nl + 1 + size), dir === '' ? 'go.mod' : `${dir}/go.mod`));
        pos = nl + 1 + size + 1;
    }
    return out;
}
/** Local tags -> commit they point at (annotated tags peeled), from one `git for-each-ref`. */
async function localTags(git) {
    const { stdout } = await git(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', 'refs/tags']);
    const out = new Map();
    for (const line of stdout.split('\n')) {
        const [ref, oid, peeled] = line.split('\0');
        if (!ref || !oid)
            continue;
        out.set(ref.slice('refs/tags/'.length), peeled || oid);
    }
    return out;
}
/** Who signs the tags: GIT_COMMITTER_* when set, else git config user.*, else github-actions[bot]. */
async function taggerIdentity(git, env) {
    const { stdout } = await git(['config', '--get-regexp', '^user\\.(name|email)$'], { allowFailure: true });
    const config = new Map(stdout
        .split('\n')
        .filter((l) => l.includes(' '))
        .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)]));
    return {
        name: env['GIT_COMMITTER_NAME'] || config.get('user.name') || 'github-actions[bot]',
        email: env['GIT_COMMITTER_EMAIL'] || config.get('user.email') || '41898282+github-actions[bot]@users.noreply.github.com',
    };
}
function gitDate(now) {
    const offset = -now.getTimezoneOffset();
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${Math.floor(now.getTime() / 1000)} ${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
/**
 * Create annotated tags in one local transaction: tag objects through one `git hash-object --stdin-paths`,
 * refs through one `git update-ref --stdin` (all created or none; an existing ref fails the whole batch).
 * Equivalent to `git tag -a -m <message> <tag> <commit>` for each tag. Returns tag -> tag object id.
 */
async function createAnnotatedTags(git, tags, commit, who, now = new Date()) {
    const created = new Map();
    if (tags.length === 0)
        return created;
    const clean = (s) => s.replace(/[<>\n]/g, '');
    const tagger = `${clean(who.name)} <${clean(who.email)}> ${gitDate(now)}`;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'coco-tags-'));
    try {
        const files = tags.map((t, i) => {
            const file = (0,external_node_path_.join)(dir, `${i}.tag`);
            (0,external_node_fs_.writeFileSync)(file, `object ${commit}\ntype commit\ntag ${t.tag}\ntagger ${tagger}\n\n${t.message}\n`);
            return file;
        });
        const { stdout } = await git(['hash-object', '-t', 'tag', '-w', '--stdin-paths'], {
            input: files.join('\n') + '\n',
        });
        const oids = stdout.trim().split('\n');
        if (oids.length !== tags.length)
            throw new Error(`git hash-object returned ${oids.length} ids for ${tags.length} tags`);
        tags.forEach((t, i) => created.set(t.tag, oids[i]));
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    const input = tags.map((t) => `create refs/tags/${t.tag} ${created.get(t.tag)}\n`).join('');
    const res = await git(['update-ref', '--stdin'], { input, allowFailure: true });
    if (res.code !== 0)
        throw new src/* UserError */.yo(`creating local tags failed, none was created: ${res.stderr.trim()}`);
    return created;
}
/** Delete the tags this run created (only if they still point at what it created). */
async function deleteTags(git, created) {
    if (created.size === 0)
        return;
    const input = [...created].map(([tag, oid]) => `delete refs/tags/${tag} ${oid}\n`).join('');
    await git(['update-ref', '--stdin'], { input });
}

;// CONCATENATED MODULE: ./packages/go-modules/src/index.ts








;// CONCATENATED MODULE: ./src/edits.ts

/**
 * The write path of every action that edits files: the planned edits of its editors checked, diffed and
 * written all or none (or not, in a dry run) by applyFileEdits, then one log line per change and per value
 * already in place, the action's notes and warnings, and what was (not) written.
 */
function writeEdits(ctx, edits, options) {
    const applied = (0,src/* applyFileEdits */.Kf)(edits, { workspace: ctx.workspace, dryRun: options.dryRun });
    const created = options.created ?? '(none)';
    const where = (file, c) => (c.line === undefined ? file : `${file}:${c.line}`);
    for (const e of edits) {
        for (const c of e.changes)
            ctx.info(`${where(e.file, c)}: ${c.site}: ${c.old ?? created} -> ${c.new ?? '(removed)'}`);
        for (const c of e.unchanged ?? [])
            ctx.info(`${where(e.file, c)}: ${c.site} is already ${c.new}`);
    }
    for (const note of options.notes ?? [])
        ctx.info(note);
    for (const warning of options.warnings ?? [])
        ctx.warning(warning);
    if (!applied.changed) {
        if (options.nothingToChange !== undefined)
            ctx.info(options.nothingToChange);
    }
    else if (options.dryRun)
        ctx.info(`dry run: ${applied.files.length} file(s) were not written`);
    return { ...applied, changedFiles: JSON.stringify(applied.files.map((f) => f.file)) };
}

;// CONCATENATED MODULE: ./src/github/repository.ts

/** OWNER/NAME as GitHub spells a repository. */
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** The `repository` input, checked when given ('' stays '': the workflow's repository, see below). */
function repositoryInput(value) {
    if (value !== '' && !REPOSITORY.test(value))
        throw new src/* UserError */.yo(`input 'repository' must be OWNER/NAME, got '${value}'`);
    return value;
}
/**
 * The repository a step works on: the `repository` input, else the workflow's own (GITHUB_REPOSITORY).
 * `why` prefixes the message when neither is set (the input that needs it, e.g. `require-checks: `).
 */
function workflowRepository(input, env, why = '') {
    const repository = input || env['GITHUB_REPOSITORY']?.trim() || '';
    if (repository === '')
        throw new src/* UserError */.yo(`${why}input 'repository' is empty and GITHUB_REPOSITORY is not set`);
    if (!REPOSITORY.test(repository))
        throw new src/* UserError */.yo(`GITHUB_REPOSITORY must be OWNER/NAME, got '${repository}'`);
    return repository;
}

// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __nccwpck_require__(6250);
;// CONCATENATED MODULE: ./actions/tag-go-submodules/src/main.ts







const tagGoSubmodules = defineAction({
    name: 'tag-go-submodules',
    readInputs(inputs) {
        const { errors, attempt } = (0,src/* collectErrors */.ul)();
        const version = attempt(() => validateReleaseVersion(inputs.required('version'))) ?? '';
        const mode = attempt(() => inputs.choice('mode', ['tag', 'plan', 'prepare'])) ?? 'plan';
        const ref = inputs.string('ref') || 'HEAD';
        const remote = inputs.string('remote') || 'origin';
        // Both reach git as arguments: one starting with '-' would be read as an option.
        if (ref.startsWith('-'))
            errors.push(new src/* UserError */.yo(`input 'ref' must name a commit, got '${ref}'`));
        if (remote.startsWith('-') || /\s/.test(remote))
            errors.push(new src/* UserError */.yo(`input 'remote' must be the name of a git remote, got '${remote}'`));
        const repository = attempt(() => repositoryInput(inputs.string('repository'))) ?? '';
        const token = inputs.string('token');
        const result = {
            version,
            mode,
            modules: inputs.lines('modules'),
            exclude: inputs.lines('exclude').map((l) => l.text),
            rootTag: attempt(() => inputs.boolean('root-tag')) ?? false,
            ref,
            remote,
            push: attempt(() => inputs.boolean('push')) ?? true,
            networkTimeout: attempt(() => parseSeconds(inputs.string('network-timeout') || '120')) ?? 120,
            requireChecks: attempt(() => inputs.boolean('require-checks')) ?? false,
            allowNoChecks: attempt(() => inputs.boolean('allow-no-checks')) ?? false,
            requiredChecks: (0,checks/* parseRequiredChecks */.mK)(inputs.lines('required-checks')),
            // The CLI sees the action.yml default unevaluated.
            token: token.includes('${{') ? '' : token,
            repository,
            dryRun: attempt(() => inputs.boolean('dry-run')) ?? false,
        };
        (0,src/* throwIfAny */.MI)(errors);
        return result;
    },
    async run(inputs, ctx) {
        if (inputs.mode === 'tag')
            return tagMode(inputs, ctx);
        const root = external_node_fs_.realpathSync.native(ctx.workspace);
        const dirs = goModDirs(listGoModsOnDisk(root), inputs.exclude);
        const modules = loadModules(readGoModsOnDisk(root, dirs));
        const selected = selectModules(modules, inputs.modules);
        const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
        if (inputs.mode === 'plan') {
            noModules(plan);
            await refuseConflicts(inputs, plan, root, ctx);
            return planMode(inputs, plan, ctx);
        }
        return prepareMode(inputs, plan, ctx);
    },
});
function parseSeconds(text) {
    if (!/^[1-9]\d{0,5}$/.test(text))
        throw new src/* UserError */.yo(`input 'network-timeout' must be a whole number of seconds, 1 or more, got '${text}'`);
    return Number(text);
}
/**
 * Plan mode refuses what tag mode would refuse: a tag of the plan that already names another commit, with
 * tag mode's message. Only in a git repository whose top is the workspace and where `ref` resolves (a plan
 * of a plain directory has no tags to compare with); the remote is asked when `push` is on, as tag mode does.
 */
async function refuseConflicts(inputs, plan, root, ctx) {
    const { createGit } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 1243));
    const git = await createGit(root, ctx.env, { networkTimeoutMs: inputs.networkTimeout * 1000 });
    const top = await git(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (top.code !== 0 || external_node_fs_.realpathSync.native(top.stdout.trim()) !== root)
        return;
    const rev = await git(['rev-parse', '--verify', '--quiet', `${inputs.ref}^{commit}`], { allowFailure: true });
    if (rev.code !== 0)
        return;
    const commit = rev.stdout.trim();
    let remoteTags;
    if (inputs.push) {
        const ls = await git(['ls-remote', '--tags', inputs.remote], { allowFailure: true });
        if (ls.timedOut)
            throw new src/* UserError */.yo(`git ls-remote --tags ${inputs.remote} got no answer within ${inputs.networkTimeout} s (input 'network-timeout')`);
        if (ls.code !== 0)
            throw new src/* UserError */.yo(`cannot list the tags of remote '${inputs.remote}': ${ls.stderr.trim() || `exit ${ls.code}`}`);
        remoteTags = parseLsRemote(ls.stdout);
    }
    (0,src/* throwIfAny */.MI)(conflictErrors(classifyTags(plan, commit, remoteTags, await localTags(git)), commit, inputs.remote));
}
function noModules(plan) {
    if (plan.selected.length === 0 && plan.tags.length === 0)
        throw new src/* UserError */.yo('no Go module found: no go.mod below the repository root (after exclude)');
}
function warn(ctx, warnings) {
    for (const w of warnings)
        ctx.warning(w.message, w.position);
}
function planMode(inputs, plan, ctx) {
    noModules(plan);
    const checked = checkInternalRequires(plan, undefined);
    (0,src/* throwIfAny */.MI)(checked.errors);
    const warnings = [...plan.cycles, ...checked.warnings];
    warn(ctx, warnings);
    const commands = planCommands(plan, inputs.ref, inputs.remote, inputs.push);
    for (const [i, t] of plan.tags.entries())
        ctx.info(`${i + 1}. ${t.tag}${t.dir !== undefined ? `  (${t.modulePath})` : ''}`);
    const rows = plan.tags.map((t, i) => [
        String(i + 1),
        t.dir === undefined ? '*(repository)*' : (0,src/* code */.aY)(displayDir(t.dir)),
        (0,src/* code */.aY)(t.tag),
        t.deps.map((d) => (0,src/* code */.aY)(displayDir(d))).join(', '),
    ]);
    const summary = `### tag-go-submodules: plan for ${(0,src/* code */.aY)(inputs.version)} (nothing changed)\n\n` +
        (0,src/* table */.tp)(['#', 'module', 'tag', 'requires'], rows) +
        warningsMarkdown(warnings) +
        `\n${(0,src/* fenced */.OF)('sh', commands.join('\n'))}`;
    return {
        outputs: outputs(plan, [], [], ''),
        summary,
    };
}
function prepareMode(inputs, plan, ctx) {
    noModules(plan);
    const prepared = prepareRequires(plan.modules, plan.selected, inputs.version);
    const warnings = [...plan.cycles, ...prepared.warnings];
    warn(ctx, warnings);
    const { changed, changedFiles, diff } = writeEdits(ctx, prepared.files, {
        dryRun: inputs.dryRun,
        nothingToChange: `every internal require already names ${inputs.version}: nothing to change`,
    });
    const title = `### tag-go-submodules: prepare ${(0,src/* code */.aY)(inputs.version)}${inputs.dryRun ? ' (dry run, nothing written)' : ''}\n\n`;
    const columns = [
        ['file', 'file'],
        ['line', 'line'],
        ['require', 'site'],
        ['old', 'old'],
        ['new', 'new'],
    ];
    const summary = !changed
        ? `${title}Nothing to change: every internal require already names ${(0,src/* code */.aY)(inputs.version)}.\n`
        : `${title}${(0,src/* changesTable */.EI)(prepared.files, columns)}${warningsMarkdown(warnings)}\n${(0,src/* fenced */.OF)('diff', diff)}`;
    return {
        outputs: {
            ...outputs(plan, [], [], ''),
            'changed-files': changedFiles,
            diff,
        },
        summary,
    };
}
async function tagMode(inputs, ctx) {
    const { createGit, GitError } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 1243));
    const root = external_node_fs_.realpathSync.native(ctx.workspace);
    const git = await createGit(root, ctx.env, { networkTimeoutMs: inputs.networkTimeout * 1000 });
    const noAnswer = `got no answer within ${inputs.networkTimeout} s (input 'network-timeout')`;
    const top = await git(['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (top.code !== 0)
        throw new src/* UserError */.yo(`not a git repository: ${ctx.workspace} (check the repository out first)`);
    if (external_node_fs_.realpathSync.native(top.stdout.trim()) !== root)
        throw new src/* UserError */.yo(`the workspace ${ctx.workspace} is inside the git repository ${top.stdout.trim()}, not at its top: tag names are relative to the repository root`);
    const rev = await git(['rev-parse', '--verify', '--quiet', `${inputs.ref}^{commit}`], { allowFailure: true });
    if (rev.code !== 0)
        throw new src/* UserError */.yo(`ref '${inputs.ref}' does not resolve to a commit in ${ctx.workspace}`);
    const commit = rev.stdout.trim();
    if (inputs.push) {
        const remotes = (await git(['remote'])).stdout.split('\n').filter(Boolean);
        if (!remotes.includes(inputs.remote))
            throw new src/* UserError */.yo(`remote '${inputs.remote}' is not configured in ${ctx.workspace} (remotes: ${remotes.join(', ') || 'none'})`);
    }
    // The go.mod files of the commit being tagged, not of the working tree: that is what the tags publish.
    const dirs = goModDirs(await listTreePaths(git, commit), inputs.exclude);
    const modules = loadModules(await readGoModsAtCommit(git, commit, dirs));
    const selected = selectModules(modules, inputs.modules);
    const plan = planRelease({ modules, selected, version: inputs.version, rootTag: inputs.rootTag });
    noModules(plan);
    let remoteTags;
    if (inputs.push) {
        const ls = await git(['ls-remote', '--tags', inputs.remote], { allowFailure: true });
        if (ls.timedOut)
            throw new src/* UserError */.yo(`git ls-remote --tags ${inputs.remote} ${noAnswer}; no tag was created or pushed`);
        if (ls.code !== 0)
            throw new src/* UserError */.yo(`cannot list the tags of remote '${inputs.remote}': ${ls.stderr.trim() || `exit ${ls.code}`}`);
        remoteTags = parseLsRemote(ls.stdout);
    }
    const local = await localTags(git);
    const tags = classifyTags(plan, commit, remoteTags, local);
    const checked = checkInternalRequires(plan, new Set((remoteTags ?? local).keys()));
    (0,src/* throwIfAny */.MI)([...conflictErrors(tags, commit, inputs.remote), ...checked.errors]);
    const warnings = [...plan.cycles, ...checked.warnings];
    warn(ctx, warnings);
    const toCreate = tags.filter((t) => t.status === 'create');
    const toPush = tags.filter((t) => t.status === 'create' || t.status === 'push');
    // Only a run that would create or push a tag needs CI's word: a re-run whose tags all exist changes nothing.
    let gate;
    if (inputs.requireChecks && toPush.length > 0) {
        gate = await ciGate(inputs, commit, ctx);
        ctx.info(gate.message);
        if (!gate.ok) {
            const created = toPush.map((t) => t.tag);
            return {
                outputs: outputs(plan, [], tags.filter((t) => t.status === 'skip').map((t) => t.tag), commit),
                summary: `### tag-go-submodules: ✗ ${(0,src/* code */.aY)(inputs.version)} not tagged: CI has not passed on ${(0,src/* code */.aY)(commit.slice(0, 12))}\n\n` +
                    `No tag was created or pushed (${created.length} would have been).\n\n${gate.summary}`,
                failure: `${gate.message}; no tag was created or pushed`,
            };
        }
    }
    if (!inputs.dryRun) {
        const who = await taggerIdentity(git, ctx.env);
        const created = await createAnnotatedTags(git, toCreate, commit, who);
        if (inputs.push && toPush.length > 0) {
            const refspecs = toPush.map((t) => `refs/tags/${t.tag}:refs/tags/${t.tag}`);
            const pushed = await git(['push', '--atomic', inputs.remote, ...refspecs], { allowFailure: true });
            if (pushed.code !== 0) {
                try {
                    await deleteTags(git, created);
                }
                catch (e) {
                    if (!(e instanceof GitError))
                        throw e;
                    ctx.error(`could not delete the local tags this run created: ${e.detail}`);
                }
                if (pushed.timedOut)
                    throw new src/* UserError */.yo(`git push --atomic to '${inputs.remote}' ${noAnswer}; the local tags this run created were deleted. The remote may still have taken the push (all tags or none): run again, and tags already there at this commit are skipped`);
                throw new src/* UserError */.yo(`git push --atomic to '${inputs.remote}' was rejected; no tag was pushed and the local tags this run created were deleted. ${inputs.remote} said:\n${pushed.stderr.trim()}`);
            }
        }
    }
    for (const [i, t] of tags.entries())
        ctx.info(`${i + 1}. ${t.tag} ${statusText(t, inputs)}`);
    const created = toPush.map((t) => t.tag);
    const skipped = tags.filter((t) => t.status === 'skip').map((t) => t.tag);
    const summary = tagSummary(inputs, tags, commit, warnings);
    return { outputs: outputs(plan, created, skipped, commit), summary: gate ? `${summary}\n${gate.summary}` : summary };
}
/** The CI gate on the commit to tag, through the GitHub API (src/github/checks.ts). */
async function ciGate(inputs, commit, ctx) {
    const repository = workflowRepository(inputs.repository, ctx.env, 'require-checks: ');
    const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
    if (token === '')
        throw new src/* UserError */.yo("require-checks: input 'token' is empty and GITHUB_TOKEN is not set: the CI gate reads checks through the API");
    ctx.secret(token);
    const [owner, repo] = repository.split('/');
    const { createGithubClient } = await __nccwpck_require__.e(/* import() */ 232).then(__nccwpck_require__.bind(__nccwpck_require__, 6232));
    const { checkGate } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6250));
    const client = await createGithubClient({ token, env: ctx.env, onRetry: (line) => ctx.info(line) });
    return checkGate(client, {
        owner,
        repo,
        sha: commit,
        allowNoChecks: inputs.allowNoChecks,
        required: inputs.requiredChecks,
        ignoreRunId: ctx.env['GITHUB_RUN_ID'],
        noChecksHint: 'set allow-no-checks: true to tag it anyway',
    });
}
function statusText(t, inputs) {
    if (t.status === 'skip')
        return 'skipped (already at the commit)';
    const verb = t.status === 'push' ? 'pushed (existing local tag)' : inputs.push ? 'created' : 'created locally';
    return inputs.dryRun ? `would be ${verb}` : verb;
}
function tagSummary(inputs, tags, commit, warnings) {
    const title = `### tag-go-submodules: ${(0,src/* code */.aY)(inputs.version)} at ${(0,src/* code */.aY)(commit.slice(0, 12))}${inputs.dryRun ? ' (dry run, nothing created)' : ''}\n\n`;
    const rows = tags.map((t, i) => [
        String(i + 1),
        t.dir === undefined ? '*(repository)*' : (0,src/* code */.aY)(displayDir(t.dir)),
        (0,src/* code */.aY)(t.tag),
        (0,src/* code */.aY)(commit.slice(0, 12)),
        statusText(t, inputs),
    ]);
    return title + (0,src/* table */.tp)(['#', 'module', 'tag', 'commit', 'status'], rows) + warningsMarkdown(warnings);
}
function warningsMarkdown(warnings) {
    if (warnings.length === 0)
        return '';
    return `\n**Warnings**\n\n${warnings.map((w) => `- ${(0,src/* code */.aY)(`${w.position.file}:${w.position.line}`)}: ${(0,src/* text */.Qq)(w.message)}`).join('\n')}\n`;
}
function outputs(plan, created, skipped, commit) {
    return {
        tags: JSON.stringify(plan.tags.map((t) => t.tag)),
        created: JSON.stringify(created),
        skipped: JSON.stringify(skipped),
        commit,
        'changed-files': '[]',
        diff: '',
    };
}

;// CONCATENATED MODULE: ./actions/tag-go-submodules/src/index.ts


runAsStep(tagGoSubmodules);

