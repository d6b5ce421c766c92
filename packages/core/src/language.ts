import {francAll} from 'franc-min'
import {rewritablePhrases} from './fix.js'
import {terms} from './generated/terms.js'
import {Trie, foldWord, letterSpans} from './matcher.js'
import {escapeRegExp, isAscii} from './normalize.js'

const codes: Record<string, string> = {eng: 'en', fra: 'fr', spa: 'es'}

// Frequent function words: on short texts they decide more reliably than trigrams.
const functionWords: Record<string, Set<string>> = {
  en: new Set('the and of to in is was were a an for with that by on as it are from has have be this who which not or at he she they his her their'.split(' ')),
  fr: new Set('le la les des du de et un une est dans pour que qui sur au aux pas avec il elle sont été ce ne par se plus ou leur l d qu à ont ces cette être avoir mais nous vous ils elles était leurs sa ses aussi'.split(' ')),
  es: new Set('el la los las de del y en un una es por que con para se no al fue su sus lo como más pero le ha han está era muy también este esta esto hay según entre sobre desde cuando ya'.split(' '))
}

/** The languages each function word belongs to, and the length of the longest. */
const functionWordLanguages = new Map<string, string[]>()
for (const [language, words] of Object.entries(functionWords)) for (const word of words) functionWordLanguages.set(word, [...(functionWordLanguages.get(word) ?? []), language])
const longestFunctionWord = Math.max(...[...functionWordLanguages.keys()].map((word) => word.length))

let rewritable: {trie: () => Trie; anchors: RegExp} | undefined

/**
 * The phrases fixes rewrite, and a cheap test that text may hold one: a word of each phrase. The
 * trie is built the first time the test passes (most short runs never need it).
 */
function rewritableIndex(): {trie: () => Trie; anchors: RegExp} {
  if (!rewritable) {
    const anchors = new Set<string>()
    for (const term of terms) {
      for (const phrase of rewritablePhrases(term)) {
        const words = (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord)
        anchors.add(words.reduce((a, b) => (b.length > a.length ? b : a), ''))
      }
    }
    let trie: Trie | undefined
    const build = (): Trie => {
      if (!trie) {
        trie = new Trie()
        for (const term of terms) for (const phrase of rewritablePhrases(term)) trie.add(phrase, term)
      }
      return trie
    }
    rewritable = {trie: build, anchors: new RegExp([...anchors].map(escapeRegExp).join('|'), 'iu')}
  }
  return rewritable
}

/** Whether a word of some phrase may occur, folded as the trie folds words (accents dropped). */
function mayHoldRewritable(text: string, anchors: RegExp): boolean {
  if (anchors.test(text)) return true
  return !isAscii(text) && anchors.test(text.normalize('NFD').replace(/\p{M}/gu, ''))
}

/**
 * `text` without the phrases a safe fix can rewrite (each, with an article before it, becomes one
 * space). Their words are no evidence of the language around them, and leaving them out makes
 * the detected language the same before and after a fix. Counting them, fixing "pornography that
 * exploits children" took away an English "that": a heading could stop reading as English, so
 * the next lint checked it with every language's terms and found more to fix.
 */
export function withoutRewritable(text: string): string {
  const {trie, anchors} = rewritableIndex()
  if (!mayHoldRewritable(text, anchors)) return text
  const hits = trie().find(text)
  if (hits.length === 0) return text
  let out = ''
  let at = 0
  for (const hit of hits) {
    // A fix may turn "an" into "a" in front of the phrase.
    const article = /(?<![\p{L}\p{N}'’-])an?\s+$/iu.exec(text.slice(Math.max(at, hit.start - 40), hit.start))
    out += text.slice(at, article ? hit.start - article[0].length : hit.start) + ' '
    at = hit.end
  }
  return out + text.slice(at)
}

/** Detection reads no further than this into a text. */
export const detectionReach = 24000

/**
 * The language of a piece of prose among `languages`, or `undefined` when the evidence is weak
 * (short or mixed text). Function words first, then franc's trigram model on longer text; the
 * phrases fixes rewrite are left out of both.
 */
export function detectLanguage(text: string, languages: string[]): string | undefined {
  if (languages.length < 2) return languages[0]
  // Cut before masking only to bound the work on huge documents; far more than the sample.
  const masked = withoutRewritable(text.length > detectionReach ? text.slice(0, detectionReach) : text)
  const sample = masked.length > 6000 ? masked.slice(0, 6000) : masked
  const counts = languages.map(() => 0)
  // The words are runs of letters; a word longer than every function word (in lower case, which is
  // never shorter) is counted without a look.
  const starts: number[] = []
  const ends: number[] = []
  letterSpans(sample, starts, ends)
  const total = starts.length
  for (let i = 0; i < total; i++) {
    if (ends[i] - starts[i] > longestFunctionWord) continue
    const of = functionWordLanguages.get(sample.slice(starts[i], ends[i]).toLowerCase())
    if (of) for (const language of of) if (languages.includes(language)) counts[languages.indexOf(language)]++
  }
  // The most counted language, and the runner-up (ties: the first in `languages`).
  let first = 0
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[first]) first = i
  let second = first === 0 ? 1 : 0
  for (let i = 0; i < counts.length; i++) if (i !== first && counts[i] > counts[second]) second = i
  if (counts[first] >= 2 && counts[first] > 1.5 * counts[second]) return languages[first]
  if (total < 30) return undefined
  const only = Object.entries(codes).filter(([, code]) => languages.includes(code)).map(([iso]) => iso)
  const [best, next] = francAll(sample, {only, minLength: 10})
  return best && next && best[1] - next[1] >= 0.1 ? codes[best[0]] : undefined
}
