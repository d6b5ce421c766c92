// Phrase forms: a lemma becomes its singular and plural; possessives need no form of their own
// because the matcher stops at an apostrophe.
const irregular = {child: 'children', man: 'men', woman: 'women', person: 'people', wife: 'wives'}

export function pluralize(phrase) {
  const words = phrase.split(' ')
  const last = words.pop()
  const lower = last.toLowerCase()
  let plural
  if (irregular[lower]) plural = irregular[lower]
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = last + 'es'
  else if (/[^aeiou]y$/.test(lower)) plural = last.slice(0, -1) + 'ies'
  else plural = last + 's'
  return [...words, plural].join(' ')
}

export function expandPhrase(phrase, _language) {
  if (typeof phrase === 'string') return [phrase.trim()]
  return [phrase.lemma.trim(), (phrase.plural || pluralize(phrase.lemma.trim())).trim()]
}
