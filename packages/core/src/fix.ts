import type {Match} from './analyse.js'
import type {Fix, LuxlintMessage} from './types.js'

/** Keep the case pattern of the matched text in the replacement. */
export function matchCase(actual: string, replacement: string): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()
  const first = actual.match(/\p{L}/u)?.[0]
  if (first && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

/** The safe fix of a finding, if it has one: only for `use`, only rules marked autofix. */
export function fixFor(match: Match): Fix | undefined {
  const {term, decision} = match
  if (!term.autofix || decision.context !== 'use' || term.alternatives.length === 0) return undefined
  return {offset: match.offset, endOffset: match.endOffset, text: matchCase(match.actual, term.alternatives[0]), safe: true}
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
