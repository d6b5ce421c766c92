import {isAscii} from './normalize.js'
import type {TermRecord} from './types.js'

/**
 * A word trie over every form of every active term. Matching walks words, not characters:
 * the text is split into words once and each word costs one map lookup, so the cost stays
 * linear and does not grow with the number of terms (a RegExp alternation of hundreds of
 * phrases runs below 1 MB/s in V8).
 *
 * Words compare case- and accent-insensitively ("pedopornografia" = "pedopornografía").
 * Between two words a form allows any run of spaces, line breaks and hyphens, plus exactly
 * the punctuation the form itself has there (the comma of "child, early and forced marriage",
 * the apostrophe of "d'enfants").
 */
interface Node {
  /** By the next word (folded), after a gap of spaces, line breaks and hyphens only. */
  children: Map<string, Node>
  /** By what else the gap holds (see gapKey), then by the next word. */
  gapped?: Map<string, Map<string, Node>>
  term?: TermRecord
}

export interface TrieMatch {
  term: TermRecord
  start: number
  end: number
}

const separators = /[\s\u00A0\u00AD\-\u2010-\u2013]+/g

const folded = new Map<string, string>()

/** Lower case without accents (memoised: the same words come back all the time). */
export function foldWord(value: string): string {
  let result = folded.get(value)
  if (result === undefined) {
    const lower = value.toLowerCase()
    result = isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
    if (folded.size > 100000) folded.clear()
    folded.set(value, result)
  }
  return result
}

/** What a gap between two words must be, once spaces and hyphens are set aside. */
function gapKey(gap: string): string {
  if (gap === ' ') return ''
  return gap.replace(separators, '').replace(/[\u2018\u2019\u02BC]/g, "'")
}

/**
 * Where the runs of characters that `character` (one character, read with the `u` flag) accepts
 * start and end in a text: the matches of the pattern of such runs, found without a match
 * object and a substring per run. A character outside the Basic Multilingual Plane (a surrogate
 * pair) is read as one, as the `u` flag reads it; a lone surrogate is none of the characters.
 * Which characters are accepted is learnt as they are met.
 */
function runFinder(character: RegExp): (text: string, starts: number[], ends: number[]) => void {
  // Each UTF-16 unit: accepted (1) or not (2), 0 when not met yet.
  const units = new Uint8Array(65536)
  const astral = new Map<number, boolean>()
  const accepts = (code: number): boolean => {
    let kind = units[code]
    if (kind === 0) units[code] = kind = character.test(String.fromCharCode(code)) ? 1 : 2
    return kind === 1
  }
  const acceptsPoint = (point: number): boolean => {
    let is = astral.get(point)
    if (is === undefined) astral.set(point, (is = character.test(String.fromCodePoint(point))))
    return is
  }
  return (text, starts, ends) => {
    const length = text.length
    let start = -1
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i)
      let inRun: boolean
      let width = 1
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        inRun = acceptsPoint((code - 0xd800) * 0x400 + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000)
        width = 2
      } else inRun = accepts(code)
      if (inRun) {
        if (start === -1) start = i
      } else if (start !== -1) {
        starts.push(start)
        ends.push(i)
        start = -1
      }
      i += width - 1
    }
    if (start !== -1) {
      starts.push(start)
      ends.push(length)
    }
  }
}

/** The words of a text: runs of letters, marks and digits (`/[\\p{L}\\p{M}\\p{N}]+/gu`). */
export const wordSpans = runFinder(/^[\p{L}\p{M}\p{N}]$/u)

/** The runs of letters of a text (the matches of `/\p{L}+/gu`). */
export const letterSpans = runFinder(/^\p{L}$/u)

/**
 * What the words that begin forms look like, to pass over most other words without folding
 * them: for each pair of first two ASCII characters, the lengths of such words. A word of ASCII
 * characters folds to itself in lower case (same length, same first two), so unless a word that
 * begins a form has its first two and its length, it begins none. Other words may fold to
 * anything (an accent dropped): they are looked up.
 */
class FirstWords {
  /** By first two characters (the second 0 for a word of one), a bit for each length (31: 31 or more). */
  private readonly lengths = new Uint32Array(128 * 128)

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (!word || !isAscii(word)) continue
      const second = word.length > 1 ? word.charCodeAt(1) : 0
      this.lengths[word.charCodeAt(0) * 128 + second] |= lengthBit(word.length)
    }
  }

  mayStart(text: string, start: number, end: number): boolean {
    let first = text.charCodeAt(start)
    let second = end - start > 1 ? text.charCodeAt(start + 1) : 0
    if (first >= 128 || second >= 128) return true
    if (first >= 65 && first <= 90) first += 32
    if (second >= 65 && second <= 90) second += 32
    const lengths = this.lengths[first * 128 + second]
    if (lengths === 0) return false
    if ((lengths & lengthBit(end - start)) !== 0) return true
    // Not a length that begins a form: only a word with a character outside ASCII may fold to one.
    for (let i = start + 2; i < end; i++) if (text.charCodeAt(i) >= 128) return true
    return false
  }
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31)
}

export class Trie {
  private readonly root: Node = {children: new Map()}
  private firsts: FirstWords | undefined

  /**
   * @param loose ignore what stands between words (markup, punctuation): a superset matcher for
   *   raw text, used to decide cheaply whether a block can hold a finding at all.
   */
  constructor(private readonly loose = false) {}

  /** Add a form; the first term to claim a form keeps it. Returns false if it was taken. */
  add(form: string, term: TermRecord): boolean {
    const starts: number[] = []
    const ends: number[] = []
    wordSpans(form, starts, ends)
    let node = this.root
    for (let i = 0; i < starts.length; i++) {
      const gap = i === 0 || this.loose ? '' : gapKey(form.slice(ends[i - 1], starts[i]))
      const key = foldWord(form.slice(starts[i], ends[i]))
      let children = node.children
      if (gap) {
        node.gapped ??= new Map()
        children = node.gapped.get(gap) ?? node.gapped.set(gap, new Map()).get(gap)!
      }
      let next = children.get(key)
      if (!next) {
        children.set(key, (next = {children: new Map()}))
        if (node === this.root) this.firsts = undefined
      }
      node = next
    }
    if (node === this.root || node.term) return false
    node.term = term
    return true
  }


  private firstWords(): FirstWords {
    return (this.firsts ??= new FirstWords(this.root.children.keys()))
  }

  /** Leftmost-longest matches in `text`; overlapping forms become one match. */
  find(text: string): TrieMatch[] {
    // Words as parallel lists (start, end): one object per word of a megabyte of prose was most
    // of this function's garbage. A word's folded form is made only when a form may start with
    // it (see FirstWords) or a form goes on with it: making it for every word (a substring, then
    // two lookups by it) was most of this function's time.
    const starts: number[] = []
    const ends: number[] = []
    wordSpans(text, starts, ends)
    // The last folded form made: the word after a form's first is often the next to begin one.
    let normIndex = -1
    let normValue = ''
    const norm = (k: number): string => {
      if (k !== normIndex) {
        normIndex = k
        normValue = foldWord(text.slice(starts[k], ends[k]))
      }
      return normValue
    }
    const firsts = this.firstWords()

    // The longest form starting at each word…
    const longest: TrieMatch[] = []
    for (let i = 0; i < starts.length; i++) {
      if (!firsts.mayStart(text, starts[i], ends[i])) continue
      let node = this.root.children.get(norm(i))
      if (!node || (!this.loose && text[starts[i] - 1] === '_')) continue
      let best = -1
      let bestTerm: TermRecord | undefined
      let j = i
      while (node) {
        if (node.term && (this.loose || text[ends[j]] !== '_')) {
          best = j
          bestTerm = node.term
        }
        if (j + 1 === starts.length) break
        const gap = text.slice(ends[j], starts[j + 1])
        if (gap.length === 0 || gap.length > (this.loose ? 80 : 40)) break
        const kept = this.loose ? '' : gapKey(gap)
        node = kept ? node.gapped?.get(kept)?.get(norm(j + 1)) : node.children.get(norm(j + 1))
        j++
      }
      if (bestTerm) longest.push({term: bestTerm, start: starts[i], end: ends[best]})
    }
    // …then leftmost wins among overlapping ones; a preferred phrase only shields what lies
    // wholly inside it, so « exploitation sexuelle des enfants prostitués » still finds
    // « enfants prostitués ».
    const matches: TrieMatch[] = []
    let flaggedEnd = -1
    let preferEnd = -1
    for (const match of longest) {
      if (match.end <= preferEnd || match.start < flaggedEnd) continue
      if (match.term.status === 'prefer') preferEnd = Math.max(preferEnd, match.end)
      else flaggedEnd = match.end
      matches.push(match)
    }
    return matches
  }
}
