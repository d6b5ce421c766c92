import {terms as builtinTerms} from './generated/terms.js'
import {formPattern, phraseKey, escapeRegExp} from './normalize.js'
import type {CustomTerm, LintOptions, Severity, TermRecord} from './types.js'

/**
 * One compiled description of the active terms. The same object drives the cheap scan over raw
 * text (`anchors`) and the exact match over prose (`pattern`), so the fast and the full path can
 * never disagree about what a term is.
 */
export interface CompiledTerms {
  terms: TermRecord[]
  /** Every form of every active term, longest first, with word boundaries. Global, sticky-free. */
  pattern: RegExp
  /** Normalised form → term. */
  byForm: Map<string, TermRecord>
  /** Substrings of which at least one must occur in raw text for any non-prefer term to match. */
  anchors: RegExp | null
  /** Severity overrides from options, by rule id. */
  severities: Map<string, Severity>
}

const boundaryBefore = '(?<![\\p{L}\\p{N}_])'
const boundaryAfter = '(?![\\p{L}\\p{N}_])'

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

  const terms: TermRecord[] = []
  for (const term of builtinTerms) {
    const override = severities.get(term.id)
    const enabled = override === undefined ? term.enabled : override !== 'off'
    if (enabled) terms.push(term)
  }
  for (const custom of options.customTerms || []) terms.push(customRecord(custom))

  const byForm = new Map<string, TermRecord>()
  const forms: string[] = []
  const anchorWords = new Set<string>()
  for (const term of terms) {
    for (const form of term.forms) {
      const key = phraseKey(form)
      if (!byForm.has(key)) {
        byForm.set(key, term)
        forms.push(form)
      }
      if (term.status !== 'prefer') anchorWords.add(longestWord(key))
    }
  }
  forms.sort((a, b) => phraseKey(b).length - phraseKey(a).length)

  const pattern = new RegExp(
    forms.length ? `${boundaryBefore}(?:${forms.map(formPattern).join('|')})${boundaryAfter}` : '(?!)',
    'giu'
  )
  const anchors = anchorWords.size
    ? new RegExp([...anchorWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'iu')
    : null
  return {terms, pattern, byForm, anchors, severities}
}

// Words too common to make a useful anchor for the raw-text scan.
const commonWords = new Set(['child', 'children', 'sex', 'sexual', 'young', 'teen', 'teenage', 'of', 'in', 'for', 'and', 'the', 'with', 'to', 'a', 'an'])

/** The most distinctive word of a normalised form: a substring every match must contain. */
function longestWord(key: string): string {
  const words = key.split(' ')
  const rare = words.filter((word) => !commonWords.has(word))
  return (rare.length ? rare : words).reduce((a, b) => (b.length > a.length ? b : a), '')
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
