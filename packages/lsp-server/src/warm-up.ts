/**
 * A small document the lint worker checks once when it starts, so compiling the terms and the
 * first run of each step are paid before the editor opens a document, not while a user waits.
 * It has a finding of each kind of context (use, quote, citation) in each language with terms.
 */
export const warmUpText = [
  '---',
  'title: Warm-up',
  '---',
  '',
  '# Child pornography in the news',
  '',
  'Police said the man shared child pornography and paid a child prostitute.',
  '',
  '- The report called it "kiddie porn".',
  '- See the Optional Protocol on the sale of children, child prostitution and child pornography.',
  '',
  '> The judge spoke of a 15-year-old prostitute.',
  '',
  'La police a saisi de la pédopornographie. La policía encontró pornografía infantil.',
  '',
  '```',
  'child porn in code is not prose',
  '```',
  ''
].join('\n')
