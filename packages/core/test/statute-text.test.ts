import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {definitions, mayHoldFormula, penalty} from '../dist/statute-text.js'

// The keyword check only spares the two large patterns work: whenever either pattern matches a
// sentence, the check must have let it through, whatever the case and spelling of its letters.
describe('statute formulas: the keyword pre-check', () => {
  const formulas = [
    'shall be fined under this title',
    'shall be imprisoned not more than 10 years',
    'est puni de cinq ans d’emprisonnement',
    'sont punies des mêmes peines',
    "cinq ans d'emprisonnement et de 75 000 euros d'amende",
    "coupable d'un acte criminel",
    'será castigado con la pena de prisión',
    'serán reprimidos con prisión',
    'se le impondrá la pena de',
    'incurrirá en prisión',
    'For the purposes of this Title',
    'for the purposes of this section, the term minor means',
    'au sens du présent article',
    'aux fins de la présente loi',
    "pour l'application du présent chapitre",
    'a los efectos de este Título',
    'A efectos de este artículo se considerará',
    'a los efectos del presente capítulo'
  ]

  it('every sample is a formula, and passes the check', () => {
    for (const formula of formulas) {
      expect(penalty.test(formula) || definitions.test(formula), formula).toBe(true)
      expect(mayHoldFormula(formula), formula).toBe(true)
    }
  })

  // Letters in any case, s and k sometimes written as ſ and the Kelvin sign (which match them when
  // case is ignored), amid other words.
  const respelled = (text: string, choices: number[]) =>
    [...text]
      .map((character, i) => {
        const choice = choices[i % choices.length]
        if (choice === 0 && character === 's') return '\u017f'
        if (choice === 1 && character === 'k') return '\u212a'
        return choice % 2 ? character.toUpperCase() : character.toLowerCase()
      })
      .join('')

  it('never stops a sentence that a pattern matches', () => {
    fc.assert(
      fc.property(fc.constantFrom(...formulas), fc.array(fc.integer({min: 0, max: 5}), {minLength: 1, maxLength: 30}), fc.string(), fc.string(), (formula, choices, before, after) => {
        const sentence = `${before} ${respelled(formula, choices)} ${after}`
        if (penalty.test(sentence) || definitions.test(sentence)) expect(mayHoldFormula(sentence)).toBe(true)
      }),
      {numRuns: 2000}
    )
  })

  it('stops ordinary prose', () => {
    expect(mayHoldFormula('Police found abuse material on the laptop of a suspect in the district.')).toBe(false)
  })
})
