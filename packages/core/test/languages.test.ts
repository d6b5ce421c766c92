import {describe, expect, it} from 'vitest'
import {IncrementalLinter, lint} from '@luxlint/core'

const found = (text: string, options = {}) => lint(text, {format: 'text', ...options}).map((m) => [m.ruleId, m.context])

describe('French and Spanish', () => {
  it('matches without accents and across elision', () => {
    expect(found('La police lutte contre la pedopornographie sur les réseaux.')).toEqual([['child-pornography-fr', 'use']])
    expect(found('La policía investiga la pornografia infantil en la red.')).toEqual([['child-pornography-es', 'use']])
  })

  it('speaks the document’s language', () => {
    const [fr] = lint('La police a saisi de la pédopornographie chez le suspect.', {format: 'text'})
    expect(fr.reason).toMatch(/^Évitez « pédopornographie » ; écrivez « matériel d'abus sexuel d'enfants »\. Les Lignes directrices de Luxembourg \(2016\)/)
    const [es] = lint('La policía encontró pornografía infantil en el ordenador del sospechoso.', {format: 'text'})
    expect(es.reason).toMatch(/^Considere «material de abuso sexual infantil» en lugar de «pornografía infantil» \(orientativo/)
  })

  it('chooses the language per paragraph in a mixed document', () => {
    const text = [
      'The police found child pornography on the laptop of the suspect, who was arrested on Monday.',
      'La police a trouvé de la pédopornographie sur l’ordinateur du suspect, qui a été arrêté lundi.',
      'La policía encontró pornografía infantil en el ordenador del sospechoso, que fue detenido el lunes.'
    ].join('\n\n')
    expect(found(text).map(([id]) => id)).toEqual(['child-pornography', 'child-pornography-fr', 'child-pornography-es'])
  })

  it('follows a declared language: config, front matter, HTML lang', () => {
    expect(found('Sextorsion.', {language: 'fr'})).toEqual([['sextortion-fr', 'use']])
    expect(lint('---\nlang: es\n---\n\nAlerta: sextorsión en la red.\n').map((m) => m.ruleId)).toEqual(['sextortion-es'])
    expect(lint('<html lang="fr"><body><p>Alerte : sextorsion.</p><p lang="es">Alerta: sextorsión.</p></body></html>', {format: 'html'}).map((m) => m.ruleId)).toEqual(['sextortion-fr', 'sextortion-es'])
  })

  it('recognises French and Spanish citations and quotations', () => {
    expect(found('El artículo 189 del Código Penal castiga la pornografía infantil.')).toEqual([['child-pornography-es', 'citation']])
    expect(found('« C’était de la pédopornographie », a déclaré le procureur lors de l’audience.')).toEqual([['child-pornography-fr', 'quote']])
    expect(found('Le terme « pédopornographie » est trompeur, disent les associations.')).toEqual([['child-pornography-fr', 'mention']])
  })
})

describe('languages declared per range (options.languages)', () => {
  // "Sextorsion" is a term in French only, "sextorsión" in Spanish only: the range decides.
  const text = 'Alerte : sextorsion.\n\nAlerta: sextorsión.\n\nAlert: sextortion.'
  const at = (needle: string, length = needle.length) => ({offset: text.indexOf(needle), endOffset: text.indexOf(needle) + length})

  it('reads each paragraph in the language of the range covering its start', () => {
    const languages = [
      {...at('Alerte : sextorsion.'), language: 'fr-FR'},
      {...at('Alerta: sextorsión.'), language: 'es'}
    ]
    expect(lint(text, {format: 'text', languages, language: 'en'}).map((m) => m.ruleId)).toEqual(['sextortion-fr', 'sextortion-es', 'sextortion'])
  })

  it('a range outranks the document language but not markup', () => {
    const html = '<p>Alerte : sextorsion.</p><p lang="fr">Alerte : sextorsion.</p>'
    const languages = [{offset: 0, endOffset: html.length, language: 'en'}]
    expect(lint(html, {format: 'html', languages, language: 'fr'}).map((m) => m.ruleId)).toEqual(['sextortion-fr'])
  })

  it('throws “Expected …” for misuse', () => {
    const check = (languages: unknown) => () => lint(text, {format: 'text', languages: languages as never})
    expect(check('fr')).toThrow('Expected options.languages to be a list of {offset, endOffset, language}, not string "fr"')
    expect(check([{offset: -1, endOffset: 4, language: 'fr'}])).toThrow('Expected options.languages[0].offset to be a non-negative integer, not number -1')
    expect(check([{offset: 4, endOffset: 2, language: 'fr'}])).toThrow('Expected options.languages[0].endOffset to be an integer at least offset (4), not number 2')
    expect(check([{offset: 0, endOffset: 2, language: 'French'}])).toThrow('Expected options.languages[0].language to be a language tag such as "fr" or "es-MX", not string "French"')
    expect(check([{offset: 10, endOffset: 20, language: 'fr'}, {offset: 5, endOffset: 8, language: 'es'}])).toThrow(
      'Expected options.languages[1] to start at or after the end of the range before it (20): ranges are sorted and do not overlap'
    )
    // Even where no term could match.
    expect(() => lint('Nothing to see here.', {languages: 'fr' as never})).toThrow('Expected options.languages to be a list')
  })

  it('the IncrementalLinter gives what lint() gives with ranges', () => {
    const languages = [{...at('Alerte : sextorsion.'), language: 'fr'}, {...at('Alerta: sextorsión.'), language: 'es'}]
    const options = {format: 'markdown' as const, languages, language: 'en'}
    expect(new IncrementalLinter(options).lint(text).map((m) => [m.ruleId, m.offset])).toEqual(lint(text, options).map((m) => [m.ruleId, m.offset]))
  })
})

describe('language detection by function words', () => {
  it('counts the longest function words, and words in any letter case', async () => {
    const {detectLanguage} = await import('../dist/language.js')
    expect(detectLanguage('También llegó, TAMBIÉN salió.', ['en', 'es', 'fr'])).toBe('es')
    expect(detectLanguage('Elles étaient AUSSI là, elles aussi.', ['en', 'es', 'fr'])).toBe('fr')
    // Equal counts for two languages decide nothing (a short text).
    expect(detectLanguage('la la', ['es', 'fr'])).toBeUndefined()
  })
})
