// Random documents for the property tests and `pnpm fuzz`: hostile Unicode, Markdown and HTML
// with the discouraged phrases of every rule mixed in, so the matcher, the fixer and the
// position code are all exercised on the same inputs.
import fc from 'fast-check'

/** Every phrase form of every rule (from the term data, not a hand-made list). */
export function phraseForms(rules) {
  const forms = new Set()
  for (const rule of rules) for (const form of rule.forms) forms.add(form)
  return [...forms].sort()
}

// Code points chosen because they break naive code: astral characters and ZWJ emoji (two UTF-16
// units), combining marks, right-to-left text and overrides, NUL and other controls, lone
// surrogates, the BOM in mid-text, every kind of line break and space.
const awkward = [
  '😀', '👩‍👧', '🏳️‍🌈', '𝐀', '𠀋', '\u0301', 'e\u0301', '\u0308\u0308\u0308', 'ﬁ',
  'שלום', 'مرحبا', '\u202E', '\u200F', '\u2066', '\u0000', '\u0007', '\u001B[31m',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFEFF', '\u200B', '\u00AD', '\u00A0', '\u2028', '\u2029',
  '\r', '\n', '\r\n', '\t', '  ', 'İ', 'ß', 'ǅ', 'Ⅻ', '…', '“', '”', '‘', '’', '—', '-', '*', '_', '`'
]

/** A phrase as a writer might type it: case changed, words joined by odd spaces, hyphens or a line break. */
export function phraseArb(forms) {
  return fc
    .tuple(
      fc.constantFrom(...forms),
      fc.constantFrom('same', 'upper', 'title', 'capital'),
      fc.constantFrom(' ', ' ', ' ', '\u00A0', '\n', '\r\n', '-', '  ', '\t')
    )
    .map(([form, casing, space]) => {
      let text = form
      if (casing === 'upper') text = text.toUpperCase()
      else if (casing === 'title') text = text.replace(/(^|\s)(\p{Ll})/gu, (_, b, l) => b + l.toUpperCase())
      else if (casing === 'capital') text = text.charAt(0).toUpperCase() + text.slice(1)
      return text.replace(/ /g, () => space)
    })
}

/** A phrase with markup between or around its words: `child *porn*`, `child <b>porn</b>`, `child <!-- x --> porn`. */
export function markedPhraseArb(forms, markups) {
  return fc
    .tuple(fc.constantFrom(...forms.filter((f) => f.includes(' '))), fc.constantFrom(...markups), fc.nat())
    .map(([form, [open, close], at]) => {
      const words = form.split(' ')
      const i = 1 + (at % (words.length - 1))
      return `${words.slice(0, i).join(' ')} ${open}${words.slice(i).join(' ')}${close}`
    })
}

const markdownMarkups = [['*', '*'], ['**', '**'], ['_', '_'], ['`', '`'], ['<b>', '</b>'], ['<!-- x --> ', ''], ['[', '](https://example.org)'], ['\\', '']]
const htmlMarkups = [['<b>', '</b>'], ['<em>', '</em>'], ['<!-- x --> ', ''], ['<a href="x">', '</a>'], ['<br>', '']]

const word = fc.constantFrom('the', 'a', 'an', 'police', 'found', 'said', 'was', 'It', 'We', 'report', 'children', 'of', 'in', '2016', 'OK')

/** A run of inline text: words, phrases, random Unicode and awkward fragments. */
export function inlineArb(forms, {maxLength = 12} = {}) {
  return fc
    .array(
      fc.oneof(
        {weight: 4, arbitrary: word},
        {weight: 3, arbitrary: phraseArb(forms)},
        {weight: 2, arbitrary: fc.constantFrom(...awkward)},
        {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
        {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
        {weight: 1, arbitrary: fc.constantFrom('.', ',', '!', '?', ':', ';', '"', "'", '(', ')', '[', ']')}
      ),
      {maxLength}
    )
    .chain((parts) => fc.array(fc.constantFrom(' ', '', ' ', '\u00A0'), {minLength: parts.length, maxLength: parts.length}).map((seps) => parts.map((p, i) => p + seps[i]).join('')))
}

/** Any text: the plain-text format and a stress test for the others. */
export function unicodeTextArb(forms) {
  return fc.array(fc.oneof(inlineArb(forms), fc.constantFrom('\n', '\r\n', '\r', '\n\n')), {maxLength: 8}).map((parts) => parts.join(''))
}

function markdownInlineArb(forms) {
  const inline = inlineArb(forms, {maxLength: 6})
  return fc.oneof(
    {weight: 4, arbitrary: inline},
    {weight: 2, arbitrary: markedPhraseArb(forms, markdownMarkups)},
    {weight: 1, arbitrary: inline.map((t) => `*${t}*`)},
    {weight: 1, arbitrary: inline.map((t) => `**${t}**`)},
    {weight: 1, arbitrary: inline.map((t) => '`' + t.replace(/`/g, '') + '`')},
    {weight: 1, arbitrary: fc.tuple(inline, inline).map(([a, b]) => `[${a}](https://example.org/${b.replace(/[\s()<>]/g, "")} "${b.replace(/"/g, '')}")`)},
    {weight: 1, arbitrary: inline.map((t) => `<span title="${t.replace(/"/g, '')}">${t}</span>`)},
    {weight: 1, arbitrary: inline.map((t) => `![${t}](img.png)`)},
    {weight: 1, arbitrary: fc.constantFrom('<!-- luxlint-disable-next-line child-pornography -- quoted -->', '<!-- luxlint-disable -->', '<!-- luxlint-enable -->', '<!-- luxlint-disable no-such-rule -- x -->')}
  )
}

/** A Markdown document: headings, lists (nested), fences, block quotes, tables, HTML, front matter. */
export function markdownArb(forms) {
  const inline = fc.array(markdownInlineArb(forms), {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
  const block = fc.oneof(
    {weight: 3, arbitrary: inline},
    {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 7}), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`)},
    {weight: 1, arbitrary: inline.map((t) => `${t}\n${'='.repeat(3)}`)},
    {weight: 2, arbitrary: fc.array(fc.tuple(fc.integer({min: 0, max: 4}), fc.constantFrom('-', '*', '1.', '+'), inline), {minLength: 1, maxLength: 4}).map((items) => items.map(([d, m, t]) => `${'  '.repeat(d)}${m} ${t}`).join('\n'))},
    {weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'md', 'js'), inline, fc.boolean()).map(([f, lang, t, closed]) => `${f}${lang}\n${t}\n${closed ? f : ''}`)},
    {weight: 1, arbitrary: inline.map((t) => `    ${t}`)},
    {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 5}), inline).map(([n, t]) => `${'> '.repeat(n)}${t}`)},
    {weight: 1, arbitrary: fc.array(inline, {minLength: 2, maxLength: 4}).map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '')).join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.map((c) => c.replace(/\|/g, '')).join(' | ')} |`)},
    {weight: 1, arbitrary: inline.map((t) => `<div>\n${t}\n</div>`)},
    {weight: 1, arbitrary: inline.map((t) => `<!-- ${t} -->`)},
    {weight: 1, arbitrary: fc.constantFrom('---', '***', '[ref]: https://example.org', '<br>', '\\', '&amp; &#x1F600; &nbsp;')}
  )
  return fc
    .tuple(
      fc.option(inline.map((t) => `---\ntitle: "${t.replace(/["\\\n\r]/g, '')}"\n---\n`), {nil: ''}),
      fc.array(block, {maxLength: 8}),
      fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\n'),
      fc.constantFrom('', '\n', '\r\n')
    )
    .map(([front, blocks, sep, end]) => front + blocks.join(sep) + end)
}

/** An HTML document or fragment: text in elements, attributes, script/style, comments, entities, broken tags. */
export function htmlArb(forms) {
  const inline = inlineArb(forms, {maxLength: 6})
  const node = fc.letrec((tie) => ({
    node: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      {weight: 4, arbitrary: inline.map((t) => t.replace(/[<&]/g, ' '))},
      {weight: 1, arbitrary: markedPhraseArb(forms, htmlMarkups)},
      {weight: 2, arbitrary: fc.tuple(fc.constantFrom('p', 'div', 'em', 'strong', 'span', 'li', 'h1', 'blockquote', 'q', 'cite', 'code', 'pre', 'td', 'a'), fc.array(tie('node'), {maxLength: 3}), inline).map(([tag, kids, attr]) => `<${tag} title="${attr.replace(/"/g, '')}">${kids.join('')}</${tag}>`)},
      {weight: 1, arbitrary: inline.map((t) => `<script>var s = "${t.replace(/[<"\\]/g, '')}"</script>`)},
      {weight: 1, arbitrary: inline.map((t) => `<style>/* ${t.replace(/[<*]/g, '')} */</style>`)},
      {weight: 1, arbitrary: inline.map((t) => `<!-- ${t.replace(/-->/g, '')} -->`)},
      {weight: 1, arbitrary: fc.constantFrom('&amp;', '&#x1F600;', '&#0;', '&nbsp;', '&bogus;', '<br>', '<p>', '</div>', '<', '<!doctype html>', '<img alt="child porn">', '<![CDATA[child porn]]>', '<!-- luxlint-disable-next-line child-pornography -- quoted -->')}
    )
  })).node
  return fc.tuple(fc.boolean(), fc.array(node, {maxLength: 6})).map(([full, nodes]) => (full ? `<!doctype html><html><head><title>t</title></head><body>${nodes.join('\n')}</body></html>` : nodes.join('\n')))
}

/** A document in a random format, with random options. */
export function documentArb(forms) {
  return fc.oneof(
    fc.record({format: fc.constant('text'), text: unicodeTextArb(forms)}),
    fc.record({format: fc.constant('markdown'), text: markdownArb(forms)}),
    fc.record({format: fc.constant('html'), text: htmlArb(forms)}),
    // Any format on any text: a .md file full of HTML, a .txt file full of Markdown.
    fc.record({format: fc.constantFrom('text', 'markdown', 'html'), text: fc.oneof(unicodeTextArb(forms), markdownArb(forms), htmlArb(forms))})
  ).chain((doc) =>
    fc.record({
      format: fc.constant(doc.format),
      text: fc.tuple(fc.constantFrom('', '', '\uFEFF'), fc.constant(doc.text)).map(([bom, t]) => bom + t),
      profile: fc.constantFrom('default', 'journalism', 'legal', 'advocacy')
    })
  )
}
