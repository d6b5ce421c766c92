// A three-page report for the PDF tests: a running head that itself holds a term (it must be
// ignored), page numbers, a word broken by a hyphen at a line end, a real compound broken the
// same way, and terms on later pages under headings (exported as PDF bookmarks).
import {makeDocx, p, r} from './docx.js'

const pageBreak = p('<w:r><w:br w:type="page"/></w:r>')
const lineBreak = '<w:r><w:br/></w:r>'

export function reportDocx(): Uint8Array {
  const body = [
    p('Annual report', 'Heading1'),
    p('Our helpline answered more calls this year than ever before, and most of them came from parents.'),
    p([r('Analysts removed child por-'), lineBreak, r('nography from 312 websites, including computer-'), lineBreak, r('generated images.')]),
    p('We thank our volunteers.'),
    pageBreak,
    p('Findings', 'Heading1'),
    p('Case work', 'Heading2'),
    p('Investigators described the trade as child sex tourism in two coastal towns.'),
    pageBreak,
    p('Outlook', 'Heading1'),
    p('Next year we will train judges on the needs of children exploited in prostitution.'),
    p('One court still spoke of child prostitution in its ruling.')
  ].join('')
  return makeDocx({
    body,
    header: p('Fighting child pornography online — report 2025'),
    footer: p(['Page ', '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>']),
    lang: 'en-GB'
  })
}
