import type {TermRecord} from '@luxlint/core'

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Rules whose id, phrases, alternatives or explanation hold every word of the query. */
export function searchRules(rules: readonly TermRecord[], query: string): TermRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...rules]
  return rules.filter((rule) => {
    const haystack = fold([rule.id, ...rule.aliases, ...rule.forms, ...rule.alternatives, rule.explanation, rule.language].join(' \u0000 '))
    return words.every((word) => haystack.includes(word))
  })
}
