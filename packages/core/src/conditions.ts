/**
 * Conditions some rules need before they fire. "prostitute" about an adult is outside the
 * Guidelines' scope; about a 15-year-old it is exactly what they discourage.
 */

const childWords =
  /(?<![\p{L}\p{N}])(?:child|children|childhood|girl|girls|boy|boys|teen|teens|teenager|teenagers|teenage|adolescent|adolescents|minor|minors|schoolgirl|schoolgirls|schoolboy|schoolboys|pupil|pupils|juvenile|juveniles|underage|under-age|kid|kids|youngster|youngsters|infant|infants|toddler|toddlers|daughter|daughters|enfant|enfants|fille|filles|fillette|fillettes|garçon|garçons|mineur|mineure|mineurs|mineures|adolescente|adolescentes|élève|élèves|niño|niños|niña|niñas|menor|menores|chico|chicos|chica|chicas|alumno|alumnos|alumna|alumnas)(?![\p{L}\p{N}])/iu

const ageOld = /(?<![\p{L}\p{N}])(\d{1,2})[\s\u00A0-]*(?:(?:years?|yrs?)[\s\u00A0-]*old|ans|años)(?![\p{L}])/giu
const ageAged = /(?<![\p{L}\p{N}])(?:aged|age|ages)[\s\u00A0]+(?:of[\s\u00A0]+)?(?:between[\s\u00A0]+)?(\d{1,2})(?!\d)/giu
// "She was only 15." — a bare age closing a clause.
const bareAge = /(?<![\p{L}\p{N}])(?:was|is|were|are|aged|only|just|barely)[\s\u00A0]+(\d{1,2})(?:[\s\u00A0]+years?(?:[\s\u00A0]+old)?)?(?=[\s\u00A0]*(?:[.,;:!?)]|$|when\b|at the time\b))/giu
const under = /(?<![\p{L}\p{N}])(?:under|below|younger than)[\s\u00A0]+(?:the[\s\u00A0]+age[\s\u00A0]+of[\s\u00A0]+)?(\d{1,2})(?!\d)/giu

// Cheap scans of lower-cased text that every match of the expressions above needs (a regex that
// starts with a look-behind is tried at every position; these are not). Most text has none.
const childWordsRough = new RegExp(childWords.source.slice(childWords.source.indexOf('(?:'), childWords.source.lastIndexOf(')(?!') + 1))
const ageRough = /\d[\s\u00A0-]*(?:years?|yrs?|ans|años)|(?:aged?|ages)[\s\u00A0]|(?:was|is|were|are|only|just|barely)[\s\u00A0]+\d|(?:under|below|younger than)[\s\u00A0]/

/** Whether `text` refers to a person under 18. */
export function refersToChild(text: string): boolean {
  const lower = text.toLowerCase()
  // Lower-casing keeps the words the scans look for (it changes length only for a few letters
  // such as İ, which none of them contains).
  if (childWordsRough.test(lower) && childWords.test(text)) return true
  if (!ageRough.test(lower)) return false
  for (const expression of [ageOld, ageAged, bareAge]) {
    expression.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = expression.exec(text))) if (Number(match[1]) < 18) return true
  }
  under.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = under.exec(text))) if (Number(match[1]) <= 18) return true
  return false
}

const determiners = /(?:^|[\s\u00A0(])(?:a|an|the|any|every|each|this|that|another|one|no|unaccompanied|vulnerable|young)[\s\u00A0]+$/iu
const nounFollowers =
  /^(?:[\s\u00A0]*(?:[.,;:!?)\]\u2019\u201D"']|$)|[\s\u00A0]+(?:who|whom|whose|was|is|were|are|had|has|have|in|under|at|from|to|and|or|through|for|with|by|aged|into|on|over|as|being|being|involved|could|would|can|may|must|should)(?![\p{L}]))/iu

/** Whether the word at [start, end) of `text` is used as a noun for a person ("a minor who…"). */
export function isPersonNoun(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase()
  const after = text.slice(end, end + 40)
  if (/^[\s\u00A0]*leagues?\b/iu.test(after)) return false
  if (!nounFollowers.test(after) && !/^[\s\u00A0]+(?:he|she|they|we|i|you|him|her|them|\p{L}+(?:ing|ed))(?![\p{L}])/iu.test(after)) return false
  return word.endsWith('s') || determiners.test(text.slice(Math.max(0, start - 40), start))
}

/** Words that put a sentence in a context of sexual exploitation or prostitution. */
export const exploitationContext = /\b(?:prostitut\w*|brothels?|sex(?:ual(?:ly)?)?|exploit\w*|abus\w*|traffick\w*|pimps?|rape[ds]?)\b/iu
