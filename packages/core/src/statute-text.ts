// Sentences of statutes: their words are the law's, cited as such (see context.ts).

// The wording of a statute itself, in English, French and Spanish: a penalty formula anywhere in
// the sentence ("shall be fined", "est puni de cinq ans d'emprisonnement", "será castigado con la
// pena de"), a definitions clause ("For the purposes of this Title", "au sens du présent article",
// "A los efectos de este Título"), or a Spanish offence that opens with "El que"/"Quien" and a verb
// in the future subjunctive ("El que produjere…"), a mood that survives almost only in codes.
export const penalty = new RegExp(
  [
    'shall\\s+be\\s+(?:fined|imprisoned|punished)',
    // French codes: "est puni de cinq ans d'emprisonnement", "sera puni de la réclusion", "… et de 75 000 euros d'amende".
    "(?:est|sont|sera|seront)\\s+puni(?:e|s|es)?\\s+(?:de|d['’]|des)\\s*(?:la\\s+peine|(?:mêmes\\s+)?peines|(?:la\\s+)?réclusion|(?:un\\s+)?emprisonnement|[\\p{L}\\d]+\\s+(?:ans|mois)\\s+(?:d['’]emprisonnement|de\\s+réclusion))",
    "(?:ans|mois)\\s+d['’]emprisonnement\\s+et\\s+de\\s+[\\d\\s.]+\\s*(?:euros|€)\\s+d['’]amende",
    "coupable\\s+d['’]un\\s+acte\\s+criminel",
    // Spanish and Latin American codes: "será castigado con la pena de prisión", "será reprimido con prisión",
    // "se le impondrá pena de", "incurrirá en prisión".
    'ser[áa]n?\\s+(?:castigad|penad|sancionad|reprimid)[oa]s?\\s+con\\s+(?:la\\s+|las\\s+)?(?:penas?|prisi[óo]n|reclusi[óo]n|presidio)',
    'se\\s+(?:le\\s+|les\\s+)?impondr[áa]n?\\s+(?:(?:la|las|una)\\s+)?(?:penas?|prisi[óo]n|reclusi[óo]n)',
    'incurrir[áa]n?\\s+en\\s+(?:prisi[óo]n|(?:la\\s+)?pena)'
  ]
    .map((formula) => `\\b${formula}(?![\\p{L}])`)
    .join('|'),
  'iu'
)
// Only a legal text speaks of "this Title" or "the present article"; "for the purposes of this
// chapter" may be a report's own words, unless a definition follows ("… means", "se considera").
const instrument = '(?:title|act|directive|convention|protocol|code|subsection|loi|titre|code|directive|convention|protocole|t[íi]tulo|ley|c[óo]digo|directiva|convenio|protocolo|apartado)'
const present = `(?:${instrument.slice(3, -1)}|article|chapitre|section|art[íi]culo|cap[íi]tulo|secci[óo]n)`
export const definitions = new RegExp(
  [
    `for\\s+the\\s+purposes?\\s+of\\s+this\\s+(?:${instrument}|(?:chapter|section|part|article)\\b[^.;]{0,160}?\\bmeans)`,
    `(?:au\\s+sens|aux\\s+fins|pour\\s+l['’]application)\\s+d[eu]\\s+(?:la\\s+|l['’])?présente?\\s+${present}`,
    `a\\s+(?:los\\s+)?efectos\\s+(?:de\\s+(?:este|esta)\\s+(?:${instrument}|(?:art[íi]culo|cap[íi]tulo|secci[óo]n)\\b[^.;]{0,60}?\\bse\\s+(?:considera|entiende)(?:r[áa])?)|(?:del|de\\s+la)\\s+presente\\s+${present})`
  ]
    .map((formula) => `\\b${formula}(?![\\p{L}])`)
    .join('|'),
  'iu'
)
const codeSubject =
  /^[\s(]*(?:[\p{L}\d]{1,3}[).º°]\s*)?(?:(?:el|la|los|las)\s+que|quien(?:es)?)\s[^.;:]{0,60}?(?<!\p{L})(\p{L}+(?:[áa]re|iere|yere|jere|[áa]ren|ieren|yeren|jeren)|fueren?)(?!\p{L})/iu
// Present-tense verbs with the same endings ("quien quiere", "el que declare").
const notSubjunctive = /^(?:(?:re|ad|in)?quier|prefier|muer|hier|sugier|(?:re|di|con|trans|inter|in|pro)fier|adhier|digier|ingier|declar|compar|prepar|separ|repar|ampar|dispar|par)en?$/iu

// A word each penalty or definitions formula contains, in lower case. A sentence with none of them
// skips those two patterns, which read ~100 ns per character (they ignore case the Unicode way).
const formulaWords = ['shall', 'puni', 'emprisonnement', 'coupable', 'castigad', 'penad', 'sancionad', 'reprimid', 'impondr', 'incurrir', 'purpose', 'sens', 'fins', 'application', 'efectos']

export function mayHoldFormula(body: string): boolean {
  // ſ and the Kelvin sign match s and k when case is ignored, but do not lower-case to them.
  if (/[\u017f\u212a]/.test(body)) return true
  const lower = body.toLowerCase()
  return formulaWords.some((word) => lower.includes(word))
}

/** A sentence of a statute: its words are the law's, cited as such. */
export function statuteText(text: string, sentence: [number, number]): string | undefined {
  const body = text.slice(sentence[0], sentence[1])
  const formula = mayHoldFormula(body) ? (penalty.exec(body) ?? definitions.exec(body)) : null
  if (formula) return formula[0]
  const subject = codeSubject.exec(body)
  return subject && !notSubjunctive.test(subject[1]) ? subject[0].replace(/^[\s(]*(?:[\p{L}\d]{1,3}[).º°]\s*)?/u, '') : undefined
}
