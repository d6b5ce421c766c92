/** Sentence templates: the same phrase in the positions a matcher most often gets wrong. */
export const templates = [
  {id: 'plain', render: (p) => `Investigators said the case involved ${p} and other offences.`},
  {id: 'capitalised', render: (p) => `${p[0].toUpperCase()}${p.slice(1)} was the main subject of the hearing on Tuesday.`},
  {id: 'quoted', render: (p) => `The headline on the front page called it "${p}" again.`},
  {id: 'comma', render: (p) => `After the reports about ${p}, the agency changed its policy.`}
]

/** Insert each sentence as its own paragraph before the line starting at its offset. */
export function insertParagraphs(text, insertions) {
  const sorted = [...insertions].sort((a, b) => b.offset - a.offset)
  let out = text
  for (const {offset, sentence} of sorted) out = `${out.slice(0, offset)}${sentence}\n\n${out.slice(offset)}`
  return out
}
