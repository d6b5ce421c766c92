import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {parsedSentenceRanges, SentenceFinder, sentenceRanges} from '../dist/sentences.js'

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

// A long segment with few terms is parsed in windows around them: each term must get the
// sentence (and the one before it) that parsing the whole segment gives it.
describe('sentences of a long segment, parsed around its terms', () => {
  const sentences = [
    'The committee met on Tuesday.',
    'Sec. 3. Definitions apply to this part, e.g. the term minor.',
    'Mr. Smith, of the U.S. Department of Justice, testified under 18 U.S.C. § 2252A.',
    'Was it enough?',
    'She said: “We will act.”',
    'The fund (No. 5) pays for shelters, schools and clinics!',
    'Police found material on the laptop in district 9',
    'a line that starts in lower case and runs on',
    'Le comité a siégé, p. ex. le lundi.',
    'El comité se reunió el lunes… y el martes.',
    '(See above.)',
    'i.e. the same',
    // A sentence far longer than what the analysis reads of it.
    `The hearing went on ${'and on with witness after witness '.repeat(50)}until late.`
  ]
  const separators = [' ', '\n', '  ', ' \n']
  const longText = fc
    .array(fc.tuple(fc.constantFrom(...sentences), fc.constantFrom(...separators)), {minLength: 1000, maxLength: 2000})
    .map((parts) => parts.map(([sentence, separator]) => sentence + separator).join(''))

  it('gives each term the sentence that a parse of the whole segment gives', () => {
    fc.assert(
      fc.property(longText, fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 1, maxLength: 4}), fc.constantFrom('en', 'fr'), (text, places, language) => {
        // Terms start at word starts, as the matcher's hits do.
        const wordStarts = [...text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index)
        const starts = places.map((place) => wordStarts[Math.floor(place * (wordStarts.length - 1))])
        const windowed = new SentenceFinder(text, language, starts)
        // Terms every 1,000 characters leave nothing out: the whole segment is parsed.
        const whole = new SentenceFinder(text, language, Array.from({length: Math.ceil(text.length / 1000)}, (_, i) => i * 1000))
        for (const start of starts) expect(windowed.around(start, start + 5)).toEqual(whole.around(start, start + 5))
      }),
      {numRuns: 15, endOnFailure: true}
    )
  })
})
