// The sample bill used across the DOCX tests: headings, a numbered list, runs split mid-term, a
// table, a footnote, an endnote, a text box, tracked changes and a comment.
import {footnote, footnoteReference, makeDocx, p, r, table, textBox} from './docx.js'

export const numbering =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'

const sectionHeading = (text: string) => p(text, 'Heading1', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
const item = (content: string | string[]) => p(content, undefined, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')

export const sampleBody = [
  p('Online Safety Bill', 'Title'),
  sectionHeading('Purpose'),
  p(['This Act protects children from sexual exploitation.', footnoteReference(1)]),
  sectionHeading('Offences'),
  sectionHeading('Definitions'),
  item('“child” means a person under 18;'),
  // "child pornography" split in the middle of a word, with formatting on the second run.
  item([r('a person who possesses child porn'), r('ography', '<w:i/>'), r(' commits an offence;')]),
  item(['Tab\tand ', '<w:r><w:t>child</w:t><w:br/><w:t>prostitute</w:t></w:r>', r(' are old words.')]),
  p('Transitional matters', 'Heading2'),
  p(['Some ', '<w:r><w:t>child-</w:t><w:t>sex</w:t><w:noBreakHyphen/><w:t>tourism</w:t></w:r>', ' was reported.']),
  p(['A soft hyphen: child porno\u00ADgraphy here.']),
  p(['Deleted: ', '<w:del w:id="90" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>child pornography</w:delText></w:r></w:del>', 'nothing here.']),
  p(['Inserted: ', '<w:ins w:id="91" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:t>child prostitution</w:t></w:r></w:ins>', ' is found.']),
  table([
    ['Old term', 'New term'],
    ['child sex tourism', 'sexual exploitation of children in travel and tourism']
  ]),
  p(['Anchor of a box.', textBox('The box says child pornography too.')]),
  p(['See the endnote.', '<w:r><w:endnoteReference w:id="1"/></w:r>'])
].join('')

export const sampleFootnotes = footnote(1, 'Formerly the child pornography statute of 1990.')
export const sampleEndnotes = '<w:endnote w:id="1"><w:p><w:r><w:t>Reports of child sex tourism rose.</w:t></w:r></w:p></w:endnote>'
export const sampleComments = '<w:comment w:id="0" w:author="Bob" w:date="2024-01-01T00:00:00Z" w:initials="B"><w:p><w:r><w:t>Is child pornography right here?</w:t></w:r></w:p></w:comment>'

export function sampleDocx(extra: {lang?: string} = {}): Uint8Array {
  return makeDocx({body: sampleBody, footnotes: sampleFootnotes, endnotes: sampleEndnotes, comments: sampleComments, numbering, lang: extra.lang ?? 'en-GB'})
}
