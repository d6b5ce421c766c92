import {allRules} from '@luxlint/core'
import type {DocxParagraph} from './extract.js'

let supported: Set<string> | undefined

/**
 * The document's language when all of its text is tagged with one language the core has terms
 * for ("en-GB" → "en"); undefined when untagged, mixed or unsupported, so the core detects it.
 */
export function documentLanguage(paragraphs: readonly DocxParagraph[]): string | undefined {
  supported ??= new Set(allRules().map((rule) => rule.language))
  const found = new Set<string>()
  for (const paragraph of paragraphs) {
    for (const [tag, count] of paragraph.languages) {
      if (count === 0) continue
      found.add(tag.split('-')[0].toLowerCase())
    }
  }
  if (found.size !== 1) return undefined
  const [only] = found
  return only && supported.has(only) ? only : undefined
}
