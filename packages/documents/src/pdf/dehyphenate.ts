/** A line that ends in a hyphen right after a letter: maybe a word broken at the line end. */
export const brokenWord = /(\p{L}+)[-\u00AD\u2010]$/u

/**
 * How to join a line ending in a hyphen to the next: drop the hyphen ("por-" + "nography"), or keep
 * it ("computer-" + "generated"). Without a dictionary: the document itself decides when it has the
 * word elsewhere, written whole or hyphenated, and so do the words of luxlint's terms; otherwise
 * a lower-case continuation means a broken word.
 */
export function joinWithoutHyphen(before: string, after: string, evidence: {whole: Set<string>; hyphenated: Set<string>}): boolean {
  const head = brokenWord.exec(before)?.[1]
  const tail = /^\p{L}+/u.exec(after)?.[0]
  if (!head || !tail) return false
  if (before.endsWith('\u00AD')) return true
  const whole = (head + tail).toLowerCase()
  const hyphenated = `${head}-${tail}`.toLowerCase()
  if (evidence.whole.has(whole) && !evidence.hyphenated.has(hyphenated)) return true
  if (evidence.hyphenated.has(hyphenated)) return false
  return tail[0] === tail[0].toLowerCase() && tail[0] !== tail[0].toUpperCase()
}

/** Words written whole and hyphenated compounds, from the document's lines and luxlint's terms. */
export function hyphenEvidence(texts: Iterable<string>): {whole: Set<string>; hyphenated: Set<string>} {
  const whole = new Set<string>()
  const hyphenated = new Set<string>()
  for (const text of texts) {
    for (const word of text.replace(brokenWord, '').toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      if (word.includes('-')) {
        const parts = word.split('-')
        for (let i = 0; i + 1 < parts.length; i++) hyphenated.add(`${parts[i]}-${parts[i + 1]}`)
      } else whole.add(word)
    }
  }
  return {whole, hyphenated}
}
