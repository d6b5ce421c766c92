import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {extractDocxText, lintDocx, lintOdt, lintPdf, writeReviewedDocx} from '../packages/documents/src/index.js'
import {makeDocx, p, r} from '../packages/documents/test/helpers/docx.js'
import {acceptedParagraphs} from '../packages/documents/test/helpers/fodt.js'
import {reportDocx} from '../packages/documents/test/helpers/pdf-sample.js'
import {sampleDocx} from '../packages/documents/test/helpers/sample.js'

// End to end with a real word processor: LibreOffice (Debian's libreoffice-writer, installed by
// .ci/setup.d/40-libreoffice.sh) opens luxlint's reviewed .docx and shows its tracked changes
// and comments, and makes the PDFs that lintPdf reads.
const has = (command: string) => spawnSync(command, ['--version'], {encoding: 'utf8'}).status === 0
const soffice = has('soffice')
const qpdf = has('qpdf')
const why = soffice ? '' : ' (skipped: soffice is not installed; .ci/setup.d/40-libreoffice.sh installs it)'

let dir = ''
function convert(file: string, format: string): string {
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', dir, file],
    {encoding: 'utf8', timeout: 120000}
  )
  const out = path.join(dir, path.basename(file).replace(/\.[^.]+$/, '.' + format))
  if (!fs.existsSync(out)) throw new Error(`soffice could not convert ${file}: ${result.stderr || result.stdout}`)
  return out
}

describe.skipIf(!soffice)(`documents in LibreOffice${why}`, () => {
  let reviewed: ReturnType<typeof writeReviewedDocx>
  let fodt = ''
  let pdf: Uint8Array
  let odt: Uint8Array
  let mixed: Uint8Array
  let mixedOdt: Uint8Array

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-documents-'))
    reviewed = writeReviewedDocx(sampleDocx(), {date: new Date('2026-01-02T03:04:05Z')})
    fs.writeFileSync(path.join(dir, 'reviewed.docx'), reviewed.output)
    fs.writeFileSync(path.join(dir, 'report.docx'), reportDocx())
    fs.writeFileSync(path.join(dir, 'sample.docx'), sampleDocx())
    fodt = fs.readFileSync(convert(path.join(dir, 'reviewed.docx'), 'fodt'), 'utf8')
    pdf = new Uint8Array(fs.readFileSync(convert(path.join(dir, 'report.docx'), 'pdf')))
    odt = new Uint8Array(fs.readFileSync(convert(path.join(dir, 'sample.docx'), 'odt')))
    // An English document with one short paragraph tagged French.
    mixed = makeDocx({
      body: [
        p('Police found child pornography on the laptop of the suspect, who was arrested on Monday evening.'),
        p(r('Pédopornographie : définition', '<w:lang w:val="fr-FR"/>')),
        p('The prosecutor said the investigation into the network would take several more months.')
      ].join(''),
      lang: 'en-US'
    })
    fs.writeFileSync(path.join(dir, 'mixed.docx'), mixed)
    mixedOdt = new Uint8Array(fs.readFileSync(convert(path.join(dir, 'mixed.docx'), 'odt')))
  }, 180000)

  afterAll(() => {
    if (dir) fs.rmSync(dir, {recursive: true, force: true})
  })

  it('opens the reviewed .docx with luxlint’s tracked changes and comments', () => {
    const changes = fodt.slice(fodt.indexOf('<text:tracked-changes'), fodt.indexOf('</text:tracked-changes>'))
    const ours = (kind: string) => (changes.match(new RegExp(`<text:${kind}>\\s*<office:change-info>\\s*<dc:creator>luxlint</dc:creator>`, 'g')) ?? []).length
    expect(ours('deletion')).toBe(reviewed.changes)
    expect(ours('insertion')).toBe(reviewed.changes)
    const annotations = fodt.match(/<office:annotation\b[^>]*>\s*<dc:creator>luxlint<\/dc:creator>/g) ?? []
    expect(annotations).toHaveLength(reviewed.comments)
    expect(fodt).toContain('Sources: ')
  })

  it('reads, once all changes are accepted, as the fixed text', () => {
    const expected = extractDocxText(reviewed.output).text.split('\n\n')
    expect(acceptedParagraphs(fodt).sort()).toEqual([...expected].sort())
    expect(acceptedParagraphs(fodt)).toContain('a person who possesses child sexual abuse material commits an offence;')
    expect(acceptedParagraphs(fodt).join('\n')).not.toMatch(/child pornography/)
    // And luxlint, reading the reviewed file back, has nothing left to fix.
    expect(lintDocx(reviewed.output).messages.filter((m) => m.fix?.safe)).toEqual([])
  })

  it('lints a PDF made by LibreOffice: pages, lines, bookmarks as headings, broken words joined, running heads ignored', async () => {
    const {messages, pages} = await lintPdf(pdf)
    expect(pages).toBe(3)
    expect(messages.map((m) => [m.actual, m.location.page, m.location.line, m.location.headingPath])).toEqual([
      ['child pornography', 1, 5, ['Annual report']],
      ['child sex tourism', 2, 4, ['Findings', 'Case work']],
      ['child prostitution', 3, 4, ['Outlook']]
    ])
    // The header "Fighting child pornography online" is on every page: not prose, not reported.
    expect(messages[0].location.snippet).toContain('Analysts removed child pornography from 312 websites')
  })

  it('finds in LibreOffice’s .odt of a Word file what it finds in the Word file', () => {
    const where = (m: {actual: string; location: {part: string; headingPath: string[]}}) => [m.location.part, m.actual.replace(/\s+/g, ' ')]
    expect(lintOdt(odt).messages.map(where)).toEqual(lintDocx(sampleDocx()).messages.map(where))
  })

  it('reads the languages LibreOffice writes into an .odt (fo:language) as lintDocx reads w:lang', () => {
    const found = (messages: Array<{ruleId: string; location: {paragraph: number}}>) => messages.map((m) => [m.ruleId, m.location.paragraph])
    expect(found(lintDocx(mixed).messages)).toEqual([
      ['child-pornography', 1],
      ['child-pornography-fr', 2]
    ])
    expect(found(lintOdt(mixedOdt).messages)).toEqual(found(lintDocx(mixed).messages))
  })

  it.skipIf(!qpdf)(`refuses a password-protected PDF, reads one that only restricts editing${qpdf ? '' : ' (skipped: qpdf is not installed)'}`, async () => {
    const plain = path.join(dir, 'plain.pdf')
    fs.writeFileSync(plain, pdf)
    const locked = path.join(dir, 'locked.pdf')
    const restricted = path.join(dir, 'restricted.pdf')
    expect(spawnSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]).status).toBe(0)
    expect(spawnSync('qpdf', ['--encrypt', '', 'owner', '256', '--modify=none', '--', plain, restricted]).status).toBe(0)
    await expect(lintPdf(new Uint8Array(fs.readFileSync(locked)))).rejects.toThrow(/^encrypted PDF: cannot read it without the password$/)
    expect((await lintPdf(new Uint8Array(fs.readFileSync(restricted)))).messages).toHaveLength(3)
  })
})
