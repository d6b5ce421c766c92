// Cues that a term is named, not used: "the term …", "so-called …", "referred to as …, …".

export const mentionCue =
  /(?:\b(?:the|this|that|these|those|such|a|an|our|their)\s+(?:[\p{L}-]+\s+){0,2}(?:terms?|words?|phrases?|labels?|expressions?|wording|vocabulary|language|acronyms?)|\bso[\s-]called|\b(?:referred|refer|refers)\s+to\s+as|\bknown\s+as|\b(?:also|commonly|often|sometimes|wrongly|still|once|formerly|previously)\s+(?:called|termed|labell?ed|described\s+as)|\bcalled|\bterms?\s+(?:like|such\s+as)|\bwords?\s+(?:like|such\s+as)|\be\.\s?g\.|\bi\.\s?e\.|\binstead\s+of|\brather\s+than|\bno\s+longer\s+(?:say|use|write|call)|\bstop\s+(?:saying|using)|\bnot\s+(?:say|use|write|call)|\bdon['’]t\s+(?:say|use|write|call)|\bavoid(?:ing)?\s+(?:the\s+)?(?:terms?|words?|phrases?|labels?)|\breplac(?:e|es|ed|ing)|\b(?:le|ce|les|ces|un|du)\s+(?:[\p{L}-]+\s+){0,2}(?:terme|termes|mot|mots|expression|expressions|vocable)|\bsoi[\s-]disant|\b(?:appel(?:é|ée|és|ées)|dit|dite|nommé|nommée)|\b(?:el|este|ese|los|estos|un)\s+(?:[\p{L}-]+\s+){0,2}(?:término|términos|palabra|palabras|expresión|expresiones|vocablo)|\b(?:llamad[oa]s?|denominad[oa]s?|mal\s+llamad[oa]s?|conocid[oa]s?\s+como))/gu
const quoteMarks = '[\\s“”"\'‘’«»:(]*'
// Sticky: tried only where a word starts (see endsWithCue). Exported for its tests.
export const adjacentCue = new RegExp(`(?:${mentionCue.source})${quoteMarks}$`, 'uy')
const wordStart = /\b\w/gu

/**
 * `text` in lower case, of the same length, for the cue patterns, which ignore case this way:
 * V8 takes ~20 ms to compile a pattern of their size that ignores case the Unicode way, most of
 * the time a first finding costs. Each character then matches what it matched with the `iu`
 * flags: ſ folds to s, and İ (whose lower case is two characters) to ı, which, like İ, folds to
 * no ASCII letter (tested for every character).
 */
export function foldCase(text: string): string {
  return text.replaceAll('\u0130', '\u0131').toLowerCase().replaceAll('\u017f', 's')
}

/** A cue is a few words: one that ends right before a term starts no further back than this. */
const cueReach = 160

/**
 * Whether a cue ends `before`, quote marks aside. V8 tries a pattern anchored at the end at every
 * position of the string: in a sentence without full stops that was 600 positions per term, and
 * most of a dense text's time. Each alternative of the cue begins at a word boundary with a
 * letter, so it is tried only where words start, in the last `cueReach` characters.
 */
export function endsWithCue(before: string): boolean {
  // The last `cueReach` characters and the one before them, which `\b` looks at.
  const from = Math.max(0, before.length - cueReach - 1)
  const text = foldCase(before.slice(from))
  wordStart.lastIndex = Math.max(0, before.length - cueReach - from)
  let found: RegExpExecArray | null
  while ((found = wordStart.exec(text))) {
    adjacentCue.lastIndex = found.index
    if (adjacentCue.test(text)) return true
  }
  return false
}

/** Where the last cue in `before` ends, or -1. */
export function lastCueEnd(before: string): number {
  const text = foldCase(before)
  let end = -1
  mentionCue.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = mentionCue.exec(text))) end = found.index + found[0].length
  return end
}

/** `listSeparator.test(before)`, reading only its last few characters (see endsWithCue). */
export function endsWithSeparator(before: string): boolean {
  let end = before.length
  while (end > 0 && /[\s“"'‘«]/.test(before[end - 1])) end--
  // The longest separator is "and", and `\b` looks one character further back.
  return listSeparator.test(before.slice(Math.max(0, end - 4), end))
}

// "or", "and" and "/" between items of a list, in English, French and Spanish.
export const listSeparator = /(?:,|\b(?:or|and|ou|et|o|y)|\/)[\s“"'‘«]*$/iu
export const listSplit = /,|\b(?:or|and|ou|et|o|y)\b|\//iu
