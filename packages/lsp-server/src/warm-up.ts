import {LineDocument} from './line-document.js'
import {updateDocument} from './text-edits.js'

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
]
  .join('\n')
  .repeat(6)

/**
 * Keystrokes in a warm-up text: an `x` typed at a place and deleted again, at places spread
 * over the text, each with the length of the text after it.
 */
export function* warmUpEdits(text: string, count = 300): Generator<{edits: Array<{offset: number; endOffset: number; text: string}>; length: number}> {
  for (let i = 0; i < count; i++) {
    const at = (i * 7919) % text.length
    yield {edits: [{offset: at, endOffset: at, text: 'x'}], length: text.length + 1}
    yield {edits: [{offset: at, endOffset: at + 1, text: ''}], length: text.length}
  }
}

/** The same keystrokes on the server's side: applied to a document and turned into edits. */
export function warmUpDocument(): void {
  const document = new LineDocument('untitled:warm-up', 'markdown', 1, warmUpText)
  let version = 1
  for (const {edits} of warmUpEdits(warmUpText)) {
    const [{offset, endOffset, text}] = edits
    updateDocument(document, [{range: {start: document.positionAt(offset), end: document.positionAt(endOffset)}, text}], ++version)
  }
}
