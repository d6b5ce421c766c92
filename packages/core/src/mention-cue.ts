// Cues that a term is named, not used: "the term …", "so-called …", "referred to as …, …".

export const mentionCue =
  /(?:\b(?:the|this|that|these|those|such|a|an|our|their)\s+(?:[\p{L}-]+\s+){0,2}(?:terms?|words?|phrases?|labels?|expressions?|wording|vocabulary|language|acronyms?)|\bso[\s-]called|\b(?:referred|refer|refers)\s+to\s+as|\bknown\s+as|\b(?:also|commonly|often|sometimes|wrongly|still|once|formerly|previously)\s+(?:called|termed|labell?ed|described\s+as)|\bcalled|\bterms?\s+(?:like|such\s+as)|\bwords?\s+(?:like|such\s+as)|\be\.\s?g\.|\bi\.\s?e\.|\binstead\s+of|\brather\s+than|\bno\s+longer\s+(?:say|use|write|call)|\bstop\s+(?:saying|using)|\bnot\s+(?:say|use|write|call)|\bdon['’]t\s+(?:say|use|write|call)|\bavoid(?:ing)?\s+(?:the\s+)?(?:terms?|words?|phrases?|labels?)|\breplac(?:e|es|ed|ing)|\b(?:le|ce|les|ces|un|du)\s+(?:[\p{L}-]+\s+){0,2}(?:terme|termes|mot|mots|expression|expressions|vocable)|\bsoi[\s-]disant|\b(?:appel(?:é|ée|és|ées)|dit|dite|nommé|nommée)|\b(?:el|este|ese|los|estos|un)\s+(?:[\p{L}-]+\s+){0,2}(?:término|términos|palabra|palabras|expresión|expresiones|vocablo)|\b(?:llamad[oa]s?|denominad[oa]s?|mal\s+llamad[oa]s?|conocid[oa]s?\s+como))/giu
const quoteMarks = '[\\s“”"\'‘’«»:(]*'
// Sticky: tried only where a word starts (see endsWithCue). Exported for its tests.
export const adjacentCue = new RegExp(`(?:${mentionCue.source})${quoteMarks}$`, 'iuy')
const wordStart = /\b\w/giu

/** A cue is a few words: one that ends right before a term starts no further back than this. */
const cueReach = 160

/**
 * Whether a cue ends `before`, quote marks aside. V8 tries a pattern anchored at the end at every
 * position of the string: in a sentence without full stops that was 600 positions per term, and
 * most of a dense text's time. Each alternative of the cue begins at a word boundary with a
 * letter, so it is tried only where words start, in the last `cueReach` characters.
 */
export function endsWithCue(before: string): boolean {
  wordStart.lastIndex = Math.max(0, before.length - cueReach)
  let found: RegExpExecArray | null
  while ((found = wordStart.exec(before))) {
    adjacentCue.lastIndex = found.index
    if (adjacentCue.test(before)) return true
  }
  return false
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
