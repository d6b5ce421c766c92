import {francAll} from 'franc-min'

const codes: Record<string, string> = {eng: 'en', fra: 'fr', spa: 'es'}

// Frequent function words: on short texts they decide more reliably than trigrams.
const functionWords: Record<string, Set<string>> = {
  en: new Set('the and of to in is was were a an for with that by on as it are from has have be this who which not or at he she they his her their'.split(' ')),
  fr: new Set('le la les des du de et un une est dans pour que qui sur au aux pas avec il elle sont été ce ne par se plus ou leur l d qu à ont ces cette être avoir mais nous vous ils elles était leurs sa ses aussi'.split(' ')),
  es: new Set('el la los las de del y en un una es por que con para se no al fue su sus lo como más pero le ha han está era muy también este esta esto hay según entre sobre desde cuando ya'.split(' '))
}

/**
 * The language of a piece of prose among `languages`, or `undefined` when the evidence is weak
 * (short or mixed text). Function words first, then franc's trigram model on longer text.
 */
export function detectLanguage(text: string, languages: string[]): string | undefined {
  if (languages.length < 2) return languages[0]
  const sample = text.length > 6000 ? text.slice(0, 6000) : text
  const counts = new Map(languages.map((language) => [language, 0]))
  const word = /\p{L}+/gu
  let found: RegExpExecArray | null
  let total = 0
  while ((found = word.exec(sample))) {
    total++
    const lower = found[0].toLowerCase()
    for (const language of languages) if (functionWords[language]?.has(lower)) counts.set(language, counts.get(language)! + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  if (ranked[0][1] >= 2 && ranked[0][1] > 1.5 * ranked[1][1]) return ranked[0][0]
  if (total < 30) return undefined
  const only = Object.entries(codes).filter(([, code]) => languages.includes(code)).map(([iso]) => iso)
  const [first, second] = francAll(sample, {only, minLength: 10})
  return first && second && first[1] - second[1] >= 0.1 ? codes[first[0]] : undefined
}
