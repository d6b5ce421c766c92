import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parsedSentenceRanges, sentenceRanges} from '../dist/sentences.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

// One-sentence prose skips the parser; the answer must be the parser's, for any text.
describe('sentence ranges without the parser', () => {
  const samples = [
    'The report names the offence plainly.',
    '  Leading and trailing spaces  ',
    '\uFEFFA byte order mark is not white space to the parser',
    'Quoted ending, "like this."',
    'An ellipsis at the end…',
    'Two sentences. Here is the second.',
    'Brackets close it (see above).)',
    'e.g. an abbreviation first',
    'No punctuation at all',
    'Non-breaking\u00A0space inside\u00A0',
    'A line\nbreak inside',
    '   ',
    ''
  ]
  const documents = ['README.md', 'docs/rules.md', 'examples/draft.md'].flatMap((name) => {
    const text = fs.readFileSync(path.join(root, name), 'utf8')
    return [...text.split(/\n\s*\n/), ...text.split('\n')]
  })
  it.each(['en', 'fr'])('gives the parser’s ranges (%s)', (language) => {
    for (const text of [...samples, ...documents]) expect([text, sentenceRanges(text, language)]).toEqual([text, parsedSentenceRanges(text, language)])
  })
})
