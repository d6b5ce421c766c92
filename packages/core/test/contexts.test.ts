import {describe, expect, it} from 'vitest'
import {lint, type LintOptions} from '@luxlint/core'

type Expected = Array<[ruleId: string, context: string, severity?: string]>
const found = (text: string, options: LintOptions = {}): Expected =>
  lint(text, {format: 'text', ...options}).map((m) => [m.ruleId, m.context, m.severity])

// Short sentences written for these tests: each context rule, both ways.
describe('citations', () => {
  it.each<[string, Expected]>([
    ['The country ratified the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography in 2002.', [['child-prostitution', 'citation', 'info'], ['child-pornography', 'citation', 'info']]],
    ['She reported to the mandate on the sale of children, child prostitution and child pornography.', [['child-prostitution', 'citation', 'info'], ['child-pornography', 'citation', 'info']]],
    ['Article 20 of the Lanzarote Convention covers offences concerning child pornography.', [['child-pornography', 'citation', 'info']]],
    ['He was convicted of possessing child pornography under 18 U.S.C. § 2252A.', [['child-pornography', 'citation', 'info']]],
    ['He was charged with two counts of distributing child pornography.', [['child-pornography', 'citation', 'info']]],
    ['The court applied the Child Pornography Prevention Act of 1996 (CPPA).', [['child-pornography', 'citation', 'info']]],
    ['The material is legally referred to as child pornography in that state.', [['child-pornography', 'citation', 'info']]],
    ['Section 163.1 of the Criminal Code defines child pornography broadly.', [['child-pornography', 'citation', 'info']]],
    ['ECPAT (End Child Prostitution in Asian Tourism) started as a campaign.', [['child-prostitution', 'citation', 'info']]]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a title in other letter case is the title still', () => {
    const title = 'The country ratified the optional protocol to the convention on the rights of the child on the sale of children, child prostitution and child pornography in 2002.'
    expect(found(title)).toEqual([['child-prostitution', 'citation', 'info'], ['child-pornography', 'citation', 'info']])
    expect(found(title.toUpperCase())).toEqual([['child-prostitution', 'citation', 'info'], ['child-pornography', 'citation', 'info']])
  })
  it('reused wording without a cue is the author’s own voice', () => {
    expect(found('The NGO tackles the sale of children, child prostitution and child pornography in the region.')).toEqual([
      ['child-prostitution', 'use', 'warning'],
      ['child-pornography', 'use', 'warning']
    ])
  })
  it('a report about a topic is not a title', () => {
    expect(found('Police published a report on child pornography on the internet.')).toEqual([['child-pornography', 'use', 'warning']])
  })
  it('a name in Title Case that is not in the gazetteer is a citation; the same words in lower case are not', () => {
    expect(found('Parliament debated the Kiddie Porn Prevention Act last year.')).toEqual([['child-pornography', 'citation', 'info']])
    expect(found('Officers said the\tChild Prostitution Unit had closed.')).toEqual([['child-prostitution', 'citation', 'info']])
    expect(found('Parliament debated the Anti-Kiddie Porn Act last year.')).toEqual([['child-pornography', 'citation', 'info']])
    expect(found('Parliament debated the kiddie porn prevention act last year.')).toEqual([['child-pornography', 'use', 'warning']])
  })
  it('a Title Case headline is not a name', () => {
    expect(found('Police Arrest Teacher Over Child Pornography Found On Laptop')).toEqual([['child-pornography', 'use', 'warning']])
  })
  it('explains the citation and links the title', () => {
    const [m] = lint('The Special Rapporteur on the sale of children, child prostitution and child pornography visited in May.', {format: 'text'})
    expect(m.context).toBe('citation')
    expect(m.reason).toMatch(/^Allowed: title of the UN Special Rapporteur/)
    expect(m.citation).toMatchObject({id: 'sr-sale-of-children-1990', url: expect.stringMatching(/^https:\/\//)})
  })
})

describe('statute text', () => {
  it.each<[string, Expected]>([
    ['b) El que produjere o vendiere pornografía infantil por cualquier medio.', [['child-pornography-es', 'citation', 'info']]],
    ['Quien poseyere pornografía infantil para su uso será castigado con la pena de prisión de tres meses a un año.', [['child-pornography-es', 'citation', 'info']]],
    ['Serán castigados con prisión de seis meses los que difundan pornografía infantil.', [['child-pornography-es', 'citation', 'info']]],
    ['A los efectos de este Título se considera pornografía infantil todo material que represente a un menor.', [['child-pornography-es', 'citation', 'info']]],
    ["Le fait de détenir une image pédopornographique est puni de cinq ans d'emprisonnement.", [['child-pornographic-fr', 'citation', 'info']]],
    ['Est puni des mêmes peines le fait de diffuser de la pornographie enfantine.', [['child-pornography-fr', 'citation', 'info']]],
    ['Au sens du présent article, la pornographie enfantine désigne tout matériel représentant un mineur.', [['child-pornography-fr', 'citation', 'info']]],
    ['Whoever knowingly possesses child pornography shall be fined under this title.', [['child-pornography', 'citation', 'info']]],
    ['For the purposes of this chapter, child pornography means any visual depiction of a minor.', [['child-pornography', 'citation', 'info']]],
    ['A los efectos de este artículo se considera pornografía infantil todo material que represente a un menor.', [['child-pornography-es', 'citation', 'info']]],
    ['Será reprimido con prisión de seis meses a cuatro años el que produjere pornografía infantil.', [['child-pornography-es', 'citation', 'info']]],
    ['A quien distribuya pornografía infantil se le impondrá pena de siete a doce años de prisión.', [['child-pornography-es', 'citation', 'info']]],
    ["Sera puni de la réclusion quiconque aura produit du matériel pédopornographique.", [['child-pornographic-fr', 'citation', 'info']]]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('names the formula it recognised', () => {
    const [m] = lint('b) El que produjere o vendiere pornografía infantil.', {format: 'text'})
    expect(m.contextReason).toBe('statute text (“El que produjere”)')
  })
  it.each<[string, Expected]>([
    // The present tense, not the future subjunctive of a code.
    ['El que quiere combatir la pornografía infantil debe financiar las líneas de denuncia.', [['child-pornography-es', 'use', 'suggestion']]],
    ['Quien consume pornografía infantil alimenta el abuso.', [['child-pornography-es', 'use', 'suggestion']]],
    // "Le fait de" alone opens ordinary sentences too; a penalty must follow.
    ['Le fait de parler de pédopornographie reste tabou dans les familles.', [['child-pornography-fr', 'use', 'warning']]],
    ['The police say child pornography shall be their priority this year.', [['child-pornography', 'use', 'warning']]],
    // A report's own chapter is not a statute.
    ['For the purposes of this chapter, child pornography covers drawings too.', [['child-pornography', 'use', 'warning']]],
    ['A los efectos de este capítulo, usamos pornografía infantil como lo hace la fuente.', [['child-pornography-es', 'use', 'suggestion']]]
  ])('own words: %s', (text, expected) => expect(found(text)).toEqual(expected))
})

describe('mentions', () => {
  it.each<[string, Expected]>([
    ['We no longer use the term “child pornography” in our reports.', [['child-pornography', 'mention', 'info']]],
    ['The misleading term child porn hides the abuse.', [['child-pornography', 'mention', 'info']]],
    ['So-called child sex tourism is a crime, not a holiday.', [['child-sex-tourism', 'mention', 'info']]],
    ['Words like “child prostitute” or “child sex worker” blame the victim.', [['child-prostitute', 'mention', 'info'], ['child-sex-worker', 'mention', 'info']]],
    ['Children cannot be “prostitutes”.', [['prostitute-child-context', 'mention', 'info']]],
    ['Child pornography is the legal term, but it is misleading.', [['child-pornography', 'mention', 'info']]],
    ['Myth: a 15-year-old can be a prostitute.', [['prostitute-child-context', 'mention', 'info']]],
    ['Child pornography: a term still used in many laws.', [['child-pornography', 'mention', 'info']]]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a cue before another word does not reach a later use', () => {
    expect(found('The term “kiddie porn” is slang for child pornography.')).toEqual([
      ['child-pornography', 'mention', 'info'],
      ['child-pornography', 'use', 'warning']
    ])
  })
  it.each<[string, Expected]>([
    // Several names of one subject, in French and Spanish.
    ["La prostitution enfantine ou encore prostitution infantile est l'exploitation d'un enfant contre rémunération.", [['child-prostitution-fr', 'mention', 'info'], ['child-prostitution-fr', 'mention', 'info']]],
    ['La pédopornographie, ou encore pornographie infantile, désigne des images d’abus.', [['child-pornography-fr', 'mention', 'info'], ['child-pornography-fr', 'mention', 'info']]],
    ['La prostitución infantil, prostitución juvenil o también prostitución de menores es la explotación de un niño.', [['child-prostitution-es', 'mention', 'info'], ['child-prostitution-es', 'mention', 'info'], ['child-prostitution-es', 'mention', 'info']]],
    // A list after a naming cue, with "ou"/"o" between the items.
    ["L'exploitation des enfants, aussi appelée prostitution enfantine ou prostitution juvénile, est un crime.", [['child-prostitution-fr', 'mention', 'info'], ['child-prostitution-fr', 'mention', 'info']]],
    ['La explotación sexual, también llamada prostitución infantil o prostitución juvenil, es un delito.', [['child-prostitution-es', 'mention', 'info'], ['child-prostitution-es', 'mention', 'info']]]
  ])('names: %s', (text, expected) => expect(found(text)).toEqual(expected))
  it.each<[string, Expected]>([
    // Different crimes, each with its article: the author's own words.
    ['La traite, la prostitution enfantine ou encore le travail forcé sont en hausse.', [['child-prostitution-fr', 'use', 'warning']]],
    ['El tráfico de drogas, la prostitución infantil o también el contrabando es un negocio.', [['child-prostitution-es', 'use', 'suggestion']]],
    // No definition follows the list.
    ['Le tourisme sexuel impliquant des enfants ou encore prostitution enfantine est en hausse.', [['child-sex-tourism-fr', 'use', 'warning'], ['child-prostitution-fr', 'use', 'warning']]]
  ])('own words in a list: %s', (text, expected) => expect(found(text)).toEqual(expected))
  it('a table cell holding only the term is a row of a terms table', () => {
    const table = '| Avoid | Use instead |\n| --- | --- |\n| child pornography | child sexual abuse material |\n'
    expect(lint(table).map((m) => [m.ruleId, m.context])).toEqual([['child-pornography', 'mention']])
  })
  // A sentence without full stops: the cue is found at the end of hundreds of characters before the
  // term (only the last few hundred are read for it), and a term far after a cue is used, not named.
  it('a cue right before the term at the end of a long sentence', () => {
    const long = 'the committee met on Tuesday and again on Friday and heard from the district staff and '.repeat(8)
    expect(found(`${long}what was called child pornography then, and ${long}`)).toEqual([['child-pornography', 'mention', 'info']])
    expect(found(`${long}so-called ${long}child pornography was found on the laptop`)).toEqual([['child-pornography', 'use', 'warning']])
    expect(found(`${long}police found kiddie porn or child porn`)).toEqual([['child-pornography', 'use', 'warning'], ['child-pornography', 'use', 'warning']])
    expect(found(`${long}the terms kiddie porn, or child porn`)).toEqual([['child-pornography', 'mention', 'info'], ['child-pornography', 'mention', 'info']])
  })
  it('a glossary entry in an HTML definition list', () => {
    const html = '<dl><dt>Child prostitution</dt><dd>An outdated legal term.</dd></dl>'
    expect(lint(html, {format: 'html'}).map((m) => [m.ruleId, m.context])).toEqual([['child-prostitution', 'mention']])
  })
})

describe('quotations', () => {
  it.each<[string, Expected]>([
    ['“He ran a child prostitution ring for years,” the prosecutor said.', [['child-prostitution', 'quote', 'info']]],
    ['The judge wrote that the images were “clearly child pornography of the worst kind”.', [['child-pornography', 'quote', 'info']]]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('block quotes in Markdown and HTML', () => {
    expect(lint('> The defendant collected child pornography.\n').map((m) => m.context)).toEqual(['quote'])
    expect(lint('<blockquote><p>He sold child porn.</p></blockquote>', {format: 'html'}).map((m) => m.context)).toEqual(['quote'])
    expect(lint('<p>She said <q>it was child porn</q> online.</p>', {format: 'html'}).map((m) => m.context)).toEqual(['quote'])
  })
  it('indirect speech is the author’s voice', () => {
    expect(found('The prosecutor said he ran a child prostitution ring.')).toEqual([['child-prostitution', 'use', 'warning']])
  })
  it('quotes are never fixed', () => {
    const [m] = lint('“It was child pornography,” she said.', {format: 'text'})
    expect(m.fix).toBeUndefined()
  })
})

describe('conditions', () => {
  it.each<[string, Expected]>([
    ['The 16-year-old was described in court as a prostitute.', [['prostitute-child-context', 'use', 'warning']]],
    ['She was only 15. Officers found her working as a prostitute.', [['prostitute-child-context', 'use', 'warning']]],
    ['Girls under 18 were advertised as sex workers online.', [['sex-worker-child-context', 'use', 'warning']]],
    ['The 14-year-old girl said the contact was consensual.', [['consent-child-context', 'use', 'suggestion']]]
  ])('fires about children: %s', (text, expected) => expect(found(text)).toEqual(expected))

  it.each([
    'The union represents sex workers in Amsterdam.',
    'Adult prostitutes warned police about the missing girl.',
    'The dog grooming salon opened on Main Street.',
    'The exploitation of a vulnerability in the software let attackers in.',
    'Child labour remains common in the mines.',
    'The sex of the child was recorded at birth.',
    'He was jailed for drug trafficking.',
    'The film is adult pornography and legal to sell.',
    'Both partners, aged 34 and 36, said the relationship was consensual.',
    'The bank thanked its clients for their patience.'
  ])('stays silent: %s', (text) => expect(found(text)).toEqual([]))
})

describe('profiles and policy', () => {
  const citation = 'Article 20 of the Lanzarote Convention covers offences concerning child pornography.'
  const quote = '“He ran a child prostitution ring,” the prosecutor said.'
  it('legal: citations silent, own words errors', () => {
    expect(found(citation, {profile: 'legal'})).toEqual([])
    expect(found('They seized child pornography.', {profile: 'legal'})).toEqual([['child-pornography', 'use', 'error']])
  })
  it('advocacy: quotations are warnings', () => {
    expect(found(quote, {profile: 'advocacy'})).toEqual([['child-prostitution', 'quote', 'warning']])
  })
  it('journalism: headlines and alt text one step stricter', () => {
    const md = '# Police find child porn\n\nPolice found child porn.\n\n![child porn on a laptop](x.png)\n'
    expect(lint(md, {profile: 'journalism'}).map((m) => m.severity)).toEqual(['error', 'warning', 'error'])
  })
  it('journalism: front matter titles and descriptions count as headlines', () => {
    const md = '---\ntitle: "Police find child porn"\ndescription: A child porn ring in the port\ntags: [child porn]\n---\n\nText.\n'
    expect(lint(md, {profile: 'journalism'}).map((m) => [m.line, m.severity])).toEqual([[2, 'error'], [3, 'error']])
    const [m] = lint(md)
    expect(md.slice(m.offset, m.endOffset)).toBe('child porn')
  })
  it('a config can override one cell of the policy table', () => {
    expect(found(quote, {policy: {avoid: {quote: 'warning'}}})).toEqual([['child-prostitution', 'quote', 'warning']])
  })
  it('a rule can be turned off or made stricter', () => {
    expect(found('They seized child pornography.', {rules: {'child-pornography': 'off'}})).toEqual([])
    expect(found('They seized child pornography.', {rules: {'child-pornography': 'error'}})).toEqual([['child-pornography', 'use', 'error']])
  })
  it('allowed phrases are never reported', () => {
    expect(found('The Child Porn Task Force met.', {allow: ['Child Porn Task Force']})).toEqual([])
    // The same matcher as the terms: case, hyphens and line breaks alike.
    expect(found('The child-porn task\nforce met.', {allow: ['Child Porn Task Force']})).toEqual([])
  })
})
