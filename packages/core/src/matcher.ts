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
  children: Map<string, Node>
  term?: TermRecord
}

export interface TrieMatch {
  term: TermRecord
  start: number
  end: number
}

const word = /[\p{L}\p{M}\p{N}]+/gu
const separators = /[\s\u00A0\u00AD\-\u2010-\u2013]+/g

const folded = new Map<string, string>()

/** Lower case without accents (memoised: the same words come back all the time). */
export function foldWord(value: string): string {
  let result = folded.get(value)
  if (result === undefined) {
    const lower = value.toLowerCase()
    // eslint-disable-next-line no-control-regex
    result = /^[\x00-\x7F]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
    if (folded.size > 100000) folded.clear()
    folded.set(value, result)
  }
  return result
}

/** What a gap between two words must be, once spaces and hyphens are set aside. */
function gapKey(gap: string): string {
  return gap.replace(separators, '').replace(/[\u2018\u2019\u02BC]/g, "'")
}

export class Trie {
  private readonly root: Node = {children: new Map()}

  /**
   * @param loose ignore what stands between words (markup, punctuation): a superset matcher for
   *   raw text, used to decide cheaply whether a block can hold a finding at all.
   */
  constructor(private readonly loose = false) {}

  /** Add a form; the first term to claim a form keeps it. Returns false if it was taken. */
  add(form: string, term: TermRecord): boolean {
    let node = this.root
    let previousEnd = -1
    word.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = word.exec(form))) {
      const key = (previousEnd === -1 ? '' : (this.loose ? '' : gapKey(form.slice(previousEnd, found.index))) + '\u0000') + foldWord(found[0])
      let next = node.children.get(key)
      if (!next) node.children.set(key, (next = {children: new Map()}))
      node = next
      previousEnd = found.index + found[0].length
    }
    if (node === this.root || node.term) return false
    node.term = term
    return true
  }

  /** Leftmost-longest matches in `text`; overlapping forms become one match. */
  find(text: string): TrieMatch[] {
    // Words as three parallel lists (folded form, start, end): one object per word of a
    // megabyte of prose was most of this function's garbage.
    const norms: string[] = []
    const starts: number[] = []
    const ends: number[] = []
    word.lastIndex = 0
    let found: RegExpExecArray | null
    while ((found = word.exec(text))) {
      norms.push(foldWord(found[0]))
      starts.push(found.index)
      ends.push(found.index + found[0].length)
    }

    // The longest form starting at each word…
    const longest: TrieMatch[] = []
    for (let i = 0; i < norms.length; i++) {
      let node = this.root.children.get(norms[i])
      if (!node || (!this.loose && text[starts[i] - 1] === '_')) continue
      let best = -1
      let bestTerm: TermRecord | undefined
      let j = i
      while (node) {
        if (node.term && (this.loose || text[ends[j]] !== '_')) {
          best = j
          bestTerm = node.term
        }
        if (j + 1 === norms.length) break
        const gap = text.slice(ends[j], starts[j + 1])
        if (gap.length === 0 || gap.length > (this.loose ? 80 : 40)) break
        node = node.children.get((this.loose ? '' : gapKey(gap)) + '\u0000' + norms[j + 1])
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
