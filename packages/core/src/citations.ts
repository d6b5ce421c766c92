import {citations} from './generated/citations.js'
import {isAscii} from './normalize.js'
import type {CitationRecord} from './types.js'

/** A word of prose with its place, normalised for comparing titles. */
export interface Token {
  norm: string
  start: number
  end: number
  raw: string
}

// Words that titles drop or add freely: "on the sale" / "on sale", "X, Y and Z" / "X, Y, Z".
const loose = new Set(['the', 'and', 'a', 'an', 'et', 'y', 'la', 'le', 'les', 'el', 'los', 'las', 'l', 'd'])

export function normalizeWord(word: string): string {
  // An ASCII word has nothing to decompose (most words: the rest cost ten times as much).
  if (isAscii(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Words of `text`, without the loose ones. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const word = /[\p{L}\p{N}]+/gu
  let found: RegExpExecArray | null
  while ((found = word.exec(text))) {
    const norm = normalizeWord(found[0])
    if (!loose.has(norm)) tokens.push({norm, start: found.index, end: found.index + found[0].length, raw: found[0]})
  }
  return tokens
}

interface Sequence {
  citation: CitationRecord
  words: string[]
  /** A whole title or variant (true) or a fragment (false). */
  whole: boolean
}

let index: Map<string, Array<{sequence: Sequence; at: number}>> | undefined

/** Every word of every title, to where it occurs. */
function titleIndex() {
  if (!index) {
    index = new Map()
    for (const citation of citations) {
      const sequences: Sequence[] = [
        ...citation.texts.map((text) => ({citation, words: tokenize(text).map((t) => t.norm), whole: true})),
        ...citation.fragments.map((text) => ({citation, words: tokenize(text).map((t) => t.norm), whole: false}))
      ]
      for (const sequence of sequences) {
        sequence.words.forEach((word, at) => {
          let list = index!.get(word)
          if (!list) index!.set(word, (list = []))
          list.push({sequence, at})
        })
      }
    }
  }
  return index
}

export interface TitleRun {
  citation: CitationRecord
  /** Token range in the segment that matches the title's words. */
  from: number
  to: number
  /** The run is the whole title or a variant. */
  whole: boolean
  fragment: boolean
}

/**
 * The longest run of segment tokens around tokens [first, last] that reads as (part of) a
 * gazetteer title. Case, punctuation and loose words are ignored.
 */
export function titleAround(tokens: Token[], first: number, last: number): TitleRun | undefined {
  const candidates = titleIndex().get(tokens[first].norm)
  if (!candidates) return undefined
  let best: TitleRun | undefined
  for (const {sequence, at} of candidates) {
    const words = sequence.words
    let ok = true
    for (let k = 0; k <= last - first; k++) {
      if (words[at + k] !== tokens[first + k]?.norm) {
        ok = false
        break
      }
    }
    if (!ok) continue
    let from = first
    let start = at
    while (from > 0 && start > 0 && tokens[from - 1].norm === words[start - 1]) {
      from--
      start--
    }
    let to = last
    let end = at + (last - first)
    while (to + 1 < tokens.length && end + 1 < words.length && tokens[to + 1].norm === words[end + 1]) {
      to++
      end++
    }
    const whole = start === 0 && end === words.length - 1
    const run: TitleRun = {citation: sequence.citation, from, to, whole: whole && sequence.whole, fragment: whole && !sequence.whole}
    const score = (r: TitleRun) => (r.whole ? 1000 : 0) + (r.to - r.from) + (r.fragment ? 0.5 : 0)
    if (!best || score(run) > score(best)) best = run
  }
  return best
}

export {citations}
