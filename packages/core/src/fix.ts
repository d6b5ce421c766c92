import type {Match} from './analyse.js'
import type {Fix, LuxlintMessage, TermRecord} from './types.js'

/** Keep the case pattern of the matched text in the replacement (ALL CAPS, Title Case, Capitalised). */
export function matchCase(actual: string, replacement: string): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  const words = actual.split(/[^\p{L}]+/u).filter(Boolean)
  const capitalised = (word: string) => word[0] !== word[0].toLowerCase()
  if (words.length > 1 && words.every(capitalised)) {
    return replacement.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  }
  const first = actual.match(/\p{L}/u)?.[0]
  if (first && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

// Mirrors packages/core/scripts/phrases.mjs: the generator expands a lemma into these plurals.
const irregular: Record<string, string> = {child: 'children', man: 'men', woman: 'women', person: 'people', wife: 'wives'}

/** The regular English plural of a phrase: its last word pluralised. */
export function pluralize(phrase: string): string {
  const words = phrase.split(' ')
  const last = words.pop() ?? ''
  const lower = last.toLowerCase()
  let plural: string
  if (irregular[lower]) plural = irregular[lower]
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = last + 'es'
  else if (/[^aeiou]y$/.test(lower)) plural = last.slice(0, -1) + 'ies'
  else plural = last + 's'
  return [...words, plural].join(' ')
}

const key = (text: string) => text.toLowerCase().replace(/[\s\u00a0*_`]+/g, ' ').replace(/[\u2010-\u2015]/g, '-').trim()

/**
 * Whether the matched form is plural: it is the generated plural of another form of the term,
 * or its head noun is "images"/"materials".
 */
export function isPluralForm(term: Pick<TermRecord, 'forms'>, actual: string): boolean {
  const matched = key(actual)
  if (/\b(images|materials)\b/.test(matched)) return true
  return pluralKeys(term).has(matched)
}

const plurals = new WeakMap<Pick<TermRecord, 'forms'>, Set<string>>()

/** The generated plurals of a term's forms (that differ from the form): worked out once per term, not per finding. */
function pluralKeys(term: Pick<TermRecord, 'forms'>): Set<string> {
  let keys = plurals.get(term)
  if (!keys) {
    keys = new Set()
    for (const form of term.forms) {
      const singular = key(form)
      const plural = key(pluralize(singular))
      if (plural !== singular) keys.add(plural)
    }
    plurals.set(term, keys)
  }
  return keys
}

// Head nouns that take no plural: "child sexual abuse material were found" is wrong either way.
const massNouns = /^(material|abuse|exploitation|extortion|content|imagery|trafficking|tourism|pornography|prostitution|marriage)$/i
// Words that start a post-modifier: the head noun is the word before ("child exploited in …").
const postModifier = /^(in|of|for|from|with|by|who|that|under|through|on|at|to)$|^\p{L}+ed$/iu

/** Index of the head noun of a simple English noun phrase. */
function headIndex(words: string[]): number {
  for (let i = 1; i < words.length; i++) if (postModifier.test(words[i])) return i - 1
  return words.length - 1
}

/**
 * The replacement in the number of the matched form: pluralised at its head noun when the match
 * is plural, or undefined when it cannot agree (a mass noun such as "material").
 */
export function agreeInNumber(replacement: string, plural: boolean): string | undefined {
  if (!plural) return replacement
  const words = replacement.split(' ')
  const head = headIndex(words)
  if (massNouns.test(words[head])) return undefined
  // "people who sexually abuse…": the verb of the clause would have to change too.
  if (/^(who|that)$/i.test(words[head + 1] ?? '')) return undefined
  words[head] = pluralize(words[head])
  return words.join(' ')
}

/**
 * Every phrase a safe fix of `term` can replace or write: its forms and its first alternative,
 * singular and plural. Language detection leaves these out (see language.ts).
 */
export function rewritablePhrases(term: TermRecord): string[] {
  if (!term.autofix || term.alternatives.length === 0) return []
  const replacements = [false, true].map((plural) => agreeInNumber(term.alternatives[0], plural))
  return [...term.forms, ...replacements.filter((text): text is string => text !== undefined)]
}

/** "an" before a vowel sound. Good enough for our replacements; exceptions listed. */
export function articleFor(word: string): 'a' | 'an' {
  const lower = word.toLowerCase()
  if (/^(hour|honest|heir|honou?r)/.test(lower)) return 'an'
  if (/^(uni|use|usu|uti|eu|one|once|ur)/.test(lower)) return 'a'
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a'
  return /^[aeiou]/.test(lower) ? 'an' : 'a'
}

/**
 * The article directly before the match in its segment, when it maps one-to-one onto the original
 * text (no markup or entity between): then the fix may safely rewrite it too.
 */
function articleBefore(match: Match): {start: number; end: number; text: string; gap: string; exact: boolean} | undefined {
  const {segment, start} = match
  const found = /(?:^|[^\p{L}\p{N}'’-])(an?)(\s+)$/iu.exec(segment.text.slice(Math.max(0, start - 40), start))
  if (!found) return undefined
  const from = start - found[1].length - found[2].length
  let exact = true
  for (let i = from; i < start; i++) {
    if (segment.ends[i] - segment.starts[i] !== 1 || (i + 1 < segment.starts.length && segment.starts[i + 1] !== segment.ends[i])) exact = false
  }
  if (segment.ends[start - 1] !== match.offset) exact = false
  return {start: from, end: from + found[1].length, text: found[1], gap: found[2], exact}
}

const collapse = (text: string) => text.replace(/\s+/g, ' ')

/**
 * Whether the original range holds anything but the words the reader sees: emphasis markers,
 * tags, comments or entities. Replacing such a range would delete or unbalance the markup.
 */
function hasMarkupInside(match: Match): boolean {
  return collapse(match.actual) !== collapse(match.segment.text.slice(match.start, match.end))
}

/**
 * Carry the line breaks of a hard-wrapped phrase into the replacement, at its last spaces, so
 * no line disappears (and CRLF files keep every CRLF). Undefined when there are not enough spaces.
 */
export function keepLineBreaks(actual: string, replacement: string): string | undefined {
  const breaks = actual.match(/[ \t]*(?:\r\n|\n|\r)[ \t]*/g)
  if (!breaks) return replacement
  const spaces = [...replacement.matchAll(/ /g)].map((m) => m.index!)
  if (spaces.length < breaks.length) return undefined
  let out = replacement
  const at = spaces.slice(-breaks.length)
  for (let i = breaks.length - 1; i >= 0; i--) out = out.slice(0, at[i]) + breaks[i] + out.slice(at[i] + 1)
  return out
}

/**
 * The fix of a finding: only for `use`, only rules marked autofix. The replacement keeps the case
 * of the original, agrees in number (or the fix is marked unsafe) and carries a corrected a/an.
 */
export function fixFor(match: Match): Fix | undefined {
  const {term, decision} = match
  if (!term.autofix || decision.context !== 'use' || term.alternatives.length === 0) return undefined
  const plural = isPluralForm(term, match.actual)
  const agreed = agreeInNumber(term.alternatives[0], plural)
  const base = {offset: match.offset, endOffset: match.endOffset}
  const wrapped = agreed === undefined ? undefined : keepLineBreaks(match.actual, matchCase(match.actual, agreed))
  if (wrapped === undefined || hasMarkupInside(match)) return {...base, text: matchCase(match.actual, agreed ?? term.alternatives[0]), safe: false}
  const text = wrapped
  const article = plural ? undefined : articleBefore(match)
  if (!article) return {...base, text, safe: true}
  const wanted = articleFor(text)
  if (wanted === article.text.toLowerCase()) return {...base, text, safe: true}
  if (!article.exact) return {...base, text, safe: false}
  const upper = article.text === article.text.toUpperCase() && (article.text.length > 1 || text === text.toUpperCase())
  const cased = upper ? wanted.toUpperCase() : /^A/.test(article.text) ? 'A' + wanted.slice(1) : wanted
  return {offset: match.segment.starts[article.start], endOffset: match.endOffset, text: cased + article.gap + text, safe: true}
}

/**
 * Apply the safe fixes of `messages` to `text`. Overlapping fixes are skipped; nothing outside
 * the fixed ranges changes.
 */
export function applyFixes(text: string, messages: readonly Pick<LuxlintMessage, 'fix'>[]): {output: string; applied: number} {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => Boolean(f && f.safe))
    .sort((a, b) => a.offset - b.offset)
  let output = ''
  let last = 0
  let applied = 0
  for (const fix of fixes) {
    if (fix.offset < last) continue
    output += text.slice(last, fix.offset) + fix.text
    last = fix.endOffset
    applied++
  }
  return {output: output + text.slice(last), applied}
}
