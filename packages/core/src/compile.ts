import {terms as builtinTerms} from './generated/terms.js'
import {anchorPattern} from './anchor-pattern.js'
import {Trie, foldWord, wordSpans, type TrieMatch} from './matcher.js'
import type {CustomTerm, LintOptions, Severity, TermRecord} from './types.js'

/**
 * One compiled description of the active terms. The same object drives the cheap scan over raw
 * text (`anchors`) and the exact match over prose (`pattern`), so the fast and the full path can
 * never disagree about what a term is.
 */
export interface CompiledTerms {
  terms: TermRecord[]
  /** Every form of the active terms of each language (custom terms in all), as word tries. */
  tries: Map<string, Trie>
  /** All languages at once, ignoring markup between words: the cheap check of raw blocks. */
  loose: Trie
  /** Languages that have terms. */
  languages: string[]
  /**
   * Substrings (lower case) of which at least one must occur in raw text, where a word starts,
   * for any non-prefer term to match; the pattern matches the character before one (see `anchorHits`).
   */
  anchors: RegExp | null
  /** Severity overrides from options, by rule id. */
  severities: Map<string, Severity>
}


let builtinIndex: Map<string, TermRecord> | undefined

/** Look a rule up by id or alias. */
export function findRule(id: string): TermRecord | undefined {
  if (!builtinIndex) {
    builtinIndex = new Map()
    for (const term of builtinTerms) {
      builtinIndex.set(term.id, term)
      for (const alias of term.aliases) builtinIndex.set(alias, term)
    }
  }
  return builtinIndex.get(id)
}

export function allRules(): readonly TermRecord[] {
  return builtinTerms
}

const cache = new Map<string, CompiledTerms>()

export function compileTerms(options: LintOptions = {}): CompiledTerms {
  const key = JSON.stringify([options.rules || null, options.customTerms || null])
  let compiled = cache.get(key)
  if (!compiled) {
    compiled = build(options)
    if (cache.size > 32) cache.clear()
    cache.set(key, compiled)
  }
  return compiled
}

function build(options: LintOptions): CompiledTerms {
  const severities = new Map<string, Severity>()
  for (const [id, severity] of Object.entries(options.rules || {})) {
    const rule = findRule(id)
    severities.set(rule ? rule.id : id, severity)
  }

  let terms: TermRecord[] = []
  for (const term of builtinTerms) {
    const override = severities.get(term.id)
    const enabled = override === undefined ? term.enabled : override !== 'off'
    if (enabled) terms.push(term)
  }
  for (const custom of options.customTerms || []) terms.push(customRecord(custom))

  const languages = [...new Set(builtinTerms.map((term) => term.language))].sort()
  // 'mixed' serves text whose language is unclear: every language, English first.
  const tries = new Map<string, Trie>([...languages, 'mixed'].map((language) => [language, new DeferredTrie()]))
  const rank = (language: string) => (language === 'en' ? 0 : language === 'custom' ? -1 : 1)
  terms = [...terms].sort((a, b) => rank(a.language) - rank(b.language))
  // Searched only when an anchor is found: most documents hold none.
  const loose = new DeferredTrie(true)
  const anchorWords = new Set<string>()
  for (const term of terms) {
    for (const form of term.forms) {
      for (const [language, trie] of tries) if (term.language === language || term.language === 'custom' || language === 'mixed') trie.add(form, term)
      // A form without a word can match nothing (config validation refuses such phrases).
      if (term.status !== 'prefer' && /[\p{L}\p{N}]/u.test(form)) {
        loose.add(form, term)
        for (const anchor of anchorsOf(form)) if (anchor) anchorWords.add(anchor)
      }
    }
  }
  // Anchors are matched as lower-cased raw text would match them, without the slow `u` flag (see
  // `anchorHits`), and only where a word can start, after a character other than a-z and 0-9
  // (the matcher's words are letters, marks and digits, so its words start there too): V8
  // rejects most places in a text at their first character, which took a third off the scan
  // over the bench folder.
  const anchors = anchorPattern(anchorWords, '[^a-z0-9]')
  return {terms, tries, loose, languages, anchors, severities}
}

/**
 * A trie filled on its first search: a run usually reads one or two languages, most documents
 * hold no anchor (so the loose trie is never searched), and filling every trie cost a one-file
 * CLI run several milliseconds. Forms are added in the order given, so the first term to claim a
 * form still keeps it.
 */
class DeferredTrie extends Trie {
  private pending: Array<[string, TermRecord]> | undefined = []

  constructor(loose = false) {
    super(loose)
  }

  /** Queued until the first search; always true then (whether the form was taken is not known yet). */
  override add(form: string, term: TermRecord): boolean {
    if (!this.pending) return super.add(form, term)
    this.pending.push([form, term])
    return true
  }

  override find(text: string): TrieMatch[] {
    if (this.pending) {
      const pending = this.pending
      this.pending = undefined
      for (const [form, term] of pending) super.add(form, term)
    }
    return super.find(text)
  }
}

// Words too common to be a useful anchor for the raw-text scan. Function words are never chosen
// when a phrase has another word; of the frequent content words, the later in this list, the rarer.
const functionWords = new Set('of in for and the with to a an had has have having their her his that who which des de la le les el los las en et y du d l con por para que se involving involves depicting featuring'.split(' '))
const frequentWords = 'child children kid kids young body bodies sell sold selling themselves market industry trade teen teenage sexual sex'.split(' ')

/**
 * Substrings every match of `form` contains, searched in lower-cased raw text: its least
 * frequent word, as written and without accents (the text may have either).
 */
function anchorsOf(form: string): string[] {
  // The words as the matcher splits them.
  const lower = form.toLowerCase()
  const starts: number[] = []
  const ends: number[] = []
  wordSpans(lower, starts, ends)
  const words = starts.map((start, i) => lower.slice(start, ends[i]))
  const rarity = (word: string) => {
    const folded = foldWord(word)
    if (functionWords.has(folded)) return -1
    const rank = frequentWords.indexOf(folded)
    return rank === -1 ? 1000 + word.length : rank
  }
  const chosen = words.reduce((a, b) => (rarity(b) > rarity(a) ? b : a), words[0] ?? '')
  return [...new Set([chosen, foldWord(chosen)])]
}

function customRecord(custom: CustomTerm): TermRecord {
  return {
    id: custom.id,
    aliases: [],
    language: 'custom',
    theme: 'custom',
    file: 'config',
    status: custom.status || 'avoid',
    confidence: 'unconfirmed',
    enabled: true,
    forms: custom.phrases,
    alternatives: custom.alternatives || [],
    autofix: false,
    conditions: [],
    explanation: custom.message || 'Added by your configuration.',
    guidelines: null,
    sources: [],
    examples: {flag: [], pass: []},
    url: ''
  }
}
