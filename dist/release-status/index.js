import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 7244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KQ: () => (/* reexport */ BodyTooLarge),
  rr: () => (/* reexport */ LineIndex),
  yo: () => (/* reexport */ errors_UserError),
  NK: () => (/* reexport */ capSummary),
  aY: () => (/* reexport */ markdown_code),
  ul: () => (/* reexport */ collectErrors),
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
  z1: () => (/* reexport */ files_resolveInWorkspace),
  Gh: () => (/* reexport */ retryWords),
  HI: () => (/* reexport */ sendWithRetries),
  tp: () => (/* reexport */ markdown_table),
  MI: () => (/* reexport */ errors_throwIfAny)
});

// UNUSED EXPORTS: OCI_TAG, SUMMARY_LIMIT, UserErrors, applyEdits, applyFileEdits, backoffMs, beforeUndoableWork, changesTable, checkFileEdits, decodeUtf8, detectEol, editDiff, escapeCell, fileChanges, fileDiff, formatPositioned, fsErrorReason, hasGitSegment, invalidUtf8Offset, isChanged, lineEdits, readIfPresent, removeStaleTempFiles, resolveNewInWorkspace, retryAfterMs, sleep, sortEdits, text, unifiedDiff, writeFilesAtomically

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
class errors_UserError extends Error {
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
    return e instanceof errors_UserError;
}
/** Several user errors found in one pass (e.g. every bad `set` line), reported together. */
class UserErrors extends errors_UserError {
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
function errors_throwIfAny(errors) {
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
                if (!(e instanceof errors_UserError))
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
function text_edit_applyEdits(source, edits) {
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
    throw new errors_UserError(`not valid UTF-8 at byte offset ${offset} (line ${line}): byte 0x${hex}; the file must be UTF-8 text, nothing was written`, { file: display, line });
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
        throw new errors_UserError(`refusing to touch ${file}: it is inside .git, git's own data (config, hooks), which no release action reads or writes`, { file });
    }
}
/**
 * Resolve `file` against the workspace and refuse anything that ends up outside it (including through a
 * symlink): a release action must never edit files the workflow did not check out. Nor anything with a
 * `.git` segment, as named or once symlinks are resolved (hasGitSegment): every action's files come
 * through here or resolveNewInWorkspace, so this is the one place of that rule.
 */
function files_resolveInWorkspace(file, workspace) {
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
        throw new errors_UserError(`file not found: ${file}`, { file });
    }
    // Both are canonical absolute paths, so inside means "starts with the root and a separator"; no
    // path.relative(), which normalises both paths again on every call.
    if (real === root || real === inside)
        throw new errors_UserError(`not a file: ${file} (it is the workspace directory)`, { file });
    if (!real.startsWith(inside)) {
        throw new errors_UserError(`refusing to touch ${file}: it is outside the workspace ${root}`, { file });
    }
    const rel = real.slice(inside.length);
    refuseGit(file, rel);
    if (!(0,external_node_fs_.statSync)(real).isFile())
        throw new errors_UserError(`not a file: ${file}`, { file });
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
    return readText(files_resolveInWorkspace(file, workspace));
}
/**
 * A file that may not exist yet (a Chart.lock to create): an existing one is resolved as resolveInWorkspace
 * does; a new one must go into a directory that is inside the workspace, symlinks resolved.
 */
function files_resolveNewInWorkspace(file, workspace) {
    refuseGit(file);
    const root = realpathSync.native(workspace);
    const absolute = isAbsolute(file) ? file : resolve(root, file);
    let exists = true;
    try {
        lstatSync(absolute);
    }
    catch {
        exists = false;
    }
    if (exists)
        return { ...files_resolveInWorkspace(file, workspace), exists };
    const cut = absolute.lastIndexOf(sep);
    const name = absolute.slice(cut + 1);
    let dir;
    try {
        dir = realpathSync.native(absolute.slice(0, cut) || sep);
    }
    catch {
        throw new UserError(`directory not found for ${file}`, { file });
    }
    const inside = root.endsWith(sep) ? root : root + sep;
    if (!(dir + sep).startsWith(inside) || name === '' || name === '.' || name === '..') {
        throw new UserError(`refusing to create ${file}: it is outside the workspace ${root}`, { file });
    }
    const rel = `${dir}${sep}${name}`.slice(inside.length);
    refuseGit(file, rel);
    return { path: `${dir}${sep}${name}`, display: sep === '/' ? rel : rel.split(sep).join('/'), exists };
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
        throw new errors_UserError(`cannot read ${file.display}: ${fsErrorReason(e)}`, { file: file.display });
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
const STALE_AFTER_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
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
            names = readdirSync(dir);
        }
        catch {
            continue;
        }
        for (const name of names) {
            const m = TEMP_NAME.exec(name);
            if (!m)
                continue;
            const path = `${dir}${sep}${name}`;
            if (live.has(path))
                continue;
            let old;
            try {
                const st = lstatSync(path);
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
    return path.slice(0, path.lastIndexOf(sep)) || sep;
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
    const cut = path.lastIndexOf(sep) + 1;
    return `${path.slice(0, cut)}.${path.slice(cut, cut + 180)}.coco-release-${process.pid}-${(tempCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
}
function files_writeFilesAtomically(writes) {
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
    const changed = writes.filter((w) => w.original === null ? existsSync(w.path) : !unchangedSinceRead(w.path, w.original));
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
            renameSync(t.tmp, t.w.path);
            live.delete(t.tmp);
            done.push({ w: t.w });
        }
        for (const w of writes) {
            if (w.content !== null)
                continue;
            failed = w;
            const aside = tempName(w.path);
            live.add(aside);
            renameSync(w.path, aside);
            done.push({ w, aside });
        }
    }
    catch (e) {
        cleanUp();
        for (const d of done.reverse()) {
            if (d.aside) {
                renameSync(d.aside, d.w.path);
                live.delete(d.aside);
            }
            else if (d.w.original === null)
                safeUnlink(d.w.path);
            else
                writeFileSync(d.w.path, d.w.original);
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
    const st = target === undefined ? undefined : statSync(target);
    const fd = openSync(tmp, 'wx', st ? 0o600 : 0o644);
    live.add(tmp);
    created();
    try {
        writeFileSync(fd, content, 'utf8');
        if (!st)
            return; // a new file: 0644 less the umask, owned by whoever runs the action
        // The umask applied at creation; the target's mode is what the file must keep (664 stays 664).
        fchmodSync(fd, st.mode & 0o7777);
        if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.()) {
            try {
                fchownSync(fd, st.uid, st.gid);
            }
            catch {
                // Only root (or a member of the group) may: the file then belongs to whoever runs the action.
            }
        }
    }
    finally {
        closeSync(fd);
    }
}
/** The file still holds what readText read: same size and modification time (when known) and same bytes. */
function unchangedSinceRead(path, original) {
    try {
        const before = seen.get(path);
        if (before) {
            const now = statSync(path, { bigint: true });
            if (now.size !== before.size || now.mtimeNs !== before.mtimeNs)
                return false;
        }
        return readFileSync(path).equals(Buffer.from(original, 'utf8'));
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
    throw new errors_UserError(`input '${name}' must be true or false, got '${v}'`);
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
    throw new errors_UserError(`input '${name}' must be one of ${choices.join(', ')}, got '${v}'`);
}
function requireInput(name, value) {
    const v = value.trim();
    if (v === '')
        throw new errors_UserError(`input '${name}' is required`);
    return v;
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
function markdown_code(raw) {
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
function markdown_table(headers, rows) {
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
function signals_beforeUndoableWork() {
    const f = install;
    install = undefined;
    f?.();
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts













/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
exports.Sj = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __nccwpck_require__(7244);
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

;// CONCATENATED MODULE: ./node_modules/@eslint-community/regexpp/index.mjs
var ast = /*#__PURE__*/Object.freeze({
    __proto__: null
});

const latestEcmaVersion = 2025;

let largeIdStartRanges = undefined;
let largeIdContinueRanges = undefined;
function isIdStart(cp) {
    if (cp < 0x41)
        return false;
    if (cp < 0x5b)
        return true;
    if (cp < 0x61)
        return false;
    if (cp < 0x7b)
        return true;
    return isLargeIdStart(cp);
}
function isIdContinue(cp) {
    if (cp < 0x30)
        return false;
    if (cp < 0x3a)
        return true;
    if (cp < 0x41)
        return false;
    if (cp < 0x5b)
        return true;
    if (cp === 0x5f)
        return true;
    if (cp < 0x61)
        return false;
    if (cp < 0x7b)
        return true;
    return isLargeIdStart(cp) || isLargeIdContinue(cp);
}
function isLargeIdStart(cp) {
    return isInRange(cp, largeIdStartRanges !== null && largeIdStartRanges !== void 0 ? largeIdStartRanges : (largeIdStartRanges = initLargeIdStartRanges()));
}
function isLargeIdContinue(cp) {
    return isInRange(cp, largeIdContinueRanges !== null && largeIdContinueRanges !== void 0 ? largeIdContinueRanges : (largeIdContinueRanges = initLargeIdContinueRanges()));
}
function initLargeIdStartRanges() {
    return restoreRanges("4q 0 b 0 5 0 6 m 2 u 2 cp 5 b f 4 8 0 2 0 3m 4 2 1 3 3 2 0 7 0 2 2 2 0 2 j 2 2a 2 3u 9 4l 2 11 2 1 7 14 3 1 1w q 5 3 1a 16 10 1 2 2q 2 0 g 1 8 1 b 2 3 0 h 0 2 t u 2g c 0 p w a 1 5 0 6 l 5 0 a 0 4 0 o o 8 a 6 n 2 6 h 15 1n 1h 4 0 j 0 8 9 g f 5 7 3 1 3 l 2 6 2 0 4 3 4 0 h 0 e 1 2 2 f 1 b 0 9 5 5 1 3 l 2 6 2 1 2 1 2 1 w 3 2 0 k 2 h 8 2 2 2 l 2 6 2 1 2 4 4 0 j 0 g 1 o 0 c 7 3 1 3 l 2 6 2 1 2 4 4 0 v 1 2 2 g 0 i 0 2 5 4 2 2 3 4 1 2 0 2 1 4 1 4 2 4 b n 0 1h 7 2 2 2 m 2 f 4 0 r 2 2 1 3 1 v 0 5 7 2 2 2 m 2 9 2 4 4 0 v 2 2 1 g 1 i 8 2 2 2 14 3 0 h 0 6 2 9 2 p 5 6 h 4 n 2 8 2 0 3 6 1n 1b 2 1 d 6 1n 1 2 0 2 4 2 n 2 0 2 9 2 1 a 0 3 4 2 0 m 3 x 0 1s 7 2 z s 4 38 16 l 0 h 5 5 3 4 0 4 1 8 2 5 c d 0 i 11 2 0 6 0 3 16 2 98 2 3 3 6 2 0 2 3 3 14 2 3 3 w 2 3 3 6 2 0 2 3 3 e 2 1k 2 3 3 1u 12 f h 2d 3 5 4 h7 3 g 2 p 6 22 4 a 8 h e i f h f c 2 2 g 1f 10 0 5 0 1w 2g 8 14 2 0 6 1x b u 1e t 3 4 c 17 5 p 1j m a 1g 2b 0 2m 1a i 7 1j t e 1 b 17 r z 16 2 b z 3 a 6 16 3 2 16 3 2 5 2 1 4 0 6 5b 1t 7p 3 5 3 11 3 5 3 7 2 0 2 0 2 0 2 u 3 1g 2 6 2 0 4 2 2 6 4 3 3 5 5 c 6 2 2 6 39 0 e 0 g g 2r 0 5 0 3 9 2 0 3 5 7 0 2 0 2 0 2 f 3 3 6 4 5 0 i 14 22g 6c 7 3 4 1 d 11 2 0 6 0 3 1j 8 0 h m a 6 2 6 2 6 2 6 2 6 2 6 2 6 2 6 fb 2 q 8 8 4 3 4 5 2d 5 4 2 2h 2 3 6 16 2 2l i v 1d f e9 533 1t h3g 1w 19 3 7g 4 f b 1 l 1a h u 3 27 14 8 3 2u 3 2a 5 0 f g 2 2 2 3 2 m u 1f f 1d 1r 5 4 0 2 1 c r b m q s 8 1a t 0 h 4 2 9 b 4 2 14 o 2 2 7 l m 4 0 4 1d 2 0 4 1 3 4 3 0 2 0 p 2 3 a 8 2 d 5 3 5 3 5 a 6 2 6 2 16 2 d 3 1 3 36 u 8mb d m 5 1c 6it a5 3 2x 13 6 d 4 6 0 2 9 2 c 2 4 2 0 2 1 2 1 2 2z y a2 j 1r 3 1h 15 b 39 4 2 3q 11 p 7 p c 2g 4 5 3 5 3 5 3 2 10 b 2 p 2 i 2 1 2 e 3 d z 3e 1y 1g 7g s 4 1c 1c v e t 6 11 b t 3 z 5 7 2 4 17 4d j z 5 z 5 13 9 1f d a 2 e 2 6 2 1 2 a 2 e 2 6 2 1 4 1f d 8m a l b 7 p 5 2 15 2 d 1t 5 3 0 2 17 2 1 4 0 3 m b m a u 1u i 2 1 b l b p 7 p 13 1j 7 1 1t 0 g 3 2 2 2 s 17 s 4 s 10 7 2 r s 1h b l b i e h 33 20 1k 1e e 1e e z 13 r a m 6z 15 7 1 h 5 i l i s b 0 9 l 17 h 1b k s m d 1g 1m 1 3 0 e 18 x o r z u 0 3 0 9 y 4 0 d 1b f 3 m 0 2 0 10 h 2 o k 1 1s 6 2 0 2 3 2 e 2 9 8 1a 13 7 3 1 3 l 2 6 2 1 2 4 4 0 j 0 d 4 v 9 2 0 3 0 2 11 2 0 q 0 2 0 19 1g j 3 l 2 v 1b l 1 2 0 55 1a 16 3 11 1b l 0 1o 16 e 0 20 q 12 6 56 17 39 1r w 7 3 0 3 7 2 1 2 n g 0 2 0 2n 7 3 12 h 0 2 0 t 0 b 13 8 0 m 0 c 19 k 0 j 20 i 0 52 w w 8 2 10 i 0 1e t 35 6 2 1 2 11 m 0 q 5 2 1 2 v f 0 o 17 m 0 6n i g 0 2 c 2 x 3h 0 28 pl 2v 33 6 5q d 8m 1sa 2o g tr i 5 q 32y 6 g6 5a2 t 1cz fs 8 u i 26 i t j 1b h 3 w k 6 i c1 18 5w 1r x o 3 o 19 22 6 0 1v c 1t 1 2 0 f 4 a 5p6 11 x 2o 36 e pd f 1e 5y6 3 2 6 2 1 2 88 a 0 u 2 3 0 f 4 8 az 1s5 2y 6 c 4 8 8 9 4mf 2c 2 1y 2 1 3 0 3 1 3 3 2 b 2 0 2 6 2 1s 2 3 3 7 2 6 2 r 2 3 2 4 2 0 4 6 2 9g 2 o 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 7 1f9 3l f 6 1j 1e 1d 1p 43 18 b 6 h 0 8y t j 17 dh r 6d t 3 0 5s u 2 2 2 1 2 6 3 4 a 1 69 6 2 3 2 1 2 e 2 5g 1o 1v 8 0 xh 3 2 q 2 1 2 0 3 0 2 9 2 3 2 0 2 0 7 0 5 0 2 0 2 0 2 2 2 1 2 0 3 0 2 0 2 0 2 0 2 0 2 1 2 0 3 3 2 6 2 3 2 3 2 0 2 9 2 g 6 2 2 4 2 g 3et wyn x 3dq 2 4gd 3 5rk g h9 1wj f1 15v 3t6 6 6jt upz 8qn");
}
function initLargeIdContinueRanges() {
    return restoreRanges("53 0 g9 33 o 0 70 4 7e 18 2 0 2 1 2 1 2 2 1z a 1d u 7 0 2u 6 3 5 3 1 2 3 3 9 o 0 v q 2k a g 9 y 8 a 0 p 3 2 8 2 2 2 4 18 2 1o 8 17 n 2 w 1j 2 2 h 2 6 b 1 3 9 i 2 1l 0 2 6 3 1 3 2 a 0 b 1 3 9 f 0 3 2 1l 0 2 4 5 1 3 2 4 0 l b 4 0 c 2 1l 0 2 7 2 2 2 2 l 1 3 9 b 5 2 2 1l 0 2 6 3 1 3 2 6 4 b 1 3 9 j 0 1o 4 4 2 2 3 a 0 f 9 h 4 1k 0 2 6 2 2 2 3 8 1 c 1 3 9 i 2 1l 0 2 6 2 2 2 3 8 1 c 1 3 9 4 0 d 3 1k 1 2 6 2 2 2 3 a 0 b 1 3 9 i 2 1z 0 5 5 2 0 2 7 7 9 3 1 1q 0 3 6 d 7 2 9 2g 0 3 8 c 6 2 9 1r 1 7 9 c 0 2 0 2 0 5 1 1e j 2 1 6 a 2 z a 0 2t j 2 9 d 3 5 2 2 2 3 6 4 3 e b 2 e jk 2 a 8 pt 3 t 2 u 1 v 1 1t v a 0 3 9 y 2 2 a 40 0 3b b 5 b b 9 3l a 1p 4 1m 9 2 s 3 a 7 9 n d 2 1d g 4 1c g c 9 i 8 d 2 v c 3 9 19 d 1d j 9 9 7 9 3b 2 2 k 5 0 7 0 3 2 5j 1r el 1 1e 1 k 0 3g c 5 0 4 b 2db 2 3y 0 2p v ff 5 2y 1 2p 0 n51 9 1y 0 5 9 x 1 29 1 7l 0 4 0 5 0 o 4 5 0 2c 1 1f h b 9 7 h e a t 7 q c 19 3 1c d g 9 c 0 b 9 1c d d 0 9 1 3 9 y 2 1f 0 2 2 3 1 6 1 2 0 16 4 6 1 6l 7 2 1 3 9 fmt 0 ki f h f 4 1 p 2 5d 9 12 0 12 0 ig 0 6b 0 46 4 86 9 120 2 2 1 6 3 15 2 5 0 4m 1 fy 3 9 9 7 9 w 4 8u 1 v 4 x f 1z a 1e 3 3f 2 1i e w a 3 1 b 3 1a a 8 0 1a 9 7 2 11 d 2 9 6 1 19 0 d 2 1d d 9 3 2 b 2b b 7 0 3 0 4e b 6 9 7 3 1k 1 2 6 3 1 3 2 a 0 b 1 3 6 4 4 1w 8 2 0 3 0 2 3 2 4 2 0 f 1 2b h a 9 5 0 2a j d 9 5y 6 3 8 s 1 2b g g 9 2a c 9 9 7 j 1m e 5 9 6r e 4m 9 1z 5 2 1 3 3 2 0 2 1 d 9 3c 6 3 6 4 0 t 9 15 6 2 3 9 0 a a 1b f 5j 7 3t 9 1i 7 2 7 h 9 1l l 2 d 3f 5 4 0 2 1 2 6 2 0 9 9 1d 4 2 1 2 4 9 9 1j 9 7 0 77 3 a 1 2 0 1d 6 4 4 e a 44m 0 7 e 8uh r 1t3 9 2f 9 13 4 1o 6 q 9 ev 9 d2 0 2 1i 8 3 2a 0 c 1 f58 1 382 9 ef 19 3 m dd 1 1p 4 4 5 9 7 3 6 v 3 45 2 c 2 9 1 3 0 x 1 11p 1d e9 1i 5 1d 9 0 f 0 n 4 2 e 11t 6 2 g 3 6 2 1 2 4 2t 0 4h 6 a 9 9x 0 1q d dv d 6t 1 2 9 6h 0 3 0 8 1 6 0 d7 6 32 6 6 9 3o7 9 gvt3 6n");
}
function isInRange(cp, ranges) {
    let l = 0, r = (ranges.length / 2) | 0, i = 0, min = 0, max = 0;
    while (l < r) {
        i = ((l + r) / 2) | 0;
        min = ranges[2 * i];
        max = ranges[2 * i + 1];
        if (cp < min) {
            r = i;
        }
        else if (cp > max) {
            l = i + 1;
        }
        else {
            return true;
        }
    }
    return false;
}
function restoreRanges(data) {
    let last = 0;
    return data.split(" ").map((s) => (last += parseInt(s, 36) | 0));
}

class DataSet {
    constructor(raw2018, raw2019, raw2020, raw2021, raw2022, raw2023, raw2024, raw2025, raw2026) {
        this._raw2018 = raw2018;
        this._raw2019 = raw2019;
        this._raw2020 = raw2020;
        this._raw2021 = raw2021;
        this._raw2022 = raw2022;
        this._raw2023 = raw2023;
        this._raw2024 = raw2024;
        this._raw2025 = raw2025;
        this._raw2026 = raw2026;
    }
    get es2018() {
        var _a;
        return ((_a = this._set2018) !== null && _a !== void 0 ? _a : (this._set2018 = new Set(this._raw2018.split(" "))));
    }
    get es2019() {
        var _a;
        return ((_a = this._set2019) !== null && _a !== void 0 ? _a : (this._set2019 = new Set(this._raw2019.split(" "))));
    }
    get es2020() {
        var _a;
        return ((_a = this._set2020) !== null && _a !== void 0 ? _a : (this._set2020 = new Set(this._raw2020.split(" "))));
    }
    get es2021() {
        var _a;
        return ((_a = this._set2021) !== null && _a !== void 0 ? _a : (this._set2021 = new Set(this._raw2021.split(" "))));
    }
    get es2022() {
        var _a;
        return ((_a = this._set2022) !== null && _a !== void 0 ? _a : (this._set2022 = new Set(this._raw2022.split(" "))));
    }
    get es2023() {
        var _a;
        return ((_a = this._set2023) !== null && _a !== void 0 ? _a : (this._set2023 = new Set(this._raw2023.split(" "))));
    }
    get es2024() {
        var _a;
        return ((_a = this._set2024) !== null && _a !== void 0 ? _a : (this._set2024 = new Set(this._raw2024.split(" "))));
    }
    get es2025() {
        var _a;
        return ((_a = this._set2025) !== null && _a !== void 0 ? _a : (this._set2025 = new Set(this._raw2025.split(" "))));
    }
    get es2026() {
        var _a;
        return ((_a = this._set2026) !== null && _a !== void 0 ? _a : (this._set2026 = new Set(this._raw2026.split(" "))));
    }
}
const gcNameSet = new Set(["General_Category", "gc"]);
const scNameSet = new Set(["Script", "Script_Extensions", "sc", "scx"]);
const gcValueSets = new DataSet("C Cased_Letter Cc Cf Close_Punctuation Cn Co Combining_Mark Connector_Punctuation Control Cs Currency_Symbol Dash_Punctuation Decimal_Number Enclosing_Mark Final_Punctuation Format Initial_Punctuation L LC Letter Letter_Number Line_Separator Ll Lm Lo Lowercase_Letter Lt Lu M Mark Math_Symbol Mc Me Mn Modifier_Letter Modifier_Symbol N Nd Nl No Nonspacing_Mark Number Open_Punctuation Other Other_Letter Other_Number Other_Punctuation Other_Symbol P Paragraph_Separator Pc Pd Pe Pf Pi Po Private_Use Ps Punctuation S Sc Separator Sk Sm So Space_Separator Spacing_Mark Surrogate Symbol Titlecase_Letter Unassigned Uppercase_Letter Z Zl Zp Zs cntrl digit punct", "", "", "", "", "", "", "", "");
const scValueSets = new DataSet("Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst Bali Balinese Bamu Bamum Bass Bassa_Vah Batak Batk Beng Bengali Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm Canadian_Aboriginal Cans Cari Carian Caucasian_Albanian Chakma Cham Cher Cherokee Common Copt Coptic Cprt Cuneiform Cypriot Cyrillic Cyrl Deseret Deva Devanagari Dsrt Dupl Duployan Egyp Egyptian_Hieroglyphs Elba Elbasan Ethi Ethiopic Geor Georgian Glag Glagolitic Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr Gurmukhi Guru Han Hang Hangul Hani Hano Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw Hmng Hung Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Ital Java Javanese Kaithi Kali Kana Kannada Katakana Kayah_Li Khar Kharoshthi Khmer Khmr Khoj Khojki Khudawadi Knda Kthi Lana Lao Laoo Latin Latn Lepc Lepcha Limb Limbu Lina Linb Linear_A Linear_B Lisu Lyci Lycian Lydi Lydian Mahajani Mahj Malayalam Mand Mandaic Mani Manichaean Marc Marchen Masaram_Gondi Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive Meroitic_Hieroglyphs Miao Mlym Modi Mong Mongolian Mro Mroo Mtei Mult Multani Myanmar Mymr Nabataean Narb Nbat New_Tai_Lue Newa Nko Nkoo Nshu Nushu Ogam Ogham Ol_Chiki Olck Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_South_Arabian Old_Turkic Oriya Orkh Orya Osage Osge Osma Osmanya Pahawh_Hmong Palm Palmyrene Pau_Cin_Hau Pauc Perm Phag Phags_Pa Phli Phlp Phnx Phoenician Plrd Prti Psalter_Pahlavi Qaac Qaai Rejang Rjng Runic Runr Samaritan Samr Sarb Saur Saurashtra Sgnw Sharada Shavian Shaw Shrd Sidd Siddham SignWriting Sind Sinh Sinhala Sora Sora_Sompeng Soyo Soyombo Sund Sundanese Sylo Syloti_Nagri Syrc Syriac Tagalog Tagb Tagbanwa Tai_Le Tai_Tham Tai_Viet Takr Takri Tale Talu Tamil Taml Tang Tangut Tavt Telu Telugu Tfng Tglg Thaa Thaana Thai Tibetan Tibt Tifinagh Tirh Tirhuta Ugar Ugaritic Vai Vaii Wara Warang_Citi Xpeo Xsux Yi Yiii Zanabazar_Square Zanb Zinh Zyyy", "Dogr Dogra Gong Gunjala_Gondi Hanifi_Rohingya Maka Makasar Medefaidrin Medf Old_Sogdian Rohg Sogd Sogdian Sogo", "Elym Elymaic Hmnp Nand Nandinagari Nyiakeng_Puachue_Hmong Wancho Wcho", "Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi", "Cpmn Cypro_Minoan Old_Uyghur Ougr Tangsa Tnsa Toto Vith Vithkuqi", "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Jurc Jurchen Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Pcun Proto_Cuneiform Seal Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz", "", "", "");
const binPropertySets = new DataSet("AHex ASCII ASCII_Hex_Digit Alpha Alphabetic Any Assigned Bidi_C Bidi_Control Bidi_M Bidi_Mirrored CI CWCF CWCM CWKCF CWL CWT CWU Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased Changes_When_Uppercased DI Dash Default_Ignorable_Code_Point Dep Deprecated Dia Diacritic Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Ext Extender Gr_Base Gr_Ext Grapheme_Base Grapheme_Extend Hex Hex_Digit IDC IDS IDSB IDST IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideo Ideographic Join_C Join_Control LOE Logical_Order_Exception Lower Lowercase Math NChar Noncharacter_Code_Point Pat_Syn Pat_WS Pattern_Syntax Pattern_White_Space QMark Quotation_Mark RI Radical Regional_Indicator SD STerm Sentence_Terminal Soft_Dotted Term Terminal_Punctuation UIdeo Unified_Ideograph Upper Uppercase VS Variation_Selector White_Space XIDC XIDS XID_Continue XID_Start space", "Extended_Pictographic", "", "EBase EComp EMod EPres ExtPict", "", "", "", "", "");
const binPropertyOfStringsSets = new DataSet("", "", "", "", "", "", "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji RGI_Emoji_Flag_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence", "", "");
function isValidUnicodeProperty(version, name, value) {
    if (gcNameSet.has(name)) {
        return version >= 2018 && gcValueSets.es2018.has(value);
    }
    if (scNameSet.has(name)) {
        return ((version >= 2018 && scValueSets.es2018.has(value)) ||
            (version >= 2019 && scValueSets.es2019.has(value)) ||
            (version >= 2020 && scValueSets.es2020.has(value)) ||
            (version >= 2021 && scValueSets.es2021.has(value)) ||
            (version >= 2022 && scValueSets.es2022.has(value)) ||
            (version >= 2023 && scValueSets.es2023.has(value)));
    }
    return false;
}
function isValidLoneUnicodeProperty(version, value) {
    return ((version >= 2018 && binPropertySets.es2018.has(value)) ||
        (version >= 2019 && binPropertySets.es2019.has(value)) ||
        (version >= 2021 && binPropertySets.es2021.has(value)));
}
function isValidLoneUnicodePropertyOfString(version, value) {
    return version >= 2024 && binPropertyOfStringsSets.es2024.has(value);
}

const BACKSPACE = 0x08;
const CHARACTER_TABULATION = 0x09;
const LINE_FEED = 0x0a;
const LINE_TABULATION = 0x0b;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const EXCLAMATION_MARK = 0x21;
const NUMBER_SIGN = 0x23;
const DOLLAR_SIGN = 0x24;
const PERCENT_SIGN = 0x25;
const AMPERSAND = 0x26;
const LEFT_PARENTHESIS = 0x28;
const RIGHT_PARENTHESIS = 0x29;
const ASTERISK = 0x2a;
const PLUS_SIGN = 0x2b;
const COMMA = 0x2c;
const HYPHEN_MINUS = 0x2d;
const FULL_STOP = 0x2e;
const SOLIDUS = 0x2f;
const DIGIT_ZERO = 0x30;
const DIGIT_ONE = 0x31;
const DIGIT_SEVEN = 0x37;
const DIGIT_NINE = 0x39;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const LESS_THAN_SIGN = 0x3c;
const EQUALS_SIGN = 0x3d;
const GREATER_THAN_SIGN = 0x3e;
const QUESTION_MARK = 0x3f;
const COMMERCIAL_AT = 0x40;
const LATIN_CAPITAL_LETTER_A = 0x41;
const LATIN_CAPITAL_LETTER_B = 0x42;
const LATIN_CAPITAL_LETTER_D = 0x44;
const LATIN_CAPITAL_LETTER_F = 0x46;
const LATIN_CAPITAL_LETTER_P = 0x50;
const LATIN_CAPITAL_LETTER_S = 0x53;
const LATIN_CAPITAL_LETTER_W = 0x57;
const LATIN_CAPITAL_LETTER_Z = 0x5a;
const LOW_LINE = 0x5f;
const LATIN_SMALL_LETTER_A = 0x61;
const LATIN_SMALL_LETTER_B = 0x62;
const LATIN_SMALL_LETTER_C = 0x63;
const LATIN_SMALL_LETTER_D = 0x64;
const LATIN_SMALL_LETTER_F = 0x66;
const LATIN_SMALL_LETTER_G = 0x67;
const LATIN_SMALL_LETTER_I = 0x69;
const LATIN_SMALL_LETTER_K = 0x6b;
const LATIN_SMALL_LETTER_M = 0x6d;
const LATIN_SMALL_LETTER_N = 0x6e;
const LATIN_SMALL_LETTER_P = 0x70;
const LATIN_SMALL_LETTER_Q = 0x71;
const LATIN_SMALL_LETTER_R = 0x72;
const LATIN_SMALL_LETTER_S = 0x73;
const LATIN_SMALL_LETTER_T = 0x74;
const LATIN_SMALL_LETTER_U = 0x75;
const LATIN_SMALL_LETTER_V = 0x76;
const LATIN_SMALL_LETTER_W = 0x77;
const LATIN_SMALL_LETTER_X = 0x78;
const LATIN_SMALL_LETTER_Y = 0x79;
const LATIN_SMALL_LETTER_Z = 0x7a;
const LEFT_SQUARE_BRACKET = 0x5b;
const REVERSE_SOLIDUS = 0x5c;
const RIGHT_SQUARE_BRACKET = 0x5d;
const CIRCUMFLEX_ACCENT = 0x5e;
const GRAVE_ACCENT = 0x60;
const LEFT_CURLY_BRACKET = 0x7b;
const VERTICAL_LINE = 0x7c;
const RIGHT_CURLY_BRACKET = 0x7d;
const TILDE = 0x7e;
const ZERO_WIDTH_NON_JOINER = 0x200c;
const ZERO_WIDTH_JOINER = 0x200d;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const MIN_CODE_POINT = 0x00;
const MAX_CODE_POINT = 0x10ffff;
function isLatinLetter(code) {
    return ((code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_Z) ||
        (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_Z));
}
function isDecimalDigit(code) {
    return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}
function isOctalDigit(code) {
    return code >= DIGIT_ZERO && code <= DIGIT_SEVEN;
}
function isHexDigit(code) {
    return ((code >= DIGIT_ZERO && code <= DIGIT_NINE) ||
        (code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F) ||
        (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F));
}
function isLineTerminator(code) {
    return (code === LINE_FEED ||
        code === CARRIAGE_RETURN ||
        code === LINE_SEPARATOR ||
        code === PARAGRAPH_SEPARATOR);
}
function isValidUnicode(code) {
    return code >= MIN_CODE_POINT && code <= MAX_CODE_POINT;
}
function digitToInt(code) {
    if (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F) {
        return code - LATIN_SMALL_LETTER_A + 10;
    }
    if (code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F) {
        return code - LATIN_CAPITAL_LETTER_A + 10;
    }
    return code - DIGIT_ZERO;
}
function isLeadSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isTrailSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
function combineSurrogatePair(lead, trail) {
    return (lead - 0xd800) * 0x400 + (trail - 0xdc00) + 0x10000;
}

class GroupSpecifiersAsES2018 {
    constructor() {
        this.groupName = new Set();
    }
    clear() {
        this.groupName.clear();
    }
    isEmpty() {
        return !this.groupName.size;
    }
    hasInPattern(name) {
        return this.groupName.has(name);
    }
    hasInScope(name) {
        return this.hasInPattern(name);
    }
    addToScope(name) {
        this.groupName.add(name);
    }
    enterDisjunction() {
    }
    enterAlternative() {
    }
    leaveDisjunction() {
    }
}
class BranchID {
    constructor(parent, base) {
        this.mark = null;
        this.markedChild = null;
        this.parent = parent;
        this.base = base !== null && base !== void 0 ? base : this;
    }
    static areSeparated(first, second) {
        var _a;
        let child = null;
        for (let branch = first; branch; branch = branch.parent) {
            branch.mark = first;
            branch.markedChild = child;
            child = branch;
        }
        child = null;
        for (let branch = second; branch; branch = branch.parent) {
            if (branch.mark === first) {
                return child !== null && ((_a = branch.markedChild) === null || _a === void 0 ? void 0 : _a.base) === child.base;
            }
            child = branch;
        }
        return false;
    }
    child() {
        return new BranchID(this, null);
    }
    sibling() {
        return new BranchID(this.parent, this.base);
    }
}
class GroupSpecifiersAsES2025 {
    constructor() {
        this.branchID = new BranchID(null, null);
        this.groupNames = new Map();
    }
    clear() {
        this.branchID = new BranchID(null, null);
        this.groupNames.clear();
    }
    isEmpty() {
        return !this.groupNames.size;
    }
    enterDisjunction() {
        this.branchID = this.branchID.child();
    }
    enterAlternative(index) {
        if (index === 0) {
            return;
        }
        this.branchID = this.branchID.sibling();
    }
    leaveDisjunction() {
        this.branchID = this.branchID.parent;
    }
    hasInPattern(name) {
        return this.groupNames.has(name);
    }
    hasInScope(name) {
        const branches = this.groupNames.get(name);
        if (!branches) {
            return false;
        }
        for (const branch of branches) {
            if (!BranchID.areSeparated(branch, this.branchID)) {
                return true;
            }
        }
        return false;
    }
    addToScope(name) {
        const branches = this.groupNames.get(name);
        if (branches) {
            branches.push(this.branchID);
            return;
        }
        this.groupNames.set(name, [this.branchID]);
    }
}

const legacyImpl = {
    at(s, end, i) {
        return i < end ? s.charCodeAt(i) : -1;
    },
    width(c) {
        return 1;
    },
};
const unicodeImpl = {
    at(s, end, i) {
        return i < end ? s.codePointAt(i) : -1;
    },
    width(c) {
        return c > 0xffff ? 2 : 1;
    },
};
class Reader {
    constructor() {
        this._impl = legacyImpl;
        this._s = "";
        this._i = 0;
        this._end = 0;
        this._cp1 = -1;
        this._w1 = 1;
        this._cp2 = -1;
        this._w2 = 1;
        this._cp3 = -1;
        this._w3 = 1;
        this._cp4 = -1;
    }
    get source() {
        return this._s;
    }
    get index() {
        return this._i;
    }
    get currentCodePoint() {
        return this._cp1;
    }
    get nextCodePoint() {
        return this._cp2;
    }
    get nextCodePoint2() {
        return this._cp3;
    }
    get nextCodePoint3() {
        return this._cp4;
    }
    reset(source, start, end, uFlag) {
        this._impl = uFlag ? unicodeImpl : legacyImpl;
        this._s = source;
        this._end = end;
        this.rewind(start);
    }
    rewind(index) {
        const impl = this._impl;
        this._i = index;
        this._cp1 = impl.at(this._s, this._end, index);
        this._w1 = impl.width(this._cp1);
        this._cp2 = impl.at(this._s, this._end, index + this._w1);
        this._w2 = impl.width(this._cp2);
        this._cp3 = impl.at(this._s, this._end, index + this._w1 + this._w2);
        this._w3 = impl.width(this._cp3);
        this._cp4 = impl.at(this._s, this._end, index + this._w1 + this._w2 + this._w3);
    }
    advance() {
        if (this._cp1 !== -1) {
            const impl = this._impl;
            this._i += this._w1;
            this._cp1 = this._cp2;
            this._w1 = this._w2;
            this._cp2 = this._cp3;
            this._w2 = impl.width(this._cp2);
            this._cp3 = this._cp4;
            this._w3 = impl.width(this._cp3);
            this._cp4 = impl.at(this._s, this._end, this._i + this._w1 + this._w2 + this._w3);
        }
    }
    eat(cp) {
        if (this._cp1 === cp) {
            this.advance();
            return true;
        }
        return false;
    }
    eat2(cp1, cp2) {
        if (this._cp1 === cp1 && this._cp2 === cp2) {
            this.advance();
            this.advance();
            return true;
        }
        return false;
    }
    eat3(cp1, cp2, cp3) {
        if (this._cp1 === cp1 && this._cp2 === cp2 && this._cp3 === cp3) {
            this.advance();
            this.advance();
            this.advance();
            return true;
        }
        return false;
    }
}

class RegExpSyntaxError extends SyntaxError {
    constructor(message, index) {
        super(message);
        this.index = index;
    }
}
function newRegExpSyntaxError(srcCtx, flags, index, message) {
    let source = "";
    if (srcCtx.kind === "literal") {
        const literal = srcCtx.source.slice(srcCtx.start, srcCtx.end);
        if (literal) {
            source = `: ${literal}`;
        }
    }
    else if (srcCtx.kind === "pattern") {
        const pattern = srcCtx.source.slice(srcCtx.start, srcCtx.end);
        const flagsText = `${flags.unicode ? "u" : ""}${flags.unicodeSets ? "v" : ""}`;
        source = `: /${pattern}/${flagsText}`;
    }
    return new RegExpSyntaxError(`Invalid regular expression${source}: ${message}`, index);
}

const SYNTAX_CHARACTER = new Set([
    CIRCUMFLEX_ACCENT,
    DOLLAR_SIGN,
    REVERSE_SOLIDUS,
    FULL_STOP,
    ASTERISK,
    PLUS_SIGN,
    QUESTION_MARK,
    LEFT_PARENTHESIS,
    RIGHT_PARENTHESIS,
    LEFT_SQUARE_BRACKET,
    RIGHT_SQUARE_BRACKET,
    LEFT_CURLY_BRACKET,
    RIGHT_CURLY_BRACKET,
    VERTICAL_LINE,
]);
const CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER = new Set([
    AMPERSAND,
    EXCLAMATION_MARK,
    NUMBER_SIGN,
    DOLLAR_SIGN,
    PERCENT_SIGN,
    ASTERISK,
    PLUS_SIGN,
    COMMA,
    FULL_STOP,
    COLON,
    SEMICOLON,
    LESS_THAN_SIGN,
    EQUALS_SIGN,
    GREATER_THAN_SIGN,
    QUESTION_MARK,
    COMMERCIAL_AT,
    CIRCUMFLEX_ACCENT,
    GRAVE_ACCENT,
    TILDE,
]);
const CLASS_SET_SYNTAX_CHARACTER = new Set([
    LEFT_PARENTHESIS,
    RIGHT_PARENTHESIS,
    LEFT_SQUARE_BRACKET,
    RIGHT_SQUARE_BRACKET,
    LEFT_CURLY_BRACKET,
    RIGHT_CURLY_BRACKET,
    SOLIDUS,
    HYPHEN_MINUS,
    REVERSE_SOLIDUS,
    VERTICAL_LINE,
]);
const CLASS_SET_RESERVED_PUNCTUATOR = new Set([
    AMPERSAND,
    HYPHEN_MINUS,
    EXCLAMATION_MARK,
    NUMBER_SIGN,
    PERCENT_SIGN,
    COMMA,
    COLON,
    SEMICOLON,
    LESS_THAN_SIGN,
    EQUALS_SIGN,
    GREATER_THAN_SIGN,
    COMMERCIAL_AT,
    GRAVE_ACCENT,
    TILDE,
]);
const FLAG_PROP_TO_CODEPOINT = {
    global: LATIN_SMALL_LETTER_G,
    ignoreCase: LATIN_SMALL_LETTER_I,
    multiline: LATIN_SMALL_LETTER_M,
    unicode: LATIN_SMALL_LETTER_U,
    sticky: LATIN_SMALL_LETTER_Y,
    dotAll: LATIN_SMALL_LETTER_S,
    hasIndices: LATIN_SMALL_LETTER_D,
    unicodeSets: LATIN_SMALL_LETTER_V,
};
const FLAG_CODEPOINT_TO_PROP = Object.fromEntries(Object.entries(FLAG_PROP_TO_CODEPOINT).map(([k, v]) => [v, k]));
function isSyntaxCharacter(cp) {
    return SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedDoublePunctuatorCharacter(cp) {
    return CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER.has(cp);
}
function isClassSetSyntaxCharacter(cp) {
    return CLASS_SET_SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedPunctuator(cp) {
    return CLASS_SET_RESERVED_PUNCTUATOR.has(cp);
}
function isIdentifierStartChar(cp) {
    return isIdStart(cp) || cp === DOLLAR_SIGN || cp === LOW_LINE;
}
function isIdentifierPartChar(cp) {
    return (isIdContinue(cp) ||
        cp === DOLLAR_SIGN ||
        cp === ZERO_WIDTH_NON_JOINER ||
        cp === ZERO_WIDTH_JOINER);
}
function isUnicodePropertyNameCharacter(cp) {
    return isLatinLetter(cp) || cp === LOW_LINE;
}
function isUnicodePropertyValueCharacter(cp) {
    return isUnicodePropertyNameCharacter(cp) || isDecimalDigit(cp);
}
function isRegularExpressionModifier(ch) {
    return (ch === LATIN_SMALL_LETTER_I ||
        ch === LATIN_SMALL_LETTER_M ||
        ch === LATIN_SMALL_LETTER_S);
}
class RegExpValidator {
    constructor(options) {
        this._reader = new Reader();
        this._unicodeMode = false;
        this._unicodeSetsMode = false;
        this._nFlag = false;
        this._lastIntValue = 0;
        this._lastRange = {
            min: 0,
            max: Number.POSITIVE_INFINITY,
        };
        this._lastStrValue = "";
        this._lastAssertionIsQuantifiable = false;
        this._numCapturingParens = 0;
        this._backreferenceNames = new Set();
        this._srcCtx = null;
        this._options = options !== null && options !== void 0 ? options : {};
        this._groupSpecifiers =
            this.ecmaVersion >= 2025
                ? new GroupSpecifiersAsES2025()
                : new GroupSpecifiersAsES2018();
    }
    validateLiteral(source, start = 0, end = source.length) {
        this._srcCtx = { source, start, end, kind: "literal" };
        this._unicodeSetsMode = this._unicodeMode = this._nFlag = false;
        this.reset(source, start, end);
        this.onLiteralEnter(start);
        if (this.eat(SOLIDUS) && this.eatRegExpBody() && this.eat(SOLIDUS)) {
            const flagStart = this.index;
            const unicode = source.includes("u", flagStart);
            const unicodeSets = source.includes("v", flagStart);
            this.validateFlagsInternal(source, flagStart, end);
            this.validatePatternInternal(source, start + 1, flagStart - 1, {
                unicode,
                unicodeSets,
            });
        }
        else if (start >= end) {
            this.raise("Empty");
        }
        else {
            const c = String.fromCodePoint(this.currentCodePoint);
            this.raise(`Unexpected character '${c}'`);
        }
        this.onLiteralLeave(start, end);
    }
    validateFlags(source, start = 0, end = source.length) {
        this._srcCtx = { source, start, end, kind: "flags" };
        this.validateFlagsInternal(source, start, end);
    }
    validatePattern(source, start = 0, end = source.length, uFlagOrFlags = undefined) {
        this._srcCtx = { source, start, end, kind: "pattern" };
        this.validatePatternInternal(source, start, end, uFlagOrFlags);
    }
    validatePatternInternal(source, start = 0, end = source.length, uFlagOrFlags = undefined) {
        const mode = this._parseFlagsOptionToMode(uFlagOrFlags, end);
        this._unicodeMode = mode.unicodeMode;
        this._nFlag = mode.nFlag;
        this._unicodeSetsMode = mode.unicodeSetsMode;
        this.reset(source, start, end);
        this.consumePattern();
        if (!this._nFlag &&
            this.ecmaVersion >= 2018 &&
            !this._groupSpecifiers.isEmpty()) {
            this._nFlag = true;
            this.rewind(start);
            this.consumePattern();
        }
    }
    validateFlagsInternal(source, start, end) {
        const flags = this.parseFlags(source, start, end);
        this.onRegExpFlags(start, end, flags);
    }
    _parseFlagsOptionToMode(uFlagOrFlags, sourceEnd) {
        let unicode = false;
        let unicodeSets = false;
        if (uFlagOrFlags && this.ecmaVersion >= 2015) {
            if (typeof uFlagOrFlags === "object") {
                unicode = Boolean(uFlagOrFlags.unicode);
                if (this.ecmaVersion >= 2024) {
                    unicodeSets = Boolean(uFlagOrFlags.unicodeSets);
                }
            }
            else {
                unicode = uFlagOrFlags;
            }
        }
        if (unicode && unicodeSets) {
            this.raise("Invalid regular expression flags", {
                index: sourceEnd + 1,
                unicode,
                unicodeSets,
            });
        }
        const unicodeMode = unicode || unicodeSets;
        const nFlag = (unicode && this.ecmaVersion >= 2018) ||
            unicodeSets ||
            Boolean(this._options.strict && this.ecmaVersion >= 2023);
        const unicodeSetsMode = unicodeSets;
        return { unicodeMode, nFlag, unicodeSetsMode };
    }
    get strict() {
        return Boolean(this._options.strict) || this._unicodeMode;
    }
    get ecmaVersion() {
        var _a;
        return (_a = this._options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
    }
    onLiteralEnter(start) {
        if (this._options.onLiteralEnter) {
            this._options.onLiteralEnter(start);
        }
    }
    onLiteralLeave(start, end) {
        if (this._options.onLiteralLeave) {
            this._options.onLiteralLeave(start, end);
        }
    }
    onRegExpFlags(start, end, flags) {
        if (this._options.onRegExpFlags) {
            this._options.onRegExpFlags(start, end, flags);
        }
        if (this._options.onFlags) {
            this._options.onFlags(start, end, flags.global, flags.ignoreCase, flags.multiline, flags.unicode, flags.sticky, flags.dotAll, flags.hasIndices);
        }
    }
    onPatternEnter(start) {
        if (this._options.onPatternEnter) {
            this._options.onPatternEnter(start);
        }
    }
    onPatternLeave(start, end) {
        if (this._options.onPatternLeave) {
            this._options.onPatternLeave(start, end);
        }
    }
    onDisjunctionEnter(start) {
        if (this._options.onDisjunctionEnter) {
            this._options.onDisjunctionEnter(start);
        }
    }
    onDisjunctionLeave(start, end) {
        if (this._options.onDisjunctionLeave) {
            this._options.onDisjunctionLeave(start, end);
        }
    }
    onAlternativeEnter(start, index) {
        if (this._options.onAlternativeEnter) {
            this._options.onAlternativeEnter(start, index);
        }
    }
    onAlternativeLeave(start, end, index) {
        if (this._options.onAlternativeLeave) {
            this._options.onAlternativeLeave(start, end, index);
        }
    }
    onGroupEnter(start) {
        if (this._options.onGroupEnter) {
            this._options.onGroupEnter(start);
        }
    }
    onGroupLeave(start, end) {
        if (this._options.onGroupLeave) {
            this._options.onGroupLeave(start, end);
        }
    }
    onModifiersEnter(start) {
        if (this._options.onModifiersEnter) {
            this._options.onModifiersEnter(start);
        }
    }
    onModifiersLeave(start, end) {
        if (this._options.onModifiersLeave) {
            this._options.onModifiersLeave(start, end);
        }
    }
    onAddModifiers(start, end, flags) {
        if (this._options.onAddModifiers) {
            this._options.onAddModifiers(start, end, flags);
        }
    }
    onRemoveModifiers(start, end, flags) {
        if (this._options.onRemoveModifiers) {
            this._options.onRemoveModifiers(start, end, flags);
        }
    }
    onCapturingGroupEnter(start, name) {
        if (this._options.onCapturingGroupEnter) {
            this._options.onCapturingGroupEnter(start, name);
        }
    }
    onCapturingGroupLeave(start, end, name) {
        if (this._options.onCapturingGroupLeave) {
            this._options.onCapturingGroupLeave(start, end, name);
        }
    }
    onQuantifier(start, end, min, max, greedy) {
        if (this._options.onQuantifier) {
            this._options.onQuantifier(start, end, min, max, greedy);
        }
    }
    onLookaroundAssertionEnter(start, kind, negate) {
        if (this._options.onLookaroundAssertionEnter) {
            this._options.onLookaroundAssertionEnter(start, kind, negate);
        }
    }
    onLookaroundAssertionLeave(start, end, kind, negate) {
        if (this._options.onLookaroundAssertionLeave) {
            this._options.onLookaroundAssertionLeave(start, end, kind, negate);
        }
    }
    onEdgeAssertion(start, end, kind) {
        if (this._options.onEdgeAssertion) {
            this._options.onEdgeAssertion(start, end, kind);
        }
    }
    onWordBoundaryAssertion(start, end, kind, negate) {
        if (this._options.onWordBoundaryAssertion) {
            this._options.onWordBoundaryAssertion(start, end, kind, negate);
        }
    }
    onAnyCharacterSet(start, end, kind) {
        if (this._options.onAnyCharacterSet) {
            this._options.onAnyCharacterSet(start, end, kind);
        }
    }
    onEscapeCharacterSet(start, end, kind, negate) {
        if (this._options.onEscapeCharacterSet) {
            this._options.onEscapeCharacterSet(start, end, kind, negate);
        }
    }
    onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
        if (this._options.onUnicodePropertyCharacterSet) {
            this._options.onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings);
        }
    }
    onCharacter(start, end, value) {
        if (this._options.onCharacter) {
            this._options.onCharacter(start, end, value);
        }
    }
    onBackreference(start, end, ref) {
        if (this._options.onBackreference) {
            this._options.onBackreference(start, end, ref);
        }
    }
    onCharacterClassEnter(start, negate, unicodeSets) {
        if (this._options.onCharacterClassEnter) {
            this._options.onCharacterClassEnter(start, negate, unicodeSets);
        }
    }
    onCharacterClassLeave(start, end, negate) {
        if (this._options.onCharacterClassLeave) {
            this._options.onCharacterClassLeave(start, end, negate);
        }
    }
    onCharacterClassRange(start, end, min, max) {
        if (this._options.onCharacterClassRange) {
            this._options.onCharacterClassRange(start, end, min, max);
        }
    }
    onClassIntersection(start, end) {
        if (this._options.onClassIntersection) {
            this._options.onClassIntersection(start, end);
        }
    }
    onClassSubtraction(start, end) {
        if (this._options.onClassSubtraction) {
            this._options.onClassSubtraction(start, end);
        }
    }
    onClassStringDisjunctionEnter(start) {
        if (this._options.onClassStringDisjunctionEnter) {
            this._options.onClassStringDisjunctionEnter(start);
        }
    }
    onClassStringDisjunctionLeave(start, end) {
        if (this._options.onClassStringDisjunctionLeave) {
            this._options.onClassStringDisjunctionLeave(start, end);
        }
    }
    onStringAlternativeEnter(start, index) {
        if (this._options.onStringAlternativeEnter) {
            this._options.onStringAlternativeEnter(start, index);
        }
    }
    onStringAlternativeLeave(start, end, index) {
        if (this._options.onStringAlternativeLeave) {
            this._options.onStringAlternativeLeave(start, end, index);
        }
    }
    get index() {
        return this._reader.index;
    }
    get currentCodePoint() {
        return this._reader.currentCodePoint;
    }
    get nextCodePoint() {
        return this._reader.nextCodePoint;
    }
    get nextCodePoint2() {
        return this._reader.nextCodePoint2;
    }
    get nextCodePoint3() {
        return this._reader.nextCodePoint3;
    }
    reset(source, start, end) {
        this._reader.reset(source, start, end, this._unicodeMode);
    }
    rewind(index) {
        this._reader.rewind(index);
    }
    advance() {
        this._reader.advance();
    }
    eat(cp) {
        return this._reader.eat(cp);
    }
    eat2(cp1, cp2) {
        return this._reader.eat2(cp1, cp2);
    }
    eat3(cp1, cp2, cp3) {
        return this._reader.eat3(cp1, cp2, cp3);
    }
    raise(message, context) {
        var _a, _b, _c;
        throw newRegExpSyntaxError(this._srcCtx, {
            unicode: (_a = context === null || context === void 0 ? void 0 : context.unicode) !== null && _a !== void 0 ? _a : (this._unicodeMode && !this._unicodeSetsMode),
            unicodeSets: (_b = context === null || context === void 0 ? void 0 : context.unicodeSets) !== null && _b !== void 0 ? _b : this._unicodeSetsMode,
        }, (_c = context === null || context === void 0 ? void 0 : context.index) !== null && _c !== void 0 ? _c : this.index, message);
    }
    eatRegExpBody() {
        const start = this.index;
        let inClass = false;
        let escaped = false;
        for (;;) {
            const cp = this.currentCodePoint;
            if (cp === -1 || isLineTerminator(cp)) {
                const kind = inClass ? "character class" : "regular expression";
                this.raise(`Unterminated ${kind}`);
            }
            if (escaped) {
                escaped = false;
            }
            else if (cp === REVERSE_SOLIDUS) {
                escaped = true;
            }
            else if (cp === LEFT_SQUARE_BRACKET) {
                inClass = true;
            }
            else if (cp === RIGHT_SQUARE_BRACKET) {
                inClass = false;
            }
            else if ((cp === SOLIDUS && !inClass) ||
                (cp === ASTERISK && this.index === start)) {
                break;
            }
            this.advance();
        }
        return this.index !== start;
    }
    consumePattern() {
        const start = this.index;
        this._numCapturingParens = this.countCapturingParens();
        this._groupSpecifiers.clear();
        this._backreferenceNames.clear();
        this.onPatternEnter(start);
        this.consumeDisjunction();
        const cp = this.currentCodePoint;
        if (this.currentCodePoint !== -1) {
            if (cp === RIGHT_PARENTHESIS) {
                this.raise("Unmatched ')'");
            }
            if (cp === REVERSE_SOLIDUS) {
                this.raise("\\ at end of pattern");
            }
            if (cp === RIGHT_SQUARE_BRACKET || cp === RIGHT_CURLY_BRACKET) {
                this.raise("Lone quantifier brackets");
            }
            const c = String.fromCodePoint(cp);
            this.raise(`Unexpected character '${c}'`);
        }
        for (const name of this._backreferenceNames) {
            if (!this._groupSpecifiers.hasInPattern(name)) {
                this.raise("Invalid named capture referenced");
            }
        }
        this.onPatternLeave(start, this.index);
    }
    countCapturingParens() {
        const start = this.index;
        let inClass = false;
        let escaped = false;
        let count = 0;
        let cp = 0;
        while ((cp = this.currentCodePoint) !== -1) {
            if (escaped) {
                escaped = false;
            }
            else if (cp === REVERSE_SOLIDUS) {
                escaped = true;
            }
            else if (cp === LEFT_SQUARE_BRACKET) {
                inClass = true;
            }
            else if (cp === RIGHT_SQUARE_BRACKET) {
                inClass = false;
            }
            else if (cp === LEFT_PARENTHESIS &&
                !inClass &&
                (this.nextCodePoint !== QUESTION_MARK ||
                    (this.nextCodePoint2 === LESS_THAN_SIGN &&
                        this.nextCodePoint3 !== EQUALS_SIGN &&
                        this.nextCodePoint3 !== EXCLAMATION_MARK))) {
                count += 1;
            }
            this.advance();
        }
        this.rewind(start);
        return count;
    }
    consumeDisjunction() {
        const start = this.index;
        let i = 0;
        this._groupSpecifiers.enterDisjunction();
        this.onDisjunctionEnter(start);
        do {
            this.consumeAlternative(i++);
        } while (this.eat(VERTICAL_LINE));
        if (this.consumeQuantifier(true)) {
            this.raise("Nothing to repeat");
        }
        if (this.eat(LEFT_CURLY_BRACKET)) {
            this.raise("Lone quantifier brackets");
        }
        this.onDisjunctionLeave(start, this.index);
        this._groupSpecifiers.leaveDisjunction();
    }
    consumeAlternative(i) {
        const start = this.index;
        this._groupSpecifiers.enterAlternative(i);
        this.onAlternativeEnter(start, i);
        while (this.currentCodePoint !== -1 && this.consumeTerm()) {
        }
        this.onAlternativeLeave(start, this.index, i);
    }
    consumeTerm() {
        if (this._unicodeMode || this.strict) {
            return (this.consumeAssertion() ||
                (this.consumeAtom() && this.consumeOptionalQuantifier()));
        }
        return ((this.consumeAssertion() &&
            (!this._lastAssertionIsQuantifiable ||
                this.consumeOptionalQuantifier())) ||
            (this.consumeExtendedAtom() && this.consumeOptionalQuantifier()));
    }
    consumeOptionalQuantifier() {
        this.consumeQuantifier();
        return true;
    }
    consumeAssertion() {
        const start = this.index;
        this._lastAssertionIsQuantifiable = false;
        if (this.eat(CIRCUMFLEX_ACCENT)) {
            this.onEdgeAssertion(start, this.index, "start");
            return true;
        }
        if (this.eat(DOLLAR_SIGN)) {
            this.onEdgeAssertion(start, this.index, "end");
            return true;
        }
        if (this.eat2(REVERSE_SOLIDUS, LATIN_CAPITAL_LETTER_B)) {
            this.onWordBoundaryAssertion(start, this.index, "word", true);
            return true;
        }
        if (this.eat2(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_B)) {
            this.onWordBoundaryAssertion(start, this.index, "word", false);
            return true;
        }
        if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
            const lookbehind = this.ecmaVersion >= 2018 && this.eat(LESS_THAN_SIGN);
            let negate = false;
            if (this.eat(EQUALS_SIGN) ||
                (negate = this.eat(EXCLAMATION_MARK))) {
                const kind = lookbehind ? "lookbehind" : "lookahead";
                this.onLookaroundAssertionEnter(start, kind, negate);
                this.consumeDisjunction();
                if (!this.eat(RIGHT_PARENTHESIS)) {
                    this.raise("Unterminated group");
                }
                this._lastAssertionIsQuantifiable = !lookbehind && !this.strict;
                this.onLookaroundAssertionLeave(start, this.index, kind, negate);
                return true;
            }
            this.rewind(start);
        }
        return false;
    }
    consumeQuantifier(noConsume = false) {
        const start = this.index;
        let min = 0;
        let max = 0;
        let greedy = false;
        if (this.eat(ASTERISK)) {
            min = 0;
            max = Number.POSITIVE_INFINITY;
        }
        else if (this.eat(PLUS_SIGN)) {
            min = 1;
            max = Number.POSITIVE_INFINITY;
        }
        else if (this.eat(QUESTION_MARK)) {
            min = 0;
            max = 1;
        }
        else if (this.eatBracedQuantifier(noConsume)) {
            ({ min, max } = this._lastRange);
        }
        else {
            return false;
        }
        greedy = !this.eat(QUESTION_MARK);
        if (!noConsume) {
            this.onQuantifier(start, this.index, min, max, greedy);
        }
        return true;
    }
    eatBracedQuantifier(noError) {
        const start = this.index;
        if (this.eat(LEFT_CURLY_BRACKET)) {
            if (this.eatDecimalDigits()) {
                const min = this._lastIntValue;
                let max = min;
                if (this.eat(COMMA)) {
                    max = this.eatDecimalDigits()
                        ? this._lastIntValue
                        : Number.POSITIVE_INFINITY;
                }
                if (this.eat(RIGHT_CURLY_BRACKET)) {
                    if (!noError && max < min) {
                        this.raise("numbers out of order in {} quantifier");
                    }
                    this._lastRange = { min, max };
                    return true;
                }
            }
            if (!noError && (this._unicodeMode || this.strict)) {
                this.raise("Incomplete quantifier");
            }
            this.rewind(start);
        }
        return false;
    }
    consumeAtom() {
        return (this.consumePatternCharacter() ||
            this.consumeDot() ||
            this.consumeReverseSolidusAtomEscape() ||
            Boolean(this.consumeCharacterClass()) ||
            this.consumeCapturingGroup() ||
            this.consumeUncapturingGroup());
    }
    consumeDot() {
        if (this.eat(FULL_STOP)) {
            this.onAnyCharacterSet(this.index - 1, this.index, "any");
            return true;
        }
        return false;
    }
    consumeReverseSolidusAtomEscape() {
        const start = this.index;
        if (this.eat(REVERSE_SOLIDUS)) {
            if (this.consumeAtomEscape()) {
                return true;
            }
            this.rewind(start);
        }
        return false;
    }
    consumeUncapturingGroup() {
        const start = this.index;
        if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
            this.onGroupEnter(start);
            if (this.ecmaVersion >= 2025) {
                this.consumeModifiers();
            }
            if (!this.eat(COLON)) {
                this.rewind(start + 1);
                this.raise("Invalid group");
            }
            this.consumeDisjunction();
            if (!this.eat(RIGHT_PARENTHESIS)) {
                this.raise("Unterminated group");
            }
            this.onGroupLeave(start, this.index);
            return true;
        }
        return false;
    }
    consumeModifiers() {
        const start = this.index;
        const hasAddModifiers = this.eatModifiers();
        const addModifiersEnd = this.index;
        const hasHyphen = this.eat(HYPHEN_MINUS);
        if (!hasAddModifiers && !hasHyphen) {
            return false;
        }
        this.onModifiersEnter(start);
        const addModifiers = this.parseModifiers(start, addModifiersEnd);
        this.onAddModifiers(start, addModifiersEnd, addModifiers);
        if (hasHyphen) {
            const modifiersStart = this.index;
            if (!this.eatModifiers() &&
                !hasAddModifiers &&
                this.currentCodePoint === COLON) {
                this.raise("Invalid empty flags");
            }
            const modifiers = this.parseModifiers(modifiersStart, this.index);
            for (const [flagName] of Object.entries(modifiers).filter(([, enable]) => enable)) {
                if (addModifiers[flagName]) {
                    this.raise(`Duplicated flag '${String.fromCodePoint(FLAG_PROP_TO_CODEPOINT[flagName])}'`);
                }
            }
            this.onRemoveModifiers(modifiersStart, this.index, modifiers);
        }
        this.onModifiersLeave(start, this.index);
        return true;
    }
    consumeCapturingGroup() {
        const start = this.index;
        if (this.eat(LEFT_PARENTHESIS)) {
            let name = null;
            if (this.ecmaVersion >= 2018) {
                if (this.consumeGroupSpecifier()) {
                    name = this._lastStrValue;
                }
                else if (this.currentCodePoint === QUESTION_MARK) {
                    this.rewind(start);
                    return false;
                }
            }
            else if (this.currentCodePoint === QUESTION_MARK) {
                this.rewind(start);
                return false;
            }
            this.onCapturingGroupEnter(start, name);
            this.consumeDisjunction();
            if (!this.eat(RIGHT_PARENTHESIS)) {
                this.raise("Unterminated group");
            }
            this.onCapturingGroupLeave(start, this.index, name);
            return true;
        }
        return false;
    }
    consumeExtendedAtom() {
        return (this.consumeDot() ||
            this.consumeReverseSolidusAtomEscape() ||
            this.consumeReverseSolidusFollowedByC() ||
            Boolean(this.consumeCharacterClass()) ||
            this.consumeCapturingGroup() ||
            this.consumeUncapturingGroup() ||
            this.consumeInvalidBracedQuantifier() ||
            this.consumeExtendedPatternCharacter());
    }
    consumeReverseSolidusFollowedByC() {
        const start = this.index;
        if (this.currentCodePoint === REVERSE_SOLIDUS &&
            this.nextCodePoint === LATIN_SMALL_LETTER_C) {
            this._lastIntValue = this.currentCodePoint;
            this.advance();
            this.onCharacter(start, this.index, REVERSE_SOLIDUS);
            return true;
        }
        return false;
    }
    consumeInvalidBracedQuantifier() {
        if (this.eatBracedQuantifier(true)) {
            this.raise("Nothing to repeat");
        }
        return false;
    }
    consumePatternCharacter() {
        const start = this.index;
        const cp = this.currentCodePoint;
        if (cp !== -1 && !isSyntaxCharacter(cp)) {
            this.advance();
            this.onCharacter(start, this.index, cp);
            return true;
        }
        return false;
    }
    consumeExtendedPatternCharacter() {
        const start = this.index;
        const cp = this.currentCodePoint;
        if (cp !== -1 &&
            cp !== CIRCUMFLEX_ACCENT &&
            cp !== DOLLAR_SIGN &&
            cp !== REVERSE_SOLIDUS &&
            cp !== FULL_STOP &&
            cp !== ASTERISK &&
            cp !== PLUS_SIGN &&
            cp !== QUESTION_MARK &&
            cp !== LEFT_PARENTHESIS &&
            cp !== RIGHT_PARENTHESIS &&
            cp !== LEFT_SQUARE_BRACKET &&
            cp !== VERTICAL_LINE) {
            this.advance();
            this.onCharacter(start, this.index, cp);
            return true;
        }
        return false;
    }
    consumeGroupSpecifier() {
        const start = this.index;
        if (this.eat(QUESTION_MARK)) {
            if (this.eatGroupName()) {
                if (!this._groupSpecifiers.hasInScope(this._lastStrValue)) {
                    this._groupSpecifiers.addToScope(this._lastStrValue);
                    return true;
                }
                this.raise("Duplicate capture group name");
            }
            this.rewind(start);
        }
        return false;
    }
    consumeAtomEscape() {
        if (this.consumeBackreference() ||
            this.consumeCharacterClassEscape() ||
            this.consumeCharacterEscape() ||
            (this._nFlag && this.consumeKGroupName())) {
            return true;
        }
        if (this.strict || this._unicodeMode) {
            this.raise("Invalid escape");
        }
        return false;
    }
    consumeBackreference() {
        const start = this.index;
        if (this.eatDecimalEscape()) {
            const n = this._lastIntValue;
            if (n <= this._numCapturingParens) {
                this.onBackreference(start - 1, this.index, n);
                return true;
            }
            if (this.strict || this._unicodeMode) {
                this.raise("Invalid escape");
            }
            this.rewind(start);
        }
        return false;
    }
    consumeCharacterClassEscape() {
        var _a;
        const start = this.index;
        if (this.eat(LATIN_SMALL_LETTER_D)) {
            this._lastIntValue = -1;
            this.onEscapeCharacterSet(start - 1, this.index, "digit", false);
            return {};
        }
        if (this.eat(LATIN_CAPITAL_LETTER_D)) {
            this._lastIntValue = -1;
            this.onEscapeCharacterSet(start - 1, this.index, "digit", true);
            return {};
        }
        if (this.eat(LATIN_SMALL_LETTER_S)) {
            this._lastIntValue = -1;
            this.onEscapeCharacterSet(start - 1, this.index, "space", false);
            return {};
        }
        if (this.eat(LATIN_CAPITAL_LETTER_S)) {
            this._lastIntValue = -1;
            this.onEscapeCharacterSet(start - 1, this.index, "space", true);
            return {};
        }
        if (this.eat(LATIN_SMALL_LETTER_W)) {
            this._lastIntValue = -1;
            this.onEscapeCharacterSet(start - 1, this.index, "word", false);
            return {};
        }
        if (this.eat(LATIN_CAPITAL_LETTER_W)) {
            this._lastIntValue = -1;
            this.onEscapeCharacterSet(start - 1, this.index, "word", true);
            return {};
        }
        let negate = false;
        if (this._unicodeMode &&
            this.ecmaVersion >= 2018 &&
            (this.eat(LATIN_SMALL_LETTER_P) ||
                (negate = this.eat(LATIN_CAPITAL_LETTER_P)))) {
            this._lastIntValue = -1;
            let result = null;
            if (this.eat(LEFT_CURLY_BRACKET) &&
                (result = this.eatUnicodePropertyValueExpression()) &&
                this.eat(RIGHT_CURLY_BRACKET)) {
                if (negate && result.strings) {
                    this.raise("Invalid property name");
                }
                this.onUnicodePropertyCharacterSet(start - 1, this.index, "property", result.key, result.value, negate, (_a = result.strings) !== null && _a !== void 0 ? _a : false);
                return { mayContainStrings: result.strings };
            }
            this.raise("Invalid property name");
        }
        return null;
    }
    consumeCharacterEscape() {
        const start = this.index;
        if (this.eatControlEscape() ||
            this.eatCControlLetter() ||
            this.eatZero() ||
            this.eatHexEscapeSequence() ||
            this.eatRegExpUnicodeEscapeSequence() ||
            (!this.strict &&
                !this._unicodeMode &&
                this.eatLegacyOctalEscapeSequence()) ||
            this.eatIdentityEscape()) {
            this.onCharacter(start - 1, this.index, this._lastIntValue);
            return true;
        }
        return false;
    }
    consumeKGroupName() {
        const start = this.index;
        if (this.eat(LATIN_SMALL_LETTER_K)) {
            if (this.eatGroupName()) {
                const groupName = this._lastStrValue;
                this._backreferenceNames.add(groupName);
                this.onBackreference(start - 1, this.index, groupName);
                return true;
            }
            this.raise("Invalid named reference");
        }
        return false;
    }
    consumeCharacterClass() {
        const start = this.index;
        if (this.eat(LEFT_SQUARE_BRACKET)) {
            const negate = this.eat(CIRCUMFLEX_ACCENT);
            this.onCharacterClassEnter(start, negate, this._unicodeSetsMode);
            const result = this.consumeClassContents();
            if (!this.eat(RIGHT_SQUARE_BRACKET)) {
                if (this.currentCodePoint === -1) {
                    this.raise("Unterminated character class");
                }
                this.raise("Invalid character in character class");
            }
            if (negate && result.mayContainStrings) {
                this.raise("Negated character class may contain strings");
            }
            this.onCharacterClassLeave(start, this.index, negate);
            return result;
        }
        return null;
    }
    consumeClassContents() {
        if (this._unicodeSetsMode) {
            if (this.currentCodePoint === RIGHT_SQUARE_BRACKET) {
                return {};
            }
            const result = this.consumeClassSetExpression();
            return result;
        }
        const strict = this.strict || this._unicodeMode;
        for (;;) {
            const rangeStart = this.index;
            if (!this.consumeClassAtom()) {
                break;
            }
            const min = this._lastIntValue;
            if (!this.eat(HYPHEN_MINUS)) {
                continue;
            }
            this.onCharacter(this.index - 1, this.index, HYPHEN_MINUS);
            if (!this.consumeClassAtom()) {
                break;
            }
            const max = this._lastIntValue;
            if (min === -1 || max === -1) {
                if (strict) {
                    this.raise("Invalid character class");
                }
                continue;
            }
            if (min > max) {
                this.raise("Range out of order in character class");
            }
            this.onCharacterClassRange(rangeStart, this.index, min, max);
        }
        return {};
    }
    consumeClassAtom() {
        const start = this.index;
        const cp = this.currentCodePoint;
        if (cp !== -1 &&
            cp !== REVERSE_SOLIDUS &&
            cp !== RIGHT_SQUARE_BRACKET) {
            this.advance();
            this._lastIntValue = cp;
            this.onCharacter(start, this.index, this._lastIntValue);
            return true;
        }
        if (this.eat(REVERSE_SOLIDUS)) {
            if (this.consumeClassEscape()) {
                return true;
            }
            if (!this.strict &&
                this.currentCodePoint === LATIN_SMALL_LETTER_C) {
                this._lastIntValue = REVERSE_SOLIDUS;
                this.onCharacter(start, this.index, this._lastIntValue);
                return true;
            }
            if (this.strict || this._unicodeMode) {
                this.raise("Invalid escape");
            }
            this.rewind(start);
        }
        return false;
    }
    consumeClassEscape() {
        const start = this.index;
        if (this.eat(LATIN_SMALL_LETTER_B)) {
            this._lastIntValue = BACKSPACE;
            this.onCharacter(start - 1, this.index, this._lastIntValue);
            return true;
        }
        if (this._unicodeMode && this.eat(HYPHEN_MINUS)) {
            this._lastIntValue = HYPHEN_MINUS;
            this.onCharacter(start - 1, this.index, this._lastIntValue);
            return true;
        }
        let cp = 0;
        if (!this.strict &&
            !this._unicodeMode &&
            this.currentCodePoint === LATIN_SMALL_LETTER_C &&
            (isDecimalDigit((cp = this.nextCodePoint)) || cp === LOW_LINE)) {
            this.advance();
            this.advance();
            this._lastIntValue = cp % 0x20;
            this.onCharacter(start - 1, this.index, this._lastIntValue);
            return true;
        }
        return (Boolean(this.consumeCharacterClassEscape()) ||
            this.consumeCharacterEscape());
    }
    consumeClassSetExpression() {
        const start = this.index;
        let mayContainStrings = false;
        let result = null;
        if (this.consumeClassSetCharacter()) {
            if (this.consumeClassSetRangeFromOperator(start)) {
                this.consumeClassUnionRight({});
                return {};
            }
            mayContainStrings = false;
        }
        else if ((result = this.consumeClassSetOperand())) {
            mayContainStrings = result.mayContainStrings;
        }
        else {
            const cp = this.currentCodePoint;
            if (cp === REVERSE_SOLIDUS) {
                this.advance();
                this.raise("Invalid escape");
            }
            if (cp === this.nextCodePoint &&
                isClassSetReservedDoublePunctuatorCharacter(cp)) {
                this.raise("Invalid set operation in character class");
            }
            this.raise("Invalid character in character class");
        }
        if (this.eat2(AMPERSAND, AMPERSAND)) {
            while (this.currentCodePoint !== AMPERSAND &&
                (result = this.consumeClassSetOperand())) {
                this.onClassIntersection(start, this.index);
                if (!result.mayContainStrings) {
                    mayContainStrings = false;
                }
                if (this.eat2(AMPERSAND, AMPERSAND)) {
                    continue;
                }
                return { mayContainStrings };
            }
            this.raise("Invalid character in character class");
        }
        if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
            while (this.consumeClassSetOperand()) {
                this.onClassSubtraction(start, this.index);
                if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
                    continue;
                }
                return { mayContainStrings };
            }
            this.raise("Invalid character in character class");
        }
        return this.consumeClassUnionRight({ mayContainStrings });
    }
    consumeClassUnionRight(leftResult) {
        let mayContainStrings = leftResult.mayContainStrings;
        for (;;) {
            const start = this.index;
            if (this.consumeClassSetCharacter()) {
                this.consumeClassSetRangeFromOperator(start);
                continue;
            }
            const result = this.consumeClassSetOperand();
            if (result) {
                if (result.mayContainStrings) {
                    mayContainStrings = true;
                }
                continue;
            }
            break;
        }
        return { mayContainStrings };
    }
    consumeClassSetRangeFromOperator(start) {
        const currentStart = this.index;
        const min = this._lastIntValue;
        if (this.eat(HYPHEN_MINUS)) {
            if (this.consumeClassSetCharacter()) {
                const max = this._lastIntValue;
                if (min === -1 || max === -1) {
                    this.raise("Invalid character class");
                }
                if (min > max) {
                    this.raise("Range out of order in character class");
                }
                this.onCharacterClassRange(start, this.index, min, max);
                return true;
            }
            this.rewind(currentStart);
        }
        return false;
    }
    consumeClassSetOperand() {
        let result = null;
        if ((result = this.consumeNestedClass())) {
            return result;
        }
        if ((result = this.consumeClassStringDisjunction())) {
            return result;
        }
        if (this.consumeClassSetCharacter()) {
            return {};
        }
        return null;
    }
    consumeNestedClass() {
        const start = this.index;
        if (this.eat(LEFT_SQUARE_BRACKET)) {
            const negate = this.eat(CIRCUMFLEX_ACCENT);
            this.onCharacterClassEnter(start, negate, true);
            const result = this.consumeClassContents();
            if (!this.eat(RIGHT_SQUARE_BRACKET)) {
                this.raise("Unterminated character class");
            }
            if (negate && result.mayContainStrings) {
                this.raise("Negated character class may contain strings");
            }
            this.onCharacterClassLeave(start, this.index, negate);
            return result;
        }
        if (this.eat(REVERSE_SOLIDUS)) {
            const result = this.consumeCharacterClassEscape();
            if (result) {
                return result;
            }
            this.rewind(start);
        }
        return null;
    }
    consumeClassStringDisjunction() {
        const start = this.index;
        if (this.eat3(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_Q, LEFT_CURLY_BRACKET)) {
            this.onClassStringDisjunctionEnter(start);
            let i = 0;
            let mayContainStrings = false;
            do {
                if (this.consumeClassString(i++).mayContainStrings) {
                    mayContainStrings = true;
                }
            } while (this.eat(VERTICAL_LINE));
            if (this.eat(RIGHT_CURLY_BRACKET)) {
                this.onClassStringDisjunctionLeave(start, this.index);
                return { mayContainStrings };
            }
            this.raise("Unterminated class string disjunction");
        }
        return null;
    }
    consumeClassString(i) {
        const start = this.index;
        let count = 0;
        this.onStringAlternativeEnter(start, i);
        while (this.currentCodePoint !== -1 &&
            this.consumeClassSetCharacter()) {
            count++;
        }
        this.onStringAlternativeLeave(start, this.index, i);
        return { mayContainStrings: count !== 1 };
    }
    consumeClassSetCharacter() {
        const start = this.index;
        const cp = this.currentCodePoint;
        if (cp !== this.nextCodePoint ||
            !isClassSetReservedDoublePunctuatorCharacter(cp)) {
            if (cp !== -1 && !isClassSetSyntaxCharacter(cp)) {
                this._lastIntValue = cp;
                this.advance();
                this.onCharacter(start, this.index, this._lastIntValue);
                return true;
            }
        }
        if (this.eat(REVERSE_SOLIDUS)) {
            if (this.consumeCharacterEscape()) {
                return true;
            }
            if (isClassSetReservedPunctuator(this.currentCodePoint)) {
                this._lastIntValue = this.currentCodePoint;
                this.advance();
                this.onCharacter(start, this.index, this._lastIntValue);
                return true;
            }
            if (this.eat(LATIN_SMALL_LETTER_B)) {
                this._lastIntValue = BACKSPACE;
                this.onCharacter(start, this.index, this._lastIntValue);
                return true;
            }
            this.rewind(start);
        }
        return false;
    }
    eatGroupName() {
        if (this.eat(LESS_THAN_SIGN)) {
            if (this.eatRegExpIdentifierName() && this.eat(GREATER_THAN_SIGN)) {
                return true;
            }
            this.raise("Invalid capture group name");
        }
        return false;
    }
    eatRegExpIdentifierName() {
        if (this.eatRegExpIdentifierStart()) {
            this._lastStrValue = String.fromCodePoint(this._lastIntValue);
            while (this.eatRegExpIdentifierPart()) {
                this._lastStrValue += String.fromCodePoint(this._lastIntValue);
            }
            return true;
        }
        return false;
    }
    eatRegExpIdentifierStart() {
        const start = this.index;
        const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
        let cp = this.currentCodePoint;
        this.advance();
        if (cp === REVERSE_SOLIDUS &&
            this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
            cp = this._lastIntValue;
        }
        else if (forceUFlag &&
            isLeadSurrogate(cp) &&
            isTrailSurrogate(this.currentCodePoint)) {
            cp = combineSurrogatePair(cp, this.currentCodePoint);
            this.advance();
        }
        if (isIdentifierStartChar(cp)) {
            this._lastIntValue = cp;
            return true;
        }
        if (this.index !== start) {
            this.rewind(start);
        }
        return false;
    }
    eatRegExpIdentifierPart() {
        const start = this.index;
        const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
        let cp = this.currentCodePoint;
        this.advance();
        if (cp === REVERSE_SOLIDUS &&
            this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
            cp = this._lastIntValue;
        }
        else if (forceUFlag &&
            isLeadSurrogate(cp) &&
            isTrailSurrogate(this.currentCodePoint)) {
            cp = combineSurrogatePair(cp, this.currentCodePoint);
            this.advance();
        }
        if (isIdentifierPartChar(cp)) {
            this._lastIntValue = cp;
            return true;
        }
        if (this.index !== start) {
            this.rewind(start);
        }
        return false;
    }
    eatCControlLetter() {
        const start = this.index;
        if (this.eat(LATIN_SMALL_LETTER_C)) {
            if (this.eatControlLetter()) {
                return true;
            }
            this.rewind(start);
        }
        return false;
    }
    eatZero() {
        if (this.currentCodePoint === DIGIT_ZERO &&
            !isDecimalDigit(this.nextCodePoint)) {
            this._lastIntValue = 0;
            this.advance();
            return true;
        }
        return false;
    }
    eatControlEscape() {
        if (this.eat(LATIN_SMALL_LETTER_F)) {
            this._lastIntValue = FORM_FEED;
            return true;
        }
        if (this.eat(LATIN_SMALL_LETTER_N)) {
            this._lastIntValue = LINE_FEED;
            return true;
        }
        if (this.eat(LATIN_SMALL_LETTER_R)) {
            this._lastIntValue = CARRIAGE_RETURN;
            return true;
        }
        if (this.eat(LATIN_SMALL_LETTER_T)) {
            this._lastIntValue = CHARACTER_TABULATION;
            return true;
        }
        if (this.eat(LATIN_SMALL_LETTER_V)) {
            this._lastIntValue = LINE_TABULATION;
            return true;
        }
        return false;
    }
    eatControlLetter() {
        const cp = this.currentCodePoint;
        if (isLatinLetter(cp)) {
            this.advance();
            this._lastIntValue = cp % 0x20;
            return true;
        }
        return false;
    }
    eatRegExpUnicodeEscapeSequence(forceUFlag = false) {
        const start = this.index;
        const uFlag = forceUFlag || this._unicodeMode;
        if (this.eat(LATIN_SMALL_LETTER_U)) {
            if ((uFlag && this.eatRegExpUnicodeSurrogatePairEscape()) ||
                this.eatFixedHexDigits(4) ||
                (uFlag && this.eatRegExpUnicodeCodePointEscape())) {
                return true;
            }
            if (this.strict || uFlag) {
                this.raise("Invalid unicode escape");
            }
            this.rewind(start);
        }
        return false;
    }
    eatRegExpUnicodeSurrogatePairEscape() {
        const start = this.index;
        if (this.eatFixedHexDigits(4)) {
            const lead = this._lastIntValue;
            if (isLeadSurrogate(lead) &&
                this.eat(REVERSE_SOLIDUS) &&
                this.eat(LATIN_SMALL_LETTER_U) &&
                this.eatFixedHexDigits(4)) {
                const trail = this._lastIntValue;
                if (isTrailSurrogate(trail)) {
                    this._lastIntValue = combineSurrogatePair(lead, trail);
                    return true;
                }
            }
            this.rewind(start);
        }
        return false;
    }
    eatRegExpUnicodeCodePointEscape() {
        const start = this.index;
        if (this.eat(LEFT_CURLY_BRACKET) &&
            this.eatHexDigits() &&
            this.eat(RIGHT_CURLY_BRACKET) &&
            isValidUnicode(this._lastIntValue)) {
            return true;
        }
        this.rewind(start);
        return false;
    }
    eatIdentityEscape() {
        const cp = this.currentCodePoint;
        if (this.isValidIdentityEscape(cp)) {
            this._lastIntValue = cp;
            this.advance();
            return true;
        }
        return false;
    }
    isValidIdentityEscape(cp) {
        if (cp === -1) {
            return false;
        }
        if (this._unicodeMode) {
            return isSyntaxCharacter(cp) || cp === SOLIDUS;
        }
        if (this.strict) {
            return !isIdContinue(cp);
        }
        if (this._nFlag) {
            return !(cp === LATIN_SMALL_LETTER_C || cp === LATIN_SMALL_LETTER_K);
        }
        return cp !== LATIN_SMALL_LETTER_C;
    }
    eatDecimalEscape() {
        this._lastIntValue = 0;
        let cp = this.currentCodePoint;
        if (cp >= DIGIT_ONE && cp <= DIGIT_NINE) {
            do {
                this._lastIntValue = 10 * this._lastIntValue + (cp - DIGIT_ZERO);
                this.advance();
            } while ((cp = this.currentCodePoint) >= DIGIT_ZERO &&
                cp <= DIGIT_NINE);
            return true;
        }
        return false;
    }
    eatUnicodePropertyValueExpression() {
        const start = this.index;
        if (this.eatUnicodePropertyName() && this.eat(EQUALS_SIGN)) {
            const key = this._lastStrValue;
            if (this.eatUnicodePropertyValue()) {
                const value = this._lastStrValue;
                if (isValidUnicodeProperty(this.ecmaVersion, key, value)) {
                    return {
                        key,
                        value: value || null,
                    };
                }
                this.raise("Invalid property name");
            }
        }
        this.rewind(start);
        if (this.eatLoneUnicodePropertyNameOrValue()) {
            const nameOrValue = this._lastStrValue;
            if (isValidUnicodeProperty(this.ecmaVersion, "General_Category", nameOrValue)) {
                return {
                    key: "General_Category",
                    value: nameOrValue || null,
                };
            }
            if (isValidLoneUnicodeProperty(this.ecmaVersion, nameOrValue)) {
                return {
                    key: nameOrValue,
                    value: null,
                };
            }
            if (this._unicodeSetsMode &&
                isValidLoneUnicodePropertyOfString(this.ecmaVersion, nameOrValue)) {
                return {
                    key: nameOrValue,
                    value: null,
                    strings: true,
                };
            }
            this.raise("Invalid property name");
        }
        return null;
    }
    eatUnicodePropertyName() {
        this._lastStrValue = "";
        while (isUnicodePropertyNameCharacter(this.currentCodePoint)) {
            this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
            this.advance();
        }
        return this._lastStrValue !== "";
    }
    eatUnicodePropertyValue() {
        this._lastStrValue = "";
        while (isUnicodePropertyValueCharacter(this.currentCodePoint)) {
            this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
            this.advance();
        }
        return this._lastStrValue !== "";
    }
    eatLoneUnicodePropertyNameOrValue() {
        return this.eatUnicodePropertyValue();
    }
    eatHexEscapeSequence() {
        const start = this.index;
        if (this.eat(LATIN_SMALL_LETTER_X)) {
            if (this.eatFixedHexDigits(2)) {
                return true;
            }
            if (this._unicodeMode || this.strict) {
                this.raise("Invalid escape");
            }
            this.rewind(start);
        }
        return false;
    }
    eatDecimalDigits() {
        const start = this.index;
        this._lastIntValue = 0;
        while (isDecimalDigit(this.currentCodePoint)) {
            this._lastIntValue =
                10 * this._lastIntValue + digitToInt(this.currentCodePoint);
            this.advance();
        }
        return this.index !== start;
    }
    eatHexDigits() {
        const start = this.index;
        this._lastIntValue = 0;
        while (isHexDigit(this.currentCodePoint)) {
            this._lastIntValue =
                16 * this._lastIntValue + digitToInt(this.currentCodePoint);
            this.advance();
        }
        return this.index !== start;
    }
    eatLegacyOctalEscapeSequence() {
        if (this.eatOctalDigit()) {
            const n1 = this._lastIntValue;
            if (this.eatOctalDigit()) {
                const n2 = this._lastIntValue;
                if (n1 <= 3 && this.eatOctalDigit()) {
                    this._lastIntValue = n1 * 64 + n2 * 8 + this._lastIntValue;
                }
                else {
                    this._lastIntValue = n1 * 8 + n2;
                }
            }
            else {
                this._lastIntValue = n1;
            }
            return true;
        }
        return false;
    }
    eatOctalDigit() {
        const cp = this.currentCodePoint;
        if (isOctalDigit(cp)) {
            this.advance();
            this._lastIntValue = cp - DIGIT_ZERO;
            return true;
        }
        this._lastIntValue = 0;
        return false;
    }
    eatFixedHexDigits(length) {
        const start = this.index;
        this._lastIntValue = 0;
        for (let i = 0; i < length; ++i) {
            const cp = this.currentCodePoint;
            if (!isHexDigit(cp)) {
                this.rewind(start);
                return false;
            }
            this._lastIntValue = 16 * this._lastIntValue + digitToInt(cp);
            this.advance();
        }
        return true;
    }
    eatModifiers() {
        let ate = false;
        while (isRegularExpressionModifier(this.currentCodePoint)) {
            this.advance();
            ate = true;
        }
        return ate;
    }
    parseModifiers(start, end) {
        const { ignoreCase, multiline, dotAll } = this.parseFlags(this._reader.source, start, end);
        return { ignoreCase, multiline, dotAll };
    }
    parseFlags(source, start, end) {
        const flags = {
            global: false,
            ignoreCase: false,
            multiline: false,
            unicode: false,
            sticky: false,
            dotAll: false,
            hasIndices: false,
            unicodeSets: false,
        };
        const validFlags = new Set();
        validFlags.add(LATIN_SMALL_LETTER_G);
        validFlags.add(LATIN_SMALL_LETTER_I);
        validFlags.add(LATIN_SMALL_LETTER_M);
        if (this.ecmaVersion >= 2015) {
            validFlags.add(LATIN_SMALL_LETTER_U);
            validFlags.add(LATIN_SMALL_LETTER_Y);
            if (this.ecmaVersion >= 2018) {
                validFlags.add(LATIN_SMALL_LETTER_S);
                if (this.ecmaVersion >= 2022) {
                    validFlags.add(LATIN_SMALL_LETTER_D);
                    if (this.ecmaVersion >= 2024) {
                        validFlags.add(LATIN_SMALL_LETTER_V);
                    }
                }
            }
        }
        for (let i = start; i < end; ++i) {
            const flag = source.charCodeAt(i);
            if (validFlags.has(flag)) {
                const prop = FLAG_CODEPOINT_TO_PROP[flag];
                if (flags[prop]) {
                    this.raise(`Duplicated flag '${source[i]}'`, {
                        index: start,
                    });
                }
                flags[prop] = true;
            }
            else {
                this.raise(`Invalid flag '${source[i]}'`, { index: start });
            }
        }
        return flags;
    }
}

const DUMMY_PATTERN = {};
const DUMMY_FLAGS = {};
const DUMMY_CAPTURING_GROUP = {};
function isClassSetOperand(node) {
    return (node.type === "Character" ||
        node.type === "CharacterSet" ||
        node.type === "CharacterClass" ||
        node.type === "ExpressionCharacterClass" ||
        node.type === "ClassStringDisjunction");
}
class RegExpParserState {
    constructor(options) {
        var _a;
        this._node = DUMMY_PATTERN;
        this._expressionBufferMap = new Map();
        this._flags = DUMMY_FLAGS;
        this._backreferences = [];
        this._capturingGroups = [];
        this.source = "";
        this.strict = Boolean(options === null || options === void 0 ? void 0 : options.strict);
        this.ecmaVersion = (_a = options === null || options === void 0 ? void 0 : options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
    }
    get pattern() {
        if (this._node.type !== "Pattern") {
            throw new Error("UnknownError");
        }
        return this._node;
    }
    get flags() {
        if (this._flags.type !== "Flags") {
            throw new Error("UnknownError");
        }
        return this._flags;
    }
    onRegExpFlags(start, end, { global, ignoreCase, multiline, unicode, sticky, dotAll, hasIndices, unicodeSets, }) {
        this._flags = {
            type: "Flags",
            parent: null,
            start,
            end,
            raw: this.source.slice(start, end),
            global,
            ignoreCase,
            multiline,
            unicode,
            sticky,
            dotAll,
            hasIndices,
            unicodeSets,
        };
    }
    onPatternEnter(start) {
        this._node = {
            type: "Pattern",
            parent: null,
            start,
            end: start,
            raw: "",
            alternatives: [],
        };
        this._backreferences.length = 0;
        this._capturingGroups.length = 0;
    }
    onPatternLeave(start, end) {
        this._node.end = end;
        this._node.raw = this.source.slice(start, end);
        for (const reference of this._backreferences) {
            const ref = reference.ref;
            const groups = typeof ref === "number"
                ? [this._capturingGroups[ref - 1]]
                : this._capturingGroups.filter((g) => g.name === ref);
            if (groups.length === 1) {
                const group = groups[0];
                reference.ambiguous = false;
                reference.resolved = group;
            }
            else {
                reference.ambiguous = true;
                reference.resolved = groups;
            }
            for (const group of groups) {
                group.references.push(reference);
            }
        }
    }
    onAlternativeEnter(start) {
        const parent = this._node;
        if (parent.type !== "Assertion" &&
            parent.type !== "CapturingGroup" &&
            parent.type !== "Group" &&
            parent.type !== "Pattern") {
            throw new Error("UnknownError");
        }
        this._node = {
            type: "Alternative",
            parent,
            start,
            end: start,
            raw: "",
            elements: [],
        };
        parent.alternatives.push(this._node);
    }
    onAlternativeLeave(start, end) {
        const node = this._node;
        if (node.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
    onGroupEnter(start) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        const group = {
            type: "Group",
            parent,
            start,
            end: start,
            raw: "",
            modifiers: null,
            alternatives: [],
        };
        this._node = group;
        parent.elements.push(this._node);
    }
    onGroupLeave(start, end) {
        const node = this._node;
        if (node.type !== "Group" || node.parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
    onModifiersEnter(start) {
        const parent = this._node;
        if (parent.type !== "Group") {
            throw new Error("UnknownError");
        }
        this._node = {
            type: "Modifiers",
            parent,
            start,
            end: start,
            raw: "",
            add: null,
            remove: null,
        };
        parent.modifiers = this._node;
    }
    onModifiersLeave(start, end) {
        const node = this._node;
        if (node.type !== "Modifiers" || node.parent.type !== "Group") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
    onAddModifiers(start, end, { ignoreCase, multiline, dotAll, }) {
        const parent = this._node;
        if (parent.type !== "Modifiers") {
            throw new Error("UnknownError");
        }
        parent.add = {
            type: "ModifierFlags",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            ignoreCase,
            multiline,
            dotAll,
        };
    }
    onRemoveModifiers(start, end, { ignoreCase, multiline, dotAll, }) {
        const parent = this._node;
        if (parent.type !== "Modifiers") {
            throw new Error("UnknownError");
        }
        parent.remove = {
            type: "ModifierFlags",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            ignoreCase,
            multiline,
            dotAll,
        };
    }
    onCapturingGroupEnter(start, name) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        this._node = {
            type: "CapturingGroup",
            parent,
            start,
            end: start,
            raw: "",
            name,
            alternatives: [],
            references: [],
        };
        parent.elements.push(this._node);
        this._capturingGroups.push(this._node);
    }
    onCapturingGroupLeave(start, end) {
        const node = this._node;
        if (node.type !== "CapturingGroup" ||
            node.parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
    onQuantifier(start, end, min, max, greedy) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        const element = parent.elements.pop();
        if (element == null ||
            element.type === "Quantifier" ||
            (element.type === "Assertion" && element.kind !== "lookahead")) {
            throw new Error("UnknownError");
        }
        const node = {
            type: "Quantifier",
            parent,
            start: element.start,
            end,
            raw: this.source.slice(element.start, end),
            min,
            max,
            greedy,
            element,
        };
        parent.elements.push(node);
        element.parent = node;
    }
    onLookaroundAssertionEnter(start, kind, negate) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        const node = (this._node = {
            type: "Assertion",
            parent,
            start,
            end: start,
            raw: "",
            kind,
            negate,
            alternatives: [],
        });
        parent.elements.push(node);
    }
    onLookaroundAssertionLeave(start, end) {
        const node = this._node;
        if (node.type !== "Assertion" || node.parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
    onEdgeAssertion(start, end, kind) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        parent.elements.push({
            type: "Assertion",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            kind,
        });
    }
    onWordBoundaryAssertion(start, end, kind, negate) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        parent.elements.push({
            type: "Assertion",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            kind,
            negate,
        });
    }
    onAnyCharacterSet(start, end, kind) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        parent.elements.push({
            type: "CharacterSet",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            kind,
        });
    }
    onEscapeCharacterSet(start, end, kind, negate) {
        const parent = this._node;
        if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
            throw new Error("UnknownError");
        }
        parent.elements.push({
            type: "CharacterSet",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            kind,
            negate,
        });
    }
    onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
        const parent = this._node;
        if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
            throw new Error("UnknownError");
        }
        const base = {
            type: "CharacterSet",
            parent: null,
            start,
            end,
            raw: this.source.slice(start, end),
            kind,
            strings: null,
            key,
        };
        if (strings) {
            if ((parent.type === "CharacterClass" && !parent.unicodeSets) ||
                negate ||
                value !== null) {
                throw new Error("UnknownError");
            }
            parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
        }
        else {
            parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
        }
    }
    onCharacter(start, end, value) {
        const parent = this._node;
        if (parent.type !== "Alternative" &&
            parent.type !== "CharacterClass" &&
            parent.type !== "StringAlternative") {
            throw new Error("UnknownError");
        }
        parent.elements.push({
            type: "Character",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            value,
        });
    }
    onBackreference(start, end, ref) {
        const parent = this._node;
        if (parent.type !== "Alternative") {
            throw new Error("UnknownError");
        }
        const node = {
            type: "Backreference",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            ref,
            ambiguous: false,
            resolved: DUMMY_CAPTURING_GROUP,
        };
        parent.elements.push(node);
        this._backreferences.push(node);
    }
    onCharacterClassEnter(start, negate, unicodeSets) {
        const parent = this._node;
        const base = {
            type: "CharacterClass",
            parent,
            start,
            end: start,
            raw: "",
            unicodeSets,
            negate,
            elements: [],
        };
        if (parent.type === "Alternative") {
            const node = Object.assign(Object.assign({}, base), { parent });
            this._node = node;
            parent.elements.push(node);
        }
        else if (parent.type === "CharacterClass" &&
            parent.unicodeSets &&
            unicodeSets) {
            const node = Object.assign(Object.assign({}, base), { parent,
                unicodeSets });
            this._node = node;
            parent.elements.push(node);
        }
        else {
            throw new Error("UnknownError");
        }
    }
    onCharacterClassLeave(start, end) {
        const node = this._node;
        if (node.type !== "CharacterClass" ||
            (node.parent.type !== "Alternative" &&
                node.parent.type !== "CharacterClass")) {
            throw new Error("UnknownError");
        }
        const parent = node.parent;
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = parent;
        const expression = this._expressionBufferMap.get(node);
        if (!expression) {
            return;
        }
        if (node.elements.length > 0) {
            throw new Error("UnknownError");
        }
        this._expressionBufferMap.delete(node);
        const newNode = {
            type: "ExpressionCharacterClass",
            parent,
            start: node.start,
            end: node.end,
            raw: node.raw,
            negate: node.negate,
            expression,
        };
        expression.parent = newNode;
        if (node !== parent.elements.pop()) {
            throw new Error("UnknownError");
        }
        parent.elements.push(newNode);
    }
    onCharacterClassRange(start, end) {
        const parent = this._node;
        if (parent.type !== "CharacterClass") {
            throw new Error("UnknownError");
        }
        const elements = parent.elements;
        const max = elements.pop();
        if (!max || max.type !== "Character") {
            throw new Error("UnknownError");
        }
        if (!parent.unicodeSets) {
            const hyphen = elements.pop();
            if (!hyphen ||
                hyphen.type !== "Character" ||
                hyphen.value !== HYPHEN_MINUS) {
                throw new Error("UnknownError");
            }
        }
        const min = elements.pop();
        if (!min || min.type !== "Character") {
            throw new Error("UnknownError");
        }
        const node = {
            type: "CharacterClassRange",
            parent,
            start,
            end,
            raw: this.source.slice(start, end),
            min,
            max,
        };
        min.parent = node;
        max.parent = node;
        elements.push(node);
    }
    onClassIntersection(start, end) {
        var _a;
        const parent = this._node;
        if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
            throw new Error("UnknownError");
        }
        const right = parent.elements.pop();
        const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
        if (!left ||
            !right ||
            left.type === "ClassSubtraction" ||
            (left.type !== "ClassIntersection" && !isClassSetOperand(left)) ||
            !isClassSetOperand(right)) {
            throw new Error("UnknownError");
        }
        const node = {
            type: "ClassIntersection",
            parent: parent,
            start,
            end,
            raw: this.source.slice(start, end),
            left,
            right,
        };
        left.parent = node;
        right.parent = node;
        this._expressionBufferMap.set(parent, node);
    }
    onClassSubtraction(start, end) {
        var _a;
        const parent = this._node;
        if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
            throw new Error("UnknownError");
        }
        const right = parent.elements.pop();
        const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
        if (!left ||
            !right ||
            left.type === "ClassIntersection" ||
            (left.type !== "ClassSubtraction" && !isClassSetOperand(left)) ||
            !isClassSetOperand(right)) {
            throw new Error("UnknownError");
        }
        const node = {
            type: "ClassSubtraction",
            parent: parent,
            start,
            end,
            raw: this.source.slice(start, end),
            left,
            right,
        };
        left.parent = node;
        right.parent = node;
        this._expressionBufferMap.set(parent, node);
    }
    onClassStringDisjunctionEnter(start) {
        const parent = this._node;
        if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
            throw new Error("UnknownError");
        }
        this._node = {
            type: "ClassStringDisjunction",
            parent,
            start,
            end: start,
            raw: "",
            alternatives: [],
        };
        parent.elements.push(this._node);
    }
    onClassStringDisjunctionLeave(start, end) {
        const node = this._node;
        if (node.type !== "ClassStringDisjunction" ||
            node.parent.type !== "CharacterClass") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
    onStringAlternativeEnter(start) {
        const parent = this._node;
        if (parent.type !== "ClassStringDisjunction") {
            throw new Error("UnknownError");
        }
        this._node = {
            type: "StringAlternative",
            parent,
            start,
            end: start,
            raw: "",
            elements: [],
        };
        parent.alternatives.push(this._node);
    }
    onStringAlternativeLeave(start, end) {
        const node = this._node;
        if (node.type !== "StringAlternative") {
            throw new Error("UnknownError");
        }
        node.end = end;
        node.raw = this.source.slice(start, end);
        this._node = node.parent;
    }
}
class RegExpParser {
    constructor(options) {
        this._state = new RegExpParserState(options);
        this._validator = new RegExpValidator(this._state);
    }
    parseLiteral(source, start = 0, end = source.length) {
        this._state.source = source;
        this._validator.validateLiteral(source, start, end);
        const pattern = this._state.pattern;
        const flags = this._state.flags;
        const literal = {
            type: "RegExpLiteral",
            parent: null,
            start,
            end,
            raw: source,
            pattern,
            flags,
        };
        pattern.parent = literal;
        flags.parent = literal;
        return literal;
    }
    parseFlags(source, start = 0, end = source.length) {
        this._state.source = source;
        this._validator.validateFlags(source, start, end);
        return this._state.flags;
    }
    parsePattern(source, start = 0, end = source.length, uFlagOrFlags = undefined) {
        this._state.source = source;
        this._validator.validatePattern(source, start, end, uFlagOrFlags);
        return this._state.pattern;
    }
}

class RegExpVisitor {
    constructor(handlers) {
        this._handlers = handlers;
    }
    visit(node) {
        switch (node.type) {
            case "Alternative":
                this.visitAlternative(node);
                break;
            case "Assertion":
                this.visitAssertion(node);
                break;
            case "Backreference":
                this.visitBackreference(node);
                break;
            case "CapturingGroup":
                this.visitCapturingGroup(node);
                break;
            case "Character":
                this.visitCharacter(node);
                break;
            case "CharacterClass":
                this.visitCharacterClass(node);
                break;
            case "CharacterClassRange":
                this.visitCharacterClassRange(node);
                break;
            case "CharacterSet":
                this.visitCharacterSet(node);
                break;
            case "ClassIntersection":
                this.visitClassIntersection(node);
                break;
            case "ClassStringDisjunction":
                this.visitClassStringDisjunction(node);
                break;
            case "ClassSubtraction":
                this.visitClassSubtraction(node);
                break;
            case "ExpressionCharacterClass":
                this.visitExpressionCharacterClass(node);
                break;
            case "Flags":
                this.visitFlags(node);
                break;
            case "Group":
                this.visitGroup(node);
                break;
            case "Modifiers":
                this.visitModifiers(node);
                break;
            case "ModifierFlags":
                this.visitModifierFlags(node);
                break;
            case "Pattern":
                this.visitPattern(node);
                break;
            case "Quantifier":
                this.visitQuantifier(node);
                break;
            case "RegExpLiteral":
                this.visitRegExpLiteral(node);
                break;
            case "StringAlternative":
                this.visitStringAlternative(node);
                break;
            default:
                throw new Error(`Unknown type: ${node.type}`);
        }
    }
    visitAlternative(node) {
        if (this._handlers.onAlternativeEnter) {
            this._handlers.onAlternativeEnter(node);
        }
        node.elements.forEach(this.visit, this);
        if (this._handlers.onAlternativeLeave) {
            this._handlers.onAlternativeLeave(node);
        }
    }
    visitAssertion(node) {
        if (this._handlers.onAssertionEnter) {
            this._handlers.onAssertionEnter(node);
        }
        if (node.kind === "lookahead" || node.kind === "lookbehind") {
            node.alternatives.forEach(this.visit, this);
        }
        if (this._handlers.onAssertionLeave) {
            this._handlers.onAssertionLeave(node);
        }
    }
    visitBackreference(node) {
        if (this._handlers.onBackreferenceEnter) {
            this._handlers.onBackreferenceEnter(node);
        }
        if (this._handlers.onBackreferenceLeave) {
            this._handlers.onBackreferenceLeave(node);
        }
    }
    visitCapturingGroup(node) {
        if (this._handlers.onCapturingGroupEnter) {
            this._handlers.onCapturingGroupEnter(node);
        }
        node.alternatives.forEach(this.visit, this);
        if (this._handlers.onCapturingGroupLeave) {
            this._handlers.onCapturingGroupLeave(node);
        }
    }
    visitCharacter(node) {
        if (this._handlers.onCharacterEnter) {
            this._handlers.onCharacterEnter(node);
        }
        if (this._handlers.onCharacterLeave) {
            this._handlers.onCharacterLeave(node);
        }
    }
    visitCharacterClass(node) {
        if (this._handlers.onCharacterClassEnter) {
            this._handlers.onCharacterClassEnter(node);
        }
        node.elements.forEach(this.visit, this);
        if (this._handlers.onCharacterClassLeave) {
            this._handlers.onCharacterClassLeave(node);
        }
    }
    visitCharacterClassRange(node) {
        if (this._handlers.onCharacterClassRangeEnter) {
            this._handlers.onCharacterClassRangeEnter(node);
        }
        this.visitCharacter(node.min);
        this.visitCharacter(node.max);
        if (this._handlers.onCharacterClassRangeLeave) {
            this._handlers.onCharacterClassRangeLeave(node);
        }
    }
    visitCharacterSet(node) {
        if (this._handlers.onCharacterSetEnter) {
            this._handlers.onCharacterSetEnter(node);
        }
        if (this._handlers.onCharacterSetLeave) {
            this._handlers.onCharacterSetLeave(node);
        }
    }
    visitClassIntersection(node) {
        if (this._handlers.onClassIntersectionEnter) {
            this._handlers.onClassIntersectionEnter(node);
        }
        this.visit(node.left);
        this.visit(node.right);
        if (this._handlers.onClassIntersectionLeave) {
            this._handlers.onClassIntersectionLeave(node);
        }
    }
    visitClassStringDisjunction(node) {
        if (this._handlers.onClassStringDisjunctionEnter) {
            this._handlers.onClassStringDisjunctionEnter(node);
        }
        node.alternatives.forEach(this.visit, this);
        if (this._handlers.onClassStringDisjunctionLeave) {
            this._handlers.onClassStringDisjunctionLeave(node);
        }
    }
    visitClassSubtraction(node) {
        if (this._handlers.onClassSubtractionEnter) {
            this._handlers.onClassSubtractionEnter(node);
        }
        this.visit(node.left);
        this.visit(node.right);
        if (this._handlers.onClassSubtractionLeave) {
            this._handlers.onClassSubtractionLeave(node);
        }
    }
    visitExpressionCharacterClass(node) {
        if (this._handlers.onExpressionCharacterClassEnter) {
            this._handlers.onExpressionCharacterClassEnter(node);
        }
        this.visit(node.expression);
        if (this._handlers.onExpressionCharacterClassLeave) {
            this._handlers.onExpressionCharacterClassLeave(node);
        }
    }
    visitFlags(node) {
        if (this._handlers.onFlagsEnter) {
            this._handlers.onFlagsEnter(node);
        }
        if (this._handlers.onFlagsLeave) {
            this._handlers.onFlagsLeave(node);
        }
    }
    visitGroup(node) {
        if (this._handlers.onGroupEnter) {
            this._handlers.onGroupEnter(node);
        }
        if (node.modifiers) {
            this.visit(node.modifiers);
        }
        node.alternatives.forEach(this.visit, this);
        if (this._handlers.onGroupLeave) {
            this._handlers.onGroupLeave(node);
        }
    }
    visitModifiers(node) {
        if (this._handlers.onModifiersEnter) {
            this._handlers.onModifiersEnter(node);
        }
        if (node.add) {
            this.visit(node.add);
        }
        if (node.remove) {
            this.visit(node.remove);
        }
        if (this._handlers.onModifiersLeave) {
            this._handlers.onModifiersLeave(node);
        }
    }
    visitModifierFlags(node) {
        if (this._handlers.onModifierFlagsEnter) {
            this._handlers.onModifierFlagsEnter(node);
        }
        if (this._handlers.onModifierFlagsLeave) {
            this._handlers.onModifierFlagsLeave(node);
        }
    }
    visitPattern(node) {
        if (this._handlers.onPatternEnter) {
            this._handlers.onPatternEnter(node);
        }
        node.alternatives.forEach(this.visit, this);
        if (this._handlers.onPatternLeave) {
            this._handlers.onPatternLeave(node);
        }
    }
    visitQuantifier(node) {
        if (this._handlers.onQuantifierEnter) {
            this._handlers.onQuantifierEnter(node);
        }
        this.visit(node.element);
        if (this._handlers.onQuantifierLeave) {
            this._handlers.onQuantifierLeave(node);
        }
    }
    visitRegExpLiteral(node) {
        if (this._handlers.onRegExpLiteralEnter) {
            this._handlers.onRegExpLiteralEnter(node);
        }
        this.visitPattern(node.pattern);
        this.visitFlags(node.flags);
        if (this._handlers.onRegExpLiteralLeave) {
            this._handlers.onRegExpLiteralLeave(node);
        }
    }
    visitStringAlternative(node) {
        if (this._handlers.onStringAlternativeEnter) {
            this._handlers.onStringAlternativeEnter(node);
        }
        node.elements.forEach(this.visit, this);
        if (this._handlers.onStringAlternativeLeave) {
            this._handlers.onStringAlternativeLeave(node);
        }
    }
}

function parseRegExpLiteral(source, options) {
    return new RegExpParser(options).parseLiteral(String(source));
}
function validateRegExpLiteral(source, options) {
    new RegExpValidator(options).validateLiteral(source);
}
function visitRegExpAST(node, handlers) {
    new RegExpVisitor(handlers).visit(node);
}


//# sourceMappingURL=index.mjs.map

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/yaml-edit/src/duplicate-keys.ts

/** The message and position the `yaml` package gives a duplicate key (its DUPLICATE_KEY error). */
const duplicate_keys_DUPLICATE_KEY = 'Map keys must be unique';
/**
 * The `yaml` package checks each key against every earlier key of its mapping (`uniqueKeys`, a linear
 * scan per key): O(n²) in a mapping's size, minutes for a 5 MB file. Documents are therefore composed with
 * `uniqueKeys: false` and checked here once, with a Map per mapping: linear. The rule is yaml's own (two
 * scalar keys are equal when their values are `===`, so `1` and `0x1` collide, `.nan` never does; other
 * keys only when they are the same node), the offsets are the ones its composer reports (where the key
 * starts, after its properties, counted as the composer counts them), and the order is the composer's
 * (a block mapping's key is checked before its value is composed, a flow mapping's after).
 * Returns the offsets of the duplicate keys, in that order.
 */
function duplicate_keys_duplicateKeyOffsets(doc) {
    const found = [];
    const walk = (node) => {
        if ((0,dist/* isMap */.jh)(node))
            mapping(node);
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                walk(item);
    };
    const mapping = (map) => {
        const seen = new Map();
        const starts = keyStarts(map);
        const flow = map.srcToken?.type === 'flow-collection';
        map.items.forEach((pair, i) => {
            walk(pair.key);
            if (flow)
                walk(pair.value);
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && !(typeof key.value === 'number' && Number.isNaN(key.value))) {
                if (seen.has(key.value))
                    found.push(starts[i] ?? key.range?.[0] ?? 0);
                else
                    seen.set(key.value, true);
            }
            if (!flow)
                walk(pair.value);
        });
    };
    walk(doc.contents);
    return found;
}
/** Where the composer says each key of a mapping starts (resolve-block-map.js, resolve-flow-collection.js). */
function keyStarts(map) {
    const token = map.srcToken;
    const pairs = map.items;
    if (!token || pairs.length < 2)
        return [];
    const out = [];
    if (token.type === 'block-map') {
        let offset = token.offset;
        for (const pair of pairs) {
            const item = pair.srcToken;
            if (!item)
                return [];
            out.push(endOf(item.start) ?? offset);
            offset = afterPair(pair, item, offset);
        }
        return out;
    }
    let offset = token.offset + token.start.source.length;
    let i = 0;
    for (const item of token.items) {
        const pair = pairs[i];
        const propsEnd = endOf(item.start) ?? offset;
        if (!pair || pair.srcToken !== item) {
            // An empty item (`{a, , b}`) makes no pair; the composer moves past it.
            offset = propsEnd;
            continue;
        }
        out.push(propsEnd);
        offset = afterPair(pair, item, offset);
        i++;
    }
    return out;
}
/** Where the composer's running offset is after a pair: the end of its value, else of its `:` and blanks. */
function afterPair(pair, item, offset) {
    const value = pair.value;
    if (value)
        return value.range?.[2] ?? offset;
    return endOf(item.sep) ?? pair.key?.range?.[2] ?? offset;
}
function endOf(tokens) {
    const last = tokens?.[tokens.length - 1];
    return last ? last.offset + last.source.length : undefined;
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/document.ts



/** 1-based line and column of an offset. */
function document_positionOf(f, offset) {
    return f.lines.linePos(offset);
}
/**
 * Parse one YAML document. Parse errors become a UserError at the error's line; a stream of several
 * documents is refused, since a path would not say which one it means, and so is a document nested more
 * than MAX_DEPTH levels deep. This is parseAllDocuments() in its two steps: the concrete syntax tree
 * (built without recursion, whatever the depth) is checked for depth before the composer, which recurses
 * once per level, builds the document from it.
 */
function document_loadYaml(source, file) {
    const lines = new dist/* LineCounter */.HN();
    const tokens = withPlainEnv(() => [...new dist/* Parser */.iX(lines.addNewLine).parse(source)]);
    const deep = deepestCollection(tokens, MAX_DEPTH);
    if (deep !== undefined)
        throw new src/* UserError */.yo(TOO_DEEP, { file, ...lines.linePos(deep) });
    let docs;
    try {
        // uniqueKeys: false, and duplicate keys found in linear time below (see duplicate-keys.ts).
        docs = [...new dist/* Composer */.Dk({ keepSourceTokens: true, uniqueKeys: false }).compose(tokens)];
    }
    catch (e) {
        if ((0,src/* isStackOverflow */.fF)(e))
            throw new src/* UserError */.yo(TOO_DEEP, { file });
        throw e;
    }
    for (const d of docs) {
        const err = d.errors[0];
        const duplicate = duplicate_keys_duplicateKeyOffsets(d)[0];
        // The earlier of the two in the file; at the same offset the composer reports the other error first.
        if (duplicate !== undefined && (!err || duplicate < err.pos[0])) {
            throw new src/* UserError */.yo(`invalid YAML: ${duplicate_keys_DUPLICATE_KEY}`, { file, ...lines.linePos(duplicate) });
        }
        if (err) {
            const { line, col } = lines.linePos(err.pos[0]);
            throw new src/* UserError */.yo(`invalid YAML: ${firstLine(err.message)}`, { file, line, col });
        }
    }
    if (docs.length === 0)
        throw new src/* UserError */.yo('the file holds no YAML document', { file, line: 1, col: 1 });
    if (docs.length > 1) {
        const { line, col } = lines.linePos(docs[1].range[0]);
        throw new src/* UserError */.yo(`the file holds ${docs.length} YAML documents; only single-document files can be edited`, {
            file,
            line,
            col,
        });
    }
    return { file, source, doc: docs[0], lines };
}
/**
 * The document as plain data (for a schema check). yaml's toJS expands every alias, and refuses a document
 * whose aliases would multiply without bound (a "billion laughs"): that refusal is the file's fault, so it is
 * a one-line error naming the file, like any other invalid YAML.
 */
function document_toData(f) {
    try {
        return f.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (e instanceof ReferenceError && /alias/i.test(e.message)) {
            throw new src/* UserError */.yo(`invalid YAML: its aliases expand too much to be read (more than ${MAX_ALIAS_COUNT} copies of one anchor's value, as in a "billion laughs" document)`, { file: f.file });
        }
        throw e;
    }
}
/** yaml's own default: far more than a manifest or a graph ever repeats one anchor. */
const MAX_ALIAS_COUNT = 100;
/**
 * yaml's Parser checks a debugging switch, `process.env.LOG_TOKENS`, once per token, and every read of
 * `process.env` goes to the operating system's environment: on a 3 MB file that is about half the parse.
 * The parse is synchronous, so for its duration `process.env` is a plain copy (the switch still works).
 */
function withPlainEnv(f) {
    const env = process.env;
    process.env = { ...env };
    try {
        return f();
    }
    finally {
        process.env = env;
    }
}
/**
 * Everything that walks a document (the composer, finding a path, editing, checking that nothing else
 * changed) recurses once per level: a file nested deeper than this is refused when it is loaded, with a
 * clear error, instead of running out of stack somewhere later. Release files nest a handful of levels.
 */
const MAX_DEPTH = 500;
const TOO_DEEP = `the YAML is nested too deeply to be read (more than ${MAX_DEPTH} levels of mappings and sequences)`;
/**
 * The offset of the first (in the source) mapping or sequence nested `max` levels below a document's root
 * collection, if any; an explicit stack over the syntax tree, no recursion.
 */
function deepestCollection(tokens, max) {
    let first;
    const stack = tokens.map((t) => ({ token: t, depth: 0 }));
    while (stack.length > 0) {
        const { token, depth } = stack.pop();
        if (!token)
            continue;
        if (token.type === 'document')
            stack.push({ token: token.value, depth });
        else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            if (depth >= max) {
                if (first === undefined || token.offset < first)
                    first = token.offset;
                continue;
            }
            for (const item of token.items) {
                stack.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
            }
        }
    }
    return first;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/path.ts

class PathSyntaxError extends src/* UserError */.yo {
    constructor(path, at, expected) {
        super(`invalid path '${path}': expected ${expected} at character ${at + 1}`);
    }
}
const BARE = /[^.[\]"'=\s]/;
function path_parsePath(text) {
    const src = text.trim();
    const segments = [];
    let i = 0;
    if (src[0] !== '.')
        throw new PathSyntaxError(src, 0, "'.' at the start of the path");
    if (src === '.')
        return segments;
    const readQuoted = () => {
        const quote = src[i];
        const start = i;
        i++;
        let raw = '';
        for (; i < src.length; i++) {
            if (src[i] === quote) {
                if (quote === "'" && src[i + 1] === "'") {
                    raw += "''";
                    i++;
                    continue;
                }
                break;
            }
            if (quote === '"' && src[i] === '\\')
                raw += src[i++];
            raw += src[i];
        }
        if (i >= src.length)
            throw new PathSyntaxError(src, start, `a closing ${quote}`);
        i++;
        if (quote === "'")
            return raw.replace(/''/g, "'");
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            throw new PathSyntaxError(src, start, 'a valid escape in the quoted key');
        }
    };
    const readBare = (stop, what) => {
        const start = i;
        while (i < src.length && !stop.test(src[i]))
            i++;
        if (i === start)
            throw new PathSyntaxError(src, start, what);
        return src.slice(start, i);
    };
    const readBracket = () => {
        i++; // '['
        const start = i;
        if (/[0-9]/.test(src[i] ?? '')) {
            const digits = readBare(/[^0-9]/, 'an index');
            if (src[i] !== ']')
                throw new PathSyntaxError(src, i, "']' after the index");
            i++;
            segments.push({ kind: 'index', index: Number(digits) });
            return;
        }
        const key = src[i] === '"' || src[i] === "'" ? readQuoted() : readBare(/[=\]\s]/, 'an index or key=value');
        if (src[i] !== '=')
            throw new PathSyntaxError(src, i, `'=' in the selector [${src.slice(start, i)}…]`);
        i++;
        const value = src[i] === '"' || src[i] === "'" ? readQuoted() : readBare(/\]/, 'a value after =');
        if (src[i] !== ']')
            throw new PathSyntaxError(src, i, "']' to close the selector");
        i++;
        segments.push({ kind: 'match', key, value: value.trim() });
    };
    while (i < src.length) {
        const c = src[i];
        if (c === '[') {
            readBracket();
        }
        else if (c === '.') {
            i++;
            const n = src[i];
            if (n === '[')
                readBracket();
            else if (n === '"' || n === "'")
                segments.push({ kind: 'key', key: readQuoted() });
            else if (n !== undefined && BARE.test(n))
                segments.push({ kind: 'key', key: readBare(/[.[\]"'\s]/, 'a key') });
            else
                throw new PathSyntaxError(src, i, 'a key after .');
        }
        else {
            throw new PathSyntaxError(src, i, "'.' or '['");
        }
    }
    return segments;
}
const PLAIN_KEY = /^[^.[\]"'=\s]+$/;
/** Canonical text of a path, for messages and outputs; parsePath(formatPath(p)) equals p. */
function path_formatPath(path) {
    if (path.length === 0)
        return '.';
    return path
        .map((s) => {
        if (s.kind === 'index')
            return `[${s.index}]`;
        if (s.kind === 'match')
            return `[${quoteIfNeeded(s.key)}=${PLAIN_KEY.test(s.value) ? s.value : JSON.stringify(s.value)}]`;
        return formatKey(s.key);
    })
        .join('');
}
/** One `.key` path segment, quoted when it needs to be. */
function formatKey(key) {
    return `.${quoteIfNeeded(key)}`;
}
function quoteIfNeeded(key) {
    return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/locate.ts




function locate_describeNode(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a sequence';
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? 'an empty value' : 'a scalar';
    if ((0,dist/* isAlias */.Vj)(node))
        return `an alias (*${node.source})`;
    return 'an empty value';
}
/** Does a key node name this path key? Integer keys match their text (`.cloudimg.rhel.9`). */
function locate_keyMatches(key, name) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    if (key.value !== null && String(key.value) === name)
        return true;
    return key.source === name;
}
function lineOf(f, node) {
    return node?.range ? document_positionOf(f, node.range[0]).line : 1;
}
function locate_locate(f, path, opts) {
    let node = f.doc.contents ?? null;
    let pair;
    let inFlow = false;
    let shared = false;
    const concrete = [];
    const here = (i) => path_formatPath(path.slice(0, i + 1));
    const fail = (message, at) => {
        const range = at?.range;
        const pos = range ? document_positionOf(f, range[0]) : { line: 1, col: 1 };
        throw new src/* UserError */.yo(`${path_formatPath(path)}: ${message}`, { file: f.file, ...pos });
    };
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (!opts.followAliases)
                fail(`${here(i - 1)} is an alias (*${node.source}); edit the anchored value instead`, node);
            node = node.resolve(f.doc) ?? null;
            shared = true;
        }
        pair = undefined;
        if (seg.kind === 'key') {
            if (!(0,dist/* isMap */.jh)(node)) {
                return fail(`expected a mapping at ${here(i - 1)}, found ${locate_describeNode(node)}`, node);
            }
            const map = node;
            inFlow ||= Boolean(map.flow);
            const hit = findKey(f, map, seg.key, opts);
            if (!hit)
                return { found: false, depth: i, map, inFlow, concrete: concretePath(concrete) };
            concrete.push(seg);
            shared ||= hit.viaMerge;
            pair = hit.pair;
            node = hit.pair.value ?? null;
        }
        else if (seg.kind === 'index') {
            if (!(0,dist/* isSeq */.oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${locate_describeNode(node)}`, node);
            const seq = node;
            inFlow ||= Boolean(seq.flow);
            if (seg.index >= seq.items.length) {
                return fail(`index ${seg.index} is out of range: the sequence at line ${lineOf(f, seq)} has ${seq.items.length} items`, seq);
            }
            node = seq.items[seg.index] ?? null;
            concrete.push(seg);
        }
        else {
            if (!(0,dist/* isSeq */.oP)(node))
                return fail(`expected a sequence at ${here(i - 1)}, found ${locate_describeNode(node)}`, node);
            const seq = node;
            inFlow ||= Boolean(seq.flow);
            const matches = seq.items.filter((item) => {
                const m = (0,dist/* isAlias */.Vj)(item) && opts.followAliases ? item.resolve(f.doc) : item;
                if (!(0,dist/* isMap */.jh)(m))
                    return false;
                const p = findKey(f, m, seg.key, opts);
                return (p !== undefined &&
                    (0,dist/* isScalar */.jn)(p.pair.value) &&
                    p.pair.value.value !== null &&
                    String(p.pair.value.value) === seg.value);
            });
            const sel = `${seg.key}=${seg.value}`;
            if (matches.length === 0) {
                return fail(`no item of the sequence at line ${lineOf(f, seq)} has ${sel}`, seq);
            }
            if (matches.length > 1) {
                const lines = matches.map((m) => lineOf(f, m)).join(', ');
                return fail(`${matches.length} items of the sequence at line ${lineOf(f, seq)} have ${sel} (lines ${lines}); a selector must match exactly one`, seq);
            }
            node = matches[0] ?? null;
            concrete.push({ kind: 'index', index: seq.items.indexOf(matches[0]) });
        }
    }
    if ((0,dist/* isAlias */.Vj)(node) && opts.followAliases) {
        node = node.resolve(f.doc) ?? null;
        shared = true;
    }
    const at = concretePath(concrete);
    return pair
        ? { found: true, node, pair, inFlow, shared, concrete: at }
        : { found: true, node, inFlow, shared, concrete: at };
}
/** Concrete paths are compared with snapshot paths, where the root is ''. */
function concretePath(segments) {
    return segments.length === 0 ? '' : path_formatPath(segments);
}
/** A key in a mapping, or (when reading) in the mappings it merges with `<<`. Explicit keys win over merged ones. */
function findKey(f, map, name, opts) {
    for (const item of map.items)
        if ((0,dist/* isPair */.tO)(item) && locate_keyMatches(item.key, name))
            return { pair: item, viaMerge: false };
    if (!opts.followAliases)
        return undefined;
    for (const item of map.items) {
        if (!(0,dist/* isPair */.tO)(item) || !(0,dist/* isScalar */.jn)(item.key) || item.key.value !== '<<')
            continue;
        const sources = (0,dist/* isSeq */.oP)(item.value) ? item.value.items : [item.value];
        for (const s of sources) {
            const target = (0,dist/* isAlias */.Vj)(s) ? s.resolve(f.doc) : s;
            if ((0,dist/* isMap */.jh)(target)) {
                const hit = findKey(f, target, name, opts);
                if (hit)
                    return { pair: hit.pair, viaMerge: true };
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/comment-edit.ts


/**
 * The blanks a file puts before an inline comment (Kata's versions.yaml uses two spaces everywhere): the
 * most common run of spaces between content and a `#` comment on the same line, ' ' when there is none.
 * Read from the `yaml` lexer's tokens, so a `#` inside a quoted string is not taken for a comment.
 */
function comment_edit_commentGap(source) {
    const counts = new Map();
    let before; // type of the token before the previous one
    let previous;
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
    for (const [gap, n] of counts)
        if (n > most)
            [best, most] = [gap, n];
    return best;
}
/**
 * The edit that puts `comment` after a value ending at `end`: replace an existing `# …` on that line,
 * add one after `gap` (see commentGap), or (for `''`) remove it. Undefined when the comment is already so.
 */
function comment_edit_inlineCommentEdit(source, end, comment, gap = ' ') {
    let i = end;
    while (source[i] === ' ' || source[i] === '\t')
        i++;
    const atEol = i >= source.length || source[i] === '\n' || source[i] === '\r';
    const wanted = comment === '' ? '' : `# ${comment}`;
    if (source[i] === '#' && i > end) {
        let e = i;
        while (e < source.length && source[e] !== '\n' && source[e] !== '\r')
            e++;
        if (source.slice(i, e) === wanted)
            return undefined;
        return comment === '' ? { start: end, end: e, text: '' } : { start: i, end: e, text: wanted };
    }
    if (!atEol)
        return new UserError('cannot put a comment after this value: more YAML follows it on the same line');
    if (comment === '')
        return undefined;
    return { start: end, end: i, text: `${gap}${wanted}` };
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/anchors.ts



/**
 * The one rule for anchors: an edit changes exactly one place. A value that carries an anchor, or lies
 * inside a collection that carries one, is shared with every alias of that anchor (`*base`, and merge
 * keys `<<: *base`), so editing it would also change those places: it is refused. An anchor that no
 * alias uses shares nothing, and a value under it is edited as any other.
 */
function sharedAnchor(f, concrete) {
    return anchors_sharedAnchorOf(f, concrete)?.message;
}
/** The innermost anchor an edit at `concrete` would change through its aliases, if any. */
function anchors_sharedAnchorOf(f, concrete) {
    const aliases = aliasLines(f);
    if (aliases.size === 0)
        return undefined;
    let node = f.doc.contents;
    const along = [];
    for (const seg of concrete) {
        if (isMap(node) || isSeq(node))
            along.push(node);
        if (seg.kind === 'key' && isMap(node)) {
            node = node.items.find((p) => isPair(p) && keyMatches(p.key, seg.key))?.value;
        }
        else if (seg.kind === 'index' && isSeq(node)) {
            node = node.items[seg.index];
        }
        else
            return undefined;
    }
    if (isScalar(node))
        along.push(node);
    // The innermost anchor is the one to name: it is the closest thing the user can see being shared.
    for (const n of along.reverse()) {
        const anchor = n.anchor;
        const uses = anchor === undefined ? undefined : aliases.get(anchor);
        if (!anchor || !uses)
            continue;
        const line = n.range ? positionOf(f, n.range[0]).line : 1;
        const what = n === node ? 'carries' : `lies inside ${describeNode(n)} (line ${line}) that carries`;
        const where = uses.length === 1 ? `line ${uses[0]}` : `lines ${uses.join(', ')}`;
        return {
            anchor,
            aliasLines: uses,
            message: `${what} the anchor &${anchor}, which *${anchor} reuses at ${where}; editing it would change that place too (an edit changes exactly one place; allow-shared-anchor: true edits it anyway)`,
        };
    }
    return undefined;
}
/** Anchor name -> the lines of its aliases; once per file, for every edit of it. */
function aliasLines(f) {
    const cached = aliasesOf.get(f);
    if (cached)
        return cached;
    const out = new Map();
    aliasesOf.set(f, out);
    // Every alias starts with `*`: a file without one has none, and a large file is not walked for nothing.
    if (!f.source.includes('*'))
        return out;
    visit(f.doc, {
        Alias(_, node) {
            const line = node.range ? positionOf(f, node.range[0]).line : 1;
            const lines = out.get(node.source);
            if (lines)
                lines.push(line);
            else
                out.set(node.source, [line]);
        },
    });
    return out;
}
const aliasesOf = new WeakMap();

;// CONCATENATED MODULE: ./packages/yaml-edit/src/scalar-style.ts

const STR = 'tag:yaml.org,2002:str';
const SCHEMA_12 = new dist/* Schema */.Sj({ schema: 'core' });
const SCHEMA_11 = new dist/* Schema */.Sj({ schema: 'yaml-1.1', merge: true });
/** The tag a reader resolves a plain scalar to, found as the `yaml` package's composer finds it. */
function plainTag(schema, text) {
    const tag = schema.tags.find((t) => t.default === true && !t.collection && t.test?.test(text));
    return tag?.tag ?? STR;
}
/** PyYAML resolves these anywhere, not only as keys, then refuses to construct them as values. */
// A Map, not an object literal: a scalar such as `__proto__` or `constructor` must not find Object.prototype's.
const PYYAML_ONLY = new Map([
    ['=', 'tag:yaml.org,2002:value'],
    ['<<', 'tag:yaml.org,2002:merge'],
]);
/** The types of a plain scalar under both readers. */
function plainTags(text) {
    return { v12: plainTag(SCHEMA_12, text), v11: PYYAML_ONLY.get(text) ?? plainTag(SCHEMA_11, text) };
}
/**
 * The value `text` has when written plain in `context` (YAML 1.2), or undefined when it cannot stand there
 * as one plain scalar with exactly this text (it would end early, start a comment, read as an indicator…).
 */
function plainValue(text, context) {
    if (text === '' || text !== text.trim() || /[\r\n\t]/.test(text))
        return undefined;
    const doc = parseDocument(context === 'flow' ? `[${text}]\n` : `k: ${text}\n`);
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        return undefined;
    let node;
    if (context === 'flow') {
        if (!isSeq(doc.contents) || doc.contents.items.length !== 1)
            return undefined;
        node = doc.contents.items[0];
    }
    else {
        if (!isMap(doc.contents) || doc.contents.items.length !== 1)
            return undefined;
        node = doc.contents.items[0].value;
    }
    if (!isScalar(node) || node.type !== Scalar.PLAIN || node.source !== text || node.comment)
        return undefined;
    return { value: node.value };
}
/** Does a YAML 1.1 reader (go-yaml v2, PyYAML) read this plain scalar as a string? */
function scalar_style_isStringUnder11(text) {
    return plainTags(text).v11 === STR;
}
/** A plain scalar is a safe string when every reader, 1.1 or 1.2, gets back exactly this string. */
function scalar_style_isSafePlainString(text, context) {
    if (plainValue(text, context) === undefined)
        return false;
    const { v12, v11 } = plainTags(text);
    return v12 === STR && v11 === STR;
}
function scalar_style_doubleQuoted(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85)
            out += '\\N';
        else if (c === 0x2028)
            out += '\\L';
        else if (c === 0x2029)
            out += '\\P';
        else if (c === 0xfeff)
            out += '\\ufeff';
        else
            out += ch;
    }
    return out + '"';
}
function singleQuoted(value) {
    // Single quotes cannot escape control characters or line breaks.
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * Render `value` in the place of `existing` (undefined for a new key, which is a string field).
 * - A quoted string stays quoted in its style (single falls back to double when it cannot hold the value).
 * - A plain value stays plain when the new text, written plain, has the same type as the old one under
 *   YAML 1.2 and under YAML 1.1: `3` -> `4`, a 1.1 date `2026-05-29` -> `2026-07-27`, `v0.1` -> `v0.2`.
 * - Otherwise the value is written plain when every reader reads it as exactly this string, or, in a
 *   field that was not a string, when both readers agree on its type (`3` -> `1.5`); anything else gets
 *   double quotes (`3.10` into a version string stays a string).
 */
function scalar_style_renderScalar(value, existing, context) {
    const quoted = (style) => {
        const single = style === 'QUOTE_SINGLE' ? singleQuoted(value) : undefined;
        return { source: single ?? scalar_style_doubleQuoted(value), expected: value };
    };
    if (existing?.type === 'QUOTE_SINGLE' || existing?.type === 'QUOTE_DOUBLE')
        return quoted(existing.type);
    const plain = plainValue(value, context);
    if (plain === undefined)
        return quoted(undefined);
    const now = plainTags(value);
    const was = existing === undefined
        ? { v12: STR, v11: STR }
        : typeof existing.value === 'string' && existing.source === undefined
            ? { v12: STR, v11: STR }
            : plainTags(existing.source ?? String(existing.value));
    const keep = now.v12 === was.v12 && now.v11 === was.v11;
    const isString = now.v12 === STR && now.v11 === STR;
    const typedAlike = was.v12 !== STR && now.v12 === now.v11;
    return keep || isString || typedAlike ? { source: value, expected: plain.value } : quoted(undefined);
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/snapshot.ts


/**
 * Every leaf of a document as `[concrete path, typed value]`, in document order. Two snapshots that are
 * equal outside the edited paths prove an edit changed nothing else: no key, value, type or order.
 * Aliases stay unresolved (`*name`), so a leaf is compared where its bytes are.
 */
function snapshot_snapshotLeaves(doc) {
    const out = [];
    const walk = (node, path) => {
        if (isMap(node)) {
            if (node.items.length === 0)
                out.push([path, '{}']);
            for (const item of node.items) {
                if (!isPair(item))
                    continue;
                const k = item.key;
                const name = isScalar(k) ? (k.value === null ? (k.source ?? '') : String(k.value)) : String(k);
                walk(item.value, path + formatPath([{ kind: 'key', key: name }]));
            }
        }
        else if (isSeq(node)) {
            if (node.items.length === 0)
                out.push([path, '[]']);
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        }
        else if (isAlias(node)) {
            out.push([path, `*${node.source}`]);
        }
        else if (isScalar(node)) {
            const v = node.value;
            out.push([path, `${v === null ? 'null' : typeof v}:${v instanceof Date ? v.toISOString() : String(v)}`]);
        }
        else {
            out.push([path, 'null:null']);
        }
    };
    walk(doc.contents, '');
    return out;
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/edit.ts









function scalarText(node) {
    return typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
}
/**
 * Plan and verify scalar edits: locate every path, render every value, build byte-level edits, apply them,
 * re-parse the result and prove that every edited path reads back as intended and every other leaf is
 * unchanged. Any problem with any request throws (all problems at once) and nothing is returned to write.
 */
function edit_editYaml(f, sets, options = {}) {
    const errors = [];
    const edits = [];
    const planned = [];
    const unchanged = [];
    const shared = [];
    const creations = new Map();
    const seen = new Map();
    const eol = detectEol(f.source);
    const prefix = (s) => (s.origin ? `${s.origin}: ` : '');
    const fail = (s, message, offset) => {
        const pos = offset === undefined ? {} : positionOf(f, offset);
        errors.push(new UserError(`${prefix(s)}${message}`, { file: f.file, ...pos }));
    };
    for (const set of sets) {
        let path;
        try {
            path = parsePath(set.path);
        }
        catch (e) {
            errors.push(new UserError(`${prefix(set)}${e.message}`, { file: f.file }));
            continue;
        }
        const canonical = formatPath(path);
        if (/[\r\n]/.test(set.value)) {
            fail(set, `${canonical}: a value must be a single line`);
            continue;
        }
        let loc;
        try {
            loc = locate(f, path, { followAliases: false });
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            errors.push(new UserError(`${prefix(set)}${e.message}`, e.position));
            continue;
        }
        if (!loc.found) {
            const missing = path[loc.depth];
            const mapLine = loc.map.range ? positionOf(f, loc.map.range[0]).line : 1;
            if (!options.allowCreate) {
                fail(set, `${canonical}: no key '${missing.key}' in the mapping at line ${mapLine} (set allow-create to add it)`, loc.map.range?.[0]);
                continue;
            }
            const rest = path.slice(loc.depth);
            if (rest.some((s) => s.kind !== 'key')) {
                fail(set, `${canonical}: cannot create ${formatPath(rest)}: only mapping keys can be created, not sequence items`, loc.map.range?.[0]);
                continue;
            }
            if (loc.inFlow || loc.map.flow) {
                fail(set, `${canonical}: cannot add a key to the flow mapping at line ${mapLine}; only block mappings can grow`, loc.map.range?.[0]);
                continue;
            }
            const concrete = loc.concrete + formatPath(rest);
            if (!claim(seen, concrete, set, errors, f, canonical))
                continue;
            const rendered = renderScalar(set.value, undefined, 'block');
            const conflict = addCreation(creations, loc.map, loc.concrete, rest, rendered, set.comment);
            if (conflict) {
                fail(set, `${canonical}: conflicts with another created key (${conflict})`);
                continue;
            }
            planned.push({ set, path, canonical, concrete, rendered, old: null, created: true });
            continue;
        }
        const node = loc.node;
        const at = node?.range?.[0] ?? loc.pair?.key?.range?.[0];
        if (isAlias(node)) {
            fail(set, `${canonical} is an alias (*${node.source}); edit the anchored value instead`, at);
            continue;
        }
        if (node !== null && !isScalar(node)) {
            fail(set, `${canonical} is ${describeNode(node)}, not a scalar value; give the path of a value inside it`, at);
            continue;
        }
        const scalar = node;
        if (scalar && (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED)) {
            fail(set, `${canonical} is a block scalar (| or >); only plain and quoted values can be set`, at);
            continue;
        }
        if (scalar?.tag) {
            fail(set, `${canonical} has an explicit tag (${scalar.tag}); refusing to guess how to write it`, at);
            continue;
        }
        const anchored = sharedAnchorOf(f, parsePath(loc.concrete || '.'));
        if (anchored && !set.allowSharedAnchor) {
            fail(set, `${canonical} ${anchored.message}`, at);
            continue;
        }
        if (anchored)
            shared.push({ path: canonical, anchor: anchored.anchor, aliasLines: anchored.aliasLines });
        if (!claim(seen, loc.concrete, set, errors, f, canonical))
            continue;
        if (!scalar || !scalar.range) {
            fail(set, `${canonical} has no value to replace`, at);
            continue;
        }
        const empty = scalar.source === '' && scalar.range[0] === scalar.range[1];
        let [start, end] = scalar.range;
        if (empty) {
            const spot = emptyValueSpot(f, loc.pair, parentSeqItem(f, parsePath(loc.concrete || '.')));
            if (spot === undefined) {
                fail(set, `${canonical} is an empty value with no key or item indicator to write after`, start);
                continue;
            }
            [start, end] = spot;
        }
        const oldText = scalarText(scalar);
        const rendered = renderScalar(set.value, empty ? undefined : scalar, loc.inFlow ? 'flow' : 'block');
        const sameValue = !empty && Object.is(scalar.value, rendered.expected);
        const commentEdit = set.comment === undefined ? undefined : inlineCommentEdit(f.source, end, set.comment, commentGap(f.source));
        if (commentEdit instanceof UserError) {
            fail(set, `${canonical}: ${commentEdit.message}`, start);
            continue;
        }
        if (sameValue && !commentEdit) {
            unchanged.push({ site: canonical, old: set.value, new: set.value, line: positionOf(f, start).line });
            continue;
        }
        if (!sameValue)
            edits.push({ start, end, text: empty ? ` ${rendered.source}` : rendered.source });
        if (commentEdit)
            edits.push(commentEdit);
        planned.push({
            set,
            path,
            canonical,
            concrete: loc.concrete,
            rendered,
            old: scalar.value === null ? '' : oldText,
            created: false,
        });
    }
    throwIfAny(errors);
    for (const tree of creations.values())
        edits.push(creationEdit(f, tree, eol));
    const after = applyEdits(f.source, edits);
    const changes = verify(f, after, planned);
    return { file: f.file, before: f.source, after, edits, changes, unchanged, shared };
}
/** Two requests may not reach the same value (directly or through different selectors). */
function claim(seen, concrete, set, errors, f, canonical) {
    const earlier = seen.get(concrete);
    if (earlier) {
        const who = earlier.origin ? ` (${earlier.origin})` : '';
        errors.push(new UserError(`${set.origin ? `${set.origin}: ` : ''}${canonical} is set twice: an earlier request${who} already sets ${concrete}`, { file: f.file }));
        return false;
    }
    seen.set(concrete, set);
    return true;
}
function addCreation(creations, map, concrete, keys, rendered, comment) {
    let tree = creations.get(map);
    if (!tree)
        creations.set(map, (tree = { map, concrete, children: new Map() }));
    let level = tree.children;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i].key;
        let node = level.get(k);
        if (!node)
            level.set(k, (node = { children: new Map() }));
        const last = i === keys.length - 1;
        if (last && (node.leaf || node.children.size > 0))
            return `${concrete}${formatPath(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (!last && node.leaf)
            return `${concrete}${formatPath(keys.slice(0, i + 1).map((x) => ({ kind: 'key', key: x.key })))} is both a value and a mapping`;
        if (last)
            node.leaf = comment === undefined ? { rendered } : { rendered, comment };
        level = node.children;
    }
    return undefined;
}
function renderKey(key) {
    return key !== '<<' && isSafePlainString(key, 'block') && !key.includes(': ') ? key : doubleQuoted(key);
}
/** Indentation step of the document: how far its first nested block mapping is indented. */
function indentStep(f) {
    const root = f.doc.contents;
    if (!isMap(root))
        return 2;
    for (const item of root.items) {
        if (!isPair(item) || !isMap(item.value) || item.value.flow || item.value.items.length === 0)
            continue;
        const inner = item.value.items[0].key.range?.[0];
        const outer = item.key.range?.[0];
        if (inner === undefined || outer === undefined)
            continue;
        const step = positionOf(f, inner).col - positionOf(f, outer).col;
        if (step > 0)
            return step;
    }
    return 2;
}
/** All keys created in one mapping, written as one block after its last entry, in its indentation. */
function creationEdit(f, tree, eol) {
    const { map } = tree;
    const last = map.items[map.items.length - 1];
    if (!last || !isPair(last))
        throw new UserError(`cannot add keys to the empty mapping at ${tree.concrete || '.'}`, { file: f.file });
    const firstKey = map.items[0].key;
    const indent = positionOf(f, firstKey.range[0]).col - 1;
    const step = indentStep(f);
    const lines = [];
    const write = (children, depth) => {
        for (const [key, node] of children) {
            const pad = ' '.repeat(indent + depth * step);
            if (node.leaf) {
                const comment = node.leaf.comment ? ` # ${node.leaf.comment}` : '';
                lines.push(`${pad}${renderKey(key)}: ${node.leaf.rendered.source}${comment}`);
            }
            else {
                lines.push(`${pad}${renderKey(key)}:`);
                write(node.children, depth + 1);
            }
        }
    };
    write(tree.children, 0);
    const lastNode = (last.value ?? last.key);
    let at = lastNode.range[1];
    const src = f.source;
    if (src[at - 1] !== '\n') {
        const nl = src.indexOf('\n', at);
        at = nl === -1 ? src.length : nl + 1;
    }
    const block = lines.map((l) => l + eol).join('');
    return at === src.length && !src.endsWith('\n')
        ? { start: at, end: at, text: eol + block.slice(0, -eol.length) }
        : { start: at, end: at, text: block };
}
/** Re-parse the edited text and prove the edit did exactly what was asked; otherwise refuse (a bug, not a user error). */
function verify(f, text, planned) {
    let after;
    try {
        after = loadYaml(text, f.file);
    }
    catch (e) {
        throw new Error(`internal error: the edit of ${f.file} produced unparsable YAML (${e.message}); nothing was written`, { cause: e });
    }
    const changes = [];
    for (const p of planned) {
        // By the concrete path (indices, not selectors): an edit may change the very value a selector matched.
        const loc = locate(after, parsePath(p.concrete), { followAliases: false });
        const node = loc.found ? loc.node : null;
        if (!isScalar(node) || !Object.is(node.value, p.rendered.expected)) {
            throw new Error(`internal error: ${p.canonical} in ${f.file} would read back as ${isScalar(node) ? JSON.stringify(node.value) : describeNode(node)}, not ${JSON.stringify(p.rendered.expected)}; nothing was written`);
        }
        changes.push({ site: p.canonical, old: p.old, new: p.set.value, line: positionOf(after, node.range[0]).line });
    }
    const edited = new Set(planned.filter((p) => !p.created).map((p) => p.concrete));
    const created = planned.filter((p) => p.created).map((p) => p.concrete);
    const keep = (isNew) => ([path]) => !edited.has(path) &&
        !(isNew && created.some((c) => path === c || c.startsWith(path + '.') || path.startsWith(c + '.')));
    const before = snapshotLeaves(f.doc).filter(keep(false));
    const now = snapshotLeaves(after.doc).filter(keep(true));
    const n = Math.max(before.length, now.length);
    for (let i = 0; i < n; i++) {
        const b = before[i];
        const a = now[i];
        if (!b || !a || b[0] !== a[0] || b[1] !== a[1]) {
            throw new Error(`internal error: editing ${f.file} would also change ${(b ?? a)[0] || '.'} (${b?.[1]} -> ${a?.[1]}); nothing was written`);
        }
    }
    return changes;
}
/** The block sequence and item index an index path ends in, for an empty item (`- ` with nothing after). */
function parentSeqItem(f, concrete) {
    const last = concrete[concrete.length - 1];
    if (last?.kind !== 'index')
        return undefined;
    const loc = locate(f, concrete.slice(0, -1), { followAliases: false });
    return loc.found && isSeq(loc.node) ? { seq: loc.node, index: last.index } : undefined;
}
/**
 * Where a value goes in place of an empty one (`key:`, `key: &anchor`, `- `), which has no bytes of its own
 * (the parser may even place it after a comment on the next line): after the indicator and any anchor or
 * tag that follows it. Trailing blanks up to the end of the line are replaced, so none is left behind.
 */
function emptyValueSpot(f, pair, item) {
    const src = f.source;
    let at;
    if (pair) {
        const keyEnd = pair.key?.range?.[1];
        const colon = keyEnd === undefined ? -1 : src.indexOf(':', keyEnd);
        if (colon === -1)
            return undefined;
        at = colon + 1;
    }
    else if (item) {
        const token = item.seq.srcToken;
        const dash = token?.items?.[item.index]?.start.find((t) => t.type === 'seq-item-ind');
        if (!dash)
            return undefined;
        at = dash.offset + 1;
    }
    else
        return undefined;
    const blanks = /[ \t]*/y;
    const property = /[&!][^\s,[\]{}]*/y;
    for (;;) {
        blanks.lastIndex = at;
        blanks.exec(src);
        property.lastIndex = blanks.lastIndex;
        if (!property.exec(src))
            break;
        at = property.lastIndex;
    }
    blanks.lastIndex = at;
    blanks.exec(src);
    const next = src[blanks.lastIndex];
    const atEol = next === undefined || next === '\n' || next === '\r';
    return [at, atEol ? blanks.lastIndex : at];
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/read.ts





/** Read the scalar at `path`, following aliases and merge keys; anything but a scalar is a UserError. */
function read_readScalar(f, pathText) {
    const path = path_parsePath(pathText);
    const canonical = path_formatPath(path);
    const loc = locate_locate(f, path, { followAliases: true });
    if (!loc.found) {
        const missing = path[loc.depth];
        const line = loc.map.range ? document_positionOf(f, loc.map.range[0]).line : 1;
        const key = missing?.kind === 'key' ? missing.key : '';
        throw new src/* UserError */.yo(`${canonical}: no key '${key}' in the mapping at line ${line}`, { file: f.file, line });
    }
    const node = loc.node;
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null) {
        const at = node?.range ? document_positionOf(f, node.range[0]) : { line: 1, col: 1 };
        throw new src/* UserError */.yo(`${canonical} is ${locate_describeNode(node)}, not a scalar value`, { file: f.file, ...at });
    }
    const { line, col } = document_positionOf(f, node.range[0]);
    // A plain number or date is returned as written (`1.10`, not the 1.1 a reader makes of it): callers
    // compare versions as text.
    const v = node.value;
    return { value: typeof v === 'string' ? v : (node.source ?? String(v)), line, col };
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/assignment.ts

/**
 * One line of a `set` input: `PATH=VALUE`, optionally followed by ` # comment` to replace the value's
 * inline comment (a bare ` #` removes it). The split is at the first `=` outside `[…]` and quotes, so
 * selectors (`.images[name=x].newTag=v1`) and quoted keys (`."a=b"=v1`) work. A value in quotes keeps
 * spaces and `#` literally (`.a=" # not a comment"`); quotes decide nothing about the written type.
 */
function parseAssignment(line, origin) {
    const text = line.trim();
    let depth = 0;
    let quote = '';
    let eq = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === '=' && depth === 0) {
            eq = i;
            break;
        }
    }
    const path = eq === -1 ? '' : text.slice(0, eq).trim();
    if (eq === -1 || path === '')
        throw new UserError(`${origin}: expected PATH=VALUE, got '${text}'`);
    let rest = text.slice(eq + 1).trim();
    let value;
    if (rest.startsWith('"') || rest.startsWith("'")) {
        const q = rest[0];
        let i = 1;
        let raw = '';
        for (; i < rest.length; i++) {
            if (rest[i] === q) {
                if (q === "'" && rest[i + 1] === "'") {
                    raw += "''";
                    i++;
                    continue;
                }
                break;
            }
            if (q === '"' && rest[i] === '\\')
                raw += rest[i++];
            raw += rest[i] ?? '';
        }
        if (i >= rest.length)
            throw new UserError(`${origin}: the value's closing ${q} is missing in '${text}'`);
        if (q === '"') {
            try {
                value = JSON.parse(`"${raw}"`);
            }
            catch {
                throw new UserError(`${origin}: invalid escape in the quoted value of '${text}'`);
            }
        }
        else
            value = raw.replace(/''/g, "'");
        rest = rest.slice(i + 1);
        if (rest.trim() !== '' && !/^\s+#/.test(rest)) {
            throw new UserError(`${origin}: unexpected text after the quoted value in '${text}'`);
        }
    }
    else {
        const m = /\s#/.exec(rest);
        value = (m ? rest.slice(0, m.index) : rest).trim();
        rest = m ? rest.slice(m.index) : '';
    }
    const comment = /^\s+#(.*)$/.exec(rest);
    const set = { path, value, origin };
    if (comment)
        set.comment = comment[1].trim();
    return set;
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/schema-errors.ts



/** The YAML node a JSON pointer (`/pins/0/kind`) points at. */
function schema_errors_nodeAt(f, pointer) {
    let node = f.doc.contents;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            node = pair?.value ?? pair?.key ?? null;
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node = node.items[Number(key)] ?? null;
        else
            return node ?? undefined;
        if (!node)
            return undefined;
    }
    return node ?? undefined;
}
function keyNode(f, pointer, key) {
    const parent = schema_errors_nodeAt(f, pointer);
    if (!(0,dist/* isMap */.jh)(parent))
        return parent;
    const pair = parent.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair?.key ?? parent;
}
/** `/pins/3/kind` as `pins[3].kind`. */
function where(pointer, whole) {
    if (pointer === '')
        return whole;
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
        .join('');
}
function schema_errors_schemaErrors(f, errors, o) {
    const out = new Map();
    const at = (node) => ({ file: f.file, ...(node?.range ? document_positionOf(f, node.range[0]) : {}) });
    for (const e of errors) {
        let node = schema_errors_nodeAt(f, e.instancePath);
        const name = where(e.instancePath, o.whole);
        const site = o.exclusive !== undefined && o.exclusive.at.test(e.instancePath);
        let message;
        if (e.keyword === 'additionalProperties') {
            const extra = String(e.params['additionalProperty']);
            node = keyNode(f, e.instancePath, extra);
            message = `${name}: unknown key '${extra}'`;
        }
        else if (e.keyword === 'required') {
            if (site && o.exclusive.keys.includes(String(e.params['missingProperty'])))
                continue;
            message = `${name}: '${String(e.params['missingProperty'])}' is required`;
        }
        else if (site && (e.keyword === 'oneOf' || e.keyword === 'not')) {
            const keys = o.exclusive.keys.map((k) => `'${k}'`);
            message = `${name}: ${o.exclusive.what} needs exactly one of ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
        }
        else if (e.keyword === 'enum') {
            message = `${name}: expected one of ${e.params['allowedValues'].join(', ')}, got '${String(nodeValue(node))}'`;
        }
        else if (e.keyword === 'type') {
            message = `${name}: expected ${String(e.params['type'])}`;
        }
        else if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && e.propertyName !== undefined)) {
            if (e.keyword === 'pattern')
                continue;
            const bad = String(e.params['propertyName']);
            node = keyNode(f, e.instancePath, bad);
            message = `${name}: '${bad}' is not ${o.keyNames ?? 'a valid name'}`;
        }
        else if (e.keyword === 'pattern') {
            const hint = o.hints?.[name.replace(/\[\d+\]/g, '[]').replace(/^(\w+)\.[^.[]+\./, '$1.*.')] ??
                (e.params['pattern'] === '\\S' ? 'must not be empty' : `must match ${String(e.params['pattern'])}`);
            message = `${name}: ${hint}, got '${String(nodeValue(node))}'`;
        }
        else if (e.keyword === 'minLength' || e.keyword === 'minProperties') {
            message = `${name}: must not be empty`;
        }
        else {
            message = `${name}: ${e.message ?? e.keyword}`;
        }
        const err = new src/* UserError */.yo(message, at(node));
        out.set(err.toString(), err);
    }
    return [...out.values()];
}
function nodeValue(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : node === undefined ? '' : node.toString();
}

;// CONCATENATED MODULE: ./packages/yaml-edit/src/index.ts












;// CONCATENATED MODULE: ./packages/release-pins/src/generated/validate-manifest.js
// Generated by scripts/build.mjs from packages/release-pins/schema/release-pins.schema.json (ajv standalone): do not edit.
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const validate_manifest = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/confidential-containers/coco-release-actions/packages/release-pins/schema/release-pins.schema.json","title":"release-pins manifest","description":"Every edit of each release phase of a repository (.github/release-pins.yaml), applied by apply-release-pins.","type":"object","additionalProperties":false,"properties":{"pins":{"description":"Values to set in files, per phase.","type":"array","items":{"$ref":"#/definitions/pin"}},"charts":{"description":"Helm charts to bump, per phase (after the pins, in dependency order).","type":"array","items":{"$ref":"#/definitions/chart"}},"go":{"description":"Go dependencies to update with `go get MODULE@VERSION` and `go mod tidy`, per phase (run by the workflow, which has Go).","type":"array","items":{"$ref":"#/definitions/go"}}},"definitions":{"phase-name":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"template":{"description":"Text with {NAME} (a variable), {NAME#v} (without a leading v) and {today} (UTC YYYY-MM-DD).","type":"string"},"pin":{"type":"object","additionalProperties":false,"required":["file","phases"],"properties":{"file":{"description":"File, relative to the repository root.","type":"string","pattern":"\\S"},"path":{"description":"A YAML path (bump-versions-yaml syntax): .image.tag","type":"string","pattern":"^\\."},"variable":{"description":"A Makefile, shell or Dockerfile variable.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"pattern":{"description":"A regular expression with one named group `value`; must match exactly once.","type":"string","pattern":"\\S"},"image":{"description":"The image (registry/repository) whose tag this site holds, for verify-images.","type":"string","pattern":"\\S"},"digest":{"description":"This site accepts `tag@sha256:…` (written so with pin-by-digest); needs `image`.","type":"boolean"},"allow-shared-anchor":{"description":"A YAML site inside an anchored value that aliases reuse (`<<: *base`) is edited, changing every alias too (the summary lists them), instead of refused.","type":"boolean"},"optional":{"description":"Skip this site, and say so, when its file does not exist (a file some releases do not have); without it a missing file is an error.","type":"boolean"},"phases":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/phase-name"},"additionalProperties":{"oneOf":[{"$ref":"#/definitions/template"},{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"$ref":"#/definitions/template"},"comment":{"description":"The inline comment after a YAML value ('' removes it).","type":"string"}}}]}}},"oneOf":[{"required":["path"],"not":{"anyOf":[{"required":["variable"]},{"required":["pattern"]}]}},{"required":["variable"],"not":{"anyOf":[{"required":["path"]},{"required":["pattern"]}]}},{"required":["pattern"],"not":{"anyOf":[{"required":["path"]},{"required":["variable"]}]}}]},"chart":{"type":"object","additionalProperties":false,"required":["chart","phases"],"properties":{"chart":{"description":"Chart directory (holding Chart.yaml).","type":"string","pattern":"\\S"},"phases":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/phase-name"},"additionalProperties":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"version":{"description":"major, minor, patch, app-bump (the part app-version changes by), or an exact SemVer 2 version (a template). A chart whose appVersion already equals app-version keeps its version.","$ref":"#/definitions/template"},"app-version":{"description":"{chart-version} is the chart's new version.","$ref":"#/definitions/template"},"dependencies":{"description":"Dependency name or alias -> version.","type":"object","additionalProperties":{"$ref":"#/definitions/template"}},"lock":{"enum":["update","remove","keep"]},"lock-exclude":{"description":"Dependencies left out of Chart.lock and its digest, as NAME@VERSION (a CI-only entry such as kata-deploy@0.0.0-dev).","type":"array","items":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$"}}}}}}},"go":{"type":"object","additionalProperties":false,"required":["module","require","phases"],"properties":{"module":{"description":"Directory of the go.mod to update.","type":"string","pattern":"\\S"},"require":{"description":"Module path to `go get`.","type":"string","pattern":"\\S"},"phases":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/phase-name"},"additionalProperties":{"$ref":"#/definitions/template"}}}}}};const schema12 = {"type":"object","additionalProperties":false,"required":["file","phases"],"properties":{"file":{"description":"File, relative to the repository root.","type":"string","pattern":"\\S"},"path":{"description":"A YAML path (bump-versions-yaml syntax): .image.tag","type":"string","pattern":"^\\."},"variable":{"description":"A Makefile, shell or Dockerfile variable.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"pattern":{"description":"A regular expression with one named group `value`; must match exactly once.","type":"string","pattern":"\\S"},"image":{"description":"The image (registry/repository) whose tag this site holds, for verify-images.","type":"string","pattern":"\\S"},"digest":{"description":"This site accepts `tag@sha256:…` (written so with pin-by-digest); needs `image`.","type":"boolean"},"allow-shared-anchor":{"description":"A YAML site inside an anchored value that aliases reuse (`<<: *base`) is edited, changing every alias too (the summary lists them), instead of refused.","type":"boolean"},"optional":{"description":"Skip this site, and say so, when its file does not exist (a file some releases do not have); without it a missing file is an error.","type":"boolean"},"phases":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/phase-name"},"additionalProperties":{"oneOf":[{"$ref":"#/definitions/template"},{"type":"object","additionalProperties":false,"required":["value"],"properties":{"value":{"$ref":"#/definitions/template"},"comment":{"description":"The inline comment after a YAML value ('' removes it).","type":"string"}}}]}}},"oneOf":[{"required":["path"],"not":{"anyOf":[{"required":["variable"]},{"required":["pattern"]}]}},{"required":["variable"],"not":{"anyOf":[{"required":["path"]},{"required":["pattern"]}]}},{"required":["pattern"],"not":{"anyOf":[{"required":["path"]},{"required":["variable"]}]}}]};const schema13 = {"type":"string","pattern":"^[a-z][a-z0-9-]*$"};const schema14 = {"description":"Text with {NAME} (a variable), {NAME#v} (without a leading v) and {today} (UTC YYYY-MM-DD).","type":"string"};const func2 = Object.prototype.hasOwnProperty;const pattern0 = new RegExp("\\S", "u");const pattern1 = new RegExp("^\\.", "u");const pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const pattern5 = new RegExp("^[a-z][a-z0-9-]*$", "u");function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs1 = errors;let valid0 = false;let passing0 = null;const _errs2 = errors;const _errs3 = errors;const _errs4 = errors;const _errs5 = errors;let valid2 = false;const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.variable === undefined) && (missing0 = "variable")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var _valid1 = _errs6 === errors;valid2 = valid2 || _valid1;if(!valid2){const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.pattern === undefined) && (missing1 = "pattern")){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var _valid1 = _errs7 === errors;valid2 = valid2 || _valid1;}if(!valid2){const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}var valid1 = _errs4 === errors;if(valid1){const err3 = {instancePath,schemaPath:"#/oneOf/0/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.path === undefined){const err4 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var _valid0 = _errs2 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs8 = errors;const _errs9 = errors;const _errs10 = errors;const _errs11 = errors;let valid4 = false;const _errs12 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.path === undefined) && (missing2 = "path")){const err5 = {};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}var _valid2 = _errs12 === errors;valid4 = valid4 || _valid2;if(!valid4){const _errs13 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.pattern === undefined) && (missing3 = "pattern")){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}var _valid2 = _errs13 === errors;valid4 = valid4 || _valid2;}if(!valid4){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}var valid3 = _errs10 === errors;if(valid3){const err8 = {instancePath,schemaPath:"#/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}else {errors = _errs9;if(vErrors !== null){if(_errs9){vErrors.length = _errs9;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.variable === undefined){const err9 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "variable"},message:"must have required property '"+"variable"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid0 = _errs8 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}const _errs14 = errors;const _errs15 = errors;const _errs16 = errors;const _errs17 = errors;let valid6 = false;const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.path === undefined) && (missing4 = "path")){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid3 = _errs18 === errors;valid6 = valid6 || _valid3;if(!valid6){const _errs19 = errors;if(data && typeof data == "object" && !Array.isArray(data)){let missing5;if((data.variable === undefined) && (missing5 = "variable")){const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid3 = _errs19 === errors;valid6 = valid6 || _valid3;}if(!valid6){const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {errors = _errs17;if(vErrors !== null){if(_errs17){vErrors.length = _errs17;}else {vErrors = null;}}}var valid5 = _errs16 === errors;if(valid5){const err13 = {instancePath,schemaPath:"#/oneOf/2/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.pattern === undefined){const err14 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid0 = _errs14 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 2];}else {if(_valid0){valid0 = true;passing0 = 2;}}}if(!valid0){const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {errors = _errs1;if(vErrors !== null){if(_errs1){vErrors.length = _errs1;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.file === undefined){const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data.phases === undefined){const err17 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"},message:"must have required property '"+"phases"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key0 in data){if(!(func2.call(schema12.properties, key0))){const err18 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.file !== undefined){let data0 = data.file;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err19 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.path !== undefined){let data1 = data.path;if(typeof data1 === "string"){if(!pattern1.test(data1)){const err21 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^\\."},message:"must match pattern \""+"^\\."+"\""};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.variable !== undefined){let data2 = data.variable;if(typeof data2 === "string"){if(!pattern2.test(data2)){const err23 = {instancePath:instancePath+"/variable",schemaPath:"#/properties/variable/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/variable",schemaPath:"#/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.pattern !== undefined){let data3 = data.pattern;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err25 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.image !== undefined){let data4 = data.image;if(typeof data4 === "string"){if(!pattern0.test(data4)){const err27 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.digest !== undefined){if(typeof data.digest !== "boolean"){const err29 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data["allow-shared-anchor"] !== undefined){if(typeof data["allow-shared-anchor"] !== "boolean"){const err30 = {instancePath:instancePath+"/allow-shared-anchor",schemaPath:"#/properties/allow-shared-anchor/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.optional !== undefined){if(typeof data.optional !== "boolean"){const err31 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.phases !== undefined){let data8 = data.phases;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(Object.keys(data8).length < 1){const err32 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key1 in data8){const _errs39 = errors;if(typeof key1 === "string"){if(!pattern5.test(key1)){const err33 = {instancePath:instancePath+"/phases",schemaPath:"#/definitions/phase-name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/phases",schemaPath:"#/definitions/phase-name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}var valid8 = _errs39 === errors;if(!valid8){const err35 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}for(const key2 in data8){let data9 = data8[key2];const _errs44 = errors;let valid11 = false;let passing1 = null;const _errs45 = errors;if(typeof data9 !== "string"){const err36 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}var _valid4 = _errs45 === errors;if(_valid4){valid11 = true;passing1 = 0;}const _errs48 = errors;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.value === undefined){const err37 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}for(const key3 in data9){if(!((key3 === "value") || (key3 === "comment"))){const err38 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data9.value !== undefined){if(typeof data9.value !== "string"){const err39 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/value",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data9.comment !== undefined){if(typeof data9.comment !== "string"){const err40 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/comment",schemaPath:"#/properties/phases/additionalProperties/oneOf/1/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}var _valid4 = _errs48 === errors;if(_valid4 && valid11){valid11 = false;passing1 = [passing1, 1];}else {if(_valid4){valid11 = true;passing1 = 1;}}if(!valid11){const err42 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}else {errors = _errs44;if(vErrors !== null){if(_errs44){vErrors.length = _errs44;}else {vErrors = null;}}}}}else {const err43 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema16 = {"type":"object","additionalProperties":false,"required":["chart","phases"],"properties":{"chart":{"description":"Chart directory (holding Chart.yaml).","type":"string","pattern":"\\S"},"phases":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/phase-name"},"additionalProperties":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"version":{"description":"major, minor, patch, app-bump (the part app-version changes by), or an exact SemVer 2 version (a template). A chart whose appVersion already equals app-version keeps its version.","$ref":"#/definitions/template"},"app-version":{"description":"{chart-version} is the chart's new version.","$ref":"#/definitions/template"},"dependencies":{"description":"Dependency name or alias -> version.","type":"object","additionalProperties":{"$ref":"#/definitions/template"}},"lock":{"enum":["update","remove","keep"]},"lock-exclude":{"description":"Dependencies left out of Chart.lock and its digest, as NAME@VERSION (a CI-only entry such as kata-deploy@0.0.0-dev).","type":"array","items":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$"}}}}}}};const pattern8 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.chart === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chart"},message:"must have required property '"+"chart"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.phases === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"},message:"must have required property '"+"phases"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "chart") || (key0 === "phases"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.chart !== undefined){let data0 = data.chart;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err3 = {instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.phases !== undefined){let data1 = data.phases;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(Object.keys(data1).length < 1){const err5 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data1){const _errs6 = errors;if(typeof key1 === "string"){if(!pattern5.test(key1)){const err6 = {instancePath:instancePath+"/phases",schemaPath:"#/definitions/phase-name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/phases",schemaPath:"#/definitions/phase-name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var valid1 = _errs6 === errors;if(!valid1){const err8 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(Object.keys(data2).length < 1){const err9 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key3 in data2){if(!(((((key3 === "version") || (key3 === "app-version")) || (key3 === "dependencies")) || (key3 === "lock")) || (key3 === "lock-exclude"))){const err10 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data2.version !== undefined){if(typeof data2.version !== "string"){const err11 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/version",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data2["app-version"] !== undefined){if(typeof data2["app-version"] !== "string"){const err12 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/app-version",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.dependencies !== undefined){let data5 = data2.dependencies;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key4 in data5){if(typeof data5[key4] !== "string"){const err13 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/dependencies",schemaPath:"#/properties/phases/additionalProperties/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data2.lock !== undefined){let data7 = data2.lock;if(!(((data7 === "update") || (data7 === "remove")) || (data7 === "keep"))){const err15 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/lock",schemaPath:"#/properties/phases/additionalProperties/properties/lock/enum",keyword:"enum",params:{allowedValues: schema16.properties.phases.additionalProperties.properties.lock.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data2["lock-exclude"] !== undefined){let data8 = data2["lock-exclude"];if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(typeof data9 === "string"){if(!pattern8.test(data9)){const err16 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/lock-exclude/" + i0,schemaPath:"#/properties/phases/additionalProperties/properties/lock-exclude/items/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/lock-exclude/" + i0,schemaPath:"#/properties/phases/additionalProperties/properties/lock-exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/lock-exclude",schemaPath:"#/properties/phases/additionalProperties/properties/lock-exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/phases/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate13.errors = vErrors;return errors === 0;}const schema21 = {"type":"object","additionalProperties":false,"required":["module","require","phases"],"properties":{"module":{"description":"Directory of the go.mod to update.","type":"string","pattern":"\\S"},"require":{"description":"Module path to `go get`.","type":"string","pattern":"\\S"},"phases":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/phase-name"},"additionalProperties":{"$ref":"#/definitions/template"}}}};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.module === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "module"},message:"must have required property '"+"module"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.require === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "require"},message:"must have required property '"+"require"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.phases === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"},message:"must have required property '"+"phases"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "module") || (key0 === "require")) || (key0 === "phases"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.module !== undefined){let data0 = data.module;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err4 = {instancePath:instancePath+"/module",schemaPath:"#/properties/module/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/module",schemaPath:"#/properties/module/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.require !== undefined){let data1 = data.require;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err6 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/require",schemaPath:"#/properties/require/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.phases !== undefined){let data2 = data.phases;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(Object.keys(data2).length < 1){const err8 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data2){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern5.test(key1)){const err9 = {instancePath:instancePath+"/phases",schemaPath:"#/definitions/phase-name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/phases",schemaPath:"#/definitions/phase-name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var valid1 = _errs8 === errors;if(!valid1){const err11 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}for(const key2 in data2){if(typeof data2[key2] !== "string"){const err12 = {instancePath:instancePath+"/phases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate15.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/confidential-containers/coco-release-actions/packages/release-pins/schema/release-pins.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "pins") || (key0 === "charts")) || (key0 === "go"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.pins !== undefined){let data0 = data.pins;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(!(validate11(data0[i0], {instancePath:instancePath+"/pins/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err1 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.charts !== undefined){let data2 = data.charts;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){if(!(validate13(data2[i1], {instancePath:instancePath+"/charts/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}else {const err2 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.go !== undefined){let data4 = data.go;if(Array.isArray(data4)){const len2 = data4.length;for(let i2=0; i2<len2; i2++){if(!(validate15(data4[i2], {instancePath:instancePath+"/go/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/go",schemaPath:"#/properties/go/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./packages/release-pins/src/manifest.ts



// schema/release-pins.schema.json, compiled by ajv at build time (scripts/build.mjs).

function parseManifest(text, file) {
    const f = loadYaml(text, file);
    const data = toData(f);
    if (!validateSchema(data ?? {}))
        throwIfAny(schemaErrors(f, validateSchema.errors ?? [], {
            whole: 'the manifest',
            exclusive: { at: /^\/pins\/\d+$/, keys: ['path', 'variable', 'pattern'], what: 'a pin' },
            keyNames: "a phase name (lowercase letters, digits and '-': prepare, release, post-release)",
        }));
    const raw = (data ?? {});
    const line = (path) => {
        const node = nodeAt(f, path);
        return node?.range ? positionOf(f, node.range[0]).line : 1;
    };
    const errors = [];
    const pins = (raw.pins ?? []).map((p, i) => {
        let site;
        let label;
        if (p.path !== undefined)
            [site, label] = [{ kind: 'yaml', path: p.path }, p.path];
        else if (p.variable !== undefined)
            [site, label] = [{ kind: 'variable', name: p.variable }, p.variable];
        else {
            label = p.pattern;
            site = { kind: 'pattern', regex: compilePattern(p.pattern, errors, { file, line: line(`/pins/${i}/pattern`) }) };
        }
        const phases = new Map(Object.entries(p.phases).map(([phase, v]) => [
            phase,
            typeof v === 'string' ? { value: v } : v.comment === undefined ? { value: v.value } : v,
        ]));
        const pin = { file: p.file, site, label, phases, line: line(`/pins/${i}`) };
        if (p.image !== undefined)
            pin.image = p.image;
        if (p.optional === true)
            pin.optional = true;
        if (p['allow-shared-anchor'] === true)
            pin.allowSharedAnchor = true;
        if (p.digest === true) {
            if (p.image === undefined)
                errors.push(new UserError("'digest: true' needs the site's 'image'", { file, line: pin.line }));
            pin.digest = true;
        }
        return pin;
    });
    const charts = (raw.charts ?? []).map((c, i) => ({
        chart: c.chart,
        line: line(`/charts/${i}`),
        phases: new Map(Object.entries(c.phases).map(([phase, v]) => {
            const cp = {};
            if (v.version !== undefined)
                cp.version = v.version;
            if (v['app-version'] !== undefined)
                cp.appVersion = v['app-version'];
            if (v.dependencies !== undefined)
                cp.dependencies = new Map(Object.entries(v.dependencies));
            if (v.lock !== undefined)
                cp.lock = v.lock;
            if (v['lock-exclude'] !== undefined)
                cp.lockExclude = v['lock-exclude'];
            return [phase, cp];
        })),
    }));
    const go = (raw.go ?? []).map((g, i) => ({
        module: g.module,
        require: g.require,
        phases: new Map(Object.entries(g.phases)),
        line: line(`/go/${i}`),
    }));
    throwIfAny(errors);
    const phases = new Set();
    for (const e of [...pins, ...charts, ...go])
        for (const p of e.phases.keys())
            phases.add(p);
    return { file, pins, charts, go, phases: [...phases].sort() };
}
/** A `pattern` site: one named group `value`; compiled with indices, to know where the value stands. */
function compilePattern(pattern, errors, position) {
    let regex;
    try {
        regex = new RegExp(pattern, 'gmd');
    }
    catch (e) {
        errors.push(new src/* UserError */.yo(`pattern is not a valid regular expression: ${e.message}`, position));
        return /$^/dgm;
    }
    if (!/\(\?<value>/.test(pattern))
        errors.push(new src/* UserError */.yo('pattern needs a named group (?<value>…)', position));
    const unbounded = backtrackingHazard(pattern);
    if (unbounded) {
        errors.push(new src/* UserError */.yo(`pattern refused: ${unbounded}, with which a match can take exponential time; write it without (one quantifier per repeated part, no backreference)`, position));
    }
    return regex;
}
/**
 * Why matching `pattern` may backtrack exponentially, or undefined. JavaScript's engine backtracks, and a
 * synchronous match cannot be stopped (not even by the runner's cancel), so the shapes that make it
 * exponential are refused when the manifest is read: a repeated part (`+`, `*`, `{n,}`, `{n,m}` with m > 1)
 * holding another repeated part or alternatives (`(a+)+`, `(a|a)*`), and backreferences. What is left runs
 * in polynomial time in the length of the file's longest stretch the pattern can span.
 */
function backtrackingHazard(pattern) {
    let ast;
    try {
        ast = new RegExpParser().parsePattern(pattern);
    }
    catch {
        return undefined; // new RegExp() reported it
    }
    const visit = (node, repeated) => {
        switch (node.type) {
            case 'Backreference':
                return `the backreference ${node.raw}`;
            case 'Quantifier': {
                const repeats = node.max > 1;
                if (repeats && repeated)
                    return `the repeated part ${node.raw} inside the repeated part ${repeated.raw}`;
                return visit(node.element, repeats ? node : repeated);
            }
            case 'Pattern':
            case 'Group':
            case 'CapturingGroup':
            case 'Assertion': {
                if (!('alternatives' in node))
                    return undefined;
                if (repeated && node.alternatives.length > 1)
                    return `the alternatives ${node.raw} inside the repeated part ${repeated.raw}`;
                for (const alt of node.alternatives)
                    for (const e of alt.elements) {
                        const why = visit(e, repeated);
                        if (why)
                            return why;
                    }
                return undefined;
            }
            default:
                return undefined;
        }
    };
    return visit(ast, undefined);
}

;// CONCATENATED MODULE: ./packages/release-pins/src/templates.ts

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_-]*)(#v)?\}/g;
/** `NAME=VALUE` lines (the `vars` input): names as in templates, values on one line. */
function parseVars(lines, input = 'vars') {
    const vars = new Map();
    const errors = [];
    for (const { text, line } of lines) {
        const eq = text.indexOf('=');
        const name = eq === -1 ? '' : text.slice(0, eq).trim();
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
            errors.push(new UserError(`input '${input}' line ${line}: expected NAME=VALUE, got '${text}'`));
            continue;
        }
        if (name === 'today' || name === 'chart-version') {
            errors.push(new UserError(`input '${input}' line ${line}: {${name}} is built in and cannot be set`));
            continue;
        }
        if (vars.has(name)) {
            errors.push(new UserError(`input '${input}' line ${line}: ${name} is set twice`));
            continue;
        }
        vars.set(name, text.slice(eq + 1).trim());
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserError(errors.map((e) => e.message).join('; '));
    return vars;
}
function utcDate(now) {
    return now.toISOString().slice(0, 10);
}
function templates_expand(template, ctx) {
    const out = template.replace(PLACEHOLDER, (_, name, stripV) => {
        let value;
        if (name === 'today')
            value = ctx.today;
        else if (name === 'chart-version') {
            if (ctx.chartVersion === undefined)
                throw new UserError(`{chart-version} is only known in a chart entry's app-version`, ctx.position);
            value = ctx.chartVersion;
        }
        else {
            const v = ctx.vars.get(name);
            if (v === undefined) {
                const known = [...ctx.vars.keys()].sort().join(', ') || 'none';
                throw new UserError(`unknown variable {${name}}: give it in input 'vars' (given: ${known})`, ctx.position);
            }
            value = v;
        }
        return stripV && /^v\d/.test(value) ? value.slice(1) : value;
    });
    if (/\{[^}]*\}/.test(template.replace(PLACEHOLDER, ''))) {
        throw new UserError(`'${template}' holds a placeholder that is not {NAME}, {NAME#v} or {today}`, ctx.position);
    }
    if (/[\r\n]/.test(out))
        throw new UserError(`'${template}' expands to more than one line`, ctx.position);
    return out;
}
/**
 * The variables a value gives a template, read back: `{NAME}` takes the text standing in its place
 * (`{image-tag}-dev` against `61b1aba-dev` gives image-tag `61b1aba`). `{NAME#v}` stood for the value with or
 * without its `v`, so it reads nothing; `{today}` reads a date. Undefined when the value does not have the
 * template's shape, or could be cut in more than one way (`{a}-{b}` against `x-y-z`), or gives one variable
 * two values.
 */
function templates_matchTemplate(template, value) {
    const names = [];
    let source = '';
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
        source += escapeRegExp(template.slice(last, m.index));
        last = m.index + m[0].length;
        const [, name, stripV] = m;
        if (name === 'today')
            source += '\\d{4}-\\d{2}-\\d{2}';
        else {
            names.push(stripV ? undefined : name);
            source += '([^]*?)';
        }
    }
    source += escapeRegExp(template.slice(last));
    const lazy = new RegExp(`^${source}$`).exec(value);
    // The same pattern with every part as long as it can be: a value cut the same way both times is cut one way.
    const greedy = new RegExp(`^${source.replaceAll('([^]*?)', '([^]*)')}$`).exec(value);
    if (!lazy || !greedy || lazy.some((part, i) => part !== greedy[i]))
        return undefined;
    const vars = new Map();
    for (const [i, name] of names.entries()) {
        if (name === undefined)
            continue;
        const part = lazy[i + 1];
        if (vars.has(name) && vars.get(name) !== part)
            return undefined;
        vars.set(name, part);
    }
    return vars;
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./packages/version-parity/src/sources.ts


const GITHUB_FORM = 'github:OWNER/REPO@REF:PATH#SELECTOR';
/** GitHub's own rules: owners are alphanumerics and hyphens, repositories add `.` and `_`. */
const GITHUB = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)@([^:\s]+):(.+)$/;
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `github:o/r@ref:path` or the local path: one key per distinct file (remote files are fetched once each). */
function fileKey(file) {
    return file.kind === 'github' ? `github:${file.owner}/${file.repo}@${file.ref}:${file.path}` : file.path;
}
function parseSourceLine(text, origin) {
    const eq = text.indexOf('=');
    const label = eq === -1 ? '' : text.slice(0, eq).trim();
    const location = eq === -1 ? '' : text.slice(eq + 1).trim();
    if (eq === -1 || label === '' || location === '') {
        throw new UserError(`${origin}: expected LABEL=LOCATION with LOCATION [github:OWNER/REPO@REF:]PATH#SELECTOR, got '${text}'`);
    }
    const hash = location.indexOf('#');
    const where = hash === -1 ? location : location.slice(0, hash);
    const selectorText = hash === -1 ? '' : location.slice(hash + 1).trim();
    let file;
    if (/^github:/i.test(where)) {
        const m = GITHUB.exec(where);
        if (!m || m[4].trim() === '') {
            throw new UserError(`${origin}: unknown github: form '${where}'; expected ${GITHUB_FORM}`);
        }
        const path = cleanPath(m[4].trim(), origin, where);
        file = { kind: 'github', owner: m[1], repo: m[2], ref: m[3], path };
    }
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(where)) {
        throw new UserError(`${origin}: '${where}' is a URL; a remote file is written ${GITHUB_FORM}`);
    }
    else {
        if (where.trim() === '')
            throw new UserError(`${origin}: '${label}' names no file before '#'`);
        file = { kind: 'local', path: where.trim() };
    }
    if (hash === -1 || selectorText === '') {
        throw new UserError(`${origin}: '${label}' has no selector; end the location with #.yaml.path or #VARIABLE_NAME`);
    }
    let selector;
    if (selectorText.startsWith('.')) {
        try {
            parsePath(selectorText);
        }
        catch (e) {
            if (e instanceof UserError)
                throw new UserError(`${origin}: ${e.message}`);
            throw e;
        }
        selector = { kind: 'yaml', path: selectorText };
    }
    else if (VARIABLE.test(selectorText)) {
        selector = { kind: 'variable', name: selectorText };
    }
    else {
        throw new UserError(`${origin}: selector '${selectorText}' is neither a YAML path (starting with '.') nor a variable name`);
    }
    return { label, file, selector, location };
}
function cleanPath(path, origin, where) {
    const p = path.replace(/^\/+/, '');
    if (p === '' || p.split('/').some((s) => s === '..' || s === '.' || s === '')) {
        throw new UserError(`${origin}: unknown github: form '${where}'; PATH must be a file path inside the repository`);
    }
    return p;
}
/**
 * Parse every line, collecting every mistake; then insist on unique labels and at least two sources
 * (one source cannot disagree with anything, so a check of one would pass vacuously).
 */
function parseSources(lines, input = 'sources') {
    const { errors, attempt } = collectErrors();
    const sources = [];
    const seen = new Map();
    for (const { text, line } of lines) {
        const origin = `${input} line ${line}`;
        const s = attempt(() => parseSourceLine(text, origin));
        if (!s)
            continue;
        const first = seen.get(s.label);
        if (first !== undefined) {
            errors.push(new UserError(`${origin}: duplicate label '${s.label}' (first used on line ${first})`));
            continue;
        }
        seen.set(s.label, line);
        sources.push({ ...s, line });
    }
    throwIfAny(errors);
    if (sources.length < 2) {
        throw new UserError(`input '${input}' needs at least two sources to compare, got ${sources.length}${sources.length === 1 ? ` ('${sources[0].label}')` : ''}`);
    }
    return sources;
}

;// CONCATENATED MODULE: ./packages/version-parity/src/variables.ts

function variableFileKind(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (/^(GNUmakefile|[Mm]akefile)(\..+)?$/.test(base) || /\.(mk|make)$/.test(base))
        return 'make';
    if (/^(Dockerfile|Containerfile)(\..+)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base)) {
        return 'docker';
    }
    return 'shell';
}
const FORMS = {
    make: 'Makefile assignments NAME = v, NAME := v, NAME ::= v, NAME ?= v, export NAME = v, override NAME = v',
    shell: 'shell assignments NAME=v, NAME="v", export NAME=v, readonly NAME=v',
    docker: 'Dockerfile instructions ARG NAME=v, ENV NAME=v',
};
/** Thrown inside the line parsers; becomes a UserError at the line. */
class LineProblem extends Error {
}
function variables_readVariable(text, file, name, kind = variableFileKind(file)) {
    const lines = text.split(/\r?\n/);
    const defs = [];
    const declaredOnly = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.includes(name))
            continue;
        let found;
        try {
            found =
                kind === 'make'
                    ? makeAssignment(line, name)
                    : kind === 'docker'
                        ? dockerAssignment(line, name)
                        : shellAssignment(line, name);
        }
        catch (e) {
            if (!(e instanceof LineProblem))
                throw e;
            throw new src/* UserError */.yo(e.message, { file, line: i + 1 });
        }
        if (found === 'declared')
            declaredOnly.push(i + 1);
        else if (found) {
            for (const f of found) {
                if (f.value.endsWith('\\') && i + 1 < lines.length && kind !== 'docker') {
                    throw new src/* UserError */.yo(`${name} continues on the next line; the check needs a one-line value`, {
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
        throw new src/* UserError */.yo(`no assignment to ${name} (looked for ${FORMS[kind]})${declared}`, { file });
    }
    const first = defs[0];
    const other = defs.find((d) => d.value !== first.value);
    if (other) {
        const all = defs.map((d) => `'${d.value}' (line ${d.line})`).join(', ');
        throw new src/* UserError */.yo(`${name} is assigned more than once with different values: ${all}`, {
            file,
            line: other.line,
            col: other.col,
        });
    }
    return { value: first.value, line: first.line, col: first.col };
}
function variables_escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function stripQuotes(value) {
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
        return value.slice(1, -1);
    }
    return value;
}
/** GNU Make: recipe lines (tab) are shell, `#` starts a comment unless escaped, `$` references are refused. */
function makeAssignment(line, name) {
    if (line.startsWith('\t'))
        return undefined;
    let end = line.length;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\')
            i++;
        else if (line[i] === '#') {
            end = i;
            break;
        }
    }
    const code = line.slice(0, end);
    const re = new RegExp(`^(\\s*(?:(?:export|override|private)\\s+)*)${variables_escapeRegExp(name)}\\s*(:::=|::=|:=|\\?=|\\+=|!=|=)(.*)$`);
    const m = re.exec(code);
    if (!m) {
        return new RegExp(`^\\s*(?:export|unexport)\\s+${variables_escapeRegExp(name)}\\s*$`).test(code) ? 'declared' : undefined;
    }
    const op = m[2];
    if (op === '+=' || op === '!=') {
        throw new LineProblem(`${name} is set with '${op}', which needs Make to evaluate; the check needs a plain value`);
    }
    const rest = m[3];
    const lead = rest.length - rest.trimStart().length;
    const raw = rest.trim().replace(/\\#/g, '#');
    if (/\$[({]|\$[A-Za-z_]/.test(raw)) {
        throw new LineProblem(`${name} = ${raw} refers to other variables or functions; the check needs a literal value`);
    }
    const col = code.length - rest.length + lead + 1;
    return [{ value: stripQuotes(raw), col }];
}
/** One shell word from `s` at `i`: quotes removed, `$` expansions reported. */
function shellWord(s, i) {
    let value = '';
    let expands = false;
    let quoted = false;
    while (i < s.length) {
        const c = s[i];
        if (/[\s;&|<>()]/.test(c))
            break;
        if (c === "'") {
            const close = s.indexOf("'", i + 1);
            if (close === -1)
                throw new LineProblem('unterminated single quote');
            value += s.slice(i + 1, close);
            quoted = true;
            i = close + 1;
        }
        else if (c === '"') {
            quoted = true;
            i++;
            while (i < s.length && s[i] !== '"') {
                if (s[i] === '\\' && i + 1 < s.length && '$`"\\'.includes(s[i + 1]))
                    i++;
                else if (s[i] === '$' || s[i] === '`')
                    expands = true;
                value += s[i];
                i++;
            }
            if (i >= s.length)
                throw new LineProblem('unterminated double quote');
            i++;
        }
        else if (c === '\\' && i + 1 < s.length) {
            value += s[i + 1];
            i += 2;
        }
        else if ((c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) || c === '`') {
            // A command substitution or parameter expansion is one piece of the word, blanks and all.
            const end = expansionEnd(s, i);
            value += s.slice(i, end);
            expands = true;
            i = end;
        }
        else {
            if (c === '$')
                expands = true;
            value += c;
            i++;
        }
    }
    return { value, end: i, expands, quoted };
}
/** Index just after the `$(…)`, `${…}` or `` `…` `` starting at `i` (nesting counted; unterminated: end of line). */
function expansionEnd(s, i) {
    if (s[i] === '`') {
        const close = s.indexOf('`', i + 1);
        return close === -1 ? s.length : close + 1;
    }
    const open = s[i + 1];
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    for (let j = i + 1; j < s.length; j++) {
        if (s[j] === open)
            depth++;
        else if (s[j] === close && --depth === 0)
            return j + 1;
    }
    return s.length;
}
/**
 * `${NAME:-v}` / `${NAME-v}` / `${NAME:=v}`: the script's own default for a variable the caller may override
 * (`NAME="${NAME:-v0.15.2}"`, `: "${NAME:=v0.15.2}"`); the pinned value is the default.
 */
function selfDefault(word, name) {
    const m = new RegExp(`^\\$\\{${variables_escapeRegExp(name)}:?[-=]([^}$\`]*)\\}$`).exec(word);
    return m ? stripQuotes(m[1]) : undefined;
}
function shellAssignment(line, name) {
    const n = variables_escapeRegExp(name);
    const colon = new RegExp(`^\\s*:\\s+"?(\\$\\{${n}:?=[^}]*\\})"?\\s*(#.*)?$`).exec(line);
    if (colon) {
        return [{ value: selfDefault(colon[1], name), col: line.indexOf(colon[1]) + 1 }];
    }
    const m = new RegExp(`^(\\s*((?:(?:export|readonly|local|declare|typeset)(?:\\s+-[A-Za-z]+)*\\s+)*))${n}=`).exec(line);
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
        if (dflt !== undefined)
            return [{ value: dflt, col: start + 1 }];
        throw new LineProblem(`${name}=${raw} is computed when the script runs ($ or \`); the check needs a literal value`);
    }
    return [{ value: word.value, col: start + 1 }];
}
/** `ARG NAME=v`, `ENV NAME=v OTHER=w`, legacy `ENV NAME v`; instructions are case-insensitive. */
function dockerAssignment(line, name) {
    const m = /^(\s*(ARG|ENV)\s+)(.*)$/i.exec(line);
    if (!m)
        return undefined;
    const instruction = m[2].toUpperCase();
    const body = m[3];
    let i = m[1].length;
    const out = [];
    let declared = false;
    // Legacy `ENV NAME value`: the rest of the line is the value.
    const legacy = new RegExp(`^${variables_escapeRegExp(name)}\\s+(?!\\S*=)(.+)$`).exec(body);
    if (instruction === 'ENV' && legacy) {
        const raw = legacy[1].replace(/\s+#.*$/, '').trim();
        if (/\$/.test(raw))
            throw new LineProblem(`ENV ${name} ${raw} refers to other variables; the check needs a literal value`);
        return [{ value: stripQuotes(raw), col: i + body.indexOf(legacy[1]) + 1 }];
    }
    while (i < line.length) {
        while (i < line.length && /\s/.test(line[i]))
            i++;
        if (i >= line.length || line[i] === '#' || line[i] === '\\')
            break;
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i));
        if (!key)
            throw new LineProblem(`cannot read ${instruction} '${line.slice(i).trim()}'`);
        i += key[0].length;
        if (line[i] !== '=') {
            if (key[0] === name)
                declared = true;
            continue;
        }
        i++;
        const valueStart = i;
        const word = shellWord(line, i);
        i = word.end;
        if (key[0] !== name)
            continue;
        if (word.expands) {
            const raw = line.slice(valueStart, word.end);
            const dflt = selfDefault(stripQuotes(raw), name);
            if (dflt !== undefined)
                out.push({ value: dflt, col: valueStart + 1 });
            else
                throw new LineProblem(`${instruction} ${name}=${raw} refers to other variables; the check needs a literal value`);
        }
        else
            out.push({ value: word.value, col: valueStart + 1 });
    }
    if (out.length)
        return out;
    return declared ? 'declared' : undefined;
}

;// CONCATENATED MODULE: ./packages/version-parity/src/read.ts


/**
 * The scalar at a YAML path, as written: a plain scalar is taken from its source text, since YAML would
 * read `1.10` as the number 1.1 and `0x1F` as 31, while a pin compares as the text it is. Aliases and merge
 * keys are followed, and a path that leads nowhere or to a collection is explained.
 */
function readYamlValue(text, file, path) {
    const read = readScalar(parsed(text, file), path);
    return { value: read.value, line: read.line, col: read.col };
}
/** Several sources often read one file: it is parsed once. A few files at most per run. */
const cache = new Map();
function parsed(text, file) {
    const key = `${file}\0${text}`;
    let f = cache.get(key);
    if (!f) {
        if (cache.size >= 16)
            cache.clear();
        f = loadYaml(text, file);
        cache.set(key, f);
    }
    return f;
}
/** The value a selector picks from a file's text; every problem is a UserError positioned in `file`. */
function readSelector(text, file, selector) {
    return selector.kind === 'yaml' ? readYamlValue(text, file, selector.path) : readVariable(text, file, selector.name);
}

;// CONCATENATED MODULE: ./packages/version-parity/src/index.ts





;// CONCATENATED MODULE: ./packages/release-pins/src/sites.ts



/**
 * Plan every pin of a phase, one file at a time: YAML sites through the YAML editor (types and quoting
 * kept), variable and pattern sites as plain text in place of the value. Then re-read every site from
 * the new text and refuse the whole plan unless each reads back exactly as intended (replace, then
 * verify). Every problem of every file is reported at once.
 */
function sites_planSites(pins, readText, manifestFile, allowSharedAnchor = false) {
    const { errors, attempt } = collectErrors();
    const byFile = new Map();
    for (const p of pins)
        byFile.set(p.pin.file, [...(byFile.get(p.pin.file) ?? []), p]);
    const files = [];
    const unchanged = [];
    const shared = [];
    for (const [file, group] of byFile) {
        attempt(() => {
            const { display, text } = readText(file, { file: manifestFile, line: group[0].pin.line });
            const planned = planFile(display, text, group, manifestFile, allowSharedAnchor);
            shared.push(...planned.shared);
            unchanged.push(...planned.unchanged.map((c) => ({ file: display, ...c })));
            if (planned.after !== text)
                files.push({
                    file: display,
                    before: text,
                    after: planned.after,
                    edits: planned.edits,
                    changes: planned.changes,
                });
        });
    }
    throwIfAny(errors);
    return { files, shared, unchanged };
}
function origin(manifestFile, pin) {
    return `${manifestFile} line ${pin.line}`;
}
function planFile(file, text, group, manifestFile, allowSharedAnchor) {
    const shared = [];
    const errors = [];
    const edits = [];
    const changes = [];
    const unchanged = [];
    const yaml = group.filter((p) => p.pin.site.kind === 'yaml');
    if (yaml.length > 0) {
        const sets = yaml.map((p) => {
            const set = {
                path: p.pin.site.path,
                value: p.value,
                origin: origin(manifestFile, p.pin),
            };
            if (p.comment !== undefined)
                set.comment = p.comment;
            if (allowSharedAnchor || p.pin.allowSharedAnchor)
                set.allowSharedAnchor = true;
            return set;
        });
        const result = editYaml(loadYaml(text, file), sets);
        edits.push(...result.edits);
        const changed = new Set(result.changes.map((c) => c.site));
        for (const s of result.shared.filter((x) => changed.has(x.path))) {
            const lines = s.aliasLines.length === 1 ? `line ${s.aliasLines[0]}` : `lines ${s.aliasLines.join(', ')}`;
            shared.push(`${file} ${s.path} is inside the anchor &${s.anchor}: the edit also changes *${s.anchor} at ${lines}`);
        }
        // editYaml names a value by its canonical path; the table shows the manifest's own words.
        const pinOf = new Map(yaml.map((p) => [formatPath(parsePath(p.pin.site.path)), p.pin]));
        const label = (c) => ({ ...c, site: pinOf.get(c.site).label, old: c.old ?? '' });
        changes.push(...result.changes.map(label));
        unchanged.push(...result.unchanged.map(label));
    }
    const lines = new LineIndex(text);
    for (const p of group) {
        if (p.pin.site.kind === 'yaml')
            continue;
        try {
            const at = sites_findValue(text, file, p.pin.site, lines);
            const change = { site: p.pin.label, old: at.value, new: p.value, line: at.line };
            if (at.value === p.value)
                unchanged.push(change);
            else {
                edits.push({ start: at.start, end: at.end, text: p.value });
                changes.push(change);
            }
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            errors.push(new UserError(`${origin(manifestFile, p.pin)}: ${e.message}`, e.position));
        }
    }
    throwIfAny(errors);
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].start < sorted[i - 1].end)
            throw new UserError(`two pins of ${manifestFile} edit the same bytes`, {
                file,
                ...lines.position(sorted[i].start),
            });
    }
    const out = applyEdits(text, edits);
    // editYaml has verified its own edits (every value read back, nothing else changed); the other sites, and
    // YAML sites beside them in one file, are read back here.
    if (out !== text && group.some((p) => p.pin.site.kind !== 'yaml'))
        sites_verify(file, out, group, manifestFile);
    return { after: out, edits, changes, unchanged, shared };
}
/** Where a variable or pattern site's value stands in the text, and what it is now. */
function sites_findValue(text, file, site, lines) {
    if (site.kind === 'variable') {
        const read = variables_readVariable(text, file, site.name);
        const start = lines.lineStart(read.line) + read.col - 1;
        if (text.slice(start, start + read.value.length) !== read.value)
            throw new src/* UserError */.yo(`${site.name} is written with escapes or quotes inside its value; use a pattern site`, {
                file,
                line: read.line,
                col: read.col,
            });
        return { value: read.value, start, end: start + read.value.length, line: read.line };
    }
    site.regex.lastIndex = 0;
    const matches = [...text.matchAll(site.regex)];
    if (matches.length !== 1) {
        const where = matches.map((m) => lines.position(m.index).line).join(', ');
        throw new src/* UserError */.yo(matches.length === 0
            ? `pattern ${site.regex.source} matches nothing`
            : `pattern ${site.regex.source} matches ${matches.length} times (lines ${where}); it must match exactly once`, { file });
    }
    const m = matches[0];
    const span = m.indices?.groups?.['value'];
    if (!span)
        throw new src/* UserError */.yo(`pattern ${site.regex.source} matched without its group (?<value>…)`, { file });
    return { value: m.groups['value'], start: span[0], end: span[1], line: lines.position(span[0]).line };
}
/** Every site of the file, read again from the new text, must hold exactly its new value. */
function sites_verify(file, text, group, manifestFile) {
    const lines = new LineIndex(text);
    const yamlDoc = group.some((p) => p.pin.site.kind === 'yaml') ? loadYaml(text, file) : undefined;
    const errors = [];
    for (const p of group) {
        let now;
        try {
            now =
                p.pin.site.kind === 'yaml'
                    ? readScalar(yamlDoc, p.pin.site.path).value
                    : sites_findValue(text, file, p.pin.site, lines).value;
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            now = `(unreadable: ${e.message})`;
        }
        if (now !== p.value)
            errors.push(new UserError(`${origin(manifestFile, p.pin)}: writing '${p.value}' at ${p.pin.label} would read back as '${now}'; nothing was written`, { file }));
    }
    throwIfAny(errors);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/helm-chart/src/chart-file.ts



function chart_file_readChartFile(source, display) {
    const odd = /[\u0085\u2028\u2029]/.exec(source);
    if (odd) {
        // YAML 1.1 (go-yaml, so Helm) breaks lines there; YAML 1.2 does not: the two would read different files.
        const line = source.slice(0, odd.index).split('\n').length;
        const name = `U+${odd[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        throw new UserError(`holds the character ${name}, which Helm (YAML 1.1) reads as a line break; write it as an escape`, {
            file: display,
            line,
        });
    }
    const file = loadYaml(source, display);
    const root = file.doc.contents;
    const at = (node) => {
        const range = node?.range;
        return range ? positionOf(file, range[0]) : { line: 1, col: 1 };
    };
    const fail = (message, node) => {
        throw new UserError(message, { file: display, ...at(node) });
    };
    if (!isMap(root))
        return fail('expected a mapping (Chart.yaml fields) at the top of the file', root);
    const resolve = (node) => (isAlias(node) ? node.resolve(file.doc) : node);
    const field = (map, key) => resolve(map.get(key, true));
    /** A Go string field: null reads as "", a non-string plain scalar is refused (Helm would read it as another type). */
    const goString = (node, what) => {
        node = resolve(node);
        if (node === undefined || node === null)
            return '';
        if (!isScalar(node))
            return fail(`${what} must be a string, found a ${isMap(node) ? 'mapping' : 'sequence'}`, node);
        if (node.type !== Scalar.PLAIN)
            return String(node.value);
        const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
        if (NULL_11.test(text))
            return '';
        if (!isStringUnder11(text) && !TIMESTAMP_START.test(text)) {
            return fail(`${what} is ${text}, which Helm (YAML 1.1) reads as a ${kind11(text)}; quote it ("${text}")`, node);
        }
        return text;
    };
    const apiVersion = goString(field(root, 'apiVersion'), 'apiVersion');
    const name = goString(field(root, 'name'), 'name');
    const versionNode = field(root, 'version');
    if (versionNode === undefined || (isScalar(versionNode) && versionNode.value === null)) {
        fail('chart has no version (Helm requires one)', versionNode ?? root);
    }
    const version = { value: goString(versionNode, 'version'), line: at(versionNode).line };
    const appNode = field(root, 'appVersion');
    const appVersion = appNode === undefined ? null : { value: goString(appNode, 'appVersion'), line: at(appNode).line };
    const depsNode = field(root, 'dependencies');
    let dependencies = null;
    if (depsNode !== undefined && !(isScalar(depsNode) && depsNode.value === null)) {
        if (!isSeq(depsNode))
            return fail('dependencies must be a list', depsNode);
        dependencies = [];
        const keys = new Map();
        depsNode.items.forEach((raw, index) => {
            const item = resolve(raw);
            const where = `dependencies[${index}]`;
            if (!isMap(item))
                return fail(`${where}: dependencies must not contain empty or null entries`, item ?? depsNode);
            const str = (key) => sanitize(goString(field(item, key), `${where}.${key}`));
            const aliasText = goString(field(item, 'alias'), `${where}.alias`);
            if (aliasText !== '' && !/^[a-zA-Z0-9_-]+$/.test(aliasText)) {
                fail(`${where}: dependency alias ${JSON.stringify(aliasText)} has disallowed characters`, field(item, 'alias'));
            }
            const dep = {
                name: str('name'),
                version: str('version'),
                repository: str('repository'),
                condition: str('condition'),
                tags: stringList(field(item, 'tags'), `${where}.tags`).map(sanitize),
                enabled: goBool(field(item, 'enabled'), `${where}.enabled`),
                importValues: importValues(field(item, 'import-values'), `${where}.import-values`),
                alias: aliasText,
            };
            const key = dep.alias || dep.name;
            const earlier = keys.get(key);
            if (earlier !== undefined) {
                fail(`${where}: more than one dependency with name or alias ${JSON.stringify(key)} (also dependencies[${earlier}])`, item);
            }
            keys.set(key, index);
            const versionNode = field(item, 'version');
            dependencies.push({ index, dep, key, line: at(item).line, versionLine: at(versionNode ?? item).line });
        });
    }
    const depsKey = root.items.find((p) => isScalar(p.key) && p.key.value === 'dependencies')?.key;
    const dependenciesLine = depsKey ? at(depsKey).line : 1;
    return { file, apiVersion, name, version, appVersion, dependencies, dependenciesLine };
    function stringList(node, what) {
        if (node === undefined || (isScalar(node) && node.value === null))
            return [];
        if (!isSeq(node))
            return fail(`${what} must be a list of strings`, node);
        return node.items.map((n, i) => goString(n, `${what}[${i}]`));
    }
    function goBool(node, what) {
        if (node === undefined || (isScalar(node) && node.value === null))
            return false;
        if (isScalar(node) && node.type === Scalar.PLAIN) {
            const text = node.source ?? String(node.value);
            if (TRUE_11.test(text))
                return true;
            if (FALSE_11.test(text))
                return false;
        }
        return fail(`${what} must be true or false`, node);
    }
    function importValues(node, what) {
        if (node === undefined || (isScalar(node) && node.value === null))
            return [];
        if (!isSeq(node))
            return fail(`${what} must be a list`, node);
        return node.items.map((n, i) => goValue(n, `${what}[${i}]`));
    }
    /** Any value as json.Unmarshal into interface{} holds it after sigs.k8s.io/yaml's YAML-to-JSON step. */
    function goValue(raw, what) {
        const node = resolve(raw);
        if (node === undefined || node === null)
            return null;
        if (isSeq(node))
            return node.items.map((n, i) => goValue(n, `${what}[${i}]`));
        if (isMap(node)) {
            const out = {};
            for (const pair of node.items) {
                const key = resolve(pair.key);
                if (isScalar(key) && key.source === '<<')
                    fail(`${what}: merge keys (<<) are not supported here`, key);
                out[goString(key, `${what} key`)] = goValue(pair.value, `${what}.${String(key.value)}`);
            }
            return out;
        }
        if (!isScalar(node))
            return fail(`${what}: unexpected YAML node`, node);
        if (node.type !== Scalar.PLAIN)
            return String(node.value);
        const text = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
        if (NULL_11.test(text))
            return null;
        if (TRUE_11.test(text))
            return true;
        if (FALSE_11.test(text))
            return false;
        if (isStringUnder11(text) || TIMESTAMP_START.test(text))
            return text;
        if (/^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(text))
            return Number(text);
        return fail(`${what} is ${text}, a number whose Go reading is not certain; quote it or write it in decimal`, node);
    }
}
/** Metadata.Validate's sanitizeString: whitespace becomes a space, characters Go cannot print are dropped. */
function sanitize(s) {
    if (/^[\x20-\x7e]*$/.test(s))
        return s;
    let out = '';
    for (const c of s) {
        if (/\p{White_Space}/u.test(c))
            out += ' ';
        else if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c))
            out += c;
    }
    return out;
}
const NULL_11 = /^(?:~|null|Null|NULL|)$/;
const TRUE_11 = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE_11 = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
/** go-yaml v2 keeps a timestamp-looking plain scalar a string when the target is not a time.Time. */
const TIMESTAMP_START = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt ])/;
function kind11(text) {
    if (TRUE_11.test(text) || FALSE_11.test(text))
        return 'boolean';
    return 'number';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/helm-chart/src/digest.ts


/**
 * Helm's resolver.HashReq (internal/resolver/resolver.go): `json.Marshal([2][]*chart.Dependency{req, lock})`,
 * hashed with provenance.Digest (SHA-256, lowercase hex) and prefixed with `sha256:`. `req` is Chart.yaml's
 * dependencies as Helm loads them, `lock` the resolved entries Chart.lock lists.
 */
function digest_hashReq(requirements, locked) {
    const list = (deps) => `[${deps.map(dependencyJson).join(',')}]`;
    const json = `[${list(requirements)},${list(locked)}]`;
    return `sha256:${createHash('sha256').update(json, 'utf8').digest('hex')}`;
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/lock-file.ts



/** Read an existing Chart.lock (what `helm dependency update` compares its new digest with). */
function lock_file_readLockFile(source, display) {
    // Duplicate keys are found in linear time by duplicateKeyOffsets, not by yaml's quadratic uniqueKeys.
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true });
    const bad = (message, line = 1) => {
        throw new UserError(`not a Chart.lock Helm could read: ${message}`, { file: display, line });
    };
    const duplicate = duplicateKeyOffsets(doc)[0];
    const err = doc.errors[0];
    if (duplicate !== undefined && (!err || duplicate < err.pos[0]))
        bad(DUPLICATE_KEY);
    if (err)
        bad(err.message.split('\n')[0]);
    const root = doc.contents;
    if (!isMap(root))
        return bad('expected a mapping with dependencies, digest and generated');
    const text = (v) => v === null || v === undefined
        ? ''
        : isScalar(v)
            ? typeof v.value === 'string'
                ? v.value
                : (v.source ?? String(v.value ?? ''))
            : bad('expected a scalar');
    const deps = root.get('dependencies', true);
    const dependencies = [];
    if (isSeq(deps)) {
        for (const item of deps.items) {
            if (!isMap(item))
                bad('a dependency entry is not a mapping');
            const m = item;
            dependencies.push({
                name: text(m.get('name', true)),
                repository: text(m.get('repository', true)),
                version: text(m.get('version', true)),
            });
        }
    }
    else if (deps !== undefined && !(isScalar(deps) && deps.value === null))
        bad('dependencies is not a list');
    return { dependencies, digest: text(root.get('digest', true)), generated: text(root.get('generated', true)) };
}
/**
 * Chart.lock as pkg/downloader/manager.go's writeLock writes it: sigs.k8s.io/yaml.Marshal(lock), which
 * marshals to JSON and re-encodes that with go-yaml v2. go-yaml sorts map keys, so the JSON field order is
 * lost: `dependencies`, `digest`, `generated` at the top and `name`, `repository`, `version` in each entry,
 * sequences not indented under their key, one trailing newline.
 */
function lock_file_renderLockFile(lock) {
    const lines = [];
    if (lock.dependencies.length === 0)
        lines.push('dependencies: []');
    else {
        lines.push('dependencies:');
        for (const d of lock.dependencies) {
            lines.push(`- name: ${goYamlString(d.name)}`);
            lines.push(`  repository: ${goYamlString(d.repository)}`);
            // `version` is omitempty in the struct: an empty version vanishes in the JSON step.
            if (d.version !== '')
                lines.push(`  version: ${goYamlString(d.version)}`);
        }
    }
    lines.push(`digest: ${goYamlString(lock.digest)}`);
    lines.push(`generated: ${goYamlString(lock.generated)}`);
    return lines.join('\n') + '\n';
}
/**
 * How go-yaml v2's encoder writes a string value in a block mapping. It asks its resolver first: a string
 * that would read back as another type (null, bool, int, float, timestamp) is double-quoted; otherwise the
 * emitter writes it plain unless plain text cannot hold it, then single-quoted. Values Helm puts here are
 * names, URLs, versions, a digest and a timestamp; a value with whitespace or control characters (where
 * go-yaml folds long lines or escapes in its own way) is refused rather than written differently.
 */
function goYamlString(s) {
    if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)) {
        throw new UserError(`cannot write ${JSON.stringify(s)} into Chart.lock exactly as Helm would: it holds whitespace or control characters`);
    }
    // Characters go-yaml's emitter counts as unprintable (outside the BMP, U+FFFE, U+FFFF) force double quotes
    // and come out as escapes with uppercase hex.
    if (/[\u{10000}-\u{10ffff}\ufffe\uffff]/u.test(s)) {
        return `"${[...s]
            .map((c) => {
            const cp = c.codePointAt(0);
            if (c === '"' || c === '\\')
                return `\\${c}`;
            if (cp >= 0x10000)
                return `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
            return cp >= 0xfffe ? `\\u${cp.toString(16).toUpperCase()}` : c;
        })
            .join('')}"`;
    }
    // `<<` (the merge key) and `=` are not strings to YAML 1.1, but go-yaml's encoder writes them plain.
    if (s === '' || (!isStringUnder11(s) && s !== '<<' && s !== '='))
        return `"${s}"`;
    if (!plainAllowed(s))
        return `'${s.replaceAll("'", "''")}'`;
    return s;
}
/** yaml_emitter_analyze_scalar's verdict on block-context plain style, for a single line without spaces. */
function plainAllowed(s) {
    if (s.startsWith('---') || s.startsWith('...'))
        return false;
    const first = s[0];
    if ('#,[]{}&*!|>\'"%@`'.includes(first))
        return false;
    if ((first === '?' || first === ':' || first === '-') && s.length === 1)
        return false;
    // No spaces here, so `: ` and ` #` cannot occur; a trailing `:` is followed by the line end.
    if (s.endsWith(':'))
        return false;
    return true;
}
/**
 * Go's time.Time JSON form, time.RFC3339Nano ("2006-01-02T15:04:05.999999999Z07:00"): the fraction loses
 * its trailing zeros (and its dot when nothing is left), and a zero offset is written `Z`. `offsetMinutes`
 * is the zone's offset east of UTC (Helm writes time.Now() in the machine's local zone).
 */
function lock_file_formatGoTime(date, offsetMinutes = -date.getTimezoneOffset()) {
    const local = new Date(date.getTime() + offsetMinutes * 60_000);
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    let out = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    out += `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    const ms = local.getUTCMilliseconds();
    if (ms !== 0)
        out += `.${pad(ms, 3).replace(/0+$/, '')}`;
    if (offsetMinutes === 0)
        return `${out}Z`;
    const abs = Math.abs(offsetMinutes);
    return `${out}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./packages/helm-chart/src/version.ts

function version_isBump(v) {
    return v === 'major' || v === 'minor' || v === 'patch';
}
/** A SemVer 2 version written as such: no leading `v` or `=`, build metadata allowed. */
function version_isExactSemver(v) {
    return !/^[v=]/.test(v) && semver.parse(v) !== null && semver.parse(v).raw === v;
}
/**
 * A requirement that names one version rather than a range: what Masterminds semver's NewVersion accepts
 * where Helm asks it (resolver.go treats such a requirement on an OCI repository as the version itself).
 * A leading `v` is allowed as Masterminds allows it.
 */
function version_isExactRequirement(v) {
    return version_isExactSemver(v.startsWith('v') ? v.slice(1) : v);
}
/** Does the chart version `version` satisfy the requirement `range` (Helm's constraint.Check)? */
function version_satisfies(version, range) {
    if (version_isExactRequirement(range)) {
        const a = semver.parse(version);
        const b = semver.parse(range.startsWith('v') ? range.slice(1) : range);
        return a !== null && b !== null && semver.compare(a, b) === 0;
    }
    return semver.validRange(range) !== null && semver.satisfies(version, range);
}
function version_bump(version, kind) {
    return semver.inc(version, kind);
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/plan.ts









/**
 * Plan the edits of a chart release without touching anything: new Chart.yaml texts (byte-exact edits of
 * version, appVersion and dependency versions), and Chart.lock as Helm 3's `helm dependency update` would
 * leave it. Charts are processed dependencies first, so a chart that takes a listed chart through file://
 * sees its new version. Every problem of every chart is collected and thrown together; nothing is returned
 * to write unless the whole plan holds.
 */
function plan_planChartBumps(workspace, requests, options = {}) {
    const { errors, attempt: collect } = collectErrors();
    const loaded = loadCharts(workspace, requests, collect);
    throwIfAny(errors);
    const order = dependencyOrder(loaded);
    const newVersions = new Map();
    const versionOf = (c, d, target) => {
        const listed = newVersions.get(target);
        if (listed !== undefined)
            return listed;
        const path = inDir(target, 'Chart.yaml');
        const text = workspace.read(path);
        if (text === undefined) {
            throw new UserError(`${c.prefix}dependency ${d.key} comes from ${d.dep.repository}, but ${path} does not exist`, {
                file: c.chartPath,
                line: d.line,
            });
        }
        const version = readChartFile(text, path).version.value;
        newVersions.set(target, version);
        return version;
    };
    const plan = { files: [], charts: [], warnings: [] };
    const now = options.now ?? new Date();
    const generated = formatGoTime(now, options.utcOffsetMinutes ?? -now.getTimezoneOffset());
    for (const c of order) {
        // A chart that cannot be planned still gets its version recorded, so that the charts after it report
        // their own problems rather than one caused by this chart.
        const planned = collect(() => {
            planOne(c);
            return true;
        });
        if (!planned && !newVersions.has(c.dir))
            newVersions.set(c.dir, c.model.version.value);
    }
    throwIfAny(errors);
    return plan;
    /** One chart: its version, appVersion and dependency requirements in Chart.yaml, then its Chart.lock. */
    function planOne(c) {
        const { errors: chartErrors, attempt } = collectErrors();
        const fail = (message, line) => {
            chartErrors.push(new UserError(`${c.prefix}${message}`, { file: c.chartPath, line }));
        };
        const old = c.model.version.value;
        const version = newChartVersion(c, fail);
        newVersions.set(c.dir, version);
        const sets = [];
        if (version !== old)
            sets.push({ path: '.version', value: version });
        const appVersion = appVersionSet(c, version);
        if (appVersion)
            sets.push(appVersion);
        const pinned = dependencyPins(c, chartErrors, fail);
        const { targets, depResults } = dependencyRequirements(c, pinned, sets, attempt, fail);
        throwIfAny(chartErrors);
        const text = planChartYaml(c, sets);
        plan.charts.push({ chart: c.dir, name: c.model.name, old, new: version, dependencies: depResults });
        planLock(c, text, targets);
    }
    /** The requirement of each dependency: pins first, then local charts follow their chart's version. */
    function dependencyRequirements(c, pinned, sets, attempt, fail) {
        const depResults = [];
        const targets = new Map();
        for (const d of c.model.dependencies ?? []) {
            const pin = pinned.get(d);
            let requirement = pin?.version ?? d.dep.version;
            if (d.dep.repository.startsWith('file://')) {
                const dir = fileTarget(c, d);
                const target = attempt(() => versionOf(c, d, dir));
                if (target === undefined)
                    continue;
                targets.set(d, { dir, version: target });
                if (pin && isExactRequirement(pin.version) && !satisfies(target, pin.version)) {
                    fail(`dependency ${d.key} comes from ${d.dep.repository}, whose chart is at ${target}: ` +
                        `it cannot be pinned to ${pin.version} (its version follows that chart's)`, d.versionLine);
                    continue;
                }
                // An exact requirement on a local chart follows it; a range is left as written and checked below.
                if (isExactRequirement(requirement))
                    requirement = target;
                depResults.push({ name: d.dep.name, key: d.key, old: d.dep.version, new: requirement, pinnedBy: pin?.by });
            }
            else if (pin) {
                depResults.push({ name: d.dep.name, key: d.key, old: d.dep.version, new: requirement, pinnedBy: pin.by });
            }
            if (requirement !== d.dep.version)
                sets.push({ path: `.dependencies[${d.index}].version`, value: requirement });
        }
        return { targets, depResults };
    }
    /** Chart.yaml's byte-exact edits; the text it will hold. */
    function planChartYaml(c, sets) {
        const edit = sets.length > 0 ? editYaml(c.model.file, sets, { allowCreate: true }) : undefined;
        const text = edit?.after ?? c.source;
        if (edit && edit.edits.length > 0) {
            plan.files.push({
                file: c.chartPath,
                before: c.source,
                after: text,
                edits: edit.edits,
                // A dependency by its name or alias, as the request gave it, rather than by its index.
                changes: edit.changes.map((ch) => ({ ...ch, site: siteName(ch.site, c.model.dependencies ?? []) })),
            });
        }
        return text;
    }
    /** Chart.lock, from Chart.yaml as it will be: removed, kept (with a warning when stale) or updated. */
    function planLock(c, text, targets) {
        const { model, prefix, request } = c;
        const file = c.chartPath;
        const lockMode = c.request.lock ?? 'update';
        const lockPath = inDir(c.dir, 'Chart.lock');
        const lockText = workspace.read(lockPath);
        if (lockMode === 'remove') {
            if (lockText !== undefined) {
                plan.files.push({
                    file: lockPath,
                    before: lockText,
                    after: null,
                    changes: [{ site: 'digest', old: digestOf(lockText), new: null }],
                });
            }
            return;
        }
        const updated = text === c.source ? model : readChartFile(text, file);
        if (updated.dependencies === null)
            return; // Helm writes no lock for a chart without dependencies
        if (model.apiVersion === 'v1' && workspace.read(inDir(c.dir, 'requirements.yaml')) !== undefined) {
            throw new UserError(`${prefix}apiVersion v1 charts keep their dependencies in requirements.yaml, which is not supported`, { file, line: 1 });
        }
        if (lockMode === 'keep') {
            keptLockWarnings(c, updated, lockPath, lockText, targets);
            return;
        }
        const oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
        // A left-out entry is out of the lock and of the digest, as if Chart.yaml did not list it (the charts
        // repository's update-dependencies.sh removes its CI-only entry before `helm dependency update`).
        const excluded = new Set(request.lockExclude ?? []);
        const lockedChart = {
            ...updated,
            dependencies: updated.dependencies.filter((d) => !excluded.has(`${d.dep.name}@${d.dep.version}`)),
        };
        const locked = lockDependencies(c, lockedChart, targets);
        const digest = hashReq(lockedChart.dependencies.map((d) => d.dep), locked);
        const lockedEntries = locked.map(({ name, repository, version }) => ({
            name,
            repository,
            version,
        }));
        if (oldLock && oldLock.digest === digest && sameEntries(oldLock, lockedEntries))
            return;
        const newLock = renderLockFile({ dependencies: lockedEntries, digest, generated });
        plan.files.push({
            file: lockPath,
            before: lockText ?? null,
            after: newLock,
            changes: [{ site: 'digest', old: oldLock?.digest ?? null, new: digest }],
        });
    }
    /** lock: keep leaves Chart.lock as it is, whatever it holds: it only says when Helm would find it stale. */
    function keptLockWarnings(c, updated, lockPath, lockText, targets) {
        let oldLock;
        try {
            oldLock = lockText === undefined ? undefined : readLockFile(lockText, lockPath);
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            plan.warnings.push(`${lockPath} is kept, but Helm cannot read it: ${e.message}`);
        }
        if (!oldLock)
            return;
        const locked = tryLock(c, updated, targets);
        if (locked &&
            hashReq((updated.dependencies ?? []).map((d) => d.dep), locked) !== oldLock.digest) {
            plan.warnings.push(`${lockPath} no longer matches ${c.chartPath} (helm dependency build will refuse it); lock: update regenerates it`);
        }
    }
    /** resolver.go's Resolve for requirements that need no repository index: exact versions and local charts. */
    function lockDependencies(c, chart, targets) {
        const errs = [];
        const out = [];
        const byIndex = new Map([...targets].map(([d, t]) => [d.index, t]));
        for (const d of chart.dependencies ?? []) {
            const { name, repository, version } = d.dep;
            const where = { file: c.chartPath, line: d.versionLine };
            const fail = (message) => void errs.push(new UserError(`${c.prefix}dependency ${d.key}: ${message}`, where));
            if (repository === '') {
                // A chart kept in charts/<name>: Helm checks the directory and locks the requirement as written.
                const local = posix.normalize(inDir(c.dir, `charts/${name}`));
                if (local.startsWith('../') || workspace.read(`${local}/Chart.yaml`) === undefined) {
                    fail(`no repository and no chart in ${local} (Helm: directory not found)`);
                }
                out.push(lockedDependency(name, '', version));
            }
            else if (repository.startsWith('file://')) {
                const target = byIndex.get(d.index);
                if (!target)
                    continue; // reported while reading the target
                if (version === '' || !satisfies(target.version, version)) {
                    fail(`requires ${version || '(no version)'} but ${repository} holds version ${target.version} ` +
                        `(helm dependency update would fail: can't get a valid version)`);
                }
                out.push(lockedDependency(name, repository, target.version));
            }
            else if (repository.startsWith('@') || repository.startsWith('alias:')) {
                fail(`repository ${repository} names a repository from Helm's local configuration, which this step cannot see; ` +
                    'write its URL instead');
            }
            else if (!isExactRequirement(version)) {
                fail(`requires ${version || '(no version)'} from ${repository}: a range needs the repository's index to resolve; ` +
                    `pin an exact version (dependencies: ${d.key}=X.Y.Z) or use lock: keep`);
            }
            else
                out.push(lockedDependency(name, repository, version));
        }
        throwIfAny(errs);
        return out;
    }
    function tryLock(c, chart, targets) {
        try {
            return lockDependencies(c, chart, targets);
        }
        catch (e) {
            if (e instanceof UserError)
                return undefined;
            throw e;
        }
    }
}
/**
 * `app-bump`: the part of the appVersion that changes (v0.21.0 -> v0.21.1 a patch, v0.21.1 -> v0.22.0 a
 * minor), to bump the chart's version by.
 */
function appBump(from, to) {
    if (to === undefined)
        return {
            error: 'version app-bump follows the app-version, but no app-version is given (or it is {chart-version})',
        };
    const a = from === undefined ? null : semver.parse(from.replace(/^v(?=\d)/, ''));
    const b = semver.parse(to.replace(/^v(?=\d)/, ''));
    if (a === null || b === null)
        return {
            error: `version app-bump needs SemVer versions on both sides, got appVersion ${from ?? '(none)'} -> ${to}`,
        };
    if (semver.lt(b, a))
        return { error: `version app-bump: app-version ${to} is below the chart's appVersion ${from}` };
    if (a.major !== b.major)
        return 'major';
    if (a.minor !== b.minor)
        return 'minor';
    return 'patch';
}
/** Read every listed chart (each once), and note which listed charts each takes through file://. */
function loadCharts(workspace, requests, collect) {
    const loaded = [];
    const byDir = new Map();
    for (const request of requests) {
        collect(() => {
            const prefix = request.origin ? `${request.origin}: ` : '';
            const dir = chartDir(request.chart, prefix);
            const earlier = byDir.get(dir);
            if (earlier)
                throw new UserError(`${prefix}chart ${dir} is listed twice`);
            const chartPath = inDir(dir, 'Chart.yaml');
            const source = workspace.read(chartPath);
            if (source === undefined) {
                throw new UserError(`${prefix}${dir}: no Chart.yaml in this directory (give the chart's directory)`);
            }
            const model = readChartFile(source, chartPath);
            const entry = { request, dir, chartPath, source, model, localDeps: new Set(), prefix };
            byDir.set(dir, entry);
            loaded.push(entry);
        });
    }
    for (const c of loaded) {
        for (const d of c.model.dependencies ?? []) {
            if (!d.dep.repository.startsWith('file://'))
                continue;
            const target = collect(() => fileTarget(c, d));
            if (target !== undefined && byDir.has(target) && target !== c.dir)
                c.localDeps.add(target);
        }
    }
    return loaded;
}
/**
 * The chart's new version: its version bumped (major, minor, patch, or app-bump: the part app-version changes
 * by), or the version given. A relative bump is applied once (a chart whose appVersion already is the
 * requested one keeps its version); an exact version below the chart's is refused unless allowDowngrade.
 */
function newChartVersion(c, fail) {
    const { request, model, prefix } = c;
    const old = model.version.value;
    if (request.version === undefined)
        return old;
    const wanted = request.version.trim();
    const appWanted = request.appVersion === undefined || request.appVersion.includes('{chart-version}') ? undefined : request.appVersion;
    const relative = isBump(wanted) || wanted === 'app-bump';
    // In place already: this release's bump was applied (a re-run), whatever the bump says.
    if (relative && appWanted !== undefined && model.appVersion?.value === appWanted)
        return old;
    if (relative && !isExactSemver(old)) {
        fail(`cannot bump version ${old}: it is not a SemVer 2 version (X.Y.Z)`, model.version.line);
        return old;
    }
    if (wanted === 'app-bump') {
        const level = appBump(model.appVersion?.value, appWanted);
        if (typeof level === 'string')
            return bump(old, level);
        fail(level.error, (appWanted !== undefined && model.appVersion?.line) || model.version.line);
        return old;
    }
    if (isBump(wanted))
        return bump(old, wanted);
    if (isExactSemver(wanted)) {
        if (isExactSemver(old) && semver.lt(wanted, old) && !request.allowDowngrade) {
            fail(`version ${wanted} is below the chart's current version ${old}: a chart never goes backwards ` +
                '(allow-downgrade: true accepts it)', model.version.line);
            return old;
        }
        return wanted;
    }
    const hint = isExactSemver(wanted.replace(/^[v=]/, ''))
        ? ` (without the leading ${wanted[0]}: ${wanted.slice(1)})`
        : '';
    throw new UserError(`${prefix}version ${JSON.stringify(wanted)} is neither major, minor, patch, app-bump nor a SemVer 2 version${hint}`);
}
/** appVersion with {chart-version} filled in; undefined when none is asked or Chart.yaml holds it already. */
function appVersionSet(c, version) {
    const { request, model, prefix } = c;
    if (request.appVersion === undefined)
        return undefined;
    const appVersion = request.appVersion.replaceAll('{chart-version}', version);
    const unknown = /\{[^{}\s]*\}/.exec(appVersion);
    if (unknown) {
        throw new UserError(`${prefix}app-version: unknown placeholder ${unknown[0]} (only {chart-version} is known)`);
    }
    if (/[\r\n]/.test(appVersion))
        throw new UserError(`${prefix}app-version must be a single line`);
    if (model.appVersion?.value !== appVersion || model.appVersion === null)
        return { path: '.appVersion', value: appVersion };
    return undefined;
}
/** Each requested pin, matched to exactly one dependency by its alias or name. */
function dependencyPins(c, chartErrors, fail) {
    const { request, model, prefix } = c;
    const deps = model.dependencies ?? [];
    const pinned = new Map();
    for (const pin of request.dependencies ?? []) {
        const where = pin.origin ? `${pin.origin}: ` : '';
        const version = pin.version.trim();
        if (version === '' || /\s/.test(version)) {
            chartErrors.push(new UserError(`${prefix}${where}${pin.name}: expected NAME=VERSION with a version without spaces`));
            continue;
        }
        const found = findDependency(deps, pin.name);
        if (found === 'ambiguous') {
            const aliases = deps.filter((d) => d.dep.name === pin.name).map((d) => d.key);
            fail(`${where}${pin.name} names ${aliases.length} dependencies (${aliases.join(', ')}); give the alias`, model.dependenciesLine);
            continue;
        }
        if (found === undefined) {
            if (pin.optional)
                continue;
            const known = deps.map((d) => (d.dep.alias ? `${d.dep.name} (alias ${d.dep.alias})` : d.dep.name));
            fail(`${where}no dependency named or aliased ${pin.name} in ${model.name}` +
                (known.length ? ` (it has ${known.join(', ')})` : ' (it has no dependencies)'), model.dependenciesLine);
            continue;
        }
        if (pinned.has(found)) {
            fail(`${where}dependency ${found.key} is pinned twice (also by ${pinned.get(found).by})`, found.line);
            continue;
        }
        pinned.set(found, { version, by: pin.origin ?? pin.name });
    }
    return pinned;
}
/** `file://../x` relative to the chart, as a workspace-relative directory; outside the workspace is refused. */
function fileTarget(c, d) {
    const rel = d.dep.repository.slice('file://'.length);
    const where = { file: c.chartPath, line: d.line };
    if (rel.startsWith('/')) {
        throw new UserError(`${c.prefix}dependency ${d.key}: ${d.dep.repository} is an absolute path; only paths inside the workspace can be read`, where);
    }
    const target = posix.normalize(posix.join(c.dir, rel)).replace(/\/+$/, '');
    if (target === '..' || target.startsWith('../')) {
        throw new UserError(`${c.prefix}dependency ${d.key}: ${d.dep.repository} points outside the workspace`, where);
    }
    return target;
}
/** A path inside a workspace-relative directory (`.` is the workspace itself). */
function inDir(dir, name) {
    return dir === '.' ? name : `${dir}/${name}`;
}
function chartDir(chart, prefix) {
    const raw = chart.trim().replaceAll('\\', '/');
    if (raw === '')
        throw new UserError(`${prefix}empty chart directory`);
    if (raw.startsWith('/'))
        throw new UserError(`${prefix}${raw}: give the chart directory relative to the workspace`);
    const dir = posix.normalize(raw).replace(/\/+$/, '') || '.';
    if (dir === '..' || dir.startsWith('../'))
        throw new UserError(`${prefix}refusing ${raw}: it is outside the workspace`);
    return dir;
}
/**
 * Listed charts in dependency order: a chart comes after every listed chart it takes through file://, and
 * otherwise keeps its place in the list.
 */
function dependencyOrder(charts) {
    const done = new Set();
    const out = [];
    const left = [...charts];
    while (left.length > 0) {
        const i = left.findIndex((c) => [...c.localDeps].every((d) => done.has(d)));
        if (i === -1) {
            const cycle = left.map((c) => c.dir).join(', ');
            throw new UserError(`the listed charts depend on each other through file:// in a cycle: ${cycle}`);
        }
        const [next] = left.splice(i, 1);
        done.add(next.dir);
        out.push(next);
    }
    return out;
}
/** A dependency by its key (alias, else name), else by its name when only one dependency has it. */
function findDependency(deps, name) {
    const byKey = deps.filter((d) => d.key === name);
    if (byKey.length === 1)
        return byKey[0];
    const byName = deps.filter((d) => d.dep.name === name);
    if (byName.length > 1)
        return 'ambiguous';
    return byName[0];
}
function siteName(path, deps) {
    const m = /^\.dependencies\[(\d+)\]\.version$/.exec(path);
    if (!m)
        return path;
    const d = deps.find((x) => x.index === Number(m[1]));
    if (!d)
        return path;
    return d.dep.alias ? `.dependencies[alias=${d.dep.alias}].version` : `.dependencies[name=${d.dep.name}].version`;
}
function sameEntries(lock, entries) {
    return (lock.dependencies.length === entries.length &&
        lock.dependencies.every((d, i) => d.name === entries[i].name && d.repository === entries[i].repository && d.version === entries[i].version));
}
function digestOf(lockText) {
    return /^digest: *(\S+)/m.exec(lockText)?.[1] ?? null;
}

;// CONCATENATED MODULE: ./packages/helm-chart/src/index.ts







;// CONCATENATED MODULE: ./packages/release-pins/src/plan.ts




/**
 * Every edit of one phase, planned and verified, nothing written: the pins first (each site read back), then
 * the charts on the pinned texts, in dependency order, with their Chart.lock files as Helm would write
 * them. Any problem anywhere fails the whole phase, with the manifest line it comes from.
 */
function planPhase(manifest, phase, o) {
    plan_checkPhase(manifest, phase);
    const { errors, attempt } = collectErrors();
    const at = (line) => ({ file: manifest.file, line });
    const pins = [];
    const skipped = [];
    for (const pin of manifest.pins) {
        const v = pin.phases.get(phase);
        if (!v)
            continue;
        if (pin.optional && o.read(pin.file) === undefined) {
            skipped.push(`${manifest.file} line ${pin.line}: ${pin.file} does not exist: optional site ${pin.label} skipped`);
            continue;
        }
        const ctx = { vars: o.vars, today: o.today, position: at(pin.line) };
        const expanded = attempt(() => expand(v.value, ctx));
        const value = expanded === undefined || !o.rewrite ? expanded : o.rewrite(pin, expanded);
        const comment = v.comment === undefined ? undefined : attempt(() => expand(v.comment, ctx));
        if (value === undefined)
            continue;
        if (pin.image !== undefined && expanded !== undefined)
            attempt(() => checkImageTag(pin, expanded, phase, at(pin.line)));
        pins.push(comment === undefined ? { pin, value } : { pin, value, comment });
    }
    const requests = [];
    for (const entry of manifest.charts) {
        const c = entry.phases.get(phase);
        if (!c)
            continue;
        // {chart-version} is the chart planner's to fill in: it stands for itself here.
        const ctx = { vars: o.vars, today: o.today, chartVersion: '{chart-version}', position: at(entry.line) };
        const origin = `${manifest.file} line ${entry.line}`;
        const request = { chart: entry.chart, origin, lock: c.lock ?? 'update' };
        if (c.lockExclude)
            request.lockExclude = c.lockExclude;
        if (c.version !== undefined)
            request.version = attempt(() => expand(c.version, ctx));
        if (c.appVersion !== undefined)
            request.appVersion = attempt(() => expand(c.appVersion, ctx));
        if (c.dependencies) {
            const deps = [];
            for (const [name, template] of c.dependencies) {
                const version = attempt(() => expand(template, ctx));
                if (version !== undefined)
                    deps.push({ name, version, origin });
            }
            request.dependencies = deps;
        }
        requests.push(request);
    }
    const go = [];
    for (const g of manifest.go) {
        const template = g.phases.get(phase);
        if (template === undefined)
            continue;
        const version = attempt(() => expand(template, { vars: o.vars, today: o.today, position: at(g.line) }));
        if (version === undefined)
            continue;
        const update = { module: g.module, require: g.require, version, line: g.line };
        if (isGoUpdate(update))
            go.push(update);
        else
            errors.push(new UserError(goUpdateRefused(update), at(g.line)));
    }
    throwIfAny(errors);
    const sites = planSites(pins, (file, position) => {
        const text = o.read(file);
        if (text === undefined)
            throw new UserError(`${position.file} line ${position.line}: file not found: ${file}`, position);
        return { display: file, text };
    }, manifest.file, o.allowSharedAnchor ?? false);
    const pinned = new Map(sites.files.map((f) => [f.file, f]));
    const readPinned = (path) => pinned.get(path)?.after ?? o.read(path);
    const charts = requests.length === 0
        ? undefined
        : planChartBumps({ read: readPinned }, requests, {
            ...(o.now ? { now: o.now } : {}),
            ...(o.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: o.utcOffsetMinutes } : {}),
        });
    if (charts && RELEASING.has(phase))
        throwIfAny(devDependencies(requests, charts.files, readPinned, phase));
    // One entry per file: what is on disk now, and what the phase leaves.
    const files = new Map(sites.files.map((f) => [f.file, f]));
    for (const f of charts?.files ?? []) {
        const pinnedFirst = pinned.get(f.file);
        files.set(f.file, pinnedFirst
            ? { file: f.file, before: pinnedFirst.before, after: f.after, changes: [...pinnedFirst.changes, ...f.changes] }
            : f);
    }
    // A site is named by its file and its manifest words: two pins of one file never share them (two requests
    // for one value, or for the same bytes, are refused above).
    const siteValues = [...fileChanges(sites.files), ...sites.unchanged];
    const images = [];
    for (const p of pins) {
        if (!p.pin.image)
            continue;
        const change = siteValues.find((c) => c.file === p.pin.file && c.site === p.pin.label);
        images.push({
            file: p.pin.file,
            site: p.pin.label,
            line: change?.line ?? 0,
            image: p.pin.image,
            tag: p.value,
            pin: p.pin,
        });
    }
    return {
        phase,
        files: [...files.values()],
        changes: fileChanges([...files.values()]),
        unchanged: sites.unchanged,
        charts: charts?.charts ?? [],
        images,
        go,
        warnings: charts?.warnings ?? [],
        skipped,
        shared: sites.shared,
    };
}
/** A phase the manifest names. */
function plan_checkPhase(manifest, phase) {
    if (!manifest.phases.includes(phase))
        throw new UserError(`phase '${phase}' is not in ${manifest.file}: its phases are ${manifest.phases.join(', ') || '(none)'}`);
}
/**
 * A `go get` the workflow may run as it stands: a module directory inside the repository (relative, no
 * `..`), and a module path and version that no shell or `go` reads as an option or as two words.
 */
function isGoUpdate(u) {
    if (!u || typeof u !== 'object')
        return false;
    const { module, require, version } = u;
    const word = (s) => typeof s === 'string' && s !== '' && !s.startsWith('-') && !/[\s\0]/.test(s);
    return word(module) && !module.startsWith('/') && !module.split('/').includes('..') && word(require) && word(version);
}
/** Why a go update is refused, its fields shown as JSON (escaped: they may come from anywhere). */
function goUpdateRefused(u) {
    const shown = u && typeof u === 'object'
        ? (({ module, require, version }) => ({ module, require, version }))(u)
        : u;
    return `a go update of the manifest is not a module directory, module path and version: ${JSON.stringify(shown)}`;
}
/** Phases that publish what they pin: no `latest`, no development dependency. */
const RELEASING = new Set(['release', 'candidate']);
/**
 * An image site holds a tag: the OCI grammar, never `latest` when the phase publishes, and not a whole
 * reference (a common slip: `image-tag=quay.io/…/cloud-api-adaptor:<sha>`).
 */
function checkImageTag(pin, tag, phase, position) {
    const where = `${pin.file} ${pin.label}`;
    const shown = JSON.stringify(tag);
    const reference = /^[^\s]+[/:][^\s]*:([^\s:/@]+)$/.exec(tag) ?? /^[^\s]*[/][^\s]*$/.exec(tag);
    if (reference)
        throw new UserError(`${where} holds the tag of ${pin.image}, but ${shown} looks like a whole image reference` +
            (reference[1] !== undefined
                ? `: give the tag alone (${JSON.stringify(reference[1])})`
                : ': give the tag alone'), position);
    if (!OCI_TAG.test(tag))
        throw new UserError(`${where}: ${shown} is not an image tag (letters, digits, '_', '.', '-'; up to 128, not starting with '.' or '-')`, position);
    if (tag === 'latest' && RELEASING.has(phase))
        throw new UserError(`${where}: phase ${phase} pins ${pin.image}:latest, which moves; give the tag of a built image`, position);
}
/**
 * A chart a publishing phase leaves with a development dependency (kata-deploy 0.0.0-dev) was not prepared:
 * its Chart.lock would pin that version. A dependency its lock leaves out (lock-exclude) is CI's own.
 */
function devDependencies(requests, planned, read, phase) {
    const errors = [];
    for (const r of requests) {
        const path = `${r.chart.replace(/\/+$/, '')}/Chart.yaml`;
        const text = planned.find((f) => f.file === path)?.after ?? read(path);
        if (text === undefined)
            continue;
        const excluded = new Set(r.lockExclude ?? []);
        for (const d of readChartFile(text, path).dependencies ?? []) {
            if (!/^v?0\.0\.0-dev$/.test(d.dep.version) || excluded.has(`${d.dep.name}@${d.dep.version}`))
                continue;
            errors.push(new UserError(`${r.origin ?? path}: phase ${phase} leaves dependency ${d.key} of ${path} at ${d.dep.version}, a development ` +
                'version: run the prepare phase first (it pins the release the chart deploys)', { file: path, line: d.versionLine }));
        }
    }
    return errors;
}

;// CONCATENATED MODULE: ./packages/release-pins/src/current.ts





const DIGEST = /@sha256:[0-9a-f]{64}$/;
/**
 * What the sites of a phase hold now, as values of the variables of their templates: a phase is in place
 * with the image tag its sites agree on, read without knowing that tag. Sites of optional pins whose file is
 * missing are left out. A site that cannot be read gives its variables no value (planning the phase says
 * why, at its manifest line).
 */
function readCurrent(manifest, phase, read) {
    checkPhase(manifest, phase);
    const sites = [];
    const yaml = new Map();
    for (const pin of manifest.pins) {
        const template = pin.phases.get(phase)?.value;
        if (template === undefined)
            continue;
        const text = read(pin.file);
        if (text === undefined && pin.optional)
            continue;
        const reading = { file: pin.file, site: pin.label, template, image: pin.image !== undefined };
        let at;
        try {
            if (text === undefined)
                throw new UserError(`file not found: ${pin.file}`);
            if (pin.site.kind === 'yaml') {
                if (!yaml.has(pin.file))
                    yaml.set(pin.file, loadYaml(text, pin.file));
                at = readScalar(yaml.get(pin.file), pin.site.path);
            }
            else
                at = findValue(text, pin.file, pin.site, new LineIndex(text));
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            sites.push({ ...reading, line: e.position?.line ?? 0, value: '', vars: undefined, unreadable: e.message });
            continue;
        }
        const value = pin.digest ? at.value.replace(DIGEST, '') : at.value;
        sites.push({ ...reading, line: at.line, value, vars: matchTemplate(template, value) });
    }
    return summarizeReadings(sites);
}
function summarizeReadings(sites) {
    const values = new Map();
    const conflicts = new Map();
    const imageVars = new Set();
    const named = new Map();
    for (const s of sites) {
        // The variables of the template, whether or not the value matched it.
        for (const name of matchTemplateNames(s.template)) {
            named.set(name, [...(named.get(name) ?? []), s]);
            if (s.image)
                imageVars.add(name);
        }
    }
    const where = (s) => s.unreadable !== undefined
        ? `${s.file} ${s.site} cannot be read (${s.unreadable})`
        : `${s.file}:${s.line} ${s.site} holds ${JSON.stringify(s.value)}`;
    for (const [name, readings] of [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const unmatched = readings.find((s) => s.vars === undefined);
        const found = [...new Set(readings.map((s) => s.vars?.get(name)))];
        if (unmatched) {
            values.set(name, undefined);
            const shape = unmatched.unreadable === undefined ? `, not of the form ${JSON.stringify(unmatched.template)}` : '';
            conflicts.set(name, `{${name}}: ${where(unmatched)}${shape}`);
        }
        else if (found.length > 1) {
            values.set(name, undefined);
            conflicts.set(name, `{${name}}: the sites disagree: ${readings.map(where).join('; ')}`);
        }
        else
            values.set(name, found[0]);
    }
    return { values, conflicts, imageVars, sites };
}
/** The `{NAME}` variables of a template (not `{NAME#v}`, not `{today}`): those a value can give back. */
function matchTemplateNames(template) {
    return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_-]*)\}/g)].map((m) => m[1]).filter((n) => n !== 'today');
}
/**
 * The value a variable takes from what the sites hold now, or why it takes none: its sites disagree, it is
 * empty, or an image site's tag is not one a release pins (the OCI grammar, never `latest`, which moves).
 */
function valueFromSites(current, name) {
    const conflict = current.conflicts.get(name);
    if (conflict !== undefined)
        return { reason: conflict };
    const value = current.values.get(name);
    if (value === undefined)
        return { reason: `{${name}}: no site of the phase holds it` };
    if (value === '')
        return { reason: `{${name}}: the sites hold it empty` };
    if (current.imageVars.has(name) && (!OCI_TAG.test(value) || value === 'latest'))
        return { reason: `{${name}}: the sites hold ${JSON.stringify(value)}, not the tag of a built image` };
    return { value };
}

;// CONCATENATED MODULE: ./packages/release-pins/src/index.ts






;// CONCATENATED MODULE: ./packages/versioning/src/tag-format.ts


function parseTagFormat(text, input = 'tag-format') {
    const at = text.indexOf('{version}');
    if (at === -1 || text.indexOf('{version}', at + 1) !== -1)
        throw new src/* UserError */.yo(`input '${input}' must hold {version} exactly once, such as v{version}, got '${text}'`);
    const prefix = text.slice(0, at);
    const suffix = text.slice(at + '{version}'.length);
    if (/[\s{}]/.test(prefix + suffix))
        throw new src/* UserError */.yo(`input '${input}' holds a blank or a brace besides {version}: '${text}'`);
    return { text, prefix, suffix };
}
function tag_format_formatTag(format, version) {
    return `${format.prefix}${version}${format.suffix}`;
}
/** The version a tag names under this format, or undefined when it is not such a tag. */
function versionOfTag(format, tag) {
    if (!tag.startsWith(format.prefix) || !tag.endsWith(format.suffix))
        return undefined;
    const v = tag.slice(format.prefix.length, tag.length - format.suffix.length);
    return semver_default().valid(v) === v ? v : undefined;
}
/** Every version the tags name under this format, highest first. */
function tag_format_versionsOf(format, tags) {
    const out = new Set();
    for (const t of tags) {
        const v = versionOfTag(format, t);
        if (v !== undefined)
            out.add(v);
    }
    return [...out].sort(semver.rcompare);
}

;// CONCATENATED MODULE: ./packages/versioning/src/next-version.ts


const BUMPS = (/* unused pure expression or super */ null && (['major', 'minor', 'patch', 'prerelease', 'release']));
const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
/** `v4.0.0` and `4.0.0` are the same version; anything else that is not SemVer 2 is refused. */
function clean(v, what) {
    const bare = v.trim().replace(/^v(?=\d)/, '');
    if (semver.valid(bare) !== bare)
        throw new UserError(`${what}: '${v}' is not a SemVer 2 version (such as 4.0.0 or v0.17.0)`);
    return bare;
}
function parseComponents(lines, input = 'components') {
    const errors = [];
    const out = [];
    for (const { text, line } of lines) {
        const m = /^([^=\s]+)\s*=\s*(\S+)\.\.(\S+)$/.exec(text.trim());
        if (!m) {
            errors.push(new UserError(`input '${input}' line ${line}: expected NAME=OLD..NEW (kata=3.29.0..4.0.0), got '${text}'`));
            continue;
        }
        out.push({ name: m[1], old: m[2], new: m[3], line });
    }
    throwIfAny(errors);
    return out;
}
/** How far one component moved, with the pre-1.0 rule, as a level and a sentence. */
function componentLevel(c) {
    const what = `component ${c.name} (line ${c.line})`;
    const a = clean(c.old, what);
    const b = clean(c.new, what);
    if (semver.lt(b, a))
        throw new UserError(`${what} goes backwards: ${c.old}..${c.new}`);
    const [oa, ob] = [semver.parse(a), semver.parse(b)];
    let level;
    let says;
    if (oa.major !== ob.major)
        [level, says] = ['major', 'a major bump'];
    else if (oa.minor !== ob.minor)
        [level, says] =
            oa.major === 0
                ? ['major', 'a minor bump of a pre-1.0 version, which counts as a major one']
                : ['minor', 'a minor bump'];
    else if (oa.patch !== ob.patch)
        [level, says] = ['patch', 'a patch bump'];
    else if (a !== b)
        [level, says] = ['patch', 'a pre-release change'];
    else
        [level, says] = ['none', 'no change'];
    return { level, says: `${c.name} ${c.old}..${c.new} is ${says}` };
}
function next_version_nextVersion(existingVersions, req) {
    const existing = [...existingVersions].sort(semver.rcompare);
    const highest = existing[0];
    const latestRelease = existing.find((v) => semver.prerelease(v) === null);
    const inProgress = highest !== undefined && semver.prerelease(highest) !== null ? highest : undefined;
    const current = req.current?.trim() ? clean(req.current, "input 'current'") : undefined;
    const reachable = req.reachable === undefined ? existing : [...req.reachable].sort(semver.rcompare);
    const preid = req.preid?.trim() || undefined;
    if (preid !== undefined && (!/^[0-9A-Za-z-]+$/.test(preid) || /^\d+$/.test(preid)))
        throw new UserError(`input 'preid' must be letters, digits and '-' (alpha, rc), got '${preid}'`);
    let version;
    let bump;
    let reason;
    let previous = highest;
    // The highest version the result is compared with, and what it is called in a refusal.
    let floor = highest === undefined ? undefined : { version: highest, says: `the highest existing version ${highest}` };
    if (req.version !== undefined) {
        version = clean(req.version, "input 'version'");
        bump = 'exact';
        reason = `the version was given`;
        if (req.reachable !== undefined)
            floor =
                reachable[0] === undefined
                    ? undefined
                    : { version: reachable[0], says: `${reachable[0]}, the highest version reachable from the released commit` };
    }
    else if (req.components !== undefined) {
        if (req.components.length === 0)
            throw new UserError("input 'components' holds no NAME=OLD..NEW line");
        const levels = req.components.map(componentLevel);
        const top = levels.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a));
        if (top.level === 'none')
            throw new UserError(`no component changed: ${levels.map((l) => l.says).join('; ')}; give a bump (patch, minor, major) to release anyway`);
        const base = atLeast(latestRelease ?? '0.0.0', current);
        // A pre-1.0 bundle breaks in its minor, as its components do.
        const applied = top.level === 'major' && semver.major(base) === 0 ? 'minor' : top.level;
        version = bumped(base, applied, preid, inProgress);
        bump = top.level;
        reason =
            `${levels.map((l) => l.says).join('; ')}; the bundle's bump is the largest of its components' (KEP-2264): ${top.level}` +
                (applied !== top.level
                    ? `, which a pre-1.0 bundle takes in its minor (${base} -> ${version})`
                    : ` (${base} -> ${version})`);
    }
    else {
        const b = req.bump ?? 'minor';
        bump = b;
        if (b === 'release') {
            if (!inProgress)
                throw new UserError(`nothing to release: the highest version, ${highest ?? '(none)'}, is not a pre-release`);
            version = `${semver.major(inProgress)}.${semver.minor(inProgress)}.${semver.patch(inProgress)}`;
            reason = `the release of the pre-release ${inProgress}`;
        }
        else if (b === 'prerelease') {
            if (inProgress) {
                const id = preid ?? String(semver.prerelease(inProgress)[0]);
                version = semver.inc(inProgress, 'prerelease', id, '1');
                reason = `the next pre-release after ${inProgress}`;
            }
            else {
                version = semver.inc(latestRelease ?? '0.0.0', 'preminor', preid ?? 'alpha', '1');
                reason = `no pre-release in progress: the first pre-release of the next minor after ${latestRelease ?? '0.0.0'}`;
            }
        }
        else if (b === 'patch') {
            // A release of its own line: from the highest release the commit reaches, past any release of that
            // line tagged elsewhere, so that an existing tag is never proposed.
            const reached = atLeast(reachable.find((v) => semver.prerelease(v) === null) ?? '0.0.0', current);
            const line = `${semver.major(reached)}.${semver.minor(reached)}`;
            const ofLine = existing.filter((v) => `${semver.major(v)}.${semver.minor(v)}` === line);
            const base = atLeast(reached, ofLine.find((v) => semver.prerelease(v) === null));
            version = bumped(base, b, preid, ofLine[0] !== undefined && semver.prerelease(ofLine[0]) ? ofLine[0] : undefined);
            reason = `${base} + patch${preid ? ` as a ${preid} pre-release` : ''}`;
            previous = ofLine[0] ?? highest;
            floor =
                ofLine[0] === undefined
                    ? undefined
                    : { version: ofLine[0], says: `${ofLine[0]}, the highest existing version of its line ${line}` };
        }
        else {
            const base = atLeast(latestRelease ?? '0.0.0', current);
            version = bumped(base, b, preid, inProgress);
            reason = `${base} + ${b}${preid ? ` as a ${preid} pre-release` : ''}`;
        }
    }
    if (current !== undefined && (floor === undefined || semver.gte(current, floor.version)))
        floor = { version: current, says: `the current version ${current}` };
    if (existing.includes(version))
        throw new UserError(`${version} already exists`);
    if (floor !== undefined && semver.lte(version, floor.version) && !(bump === 'exact' && req.allowDowngrade))
        throw new UserError(`${version} is not above ${floor.says}: a release never goes backwards` +
            (bump === 'exact' ? ' (allow-downgrade: true accepts it)' : ''));
    return { version, previous, bump, reason };
}
/** The higher of a release and a version it must not fall below (a pre-release counts as its release). */
function atLeast(base, other) {
    if (other === undefined)
        return base;
    const o = semver.prerelease(other) === null ? other : releaseOf(other);
    return semver.gt(o, base) ? o : base;
}
/** `base` + `level`, or with a preid its pre-release: the next one when that release already has some. */
function bumped(base, level, preid, inProgress) {
    const target = semver.inc(base, level);
    if (preid === undefined)
        return target;
    if (inProgress && releaseOf(inProgress) === target) {
        return semver.inc(inProgress, 'prerelease', preid, '1');
    }
    return semver.inc(base, `pre${level}`, preid, '1');
}
function releaseOf(v) {
    return `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}`;
}

;// CONCATENATED MODULE: ./packages/versioning/src/candidate.ts


/**
 * The candidate of a release: the next `X.Y.Z-<preid>.N` after the highest one tagged (N from 1), or the one
 * already tagged at `head`, so that a re-run of a candidate whose tags exist finds them instead of starting
 * N+1. A release that is already tagged has no more candidates.
 *
 * `tagged` maps every existing version (without prefix) to the commit its tag points at.
 */
function candidateOf(tagged, release, preid, head) {
    const bare = release.trim().replace(/^v(?=\d)/, '');
    const parsed = semver.parse(bare);
    if (parsed === null || parsed.version !== bare || parsed.prerelease.length > 0)
        throw new UserError(`candidate-of: '${release}' is not a release version X.Y.Z (such as v0.22.0)`);
    if (!/^[0-9A-Za-z-]+$/.test(preid) || /^\d+$/.test(preid))
        throw new UserError(`preid: '${preid}' is not a pre-release identifier (such as alpha or rc)`);
    if (tagged.has(bare))
        throw new UserError(`${bare} is released already: a candidate comes before its release`);
    const prefix = `${bare}-${preid}.`;
    let highest = 0;
    let atHead = 0;
    for (const [version, commit] of tagged) {
        if (!version.startsWith(prefix))
            continue;
        const n = version.slice(prefix.length);
        if (!/^[1-9]\d*$/.test(n))
            continue;
        highest = Math.max(highest, Number(n));
        if (head !== undefined && commit === head)
            atHead = Math.max(atHead, Number(n));
    }
    if (atHead > 0)
        return {
            version: `${prefix}${atHead}`,
            exists: true,
            reason: `${prefix}${atHead} is already tagged at the commit being released: kept`,
        };
    return {
        version: `${prefix}${highest + 1}`,
        exists: false,
        reason: highest === 0
            ? `the first ${preid} candidate of ${bare}`
            : `the candidate after ${prefix}${highest}, the highest tagged`,
    };
}

;// CONCATENATED MODULE: ./packages/versioning/src/index.ts




;// CONCATENATED MODULE: ./packages/release-graph/src/generated/validate-graph.js
// Generated by scripts/build.mjs from packages/release-graph/schema/release-graph.schema.json (ajv standalone): do not edit.
const validate_graph_validate = validate_graph_validate10;/* harmony default export */ const validate_graph = ((/* unused pure expression or super */ null && (validate_graph_validate10)));const validate_graph_schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/confidential-containers/coco-release-actions/packages/release-graph/schema/release-graph.schema.json","title":"release graph","description":"Which repository pins which component, where, and what the pinned value is (release-status).","type":"object","additionalProperties":false,"required":["components","pins"],"properties":{"components":{"description":"Every component, by name: a repository and how its releases are tagged.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/component"}},"pins":{"description":"Every place a component (the holder) pins another component.","type":"array","items":{"$ref":"#/definitions/pin"}}},"definitions":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$"},"component":{"type":"object","additionalProperties":false,"required":["repository","tag-format"],"properties":{"repository":{"description":"OWNER/NAME on GitHub.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"tag-format":{"description":"How a release is tagged: {version} (Kata: 4.0.0) or v{version} (v0.17.0).","type":"string","pattern":"\\S"},"reference":{"description":"The id of the pin the other pins of this component must agree with (default: the first pin of this component).","type":"string","pattern":"\\S"},"release":{"$ref":"#/definitions/release"}}},"pin":{"type":"object","additionalProperties":false,"required":["holder","file","component","kind"],"properties":{"id":{"description":"A name for the pin, for `reference` and the JSON report (default HOLDER:FILE:SITE).","type":"string","pattern":"\\S"},"holder":{"description":"The component whose repository holds the file.","type":"string","pattern":"\\S"},"file":{"description":"File, relative to the holder repository's root.","type":"string","pattern":"^[^/\\s][^\\n]*$"},"ref":{"description":"Branch, tag or commit to read the file at (default: the repository's default branch).","type":"string","pattern":"^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"},"path":{"description":"A YAML path (bump-versions-yaml syntax): .externals.coco-trustee.version","type":"string","pattern":"^\\."},"variable":{"description":"A Makefile, shell or Dockerfile variable.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"pattern":{"description":"A regular expression with one named group `value`; must match exactly once.","type":"string","pattern":"\\S"},"component":{"description":"The component the value pins.","type":"string","pattern":"\\S"},"kind":{"description":"What the value is: a commit SHA, a tag name, or a version (turned into a tag by the component's tag-format).","enum":["commit","tag","version"]},"claim":{"description":"Where the pin says which version it is: `comment`, the inline comment after a YAML value (`<sha> # v4.0.0`).","enum":["comment"]},"development":{"description":"The value a version pin holds between releases (kata-deploy's 0.0.0-dev): reported as development, not drift, unless `release` names the component.","type":"string","pattern":"\\S"}},"oneOf":[{"required":["path"],"not":{"anyOf":[{"required":["variable"]},{"required":["pattern"]}]}},{"required":["variable"],"not":{"anyOf":[{"required":["path"]},{"required":["pattern"]}]}},{"required":["pattern"],"not":{"anyOf":[{"required":["path"]},{"required":["variable"]}]}}]},"template":{"description":"Text with {variables} from the train: {version}, {tag} and {commit} of this component's release; {COMPONENT.version} and {COMPONENT.tag} of another component of the train (the train's start: {kata-containers.version}).","type":"string"},"release":{"description":"How this component releases in the release train (release-train).","type":"object","additionalProperties":false,"properties":{"starts-train":{"description":"The train starts at a release of this component (Kata): it is not dispatched, its tag is the train's target.","const":true},"after":{"description":"Components whose release must be done before this one starts.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$"},"uniqueItems":true},"workflow":{"description":"The workflow_dispatch workflow that releases this component.","type":"object","additionalProperties":false,"required":["repository","file","ref"],"properties":{"repository":{"description":"OWNER/NAME holding the workflow.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"file":{"description":"The workflow's file name in .github/workflows (release.yml).","type":"string","pattern":"^[A-Za-z0-9_.-]+\\.ya?ml$"},"ref":{"description":"The branch the workflow runs on.","type":"string","pattern":"^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"}}},"commit":{"description":"The id of the pin whose commit this release tags (trustee: Kata's versions.yaml at the train's Kata tag); its tags say which release of the train it is.","type":"string","pattern":"\\S"},"released-with":{"description":"The id of a pin this component holds on the train's start (peerpods' kata-deploy): read at the component's newest tag, it says which train that release belongs to.","type":"string","pattern":"\\S"},"current":{"description":"Where the component keeps its own version on its default branch (a chart's Chart.yaml `version`): the next version is above it (next-version's `current`), and once a phase has set the `released-with` pin there to the train's start, it is this release's version.","type":"object","additionalProperties":false,"required":["file","path"],"properties":{"file":{"description":"The YAML file, relative to the repository root.","type":"string","pattern":"\\S"},"path":{"description":"The version's YAML path in it (.version).","type":"string","pattern":"^\\."}}},"bump":{"description":"The version policy for the next release: major, minor or patch over the newest release, or follow (as much as the train's start moved since the release before, KEP-2264).","enum":["major","minor","patch","follow"]},"phases":{"description":"The workflow runs of a release, in order.","type":"array","minItems":1,"items":{"$ref":"#/definitions/phase"}}}},"phase":{"type":"object","additionalProperties":false,"required":["name","run-name","inputs","done"],"properties":{"name":{"$ref":"#/definitions/name"},"run-name":{"description":"The run's title (the workflow's run-name), by which the conductor finds its runs: a template.","$ref":"#/definitions/template"},"inputs":{"description":"The workflow_dispatch inputs, each a template.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/definitions/template"}},"pull-request":{"description":"The branch of the pull request a run opens (a template); the train waits for a person to merge it.","$ref":"#/definitions/template"},"sets":{"description":"Ids of the pins this phase's pull request sets: their drift is this phase's work, not a block.","type":"array","items":{"type":"string","pattern":"\\S"},"uniqueItems":true},"ci":{"description":"Dispatch only once CI passed on the commit to release (the release's commit, or the workflow branch's head after the phase's pull request merged).","type":"boolean"},"done":{"description":"The fact that says the phase is done: the release tag exists, or a pin holds a value.","oneOf":[{"const":"tag"},{"type":"object","additionalProperties":false,"required":["pin","value"],"properties":{"pin":{"type":"string","pattern":"\\S"},"value":{"$ref":"#/definitions/template"}}}]}}}}};const validate_graph_schema12 = {"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$"};const validate_graph_schema21 = {"type":"object","additionalProperties":false,"required":["holder","file","component","kind"],"properties":{"id":{"description":"A name for the pin, for `reference` and the JSON report (default HOLDER:FILE:SITE).","type":"string","pattern":"\\S"},"holder":{"description":"The component whose repository holds the file.","type":"string","pattern":"\\S"},"file":{"description":"File, relative to the holder repository's root.","type":"string","pattern":"^[^/\\s][^\\n]*$"},"ref":{"description":"Branch, tag or commit to read the file at (default: the repository's default branch).","type":"string","pattern":"^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"},"path":{"description":"A YAML path (bump-versions-yaml syntax): .externals.coco-trustee.version","type":"string","pattern":"^\\."},"variable":{"description":"A Makefile, shell or Dockerfile variable.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"pattern":{"description":"A regular expression with one named group `value`; must match exactly once.","type":"string","pattern":"\\S"},"component":{"description":"The component the value pins.","type":"string","pattern":"\\S"},"kind":{"description":"What the value is: a commit SHA, a tag name, or a version (turned into a tag by the component's tag-format).","enum":["commit","tag","version"]},"claim":{"description":"Where the pin says which version it is: `comment`, the inline comment after a YAML value (`<sha> # v4.0.0`).","enum":["comment"]},"development":{"description":"The value a version pin holds between releases (kata-deploy's 0.0.0-dev): reported as development, not drift, unless `release` names the component.","type":"string","pattern":"\\S"}},"oneOf":[{"required":["path"],"not":{"anyOf":[{"required":["variable"]},{"required":["pattern"]}]}},{"required":["variable"],"not":{"anyOf":[{"required":["path"]},{"required":["pattern"]}]}},{"required":["pattern"],"not":{"anyOf":[{"required":["path"]},{"required":["variable"]}]}}]};const validate_graph_pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");const validate_graph_pattern2 = new RegExp("\\S", "u");const pattern18 = new RegExp("^[^/\\s][^\\n]*$", "u");const pattern7 = new RegExp("^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$", "u");const pattern11 = new RegExp("^\\.", "u");const pattern21 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");const validate_graph_schema13 = {"type":"object","additionalProperties":false,"required":["repository","tag-format"],"properties":{"repository":{"description":"OWNER/NAME on GitHub.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"tag-format":{"description":"How a release is tagged: {version} (Kata: 4.0.0) or v{version} (v0.17.0).","type":"string","pattern":"\\S"},"reference":{"description":"The id of the pin the other pins of this component must agree with (default: the first pin of this component).","type":"string","pattern":"\\S"},"release":{"$ref":"#/definitions/release"}}};const validate_graph_pattern1 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");const validate_graph_schema14 = {"description":"How this component releases in the release train (release-train).","type":"object","additionalProperties":false,"properties":{"starts-train":{"description":"The train starts at a release of this component (Kata): it is not dispatched, its tag is the train's target.","const":true},"after":{"description":"Components whose release must be done before this one starts.","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$"},"uniqueItems":true},"workflow":{"description":"The workflow_dispatch workflow that releases this component.","type":"object","additionalProperties":false,"required":["repository","file","ref"],"properties":{"repository":{"description":"OWNER/NAME holding the workflow.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"file":{"description":"The workflow's file name in .github/workflows (release.yml).","type":"string","pattern":"^[A-Za-z0-9_.-]+\\.ya?ml$"},"ref":{"description":"The branch the workflow runs on.","type":"string","pattern":"^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"}}},"commit":{"description":"The id of the pin whose commit this release tags (trustee: Kata's versions.yaml at the train's Kata tag); its tags say which release of the train it is.","type":"string","pattern":"\\S"},"released-with":{"description":"The id of a pin this component holds on the train's start (peerpods' kata-deploy): read at the component's newest tag, it says which train that release belongs to.","type":"string","pattern":"\\S"},"current":{"description":"Where the component keeps its own version on its default branch (a chart's Chart.yaml `version`): the next version is above it (next-version's `current`), and once a phase has set the `released-with` pin there to the train's start, it is this release's version.","type":"object","additionalProperties":false,"required":["file","path"],"properties":{"file":{"description":"The YAML file, relative to the repository root.","type":"string","pattern":"\\S"},"path":{"description":"The version's YAML path in it (.version).","type":"string","pattern":"^\\."}}},"bump":{"description":"The version policy for the next release: major, minor or patch over the newest release, or follow (as much as the train's start moved since the release before, KEP-2264).","enum":["major","minor","patch","follow"]},"phases":{"description":"The workflow runs of a release, in order.","type":"array","minItems":1,"items":{"$ref":"#/definitions/phase"}}}};const pattern6 = new RegExp("^[A-Za-z0-9_.-]+\\.ya?ml$", "u");const schema15 = {"type":"object","additionalProperties":false,"required":["name","run-name","inputs","done"],"properties":{"name":{"$ref":"#/definitions/name"},"run-name":{"description":"The run's title (the workflow's run-name), by which the conductor finds its runs: a template.","$ref":"#/definitions/template"},"inputs":{"description":"The workflow_dispatch inputs, each a template.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_-]*$"},"additionalProperties":{"$ref":"#/definitions/template"}},"pull-request":{"description":"The branch of the pull request a run opens (a template); the train waits for a person to merge it.","$ref":"#/definitions/template"},"sets":{"description":"Ids of the pins this phase's pull request sets: their drift is this phase's work, not a block.","type":"array","items":{"type":"string","pattern":"\\S"},"uniqueItems":true},"ci":{"description":"Dispatch only once CI passed on the commit to release (the release's commit, or the workflow branch's head after the phase's pull request merged).","type":"boolean"},"done":{"description":"The fact that says the phase is done: the release tag exists, or a pin holds a value.","oneOf":[{"const":"tag"},{"type":"object","additionalProperties":false,"required":["pin","value"],"properties":{"pin":{"type":"string","pattern":"\\S"},"value":{"$ref":"#/definitions/template"}}}]}}};const schema17 = {"description":"Text with {variables} from the train: {version}, {tag} and {commit} of this component's release; {COMPONENT.version} and {COMPONENT.tag} of another component of the train (the train's start: {kata-containers.version}).","type":"string"};const pattern13 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]*$", "u");function validate_graph_validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data["run-name"] === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run-name"},message:"must have required property '"+"run-name"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.inputs === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.done === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "done"},message:"must have required property '"+"done"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((((key0 === "name") || (key0 === "run-name")) || (key0 === "inputs")) || (key0 === "pull-request")) || (key0 === "sets")) || (key0 === "ci")) || (key0 === "done"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!validate_graph_pattern0.test(data0)){const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data["run-name"] !== undefined){if(typeof data["run-name"] !== "string"){const err7 = {instancePath:instancePath+"/run-name",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.inputs !== undefined){let data2 = data.inputs;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){const _errs10 = errors;if(typeof key1 === "string"){if(!pattern13.test(key1)){const err8 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_-]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}var valid3 = _errs10 === errors;if(!valid3){const err9 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}for(const key2 in data2){if(typeof data2[key2] !== "string"){const err10 = {instancePath:instancePath+"/inputs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data["pull-request"] !== undefined){if(typeof data["pull-request"] !== "string"){const err12 = {instancePath:instancePath+"/pull-request",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.sets !== undefined){let data5 = data.sets;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(!validate_graph_pattern2.test(data6)){const err13 = {instancePath:instancePath+"/sets/" + i0,schemaPath:"#/properties/sets/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/sets/" + i0,schemaPath:"#/properties/sets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err15 = {instancePath:instancePath+"/sets",schemaPath:"#/properties/sets/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;break;}indices0[item0] = i1;}}}else {const err16 = {instancePath:instancePath+"/sets",schemaPath:"#/properties/sets/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.ci !== undefined){if(typeof data.ci !== "boolean"){const err17 = {instancePath:instancePath+"/ci",schemaPath:"#/properties/ci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.done !== undefined){let data8 = data.done;const _errs25 = errors;let valid10 = false;let passing0 = null;const _errs26 = errors;if("tag" !== data8){const err18 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/oneOf/0/const",keyword:"const",params:{allowedValue: "tag"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid0 = _errs26 === errors;if(_valid0){valid10 = true;passing0 = 0;}const _errs27 = errors;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.pin === undefined){const err19 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/oneOf/1/required",keyword:"required",params:{missingProperty: "pin"},message:"must have required property '"+"pin"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8.value === undefined){const err20 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/oneOf/1/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key3 in data8){if(!((key3 === "pin") || (key3 === "value"))){const err21 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data8.pin !== undefined){let data9 = data8.pin;if(typeof data9 === "string"){if(!validate_graph_pattern2.test(data9)){const err22 = {instancePath:instancePath+"/done/pin",schemaPath:"#/properties/done/oneOf/1/properties/pin/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/done/pin",schemaPath:"#/properties/done/oneOf/1/properties/pin/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data8.value !== undefined){if(typeof data8.value !== "string"){const err24 = {instancePath:instancePath+"/done/value",schemaPath:"#/definitions/template/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid0 = _errs27 === errors;if(_valid0 && valid10){valid10 = false;passing0 = [passing0, 1];}else {if(_valid0){valid10 = true;passing0 = 1;}}if(!valid10){const err26 = {instancePath:instancePath+"/done",schemaPath:"#/properties/done/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}else {errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate_graph_validate13.errors = vErrors;return errors === 0;}function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((((key0 === "starts-train") || (key0 === "after")) || (key0 === "workflow")) || (key0 === "commit")) || (key0 === "released-with")) || (key0 === "current")) || (key0 === "bump")) || (key0 === "phases"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["starts-train"] !== undefined){if(true !== data["starts-train"]){const err1 = {instancePath:instancePath+"/starts-train",schemaPath:"#/properties/starts-train/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.after !== undefined){let data1 = data.after;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(!validate_graph_pattern0.test(data2)){const err2 = {instancePath:instancePath+"/after/" + i0,schemaPath:"#/properties/after/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/after/" + i0,schemaPath:"#/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data1[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err4 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;break;}indices0[item0] = i1;}}}else {const err5 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.workflow !== undefined){let data3 = data.workflow;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.repository === undefined){const err6 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data3.file === undefined){const err7 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.ref === undefined){const err8 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data3){if(!(((key1 === "repository") || (key1 === "file")) || (key1 === "ref"))){const err9 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.repository !== undefined){let data4 = data3.repository;if(typeof data4 === "string"){if(!validate_graph_pattern1.test(data4)){const err10 = {instancePath:instancePath+"/workflow/repository",schemaPath:"#/properties/workflow/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/workflow/repository",schemaPath:"#/properties/workflow/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.file !== undefined){let data5 = data3.file;if(typeof data5 === "string"){if(!pattern6.test(data5)){const err12 = {instancePath:instancePath+"/workflow/file",schemaPath:"#/properties/workflow/properties/file/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+\\.ya?ml$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+\\.ya?ml$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/workflow/file",schemaPath:"#/properties/workflow/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data3.ref !== undefined){let data6 = data3.ref;if(typeof data6 === "string"){if(!pattern7.test(data6)){const err14 = {instancePath:instancePath+"/workflow/ref",schemaPath:"#/properties/workflow/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"},message:"must match pattern \""+"^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/workflow/ref",schemaPath:"#/properties/workflow/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/workflow",schemaPath:"#/properties/workflow/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.commit !== undefined){let data7 = data.commit;if(typeof data7 === "string"){if(!validate_graph_pattern2.test(data7)){const err17 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["released-with"] !== undefined){let data8 = data["released-with"];if(typeof data8 === "string"){if(!validate_graph_pattern2.test(data8)){const err19 = {instancePath:instancePath+"/released-with",schemaPath:"#/properties/released-with/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/released-with",schemaPath:"#/properties/released-with/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.current !== undefined){let data9 = data.current;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.file === undefined){const err21 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data9.path === undefined){const err22 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key2 in data9){if(!((key2 === "file") || (key2 === "path"))){const err23 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data9.file !== undefined){let data10 = data9.file;if(typeof data10 === "string"){if(!validate_graph_pattern2.test(data10)){const err24 = {instancePath:instancePath+"/current/file",schemaPath:"#/properties/current/properties/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/current/file",schemaPath:"#/properties/current/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data9.path !== undefined){let data11 = data9.path;if(typeof data11 === "string"){if(!pattern11.test(data11)){const err26 = {instancePath:instancePath+"/current/path",schemaPath:"#/properties/current/properties/path/pattern",keyword:"pattern",params:{pattern: "^\\."},message:"must match pattern \""+"^\\."+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/current/path",schemaPath:"#/properties/current/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/current",schemaPath:"#/properties/current/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.bump !== undefined){let data12 = data.bump;if(!((((data12 === "major") || (data12 === "minor")) || (data12 === "patch")) || (data12 === "follow"))){const err29 = {instancePath:instancePath+"/bump",schemaPath:"#/properties/bump/enum",keyword:"enum",params:{allowedValues: validate_graph_schema14.properties.bump.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.phases !== undefined){let data13 = data.phases;if(Array.isArray(data13)){if(data13.length < 1){const err30 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}const len1 = data13.length;for(let i2=0; i2<len1; i2++){if(!(validate_graph_validate13(data13[i2], {instancePath:instancePath+"/phases/" + i2,parentData:data13,parentDataProperty:i2,rootData}))){vErrors = vErrors === null ? validate_graph_validate13.errors : vErrors.concat(validate_graph_validate13.errors);errors = vErrors.length;}}}else {const err31 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate12.errors = vErrors;return errors === 0;}function validate_graph_validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.repository === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data["tag-format"] === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tag-format"},message:"must have required property '"+"tag-format"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "repository") || (key0 === "tag-format")) || (key0 === "reference")) || (key0 === "release"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.repository !== undefined){let data0 = data.repository;if(typeof data0 === "string"){if(!validate_graph_pattern1.test(data0)){const err3 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\""};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data["tag-format"] !== undefined){let data1 = data["tag-format"];if(typeof data1 === "string"){if(!validate_graph_pattern2.test(data1)){const err5 = {instancePath:instancePath+"/tag-format",schemaPath:"#/properties/tag-format/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/tag-format",schemaPath:"#/properties/tag-format/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.reference !== undefined){let data2 = data.reference;if(typeof data2 === "string"){if(!validate_graph_pattern2.test(data2)){const err7 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/reference",schemaPath:"#/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.release !== undefined){if(!(validate12(data.release, {instancePath:instancePath+"/release",parentData:data,parentDataProperty:"release",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate_graph_validate11.errors = vErrors;return errors === 0;}const validate_graph_func2 = Object.prototype.hasOwnProperty;function validate_graph_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/confidential-containers/coco-release-actions/packages/release-graph/schema/release-graph.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.components === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.pins === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pins"},message:"must have required property '"+"pins"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((key0 === "components") || (key0 === "pins"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.components !== undefined){let data0 = data.components;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(Object.keys(data0).length < 1){const err3 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key1 in data0){const _errs4 = errors;if(typeof key1 === "string"){if(!validate_graph_pattern0.test(key1)){const err4 = {instancePath:instancePath+"/components",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/components",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var valid1 = _errs4 === errors;if(!valid1){const err6 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}for(const key2 in data0){if(!(validate_graph_validate11(data0[key2], {instancePath:instancePath+"/components/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData}))){vErrors = vErrors === null ? validate_graph_validate11.errors : vErrors.concat(validate_graph_validate11.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.pins !== undefined){let data2 = data.pins;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];const _errs14 = errors;let valid7 = false;let passing0 = null;const _errs15 = errors;const _errs16 = errors;const _errs17 = errors;const _errs18 = errors;let valid9 = false;const _errs19 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){let missing0;if((data3.variable === undefined) && (missing0 = "variable")){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}var _valid1 = _errs19 === errors;valid9 = valid9 || _valid1;if(!valid9){const _errs20 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){let missing1;if((data3.pattern === undefined) && (missing1 = "pattern")){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid1 = _errs20 === errors;valid9 = valid9 || _valid1;}if(!valid9){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}}var valid8 = _errs17 === errors;if(valid8){const err11 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf/0/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs16;if(vErrors !== null){if(_errs16){vErrors.length = _errs16;}else {vErrors = null;}}}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.path === undefined){const err12 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf/0/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}var _valid0 = _errs15 === errors;if(_valid0){valid7 = true;passing0 = 0;}const _errs21 = errors;const _errs22 = errors;const _errs23 = errors;const _errs24 = errors;let valid11 = false;const _errs25 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){let missing2;if((data3.path === undefined) && (missing2 = "path")){const err13 = {};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}var _valid2 = _errs25 === errors;valid11 = valid11 || _valid2;if(!valid11){const _errs26 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){let missing3;if((data3.pattern === undefined) && (missing3 = "pattern")){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid2 = _errs26 === errors;valid11 = valid11 || _valid2;}if(!valid11){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {errors = _errs24;if(vErrors !== null){if(_errs24){vErrors.length = _errs24;}else {vErrors = null;}}}var valid10 = _errs23 === errors;if(valid10){const err16 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}else {errors = _errs22;if(vErrors !== null){if(_errs22){vErrors.length = _errs22;}else {vErrors = null;}}}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.variable === undefined){const err17 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf/1/required",keyword:"required",params:{missingProperty: "variable"},message:"must have required property '"+"variable"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}var _valid0 = _errs21 === errors;if(_valid0 && valid7){valid7 = false;passing0 = [passing0, 1];}else {if(_valid0){valid7 = true;passing0 = 1;}const _errs27 = errors;const _errs28 = errors;const _errs29 = errors;const _errs30 = errors;let valid13 = false;const _errs31 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){let missing4;if((data3.path === undefined) && (missing4 = "path")){const err18 = {};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}var _valid3 = _errs31 === errors;valid13 = valid13 || _valid3;if(!valid13){const _errs32 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){let missing5;if((data3.variable === undefined) && (missing5 = "variable")){const err19 = {};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}var _valid3 = _errs32 === errors;valid13 = valid13 || _valid3;}if(!valid13){const err20 = {};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {errors = _errs30;if(vErrors !== null){if(_errs30){vErrors.length = _errs30;}else {vErrors = null;}}}var valid12 = _errs29 === errors;if(valid12){const err21 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf/2/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {errors = _errs28;if(vErrors !== null){if(_errs28){vErrors.length = _errs28;}else {vErrors = null;}}}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.pattern === undefined){const err22 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf/2/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}var _valid0 = _errs27 === errors;if(_valid0 && valid7){valid7 = false;passing0 = [passing0, 2];}else {if(_valid0){valid7 = true;passing0 = 2;}}}if(!valid7){const err23 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}else {errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}}if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.holder === undefined){const err24 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/required",keyword:"required",params:{missingProperty: "holder"},message:"must have required property '"+"holder"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data3.file === undefined){const err25 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data3.component === undefined){const err26 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/required",keyword:"required",params:{missingProperty: "component"},message:"must have required property '"+"component"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data3.kind === undefined){const err27 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}for(const key3 in data3){if(!(validate_graph_func2.call(validate_graph_schema21.properties, key3))){const err28 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data3.id !== undefined){let data4 = data3.id;if(typeof data4 === "string"){if(!validate_graph_pattern2.test(data4)){const err29 = {instancePath:instancePath+"/pins/" + i0+"/id",schemaPath:"#/definitions/pin/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/pins/" + i0+"/id",schemaPath:"#/definitions/pin/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data3.holder !== undefined){let data5 = data3.holder;if(typeof data5 === "string"){if(!validate_graph_pattern2.test(data5)){const err31 = {instancePath:instancePath+"/pins/" + i0+"/holder",schemaPath:"#/definitions/pin/properties/holder/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/pins/" + i0+"/holder",schemaPath:"#/definitions/pin/properties/holder/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data3.file !== undefined){let data6 = data3.file;if(typeof data6 === "string"){if(!pattern18.test(data6)){const err33 = {instancePath:instancePath+"/pins/" + i0+"/file",schemaPath:"#/definitions/pin/properties/file/pattern",keyword:"pattern",params:{pattern: "^[^/\\s][^\\n]*$"},message:"must match pattern \""+"^[^/\\s][^\\n]*$"+"\""};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/pins/" + i0+"/file",schemaPath:"#/definitions/pin/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data3.ref !== undefined){let data7 = data3.ref;if(typeof data7 === "string"){if(!pattern7.test(data7)){const err35 = {instancePath:instancePath+"/pins/" + i0+"/ref",schemaPath:"#/definitions/pin/properties/ref/pattern",keyword:"pattern",params:{pattern: "^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"},message:"must match pattern \""+"^[^\\s:^~?*\\[\\\\-][^\\s:^~?*\\[\\\\]*$"+"\""};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/pins/" + i0+"/ref",schemaPath:"#/definitions/pin/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data3.path !== undefined){let data8 = data3.path;if(typeof data8 === "string"){if(!pattern11.test(data8)){const err37 = {instancePath:instancePath+"/pins/" + i0+"/path",schemaPath:"#/definitions/pin/properties/path/pattern",keyword:"pattern",params:{pattern: "^\\."},message:"must match pattern \""+"^\\."+"\""};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/pins/" + i0+"/path",schemaPath:"#/definitions/pin/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data3.variable !== undefined){let data9 = data3.variable;if(typeof data9 === "string"){if(!pattern21.test(data9)){const err39 = {instancePath:instancePath+"/pins/" + i0+"/variable",schemaPath:"#/definitions/pin/properties/variable/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/pins/" + i0+"/variable",schemaPath:"#/definitions/pin/properties/variable/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data3.pattern !== undefined){let data10 = data3.pattern;if(typeof data10 === "string"){if(!validate_graph_pattern2.test(data10)){const err41 = {instancePath:instancePath+"/pins/" + i0+"/pattern",schemaPath:"#/definitions/pin/properties/pattern/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}else {const err42 = {instancePath:instancePath+"/pins/" + i0+"/pattern",schemaPath:"#/definitions/pin/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data3.component !== undefined){let data11 = data3.component;if(typeof data11 === "string"){if(!validate_graph_pattern2.test(data11)){const err43 = {instancePath:instancePath+"/pins/" + i0+"/component",schemaPath:"#/definitions/pin/properties/component/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/pins/" + i0+"/component",schemaPath:"#/definitions/pin/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data3.kind !== undefined){let data12 = data3.kind;if(!(((data12 === "commit") || (data12 === "tag")) || (data12 === "version"))){const err45 = {instancePath:instancePath+"/pins/" + i0+"/kind",schemaPath:"#/definitions/pin/properties/kind/enum",keyword:"enum",params:{allowedValues: validate_graph_schema21.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data3.claim !== undefined){if(!(data3.claim === "comment")){const err46 = {instancePath:instancePath+"/pins/" + i0+"/claim",schemaPath:"#/definitions/pin/properties/claim/enum",keyword:"enum",params:{allowedValues: validate_graph_schema21.properties.claim.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data3.development !== undefined){let data14 = data3.development;if(typeof data14 === "string"){if(!validate_graph_pattern2.test(data14)){const err47 = {instancePath:instancePath+"/pins/" + i0+"/development",schemaPath:"#/definitions/pin/properties/development/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/pins/" + i0+"/development",schemaPath:"#/definitions/pin/properties/development/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/pins/" + i0,schemaPath:"#/definitions/pin/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}validate_graph_validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./packages/release-graph/src/schema.ts

// schema/release-graph.schema.json (the file editors use too), compiled by ajv at build time (scripts/build.mjs).

const HINTS = {
    'components.*.repository': 'expected OWNER/NAME',
    'pins[].file': 'expected a path relative to the repository root',
    'pins[].ref': 'expected a branch, tag or commit name (no blanks, no :, ^, ~, ?, *, [ or \\)',
    'pins[].path': "expected a YAML path starting with '.'",
    'pins[].variable': 'expected a variable name',
};
/** A graph file against its schema, every error at its line. */
function validateGraph(f, data) {
    if (validate_graph_validate(data))
        return [];
    return schema_errors_schemaErrors(f, validate_graph_validate.errors ?? [], {
        whole: 'the graph',
        hints: HINTS,
        exclusive: { at: /^\/pins\/\d+$/, keys: ['path', 'variable', 'pattern'], what: 'a pin' },
        keyNames: "a component name (lowercase letters, digits, '.', '_' and '-')",
    });
}

;// CONCATENATED MODULE: ./packages/release-graph/src/train-graph.ts

const train_graph_VARIABLE = /\{([^{}]*)\}/g;
/** The variables a template names (`{tag}`, `{kata-containers.version}`). */
function templateVariables(template) {
    return [...template.matchAll(train_graph_VARIABLE)].map((m) => m[1]);
}
/** A template with its variables replaced; every variable must be known (the parser checked them). */
function train_graph_renderTemplate(template, vars) {
    return template.replace(train_graph_VARIABLE, (_, name) => {
        const value = vars.get(name);
        if (value === undefined)
            throw new Error(`template variable {${name}} has no value`);
        return value;
    });
}
/**
 * Every component's `release`, checked. `at(pointer)` gives the position of a JSON pointer in the file.
 */
function parseTrain(raw, pins, at, line, errors) {
    const out = new Map();
    const names = Object.keys(raw);
    const inTrain = names.filter((n) => raw[n].release !== undefined);
    const starts = inTrain.filter((n) => raw[n].release['starts-train'] === true);
    if (inTrain.length > 0 && starts.length !== 1)
        errors.push(new src/* UserError */.yo(`the release train needs exactly one component with 'starts-train: true', found ${starts.length}${starts.length ? ` (${starts.join(', ')})` : ''}`, at(`/components/${inTrain[0]}/release`)));
    const start = starts[0];
    const pinById = new Map(pins.map((p) => [p.id, p]));
    for (const name of inTrain) {
        const r = raw[name].release;
        const base = `/components/${name}/release`;
        const where = `components.${name}.release`;
        if (r['starts-train']) {
            const others = Object.keys(r).filter((k) => k !== 'starts-train');
            if (others.length > 0)
                errors.push(new src/* UserError */.yo(`${where}: the component that starts the train is not dispatched: remove ${others.map((k) => `'${k}'`).join(', ')}`, at(base)));
            out.set(name, { startsTrain: true });
            continue;
        }
        const missing = ['after', 'workflow', 'bump', 'phases'].filter((k) => r[k] === undefined);
        if (missing.length > 0) {
            errors.push(new src/* UserError */.yo(`${where}: ${missing.map((k) => `'${k}'`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} required (or 'starts-train: true')`, at(base)));
            continue;
        }
        const after = r.after;
        after.forEach((a, i) => {
            if (!inTrain.includes(a))
                errors.push(new src/* UserError */.yo(`${where}.after: '${a}' is not a component of the train (${inTrain.join(', ')})`, at(`${base}/after/${i}`)));
        });
        const pinField = (key, check) => {
            const id = r[key];
            if (id === undefined)
                return undefined;
            const p = pinById.get(id);
            const problem = p ? check(p) : `no pin has the id '${id}'`;
            if (problem)
                errors.push(new src/* UserError */.yo(`${where}.${key}: ${problem}`, at(`${base}/${key}`)));
            return id;
        };
        const commit = pinField('commit', (p) => p.component !== name ? `the pin '${p.id}' pins ${p.component}, not ${name}` : undefined);
        const releasedWith = pinField('released-with', (p) => p.holder !== name || p.component !== start
            ? `the pin '${p.id}' must be held by ${name} and pin the train's start (${start ?? 'none'}); it is held by ${p.holder} and pins ${p.component}`
            : undefined);
        if ((commit === undefined) === (releasedWith === undefined))
            errors.push(new src/* UserError */.yo(`${where}: give exactly one of 'commit' (the pin whose commit this release tags) and 'released-with' (the pin that says which train a release shipped with)`, at(base)));
        if (r.current !== undefined && releasedWith === undefined)
            errors.push(new src/* UserError */.yo(`${where}.current: needs 'released-with' (the pin that says its version was set for this train)`, at(`${base}/current`)));
        if (r.bump === 'follow' && releasedWith === undefined)
            errors.push(new src/* UserError */.yo(`${where}.bump: 'follow' needs 'released-with' (the release it follows)`, at(`${base}/bump`)));
        // Variables: this release's own, and the version and tag of the train's start and of every component.
        const known = new Set(['version', 'tag', ...(commit !== undefined ? ['commit'] : [])]);
        for (const n of inTrain)
            if (n !== name)
                known.add(`${n}.version`).add(`${n}.tag`);
        const template = (text, pointer, what) => {
            for (const v of templateVariables(text))
                if (!known.has(v))
                    errors.push(new src/* UserError */.yo(`${what}: unknown variable {${v}} (known: ${[...known].map((k) => `{${k}}`).join(', ')})`, at(pointer)));
        };
        const phases = [];
        const seen = new Set();
        r.phases.forEach((p, i) => {
            const pointer = `${base}/phases/${i}`;
            const what = `${where}.phases[${i}]`;
            if (seen.has(p.name))
                errors.push(new src/* UserError */.yo(`${what}.name: '${p.name}' is already a phase of ${name}`, at(`${pointer}/name`)));
            seen.add(p.name);
            template(p['run-name'], `${pointer}/run-name`, `${what}.run-name`);
            for (const [k, v] of Object.entries(p.inputs))
                template(v, `${pointer}/inputs/${k}`, `${what}.inputs.${k}`);
            if (p['pull-request'] !== undefined)
                template(p['pull-request'], `${pointer}/pull-request`, `${what}.pull-request`);
            const own = (id, pointer, what) => {
                const pin = pinById.get(id);
                if (!pin || pin.holder !== name)
                    errors.push(new src/* UserError */.yo(`${what}: ${pin ? `the pin '${id}' is held by ${pin.holder}, not ${name}` : `no pin has the id '${id}'`}`, at(pointer)));
            };
            (p.sets ?? []).forEach((id, j) => own(id, `${pointer}/sets/${j}`, `${what}.sets`));
            let done;
            if (p.done === 'tag')
                done = { kind: 'tag' };
            else {
                own(p.done.pin, `${pointer}/done/pin`, `${what}.done.pin`);
                template(p.done.value, `${pointer}/done/value`, `${what}.done.value`);
                done = { kind: 'pin', pin: p.done.pin, value: p.done.value };
            }
            phases.push({
                name: p.name,
                runName: p['run-name'],
                inputs: { ...p.inputs },
                pullRequest: p['pull-request'],
                sets: p.sets ?? [],
                ci: p.ci ?? false,
                done,
                line: line(pointer),
            });
        });
        const tagPhases = phases.filter((p) => p.done.kind === 'tag').length;
        if (tagPhases !== 1)
            errors.push(new src/* UserError */.yo(`${where}.phases: exactly one phase must be done when the release tag exists ('done: tag'), found ${tagPhases}`, at(`${base}/phases`)));
        const w = r.workflow;
        out.set(name, {
            startsTrain: false,
            after: [...after],
            workflow: { repository: w.repository, file: w.file, ref: w.ref },
            commit,
            releasedWith,
            current: r.current ? { file: r.current.file, path: r.current.path } : undefined,
            bump: r.bump,
            phases,
        });
    }
    // No cycle in `after`: every component must be reachable from the start.
    const visiting = new Set();
    const finished = new Set();
    const visit = (n, path) => {
        if (finished.has(n))
            return;
        if (visiting.has(n)) {
            const cycle = [...path.slice(path.indexOf(n)), n];
            errors.push(new src/* UserError */.yo(`the release train has a cycle: ${cycle.join(' -> ')}`, at(`/components/${n}/release/after`)));
            finished.add(n);
            return;
        }
        visiting.add(n);
        const rel = out.get(n);
        if (rel && !rel.startsTrain)
            for (const a of rel.after)
                if (out.has(a))
                    visit(a, [...path, n]);
        visiting.delete(n);
        finished.add(n);
    };
    for (const n of out.keys())
        visit(n, []);
    return out;
}
/** The components of the train in release order (every component after those it comes after), start first. */
function train_graph_trainOrder(train) {
    const order = [];
    const placed = new Set();
    while (order.length < train.size) {
        const before = order.length;
        for (const [name, r] of train) {
            if (placed.has(name))
                continue;
            if (r.startsTrain || r.after.every((a) => placed.has(a))) {
                order.push(name);
                placed.add(name);
            }
        }
        if (order.length === before)
            break; // a cycle, reported by parseTrain
    }
    return order;
}

;// CONCATENATED MODULE: ./packages/release-graph/src/graph.ts







/**
 * Parse and check a graph file: against its JSON Schema, then for what a schema cannot say.
 */
async function parseGraph(text, file, options = {}) {
    const f = document_loadYaml(text, file);
    const data = document_toData(f);
    (0,src/* throwIfAny */.MI)(validateGraph(f, data ?? {}));
    const raw = data;
    const line = (pointer) => {
        const node = schema_errors_nodeAt(f, pointer);
        return node?.range ? document_positionOf(f, node.range[0]).line : 1;
    };
    const errors = [];
    const at = (pointer) => {
        const node = schema_errors_nodeAt(f, pointer);
        return { file, ...(node?.range ? document_positionOf(f, node.range[0]) : { line: 1 }) };
    };
    const components = new Map();
    for (const [name, c] of Object.entries(raw.components)) {
        const pointer = `/components/${name}`;
        let tagFormat;
        try {
            tagFormat = parseTagFormat(c['tag-format'], `components.${name}.tag-format`);
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            errors.push(new src/* UserError */.yo(e.message.replace(/^input /, ''), at(`${pointer}/tag-format`)));
            tagFormat = { text: '{version}', prefix: '', suffix: '' };
        }
        const [owner, repo] = c.repository.split('/');
        components.set(name, {
            name,
            repository: c.repository,
            owner,
            repo,
            tagFormat,
            reference: c.reference,
            release: undefined,
            line: line(pointer),
        });
    }
    const pins = [];
    const ids = new Map();
    raw.pins.forEach((p, i) => {
        const pointer = `/pins/${i}`;
        let site;
        let label;
        if (p.path !== undefined) {
            [site, label] = [{ kind: 'yaml', path: p.path }, p.path];
            try {
                path_parsePath(p.path);
            }
            catch (e) {
                if (!(e instanceof src/* UserError */.yo))
                    throw e;
                errors.push(new src/* UserError */.yo(`pins[${i}].path: ${e.message}`, at(`${pointer}/path`)));
            }
        }
        else if (p.variable !== undefined)
            [site, label] = [{ kind: 'variable', name: p.variable }, p.variable];
        else {
            label = p.pattern;
            site = { kind: 'pattern', regex: compilePattern(p.pattern, errors, { file, line: line(`${pointer}/pattern`) }) };
        }
        for (const key of ['holder', 'component']) {
            if (!components.has(p[key]))
                errors.push(new src/* UserError */.yo(`pins[${i}].${key}: no component '${p[key]}' (components: ${[...components.keys()].join(', ')})`, at(`${pointer}/${key}`)));
        }
        if (p.holder === p.component)
            errors.push(new src/* UserError */.yo(`pins[${i}]: a component cannot pin itself ('${p.holder}')`, at(pointer)));
        if (p.claim !== undefined && site.kind !== 'yaml')
            errors.push(new src/* UserError */.yo(`pins[${i}].claim: an inline comment claim needs a YAML 'path' site`, at(`${pointer}/claim`)));
        if (p.development !== undefined && p.kind !== 'version')
            errors.push(new src/* UserError */.yo(`pins[${i}].development: only a version pin has a development value`, at(`${pointer}/development`)));
        const id = p.id ?? `${p.holder}:${p.file}:${label}`;
        const seen = ids.get(id);
        if (seen !== undefined)
            errors.push(new src/* UserError */.yo(`pins[${i}].id: '${id}' is already the id of the pin at line ${seen}`, at(pointer)));
        ids.set(id, line(pointer));
        pins.push({
            id,
            holder: p.holder,
            file: p.file,
            ref: p.ref,
            site,
            label,
            component: p.component,
            kind: p.kind,
            claim: p.claim,
            development: p.development,
            line: line(pointer),
        });
    });
    for (const c of components.values()) {
        const own = pins.filter((p) => p.component === c.name);
        if (c.reference === undefined) {
            c.reference = own[0]?.id;
            continue;
        }
        const ref = pins.find((p) => p.id === c.reference);
        if (!ref || ref.component !== c.name)
            errors.push(new src/* UserError */.yo(`components.${c.name}.reference: ${ref ? `the pin '${c.reference}' pins ${ref.component}, not ${c.name}` : `no pin has the id '${c.reference}'`}` +
                (own.length ? ` (pins of ${c.name}: ${own.map((p) => p.id).join(', ')})` : ''), at(`/components/${c.name}/reference`)));
    }
    const train = parseTrain(raw.components, pins, at, line, errors);
    for (const [name, release] of train)
        components.get(name).release = release;
    (0,src/* throwIfAny */.MI)(errors);
    return { file, builtin: options.builtin ?? false, components, pins };
}

;// CONCATENATED MODULE: ./packages/release-graph/src/builtin.ts


/** Where the built-in graph is named in messages and reports. */
const BUILTIN_GRAPH_NAME = 'coco.yaml';
/**
 * The built-in CoCo graph (graphs/coco.yaml). Read beside this module: the bundler copies the file next to
 * each bundle that uses it, so the graph stays one YAML file that people read and edit.
 */
function builtinGraphText() {
    return (0,external_node_fs_.readFileSync)(__nccwpck_require__.ab + "coco.yaml", 'utf8');
}
function builtinGraph() {
    return parseGraph(builtinGraphText(), BUILTIN_GRAPH_NAME, { builtin: true });
}

;// CONCATENATED MODULE: ./packages/release-graph/src/inputs.ts


function split(input, l, what) {
    const eq = l.text.indexOf('=');
    const name = eq < 0 ? '' : l.text.slice(0, eq).trim();
    const value = eq < 0 ? '' : l.text.slice(eq + 1).trim();
    if (name === '' || value === '')
        throw new src/* UserError */.yo(`input '${input}' line ${l.line}: expected COMPONENT=${what}, got '${l.text}'`);
    return [name, value];
}
function component(graph, input, l, name) {
    if (!graph.components.has(name))
        throw new src/* UserError */.yo(`input '${input}' line ${l.line}: no component '${name}' in ${graph.file} (components: ${[...graph.components.keys()].join(', ')})`);
}
/**
 * `release`: `COMPONENT=VERSION` lines (`kata-containers=4.1.0`, `trustee=v0.17.0`): every pin of that
 * component must point to that release. The version is kept without the component's tag prefix or `v`.
 */
function parseRelease(lines, graph, input = 'release') {
    const out = new Map();
    const { errors, attempt } = (0,src/* collectErrors */.ul)();
    for (const l of lines) {
        attempt(() => {
            const [name, raw] = split(input, l, 'VERSION');
            component(graph, input, l, name);
            const format = graph.components.get(name).tagFormat;
            let v = raw;
            if (format.prefix !== '' && v.startsWith(format.prefix))
                v = v.slice(format.prefix.length);
            if (format.suffix !== '' && v.endsWith(format.suffix))
                v = v.slice(0, -format.suffix.length);
            v = v.replace(/^v/, '');
            if (semver_default().valid(v) !== v)
                throw new src/* UserError */.yo(`input '${input}' line ${l.line}: '${raw}' is not a version such as 4.1.0 or v0.17.0`);
            if (out.has(name))
                throw new src/* UserError */.yo(`input '${input}' line ${l.line}: ${name} is named twice`);
            if (!graph.pins.some((p) => p.component === name))
                throw new src/* UserError */.yo(`input '${input}' line ${l.line}: nothing in ${graph.file} pins ${name}`);
            out.set(name, v);
        });
    }
    (0,src/* throwIfAny */.MI)(errors);
    return out;
}
/** Git ref names as the GraphQL `REF:PATH` expression takes them: no blanks, no `:`, no revision syntax. */
const REF_NAME = /^[^\s:^~?*[\\-][^\s:^~?*[\\]*$/;
/**
 * `at`: `COMPONENT=REF` lines (`kata-containers=4.1.0`): read that holder's files at a branch, tag or commit
 * instead of where the graph says (its default branch unless a pin names a ref).
 */
function parseAt(lines, graph, input = 'at') {
    const out = new Map();
    const { errors, attempt } = (0,src/* collectErrors */.ul)();
    for (const l of lines) {
        attempt(() => {
            const [name, ref] = split(input, l, 'REF');
            component(graph, input, l, name);
            if (!REF_NAME.test(ref) || ref.includes('..'))
                throw new src/* UserError */.yo(`input '${input}' line ${l.line}: '${ref}' is not a branch, tag or commit name`);
            if (!graph.pins.some((p) => p.holder === name))
                throw new src/* UserError */.yo(`input '${input}' line ${l.line}: no pin of ${graph.file} is held by ${name}`);
            if (out.has(name))
                throw new src/* UserError */.yo(`input '${input}' line ${l.line}: ${name} is named twice`);
            out.set(name, ref);
        });
    }
    (0,src/* throwIfAny */.MI)(errors);
    return out;
}

;// CONCATENATED MODULE: ./packages/release-graph/src/read.ts




/**
 * Read every pin's value from its file's text: YAML sites through the YAML editor's reader (the shared
 * path syntax, aliases followed), variable and pattern sites as release-pins reads them. A value that
 * cannot be read is reported for that pin, not thrown: the other pins still count.
 */
function readPins(pins, fileText) {
    const parsed = new Map();
    return pins.flatMap((pin) => {
        const file = fileText(pin);
        if (!file)
            return [];
        try {
            const read = readPinValue(pin, file.text, file.display, parsed);
            return [{ pin, ok: true, read, claim: pin.claim ? claimOf(read.comment) : undefined }];
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            return [{ pin, ok: false, error: e.message, line: e.position.line }];
        }
    });
}
function readPinValue(pin, text, display, parsed = new Map()) {
    const site = pin.site;
    if (site.kind !== 'yaml') {
        const found = sites_findValue(text, display, site, new src/* LineIndex */.rr(text));
        return { value: found.value, line: found.line, comment: undefined };
    }
    let f = parsed.get(display);
    if (!f) {
        try {
            f = document_loadYaml(text, display);
        }
        catch (e) {
            if (!(e instanceof src/* UserError */.yo))
                throw e;
            f = e;
        }
        parsed.set(display, f);
    }
    if (f instanceof src/* UserError */.yo)
        throw f;
    const { value, line } = read_readScalar(f, site.path);
    return { value, line, comment: inlineComment(f, site.path) };
}
/** The `# …` after the value on its line, as bump-versions-yaml's ` # text` would write it. */
function inlineComment(f, path) {
    const loc = locate_locate(f, path_parsePath(path), { followAliases: true });
    const end = loc.found ? loc.node?.range?.[1] : undefined;
    if (end === undefined)
        return undefined;
    const rest = /^[ \t]+#([^\r\n]*)/.exec(f.source.slice(end));
    return rest ? rest[1].trim() : undefined;
}
/** The first version in a comment (`v4.0.0`, `4.0.0-rc0`); undefined when it names none. */
function claimOf(comment) {
    if (comment === undefined)
        return undefined;
    for (const m of comment.matchAll(/(?<![\w.-])v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?(?![\w.])/g)) {
        const version = m[0].replace(/^v/, '');
        if (semver_default().valid(version) === version)
            return { token: m[0], version };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release-graph/src/check.ts


const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const check_short = (sha) => (SHA.test(sha) ? sha.slice(0, 7) : sha);
/** A version written as the pin writes versions (`v` kept when its old value had one). */
function styled(old, version) {
    return old?.startsWith('v') ? `v${version}` : version;
}
/** The comment with its claimed version replaced (`v4.0.0` -> `v4.1.0`, style kept). */
function claimComment(comment, claim, version) {
    if (comment === undefined || claim === undefined || claim.version === version)
        return undefined;
    return comment.replace(claim.token, styled(claim.token, version));
}
function src_resolve(read, component, lookups) {
    if (!read.ok)
        return { state: 'error', message: read.error };
    const { pin } = read;
    const value = read.read.value;
    const repository = component.repository;
    if (pin.kind === 'commit') {
        if (!SHA.test(value))
            return { state: 'error', message: `expected a commit SHA (40 hexadecimal digits), got '${value}'` };
        return {
            state: 'value',
            commit: lookups.hasCommit(repository, value) ? value : null,
            tag: undefined,
            version: undefined,
        };
    }
    if (pin.kind === 'version') {
        if (pin.development !== undefined && value === pin.development)
            return { state: 'development' };
        const version = value.replace(/^v/, '');
        if (semver_default().valid(version) !== version)
            return {
                state: 'error',
                message: `expected a version such as 4.0.0${pin.development ? ` (or the development value ${pin.development})` : ''}, got '${value}'`,
            };
        const tag = tag_format_formatTag(component.tagFormat, version);
        return { state: 'value', commit: lookups.tagCommit(repository, tag) ?? null, tag, version };
    }
    if (value === '' || /\s/.test(value))
        return { state: 'error', message: `expected a tag name, got '${value}'` };
    return {
        state: 'value',
        commit: lookups.tagCommit(repository, value) ?? null,
        tag: value,
        version: versionOfTag(component.tagFormat, value),
    };
}
/** Every tag and commit the checks will ask about, for the API reader to fetch in one request. */
function lookupsNeeded(graph, reads, release = new Map()) {
    const tags = new Map();
    const commits = new Map();
    const tag = (c, name) => tags.set(`${c.repository}\n${name}`, { repository: c.repository, tag: name });
    for (const [name, version] of release) {
        const c = graph.components.get(name);
        tag(c, tag_format_formatTag(c.tagFormat, version));
    }
    for (const r of reads) {
        if (!r.ok)
            continue;
        const c = graph.components.get(r.pin.component);
        const value = r.read.value;
        if (r.pin.kind === 'commit' && SHA.test(value))
            commits.set(`${c.repository}\n${value}`, { repository: c.repository, sha: value });
        if (r.pin.kind === 'tag' && value !== '' && !/\s/.test(value))
            tag(c, value);
        if (r.pin.kind === 'version' && value !== r.pin.development) {
            const v = value.replace(/^v/, '');
            if (semver_default().valid(v) === v)
                tag(c, tag_format_formatTag(c.tagFormat, v));
        }
        if (r.claim)
            tag(c, tag_format_formatTag(c.tagFormat, r.claim.version));
    }
    const tagLists = [...new Set([...commits.values()].map((c) => c.repository))];
    return { tags: [...tags.values()], commits: [...commits.values()], tagLists };
}
function setLine(pin, fix) {
    if (!fix)
        return undefined;
    if (pin.site.kind === 'pattern')
        return undefined;
    const comment = fix.comment !== undefined && pin.site.kind === 'yaml' ? ` # ${fix.comment}` : '';
    return `${pin.label}=${fix.value}${comment}`;
}
function check_where(pin) {
    return `${pin.holder} ${pin.file}`;
}
function checkGraph(graph, reads, lookups, options) {
    const release = options.release ?? new Map();
    const resolutions = new Map();
    for (const r of reads)
        resolutions.set(r.pin.id, src_resolve(r, graph.components.get(r.pin.component), lookups));
    const ctx = {
        graph,
        lookups,
        options,
        release,
        byId: new Map(reads.map((r) => [r.pin.id, r])),
        resolutions,
    };
    const pins = reads.map((r) => checkPin(ctx, r));
    return {
        graph: graph.file,
        consistent: pins.every((p) => p.status === 'ok' || p.status === 'development'),
        release: Object.fromEntries(release),
        pins,
    };
}
/** One pin: its facts, then the checks that apply (a release's, or its comment's and its reference's). */
function checkPin(ctx, r) {
    const pin = r.pin;
    const f = {
        r,
        pin,
        component: ctx.graph.components.get(pin.component),
        res: ctx.resolutions.get(pin.id),
        value: r.ok ? r.read.value : undefined,
        comment: r.ok ? r.read.comment : undefined,
        claim: r.ok ? r.claim : undefined,
    };
    const report = initialReport(ctx, f);
    if (f.res.state === 'error') {
        report.status = 'error';
        report.message = f.res.message;
        return report;
    }
    const found = { problems: [], expectations: [] };
    const wanted = ctx.release.get(pin.component);
    if (wanted !== undefined)
        checkRelease(ctx, f, wanted, found);
    else if (f.res.state === 'development') {
        report.status = 'development';
        report.message = `the development value between releases (a release of ${pin.component} sets it)`;
        return report;
    }
    else {
        checkClaim(ctx, f, found);
        checkReference(ctx, f, found);
    }
    checkResolves(f, found);
    return verdict(report, f, found);
}
/** A commit pin's claim, checked: the tag's commit, null without such a tag. */
function claimCommit(ctx, r) {
    if (!r.ok || !r.claim)
        return undefined;
    const c = ctx.graph.components.get(r.pin.component);
    return ctx.lookups.tagCommit(c.repository, tag_format_formatTag(c.tagFormat, r.claim.version)) ?? null;
}
/** The release version a pin stands for, when it is known for sure. */
function versionOf(ctx, r) {
    const res = ctx.resolutions.get(r.pin.id);
    if (res.state !== 'value')
        return undefined;
    if (res.version !== undefined)
        return res.version;
    if (r.ok && r.claim && claimCommit(ctx, r) === r.read.value)
        return r.claim.version;
    return undefined;
}
/** The report of a pin before any check: where it is, what it holds, what that resolves to. */
function initialReport(ctx, f) {
    const { r, pin, component, res } = f;
    const at = ctx.options.readAt(pin);
    return {
        id: pin.id,
        holder: pin.holder,
        repository: ctx.graph.components.get(pin.holder).repository,
        ref: at.ref,
        readCommit: at.commit,
        file: pin.file,
        line: r.ok ? r.read.line : r.line,
        site: pin.label,
        component: pin.component,
        componentRepository: component.repository,
        kind: pin.kind,
        value: f.value,
        comment: f.comment,
        claim: f.claim?.token,
        tag: res.state === 'value' ? res.tag : undefined,
        resolves: res.state === 'value' ? res.commit : undefined,
        version: r.ok ? versionOf(ctx, r) : undefined,
        taggedAs: pin.kind === 'commit' && res.state === 'value' && res.commit
            ? ctx.lookups.tagsAt?.(component.repository, res.commit)
            : undefined,
        reference: component.reference === pin.id,
        expected: undefined,
        status: 'ok',
        message: '',
        set: undefined,
    };
}
/** With a release of the pin's component: the pin must name exactly that release. */
function checkRelease(ctx, f, wanted, { problems, expectations }) {
    const { pin, component, res, value, comment, claim } = f;
    const relTag = tag_format_formatTag(component.tagFormat, wanted);
    const relCommit = ctx.lookups.tagCommit(component.repository, relTag) ?? null;
    const why = `release ${wanted}`;
    if (relCommit === null)
        problems.push({
            status: 'not-found',
            message: `${component.repository} has no tag ${relTag} (release ${wanted})`,
        });
    if (pin.kind === 'commit') {
        const expected = { value: relCommit ?? relTag, why: `${why} (tag ${relTag})` };
        expectations.push(expected);
        const newComment = claimComment(comment, claim, wanted);
        if (relCommit !== null && (value !== relCommit || newComment !== undefined)) {
            problems.push({
                status: 'drift',
                message: value !== relCommit
                    ? `pins ${check_short(value)}, not release ${wanted} (${check_short(relCommit)})`
                    : `the comment says ${claim.token}, but the commit is release ${wanted}`,
                expected,
                set: newComment !== undefined ? { value: relCommit, comment: newComment } : { value: relCommit },
            });
        }
        return;
    }
    const target = pin.kind === 'version' ? styled(value, wanted) : relTag;
    const expected = { value: target, why };
    expectations.push(expected);
    const same = pin.kind === 'version' ? res.state === 'value' && res.version === wanted : value === relTag;
    if (!same)
        problems.push({
            status: 'drift',
            message: res.state === 'development'
                ? `holds the development value ${value}; release ${wanted} needs ${target}`
                : `pins ${value}, not release ${wanted}`,
            expected,
            set: { value: target },
        });
}
/** The comment's claim (`# v4.0.0`): the commit must be the commit of the release it names. */
function checkClaim(ctx, f, { problems, expectations }) {
    const { component, value, claim } = f;
    if (!claim)
        return;
    const cc = claimCommit(ctx, f.r);
    const tag = tag_format_formatTag(component.tagFormat, claim.version);
    if (cc === null) {
        problems.push({
            status: 'not-found',
            message: `the comment says ${claim.token}, but ${component.repository} has no tag ${tag}`,
        });
    }
    else if (cc !== undefined) {
        const expected = { value: cc, why: `tag ${tag} (the comment says ${claim.token})` };
        expectations.push(expected);
        if (cc !== value)
            problems.push({
                status: 'drift',
                message: `the comment says ${claim.token}, but ${tag} is ${check_short(cc)}, not ${check_short(value)}`,
                expected,
                set: { value: cc },
            });
    }
}
/** Agreement with the component's reference pin, in this pin's own kind. */
function checkReference(ctx, f, { problems, expectations }) {
    const { pin, component, res, value, comment, claim } = f;
    const refRead = component.reference !== undefined ? ctx.byId.get(component.reference) : undefined;
    const refRes = refRead ? ctx.resolutions.get(refRead.pin.id) : undefined;
    if (!refRead || refRead.pin.id === pin.id || !refRead.ok || refRes?.state !== 'value' || res.state !== 'value')
        return;
    const refPin = refRead.pin;
    // Compare with the reference as its own checks leave it: a reference whose comment names another
    // commit is fixed to that commit, so every `set` line leads to one consistent state.
    const refClaim = refPin.kind === 'commit' ? claimCommit(ctx, refRead) : undefined;
    const fixed = typeof refClaim === 'string' && refClaim !== refRead.read.value;
    const refValue = fixed ? refClaim : refRead.read.value;
    const refCommit = fixed ? refClaim : refRes.commit;
    const refVersion = fixed ? refRead.claim.version : versionOf(ctx, refRead);
    let equal;
    if (pin.kind === refPin.kind && pin.kind !== 'version')
        equal = value === refValue;
    else if (pin.kind === 'version' && refPin.kind === 'version')
        equal = res.version === refRes.version;
    else if (res.commit && refCommit)
        equal = res.commit === refCommit;
    // The value this pin would hold to agree, in its own kind.
    let target;
    if (pin.kind === 'commit') {
        const c = refPin.kind === 'commit' ? refValue : refCommit;
        if (c) {
            const newComment = refVersion !== undefined ? claimComment(comment, claim, refVersion) : undefined;
            target = newComment !== undefined ? { value: c, comment: newComment } : { value: c };
        }
    }
    else if (pin.kind === 'version') {
        if (refVersion !== undefined)
            target = { value: styled(value, refVersion) };
    }
    else if (refPin.kind === 'tag')
        target = { value: refValue };
    else if (refVersion !== undefined)
        target = { value: tag_format_formatTag(component.tagFormat, refVersion) };
    const why = `as ${refPin.id} (${check_where(refPin)})`;
    if (target)
        expectations.push({ value: target.value, why });
    if (equal !== false)
        return;
    const refShown = refPin.kind === 'commit' ? check_short(refValue) : refValue;
    const detail = refPin.kind === 'commit'
        ? refVersion !== undefined
            ? ` (${refVersion})`
            : ''
        : refCommit
            ? ` (${check_short(refCommit)})`
            : '';
    problems.push({
        status: 'drift',
        message: `${check_where(refPin)} ${fixed ? 'should pin' : 'pins'} ${pin.component} ${refShown}${detail}` +
            (fixed ? `, as its comment says` : '') +
            `; this pins ${pin.kind === 'commit' ? check_short(value) : value}` +
            (target ? '' : `: set it to the ${pin.kind} of ${refShown}`),
        ...(target ? { expected: { value: target.value, why }, set: target } : {}),
    });
}
/** The value must name something that exists: the commit in the pinned repository, or the tag. */
function checkResolves(f, { problems }) {
    const { pin, component, res, value } = f;
    if (res.state !== 'value' || res.commit !== null)
        return;
    problems.push({
        status: 'not-found',
        message: pin.kind === 'commit'
            ? `commit ${check_short(value)} is not in ${component.repository}`
            : `${component.repository} has no tag ${res.tag}`,
    });
}
/** The pin's status and message from what the checks found; a drift comes with the `set` line fixing it. */
function verdict(report, f, { problems, expectations }) {
    const drift = problems.find((p) => p.status === 'drift');
    const first = drift ?? problems[0];
    report.expected = first?.expected ?? expectations[0];
    if (!first) {
        report.message = report.reference ? `the reference for ${f.pin.component}` : '';
        return report;
    }
    report.status = first.status;
    report.message = problems.map((p) => p.message).join('; ');
    report.set = setLine(f.pin, drift?.set);
    return report;
}
/** Drifts as the `drift` output lists them: each with the `set` line that fixes it. */
function driftList(report) {
    return report.pins
        .filter((p) => p.status === 'drift')
        .map((p) => ({
        holder: p.holder,
        repository: p.repository,
        file: p.file,
        line: p.line,
        path: p.site,
        value: p.value,
        expected: p.expected?.value,
        set: p.set ?? '',
    }));
}
/**
 * The commit a holder pins for a component (the commit Kata's versions.yaml pins for trustee at the ref it
 * was read at), when its pins of that component name exactly one commit; undefined otherwise.
 */
function pinnedCommit(report, holder, component) {
    const commits = new Set();
    for (const p of report.pins) {
        if (p.holder !== holder || p.component !== component)
            continue;
        if (p.status === 'error' || p.status === 'development')
            continue;
        const c = p.resolves ?? (p.kind === 'commit' ? p.value : undefined);
        if (c)
            commits.add(c);
    }
    return commits.size === 1 ? [...commits][0] : undefined;
}
/** Every holder's pinned commits: `{ "kata-containers": { "trustee": "<sha>", … }, … }`. */
function pinnedCommits(report) {
    const out = {};
    for (const p of report.pins) {
        const c = pinnedCommit(report, p.holder, p.component);
        if (c === undefined)
            continue;
        (out[p.holder] ??= {})[p.component] = c;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/release-graph/src/markdown.ts


const FAILING = new Set(['drift', 'not-found', 'error']);
const STATUS = {
    ok: '✓ ok',
    development: '◌ development',
    drift: '✗ drift',
    'not-found': '✗ not found',
    error: '✗ unreadable',
};
/** Mermaid label text: anything but plain characters becomes an entity code (`#35;`), which mermaid decodes. */
function markdown_mermaidText(text) {
    return [...text].map((ch) => (/^[A-Za-z0-9 ._+\-/@:,=]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`)).join('');
}
function shown(p) {
    if (p.value === undefined)
        return '?';
    return p.kind === 'commit' ? check_short(p.value) : p.value;
}
function edgeLabel(p) {
    const claim = p.claim ? ` # ${p.claim}` : '';
    return markdown_mermaidText(p.value === undefined ? 'unreadable' : `${shown(p)}${claim}`);
}
function mermaidGraph(graph, report) {
    const names = [...graph.components.keys()];
    const id = (name) => `c${names.indexOf(name)}`;
    const lines = ['flowchart LR'];
    for (const name of names) {
        const read = [
            ...new Set(report.pins
                .filter((p) => p.holder === name)
                .map((p) => (p.readCommit ? `${p.ref} @ ${check_short(p.readCommit)}` : p.ref))),
        ];
        const label = [markdown_mermaidText(name), ...read.map(markdown_mermaidText)].join('<br/>');
        lines.push(`  ${id(name)}["${label}"]`);
    }
    const red = [];
    report.pins.forEach((p, i) => {
        const arrow = p.status === 'development' ? '-.->' : '-->';
        lines.push(`  ${id(p.holder)} ${arrow}|"${edgeLabel(p)}"| ${id(p.component)}`);
        if (FAILING.has(p.status))
            red.push(i);
    });
    if (red.length)
        lines.push(`  linkStyle ${red.join(',')} stroke:#d1242f,stroke-width:3px,color:#d1242f`);
    return lines.join('\n') + '\n';
}
function fileLink(p, serverUrl) {
    const where = (0,src/* code */.aY)(p.line !== undefined ? `${p.file}:${p.line}` : p.file);
    const at = p.readCommit ?? p.ref;
    // encodeURIComponent leaves ( and ), which would end the Markdown link early.
    const part = (s) => encodeURIComponent(s).replaceAll('(', '%28').replaceAll(')', '%29');
    const url = `${serverUrl.replace(/\/+$/, '')}/${p.repository}/blob/${part(at)}/` +
        p.file.split('/').map(part).join('/') +
        (p.line !== undefined ? `#L${p.line}` : '');
    return `[${where}](${url})`;
}
function resolvesTo(p) {
    if (p.status === 'error' || p.status === 'development')
        return '—';
    const named = p.kind === 'commit' ? (p.taggedAs?.length ? p.taggedAs.map(src/* code */.aY).join(', ') : undefined) : undefined;
    const version = p.kind !== 'commit'
        ? ''
        : named !== undefined
            ? ` = ${named}`
            : p.version !== undefined
                ? ` = ${(0,src/* code */.aY)(p.version)}`
                : p.taggedAs
                    ? ' (no recent tag)'
                    : '';
    if (p.resolves === null)
        return p.kind === 'commit' ? `✗ not in ${(0,src/* code */.aY)(p.componentRepository)}` : `✗ no tag ${(0,src/* code */.aY)(p.tag ?? '')}`;
    if (p.resolves === undefined)
        return '—';
    return p.kind === 'commit'
        ? `${(0,src/* code */.aY)(check_short(p.resolves))}${version}`
        : `${(0,src/* code */.aY)(p.tag ?? '')} → ${(0,src/* code */.aY)(check_short(p.resolves))}`;
}
/** A fixed word for why a value is expected; the whole reason is in the problems block. */
function expectedCell(p) {
    if (!p.expected)
        return p.reference ? 'reference' : '—';
    const why = p.expected.why;
    const kind = why.startsWith('release ') ? 'release' : why.startsWith('tag ') ? 'its comment' : 'reference';
    return `${(0,src/* code */.aY)(check_short(p.expected.value))} (${kind})`;
}
function valueCell(p) {
    if (p.value === undefined)
        return '—';
    return (0,src/* code */.aY)(p.claim ? `${shown(p)} # ${p.comment ?? p.claim}` : shown(p));
}
function pinTable(report, serverUrl = 'https://github.com') {
    return (0,src/* table */.tp)(['holder', 'file:line', 'value', 'resolves to', 'expected', 'status'], report.pins.map((p) => [
        p.holder,
        `${fileLink(p, serverUrl)}<br>${(0,src/* code */.aY)(p.site)}`,
        valueCell(p),
        resolvesTo(p),
        expectedCell(p),
        STATUS[p.status],
    ]));
}
function heading(report) {
    if (report.consistent) {
        const dev = report.pins.filter((p) => p.status === 'development').length;
        return `### release-status: ✓ consistent (${report.pins.length} pins${dev ? `, ${dev} at their development value` : ''})`;
    }
    const counts = ['drift', 'not-found', 'error']
        .map((s) => [s, report.pins.filter((p) => p.status === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s === 'not-found' ? 'not found' : s === 'error' ? 'unreadable' : 'drift'}`);
    return `### release-status: ✗ not consistent (${counts.join(', ')} of ${report.pins.length} pins)`;
}
/** The problems, one line each, and the `set` lines that fix the drifts, grouped by repository and file. */
function problems(report) {
    const failing = report.pins.filter((p) => FAILING.has(p.status));
    if (failing.length === 0)
        return '';
    const lines = failing.map((p) => `${p.repository} ${p.file}${p.line !== undefined ? `:${p.line}` : ''} ${p.site}: ${p.message}`);
    let out = `\n**Problems**\n\n${(0,src/* fenced */.OF)('text', lines.join('\n'))}`;
    const fixes = new Map();
    for (const p of failing) {
        if (!p.set)
            continue;
        const key = `# ${p.repository} ${p.file}${p.ref ? ` (${p.ref})` : ''}`;
        fixes.set(key, [...(fixes.get(key) ?? []), p.set]);
    }
    if (fixes.size > 0) {
        const body = [...fixes].map(([file, sets]) => [file, ...sets].join('\n')).join('\n\n');
        out += `\n**Fix**: the \`set\` lines for bump-versions-yaml, one block per file\n\n${(0,src/* fenced */.OF)('text', body)}`;
    }
    return out;
}
function renderMarkdown(graph, report, options = {}) {
    const release = Object.entries(report.release);
    const parts = [heading(report), ''];
    if (release.length)
        parts.push(`Release: ${release.map(([c, v]) => `${c} ${(0,src/* code */.aY)(v)}`).join(', ')}`, '');
    parts.push((0,src/* fenced */.OF)('mermaid', mermaidGraph(graph, report)));
    parts.push(pinTable(report, options.serverUrl));
    const more = problems(report);
    if (more)
        parts.push(more.replace(/^\n/, ''));
    if (options.requests !== undefined) {
        const files = new Set(report.pins.map((p) => `${p.repository}\n${p.ref}\n${p.file}`)).size;
        const repos = new Set(report.pins.flatMap((p) => [p.repository, p.componentRepository])).size;
        parts.push(`<sub>${files} files and the tags of ${repos} repositories read in ${options.requests} GraphQL ${options.requests === 1 ? 'request' : 'requests'}; graph: ${(0,src/* code */.aY)(graph.builtin ? 'built-in CoCo graph' : graph.file)}</sub>`, '');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./packages/release-graph/src/train.ts




const prKey = (repository, branch) => `${repository}:${branch}`;
const workflowKey = (w) => `${w.repository}/${w.file}`;
const refKey = (repository, ref) => `${repository}:${ref}`;
const ciKey = (repository, sha) => `${repository}@${sha}`;
const train_FAILING = new Set(['drift', 'not-found', 'error']);
const bare = (v) => v.replace(/^v(?=\d)/, '');
function planTrain(graph, state, options = {}) {
    const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const train = new Map();
    for (const c of graph.components.values())
        if (c.release)
            train.set(c.name, c.release);
    const order = trainOrder(train);
    const startName = order.find((n) => train.get(n).startsTrain);
    if (startName === undefined)
        throw new UserError(`${graph.file} has no release train (no component with release:)`);
    const start = graph.components.get(startName);
    const target = bare(state.target);
    const targetTag = formatTag(start.tagFormat, target);
    const pinsById = new Map(state.report.pins.map((p) => [p.id, p]));
    const versions = {};
    versions[startName] = {
        version: target,
        tag: targetTag,
        released: state.targetCommit !== null,
        reason: `the train's target`,
    };
    /** Every component's released phase (its tag), for `after`. */
    const released = new Map([[startName, state.targetCommit !== null]]);
    const steps = [];
    const after = {};
    const releasedBy = { [startName]: `${startName}/release` };
    steps.push(state.targetCommit !== null
        ? {
            id: `${startName}/release`,
            component: startName,
            phase: 'release',
            state: 'done',
            reason: `${start.repository} ${targetTag} is released`,
            link: `${server}/${start.repository}/releases/tag/${encodeURIComponent(targetTag)}`,
        }
        : {
            id: `${startName}/release`,
            component: startName,
            phase: 'release',
            state: 'blocked',
            reason: `${start.repository} has no tag ${targetTag}: the train starts at a ${startName} release`,
        });
    for (const name of order) {
        const release = train.get(name);
        if (release.startsTrain)
            continue;
        const component = graph.components.get(name);
        after[name] = [...release.after];
        releasedBy[name] = `${name}/${release.phases.find((p) => p.done.kind === 'tag').name}`;
        const version = componentVersion(name, component.tagFormat, release, state, pinsById, startName, target);
        versions[name] = version;
        const vars = new Map();
        for (const [n, v] of Object.entries(versions)) {
            if (n === name || v.version === undefined)
                continue;
            vars.set(`${n}.version`, v.version).set(`${n}.tag`, v.tag);
        }
        if (version.version !== undefined)
            vars.set('version', version.version).set('tag', version.tag);
        if (version.commit !== undefined)
            vars.set('commit', version.commit);
        const render = (t) => {
            try {
                return renderTemplate(t, vars);
            }
            catch {
                return undefined;
            }
        };
        // Which phases are done: the tag makes its phase and every one before done; the others follow in order.
        const facts = release.phases.map((p) => {
            if (p.done.kind === 'tag')
                return version.released;
            const pin = pinsById.get(p.done.pin);
            const want = render(p.done.value);
            return want !== undefined && pin?.value !== undefined && bare(pin.value) === bare(want);
        });
        const tagAt = release.phases.findIndex((p) => p.done.kind === 'tag');
        const done = [];
        release.phases.forEach((_, i) => {
            done[i] = (version.released && i <= tagAt) || (facts[i] && (i === 0 || done[i - 1]));
        });
        released.set(name, version.released);
        const notDone = release.phases.filter((_, i) => !done[i]);
        const setByWork = new Set(notDone.flatMap((p) => p.sets));
        const drifts = state.report.pins.filter((p) => p.holder === name && train_FAILING.has(p.status) && !setByWork.has(p.id));
        let first = true;
        release.phases.forEach((phase, i) => {
            const base = {
                id: `${name}/${phase.name}`,
                component: name,
                phase: phase.name,
                state: 'done',
                reason: '',
                workflow: release.workflow,
            };
            const runName = render(phase.runName);
            if (runName !== undefined)
                base.runName = runName;
            const inputs = renderInputs(phase, render);
            if (inputs)
                base.inputs = inputs;
            const branch = phase.pullRequest !== undefined ? render(phase.pullRequest) : undefined;
            if (branch !== undefined)
                base.pullRequest = branch;
            if (done[i]) {
                steps.push({ ...base, state: 'done', ...doneWhy(phase, version, component.repository, server, pinsById) });
                return;
            }
            if (!first) {
                const before = release.phases[i - 1].name;
                steps.push({ ...base, state: 'waiting', waitingOn: 'phase', reason: `after ${name} ${before}` });
                return;
            }
            first = false;
            steps.push({
                ...base,
                ...evaluate(name, phase, release, version, drifts, base, released, state, server, component.repository),
            });
        });
    }
    return {
        target: { component: startName, version: target, tag: targetTag },
        versions,
        steps,
        after,
        released: releasedBy,
    };
}
function renderInputs(phase, render) {
    const out = {};
    for (const [k, t] of Object.entries(phase.inputs)) {
        const v = render(t);
        if (v === undefined)
            return undefined;
        out[k] = v;
    }
    return out;
}
function doneWhy(phase, version, repository, server, pins) {
    const tagLink = `${server}/${repository}/releases/tag/${encodeURIComponent(version.tag ?? '')}`;
    if (phase.done.kind === 'tag')
        return { reason: `${repository} ${version.tag} is released`, link: tagLink };
    const pin = pins.get(phase.done.pin);
    if (pin?.value === undefined || !version.released || bare(pin.value) === bare(phase.done.value))
        return pin?.value !== undefined
            ? { reason: `${pin.file} ${pin.site} is ${pin.value}`, link: pinLink(pin, server) }
            : { reason: `done` };
    return { reason: `${repository} ${version.tag} is released`, link: tagLink };
}
function pinLink(p, server) {
    const part = (s) => encodeURIComponent(s).replaceAll('(', '%28').replaceAll(')', '%29');
    return (`${server}/${p.repository}/blob/${part(p.readCommit ?? p.ref)}/${p.file.split('/').map(part).join('/')}` +
        (p.line !== undefined ? `#L${p.line}` : ''));
}
/** This component's release in the train: which version, and whether it is released already. */
function componentVersion(name, format, release, state, pins, startName, target) {
    const tags = state.tags[name] ?? [];
    const existing = versionsOf(format, tags.map((t) => t.name));
    const tagOf = (v) => formatTag(format, v);
    const next = (req, why) => {
        const given = state.versions?.[name];
        try {
            const n = nextVersion(existing, given !== undefined ? { version: given } : req);
            return {
                version: n.version,
                tag: tagOf(n.version),
                released: false,
                reason: given !== undefined ? `given (${given})` : `${why}: ${n.reason}`,
            };
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            return { version: undefined, tag: undefined, released: false, reason: e.message };
        }
    };
    if (release.commit !== undefined) {
        const pin = pins.get(release.commit);
        const commit = pin?.resolves ?? undefined;
        if (!pin || pin.status === 'error' || !commit)
            return {
                version: undefined,
                tag: undefined,
                released: false,
                reason: pin
                    ? `${pin.repository} ${pin.file} ${pin.site} names no commit of ${name}${pin.message ? `: ${pin.message}` : ''}`
                    : `the pin ${release.commit} was not read`,
            };
        const at = versionsOf(format, tags.filter((t) => t.commit === commit).map((t) => t.name));
        if (at.length > 0)
            return { version: at[0], tag: tagOf(at[0]), released: true, reason: `the tag on ${commit}`, commit };
        const bump = release.bump === 'follow' ? 'minor' : release.bump;
        return { ...next({ bump }, `the commit ${startName} ${target} pins has no release tag`), commit };
    }
    const newest = existing.find((v) => semver.prerelease(v) === null);
    const shipped = state.releasedWith[name];
    // Issue 22's policy: the version is above the component's own (Chart.yaml's `version`), not only its tags.
    let current;
    if (release.current !== undefined) {
        const own = state.current?.[name];
        const where = `${release.current.file} ${release.current.path}`;
        if (own === undefined || 'error' in own || semver.valid(bare(own.version)) === null)
            return {
                version: undefined,
                tag: undefined,
                released: false,
                reason: `${name}'s own version (${where}) was not read${own && 'error' in own ? `: ${own.error}` : own ? `: '${own.version}' is not a version` : ''}`,
            };
        current = bare(own.version);
    }
    const withCurrent = (req) => (current !== undefined ? { ...req, current } : req);
    if (newest !== undefined && shipped?.tag === tagOf(newest) && shipped.version !== undefined) {
        const with_ = bare(shipped.version);
        if (semver.valid(with_) && with_ === target)
            return {
                version: newest,
                tag: tagOf(newest),
                released: true,
                reason: `${tagOf(newest)} ships ${startName} ${target}`,
            };
        if (semver.valid(with_) && semver.gt(with_, target))
            return {
                version: undefined,
                tag: undefined,
                released: false,
                reason: `${tagOf(newest)} already ships ${startName} ${with_}: a release for ${startName} ${target} would go backwards`,
            };
    }
    // Prepared in place: a phase set the released-with pin to this train on the default branch, and the
    // version with it (above every tag): that version is this release's, not one more bump.
    const pin = release.releasedWith !== undefined ? pins.get(release.releasedWith) : undefined;
    if (current !== undefined &&
        pin?.value !== undefined &&
        bare(pin.value) === target &&
        !existing.includes(current) &&
        (existing[0] === undefined || semver.gt(current, existing[0])))
        return {
            version: current,
            tag: tagOf(current),
            released: false,
            reason: `${release.current.file} is ${current} with ${startName} ${target}: prepared`,
        };
    if (newest !== undefined && shipped?.tag === tagOf(newest) && shipped.version !== undefined) {
        const with_ = bare(shipped.version);
        if (release.bump === 'follow' && semver.valid(with_))
            return next(withCurrent({ components: [{ name: startName, old: with_, new: target, line: 0 }] }), `${tagOf(newest)} ships ${startName} ${with_}`);
    }
    // No release says which train it shipped with: the pin on the default branch is the one the workflow bumps from.
    if (release.bump === 'follow' &&
        pin?.value !== undefined &&
        semver.valid(bare(pin.value)) &&
        bare(pin.value) !== target)
        return next(withCurrent({ components: [{ name: startName, old: bare(pin.value), new: target, line: 0 }] }), `${pin.file} pins ${startName} ${bare(pin.value)}`);
    return next(withCurrent({ bump: release.bump === 'follow' ? 'minor' : release.bump }), `the newest release of ${name}`);
}
function evaluate(name, phase, release, version, drifts, base, released, state, server, repository) {
    if (version.version === undefined)
        return { state: 'blocked', reason: version.reason };
    if (drifts.length > 0) {
        const fix = drifts.filter((p) => p.set).map((p) => `${p.repository} ${p.file}: ${p.set}`);
        return {
            state: 'blocked',
            reason: drifts
                .map((p) => `${p.repository} ${p.file}${p.line !== undefined ? `:${p.line}` : ''} ${p.site}: ${p.message}`)
                .join('; '),
            link: pinLink(drifts[0], server),
            ...(fix.length ? { fix } : {}),
        };
    }
    const waitingFor = release.after.filter((a) => !released.get(a));
    if (waitingFor.length > 0)
        return {
            state: 'waiting',
            waitingOn: 'component',
            reason: `after ${waitingFor.join(', ')} (not released yet)`,
        };
    const pr = base.pullRequest !== undefined
        ? state.pullRequests[prKey(release.workflow.repository, base.pullRequest)]
        : undefined;
    if (pr?.state === 'open')
        return {
            state: 'waiting',
            waitingOn: 'pull-request',
            reason: `pull request #${pr.number} (${base.pullRequest}) to merge`,
            link: pr.url,
        };
    const runs = (state.runs[workflowKey(release.workflow)] ?? []).filter((r) => r.title === base.runName);
    const run = [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
    if (run && run.status !== 'completed')
        return {
            state: 'waiting',
            waitingOn: 'run',
            reason: `run ${run.id} is ${run.status.replace('_', ' ')}`,
            link: run.url,
        };
    // Any other end (failure, cancelled, timed_out, skipped, neutral, …) blocks: dispatching again on an end
    // nobody looked at could repeat what the run did.
    if (run && run.conclusion !== 'success')
        return {
            state: 'blocked',
            reason: `run ${run.id} ended: ${run.conclusion}; re-run it once the cause is fixed`,
            link: run.url,
        };
    const fact = phase.done.kind === 'tag' ? `the tag ${version.tag} exists` : `${phase.done.pin} holds ${phase.done.value}`;
    if (run?.conclusion === 'success') {
        if (pr?.state === 'closed')
            return {
                state: 'blocked',
                reason: `pull request #${pr.number} (${base.pullRequest}) was closed without merging: merge it or run ${phase.name} by hand`,
                link: pr.url,
            };
        const afterMerge = pr?.state === 'merged' && pr.mergedAt !== undefined && run.createdAt >= pr.mergedAt;
        if (!pr || afterMerge)
            return {
                state: 'blocked',
                reason: `run ${run.id} succeeded${afterMerge ? ` after pull request #${pr.number} merged` : ''}, but not ${fact}: see the run`,
                link: run.url,
            };
    }
    // The CI gate: the commit this phase releases, or the branch's head once the phase's pull request merged.
    if (phase.ci && (base.pullRequest === undefined || pr?.state === 'merged')) {
        const commit = version.commit ?? state.heads[refKey(release.workflow.repository, release.workflow.ref)];
        const repo = version.commit !== undefined ? repository : release.workflow.repository;
        if (commit === undefined)
            return {
                state: 'waiting',
                waitingOn: 'ci',
                reason: `the head of ${release.workflow.repository} ${release.workflow.ref} is not known`,
            };
        const ci = state.ci[ciKey(repo, commit)] ?? 'none';
        const link = `${server}/${repo}/commit/${commit}`;
        if (ci === 'failure')
            return {
                state: 'blocked',
                reason: `CI failed on ${repo} ${commit.slice(0, 7)}: the train stops here until it passes`,
                link,
            };
        if (ci !== 'success')
            return {
                state: 'waiting',
                waitingOn: 'ci',
                reason: ci === 'pending'
                    ? `CI to pass on ${repo} ${commit.slice(0, 7)}`
                    : `no CI result on ${repo} ${commit.slice(0, 7)} yet`,
                link,
            };
    }
    if (base.inputs === undefined)
        return { state: 'blocked', reason: `the inputs of ${name} ${phase.name} name an unknown version` };
    return {
        state: 'ready',
        reason: run?.conclusion === 'success' && pr?.state === 'merged'
            ? `pull request #${pr.number} merged: run ${phase.name} again`
            : `dispatch ${release.workflow.file} on ${release.workflow.repository}`,
    };
}

;// CONCATENATED MODULE: ./packages/release-graph/src/train-markdown.ts


/**
 * The plan as a release manager reads it (the job summary, the tracking issue): a mermaid flowchart of every
 * step coloured by its state, then the checklist, ticked from facts, each step with its reason, its link and
 * the `set` lines that unblock it. Every value from files and from GitHub goes through text(), code(),
 * fenced() or mermaidText(); links are kept only when they are http(s) URLs, with the characters that would
 * end a Markdown link encoded.
 */
const MARK = { done: '✓', ready: '▶', waiting: '…', blocked: '✗' };
const STYLE = {
    done: 'fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
    ready: 'fill:#ddf4ff,stroke:#0969da,color:#0969da',
    waiting: 'fill:#fff8c5,stroke:#9a6700,color:#9a6700',
    blocked: 'fill:#ffebe9,stroke:#d1242f,color:#d1242f',
};
/** An http(s) URL as a Markdown link target, or undefined for anything else. */
function linkTarget(url) {
    if (url === undefined || !/^https?:\/\/[^\s]+$/.test(url))
        return undefined;
    return url.replace(/[()<>[\]\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function trainMermaid(plan) {
    const ids = new Map(plan.steps.map((s, i) => [s.id, `s${i}`]));
    const lines = ['flowchart LR'];
    for (const s of plan.steps) {
        lines.push(`  ${ids.get(s.id)}["${mermaidText(s.component)}<br/>${mermaidText(s.phase)}<br/>${MARK[s.state]} ${s.state}"]`);
    }
    // Phases of a component in order; a component's first phase after the last phase of each earlier one.
    const byComponent = new Map();
    for (const s of plan.steps)
        byComponent.set(s.component, [...(byComponent.get(s.component) ?? []), s]);
    for (const steps of byComponent.values())
        for (let i = 1; i < steps.length; i++)
            lines.push(`  ${ids.get(steps[i - 1].id)} --> ${ids.get(steps[i].id)}`);
    for (const [name, after] of Object.entries(plan.after)) {
        const first = byComponent.get(name)?.[0];
        if (!first)
            continue;
        for (const a of after) {
            const from = plan.released[a] ?? byComponent.get(a)?.at(-1)?.id;
            if (from && ids.has(from))
                lines.push(`  ${ids.get(from)} --> ${ids.get(first.id)}`);
        }
    }
    for (const state of ['done', 'ready', 'waiting', 'blocked']) {
        const members = plan.steps.filter((s) => s.state === state).map((s) => ids.get(s.id));
        if (members.length === 0)
            continue;
        lines.push(`  classDef ${state} ${STYLE[state]}`);
        lines.push(`  class ${members.join(',')} ${state}`);
    }
    return lines.join('\n') + '\n';
}
function checklistLine(s) {
    const box = s.state === 'done' ? '[x]' : '[ ]';
    const what = s.state === 'waiting' && s.waitingOn ? `waiting on ${s.waitingOn}` : s.state;
    const url = linkTarget(s.link);
    const link = url ? ` ([link](${url}))` : '';
    let line = `- ${box} **${text(s.component)}** ${text(s.phase)}: ${MARK[s.state]} ${what}: ${text(s.reason)}${link}`;
    if (s.state === 'ready' && s.inputs)
        line += `\n  - dispatch ${code(`${s.workflow.repository} ${s.workflow.file}@${s.workflow.ref}`)} with ${Object.entries(s.inputs)
            .map(([k, v]) => code(`${k}=${v}`))
            .join(' ')}`;
    if (s.fix?.length)
        line += `\n\n  ${fenced('text', s.fix.join('\n')).replace(/\n(?=.)/g, '\n  ')}`;
    return line;
}
function renderTrain(plan, options = {}) {
    const count = (state) => plan.steps.filter((s) => s.state === state).length;
    const counts = ['done', 'ready', 'waiting', 'blocked']
        .filter((s) => count(s) > 0)
        .map((s) => `${count(s)} ${s}`)
        .join(', ');
    const parts = [
        `### release-train: ${text(plan.target.component)} ${code(plan.target.version)} (${counts} of ${plan.steps.length} steps)`,
        '',
    ];
    const versions = Object.entries(plan.versions)
        .filter(([name]) => name !== plan.target.component)
        .map(([name, v]) => `${text(name)} ${v.tag !== undefined ? code(v.tag) : '?'}${v.released ? ' (released)' : ''}`);
    if (versions.length)
        parts.push(`Versions: ${versions.join(', ')}`, '');
    parts.push(fenced('mermaid', trainMermaid(plan)));
    parts.push(plan.steps.map(checklistLine).join('\n'), '');
    if (options.actions?.length)
        parts.push('**This run**', '', ...options.actions.map((a) => `- ${text(a)}`), '');
    if (options.requests !== undefined)
        parts.push(`<sub>state read in ${options.requests} API ${options.requests === 1 ? 'request' : 'requests'}</sub>`, '');
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./packages/release-graph/src/index.ts










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

;// CONCATENATED MODULE: ./actions/release-status/src/main.ts




const releaseStatus = defineAction({
    name: 'release-status',
    readInputs(inputs) {
        const issue = inputs.string('update-issue').replace(/^#/, '');
        if (issue !== '' && !/^[1-9]\d{0,9}$/.test(issue))
            throw new src/* UserError */.yo(`input 'update-issue' must be an issue number such as 42, got '${inputs.string('update-issue')}'`);
        const repository = repositoryInput(inputs.string('repository'));
        const token = inputs.string('token');
        return {
            graph: inputs.string('graph'),
            release: inputs.lines('release'),
            at: inputs.lines('at'),
            token: token.includes('${{') ? '' : token,
            failOnDrift: inputs.boolean('fail-on-drift'),
            updateIssue: issue === '' ? undefined : Number(issue),
            repository,
            dryRun: inputs.boolean('dry-run'),
        };
    },
    async run(inputs, ctx) {
        const graph = await loadGraph(inputs.graph, ctx.workspace);
        const release = parseRelease(inputs.release, graph);
        const at = parseAt(inputs.at, graph);
        const issueRepo = inputs.updateIssue === undefined ? undefined : workflowRepository(inputs.repository, ctx.env);
        const token = inputs.token || ctx.env['GITHUB_TOKEN'] || '';
        if (token === '')
            throw new src/* UserError */.yo("input 'token' is empty and GITHUB_TOKEN is not set: GitHub's GraphQL API needs a token (contents: read is enough for public repositories)");
        ctx.secret(token);
        const { createGithubClient } = await __nccwpck_require__.e(/* import() */ 232).then(__nccwpck_require__.bind(__nccwpck_require__, 6232));
        const { emptyAnswers, fetchAll, fileKey, refKey, tagKey, isEmpty, unanswered, answeredLookups } = await __nccwpck_require__.e(/* import() */ 453).then(__nccwpck_require__.bind(__nccwpck_require__, 4453));
        const client = await createGithubClient({ token, env: ctx.env, onRetry: (line) => ctx.info(line) });
        const holderRepo = (pin) => graph.components.get(pin.holder).repository;
        const refOf = (pin) => at.get(pin.holder) ?? pin.ref;
        const where = (pin) => (graph.builtin ? {} : { file: graph.file, line: pin.line });
        // Request 1: every pinned file, the commit of every holder ref, and the tags of the asked release.
        const first = { files: [], refs: [], tags: [], commits: [], tagLists: [] };
        const seen = new Set();
        for (const pin of graph.pins) {
            const [repo, ref] = [holderRepo(pin), refOf(pin)];
            if (!seen.has(fileKey(repo, ref, pin.file)))
                first.files.push({ repository: repo, ref, path: pin.file });
            if (!seen.has(refKey(repo, ref)))
                first.refs.push({ repository: repo, ref });
            seen.add(fileKey(repo, ref, pin.file)).add(refKey(repo, ref));
        }
        const releaseTags = [...release].map(([name, version]) => {
            const c = graph.components.get(name);
            return {
                component: name,
                version,
                repository: c.repository,
                tag: `${c.tagFormat.prefix}${version}${c.tagFormat.suffix}`,
            };
        });
        first.tags.push(...releaseTags.map(({ repository, tag }) => ({ repository, tag })));
        const answers = emptyAnswers();
        await fetchAll(client, first, answers);
        let requests = 1;
        const errors = [];
        const missingRepo = (answers) => {
            for (const repo of answers.missingRepos.splice(0)) {
                const names = [...graph.components.values()].filter((c) => c.repository === repo).map((c) => c.name);
                errors.push(new src/* UserError */.yo(`repository ${repo} not found (component ${names.join(', ')}): it does not exist, or the token cannot read it`));
            }
        };
        missingRepo(answers);
        const reported = new Set();
        for (const pin of graph.pins) {
            const [repo, ref] = [holderRepo(pin), refOf(pin)];
            if (answers.refs.get(refKey(repo, ref)) === null && ref !== undefined) {
                if (!reported.has(refKey(repo, ref)))
                    errors.push(new src/* UserError */.yo(`${repo} has no branch, tag or commit '${ref}' (holder ${pin.holder})`, where(pin)));
                reported.add(refKey(repo, ref));
                continue;
            }
            const file = answers.files.get(fileKey(repo, ref, pin.file));
            if (file && 'missing' in file && !reported.has(fileKey(repo, ref, pin.file))) {
                reported.add(fileKey(repo, ref, pin.file));
                errors.push(new src/* UserError */.yo(`${file.message} (pin ${pin.id})`, where(pin)));
            }
        }
        for (const t of releaseTags) {
            if (answers.tags.get(tagKey(t.repository, t.tag)) === null)
                errors.push(new src/* UserError */.yo(`input 'release': ${t.repository} has no tag ${t.tag}, so ${t.component} ${t.version} is not released`));
        }
        (0,src/* throwIfAny */.MI)(errors);
        const reads = readPins(graph.pins, (pin) => {
            const file = answers.files.get(fileKey(holderRepo(pin), refOf(pin), pin.file));
            return file && 'text' in file ? { text: file.text, display: pin.file } : undefined;
        });
        // Request 2, only when the values read name tags or commits not asked about yet.
        const needs = lookupsNeeded(graph, reads, release);
        const second = unanswered(needs, answers);
        if (!isEmpty(second)) {
            await fetchAll(client, second, answers);
            requests++;
            missingRepo(answers);
            (0,src/* throwIfAny */.MI)(errors);
        }
        const report = checkGraph(graph, reads, answeredLookups(answers), {
            release,
            readAt: (pin) => {
                const r = answers.refs.get(refKey(holderRepo(pin), refOf(pin)));
                return { ref: r?.name ?? refOf(pin) ?? 'HEAD', commit: r?.commit };
            },
        });
        log(report, ctx);
        const markdown = renderMarkdown(graph, report, {
            serverUrl: ctx.env['GITHUB_SERVER_URL']?.trim() || 'https://github.com',
            requests,
        });
        let issueNote = '';
        let issueUpdated = '';
        if (inputs.updateIssue !== undefined) {
            const [owner, repo] = issueRepo.split('/');
            const { updateIssue } = await __nccwpck_require__.e(/* import() */ 531).then(__nccwpck_require__.bind(__nccwpck_require__, 2531));
            const done = await updateIssue(client, { owner, repo, number: inputs.updateIssue }, markdown, inputs.dryRun);
            const name = `${issueRepo}#${inputs.updateIssue}`;
            issueUpdated = String(done.changed && !inputs.dryRun);
            const what = !done.changed ? 'already shows this state' : inputs.dryRun ? 'dry run: would be updated' : 'updated';
            ctx.info(`issue ${name}: ${what}`);
            issueNote = `\nIssue ${(0,src/* code */.aY)(name)}: ${what}.\n`;
        }
        const drift = driftList(report);
        const failing = report.pins.filter((p) => p.status === 'drift' || p.status === 'not-found' || p.status === 'error');
        return {
            outputs: {
                consistent: String(report.consistent),
                report: JSON.stringify({ ...report, requests }),
                drift: JSON.stringify(drift),
                commits: JSON.stringify(pinnedCommits(report)),
                // The commit each holder was read at (the Kata release tag's commit with `at: kata-containers=4.0.0`).
                'read-commits': JSON.stringify(Object.fromEntries(report.pins.filter((p) => p.readCommit).map((p) => [p.holder, p.readCommit]))),
                'issue-updated': issueUpdated,
            },
            summary: markdown + issueNote,
            ...(report.consistent || !inputs.failOnDrift
                ? {}
                : {
                    failure: `the release graph is not consistent: ${failing.length} of ${report.pins.length} pins fail (${failing.map((p) => p.id).join(', ')}); the summary shows each with its fix`,
                }),
        };
    },
});
function loadGraph(input, workspace) {
    if (input === '')
        return builtinGraph();
    const file = (0,src/* resolveInWorkspace */.z1)(input, workspace);
    return parseGraph((0,src/* readText */.yR)(file), file.display);
}
function log(report, ctx) {
    for (const p of report.pins) {
        const value = p.value === undefined ? '(unreadable)' : p.kind === 'commit' ? check_short(p.value) : p.value;
        const line = `${p.repository} ${p.file}${p.line !== undefined ? `:${p.line}` : ''} ${p.site} = ${value} (${p.component})`;
        if (p.status === 'ok' || p.status === 'development')
            ctx.info(`${p.status === 'ok' ? 'ok' : 'development'}: ${line}`);
        else
            ctx.error(`${p.status}: ${line}: ${p.message}${p.set ? `; fix: ${p.set}` : ''}`);
    }
}

;// CONCATENATED MODULE: ./actions/release-status/src/index.ts


runAsStep(releaseStatus);

