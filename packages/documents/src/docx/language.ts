import {allRules, type LanguageRange} from '@luxlint/core'

let supported: Set<string> | undefined
const primary = (tag: string) => tag.split('-')[0].toLowerCase()

/**
 * The document's language when all of its text is tagged with one language the core has terms
 * for ("en-GB" → "en"); undefined when untagged, mixed or unsupported, so the core detects it.
 */
export function documentLanguage(paragraphs: ReadonlyArray<{languages: ReadonlyMap<string, number>}>): string | undefined {
  supported ??= new Set(allRules().map((rule) => rule.language))
  const found = new Set<string>()
  for (const paragraph of paragraphs) {
    for (const [tag, count] of paragraph.languages) {
      if (count === 0) continue
      found.add(primary(tag))
    }
  }
  if (found.size !== 1) return undefined
  const [only] = found
  return only && supported.has(only) ? only : undefined
}

/**
 * Each paragraph's dominant language tag (`w:lang`, ODT `fo:language`) (the tag covering most of its characters), as ranges of the
 * rendered text for the core's `languages` option. Paragraphs mostly untagged, or tagged with a
 * language the core has no terms for, get no range: the core detects their language.
 */
export function paragraphLanguages(paragraphs: ReadonlyArray<{text: string; languages: ReadonlyMap<string, number>}>, starts: readonly number[]): LanguageRange[] {
  supported ??= new Set(allRules().map((rule) => rule.language))
  const ranges: LanguageRange[] = []
  paragraphs.forEach((paragraph, index) => {
    let dominant = ''
    let most = 0
    for (const [tag, count] of paragraph.languages) {
      if (count > most) {
        dominant = tag
        most = count
      }
    }
    const language = primary(dominant)
    if (language && supported!.has(language)) ranges.push({offset: starts[index], endOffset: starts[index] + paragraph.text.length, language})
  })
  return ranges
}
