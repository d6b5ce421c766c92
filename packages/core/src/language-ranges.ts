import type {LanguageRange} from './types.js'

/**
 * Checks `options.languages` (what a caller such as the DOCX reader declares per paragraph) and
 * returns it; throws "Expected …" for API misuse. Ranges must be sorted and must not overlap, so
 * a lookup is a binary search.
 */
export function checkLanguageRanges(ranges: unknown): readonly LanguageRange[] {
  if (ranges === undefined) return []
  if (!Array.isArray(ranges)) throw new TypeError(`Expected options.languages to be a list of {offset, endOffset, language}, not ${describe(ranges)}`)
  let previousEnd = 0
  ranges.forEach((range: unknown, index) => {
    const at = `options.languages[${index}]`
    if (typeof range !== 'object' || range === null || Array.isArray(range)) throw new TypeError(`Expected ${at} to be an object {offset, endOffset, language}, not ${describe(range)}`)
    const {offset, endOffset, language} = range as Record<string, unknown>
    if (!isOffset(offset)) throw new TypeError(`Expected ${at}.offset to be a non-negative integer, not ${describe(offset)}`)
    if (!isOffset(endOffset) || endOffset < offset) throw new TypeError(`Expected ${at}.endOffset to be an integer at least offset (${offset}), not ${describe(endOffset)}`)
    if (typeof language !== 'string' || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(language)) throw new TypeError(`Expected ${at}.language to be a language tag such as "fr" or "es-MX", not ${describe(language)}`)
    if (offset < previousEnd) throw new TypeError(`Expected ${at} to start at or after the end of the range before it (${previousEnd}): ranges are sorted and do not overlap`)
    previousEnd = endOffset
  })
  return ranges as LanguageRange[]
}

/** The primary language ("fr-FR" → "fr") of the range covering `offset`, if any. */
export function languageAt(ranges: readonly LanguageRange[], offset: number): string | undefined {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const range = ranges[mid]
    if (offset < range.offset) high = mid - 1
    else if (offset >= range.endOffset) low = mid + 1
    else return range.language.split('-')[0].toLowerCase()
  }
  return undefined
}

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

const describe = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`)
