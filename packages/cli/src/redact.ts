import type {LuxlintMessage} from '@luxlint/core'
import type {FileResult} from './formatters/types.js'

export const redacted = '[redacted]'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The matched text as words, so "child **porn**" and "child\nporn" are found in any message. */
function wordsPattern(actual: string): RegExp | undefined {
  const words = actual.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)
  if (!words || words.length === 0) return undefined
  return new RegExp(words.map(escape).join('[^\\p{L}\\p{N}]+'), 'giu')
}

/** Replace every quotation of the matched text in `text`, and the text itself, with the rule id. */
export function redactText(text: string, patterns: readonly RegExp[], alternatives: readonly string[] = []): string {
  let out = text.replace(/“([^”]*)”/g, (whole, inner: string) => (alternatives.includes(inner) ? whole : `“${redacted}”`))
  for (const pattern of patterns) out = out.replace(pattern, redacted)
  return out
}

/**
 * A copy of the results with the document's matched text masked everywhere a formatter could
 * print it: `actual`, the reason, the context reason and the explanation of custom terms.
 */
export function redactResults(results: readonly FileResult[]): {results: FileResult[]; patterns: RegExp[]} {
  const patterns = new Map<string, RegExp>()
  const collect = (message: LuxlintMessage) => {
    const pattern = wordsPattern(message.actual)
    if (pattern) patterns.set(pattern.source, pattern)
  }
  for (const result of results) {
    result.messages.forEach(collect)
    result.suppressed?.forEach((s) => collect(s.message))
  }
  const all = [...patterns.values()]
  const mask = (message: LuxlintMessage): LuxlintMessage => {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(message)), message) as LuxlintMessage
    copy.actual = redacted
    copy.reason = redactText(message.reason, all, message.expected)
    copy.message = copy.reason
    copy.stack = ''
    copy.note = redactText(message.note ?? '', all, message.expected)
    if (message.contextReason) copy.contextReason = redactText(message.contextReason, all, message.expected)
    if (message.citation) copy.citation = {...message.citation, title: redactText(message.citation.title, all, message.expected)}
    return copy
  }
  return {
    patterns: all,
    results: results.map((result) => ({
      ...result,
      messages: result.messages.map(mask),
      suppressed: result.suppressed?.map((s) => ({...s, message: mask(s.message)}))
    }))
  }
}
