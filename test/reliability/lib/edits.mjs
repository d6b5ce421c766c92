// Random editing sessions for the language server: inserts, deletes, pastes of discouraged
// phrases, emoji and line breaks, applied to a local copy so the final text is known.
const pieces = ['😀', '👩‍👧', 'e\u0301', 'שלום', '\n', '\r\n', ' ', '. ', '# ', '> ', '- ', '`', '*', '<b>', '</b>', '<!-- luxlint-disable -->', 'the ', 'police ', '\u00A0']

function randomInt(random, n) {
  return Math.floor(random() * n)
}

/** A seeded generator (mulberry32) so a failing session can be replayed from its seed. */
export function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An offset that is a valid LSP position: never between \r and \n. */
function editableOffset(random, text) {
  let at = randomInt(random, text.length + 1)
  if (at > 0 && text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10) at--
  return at
}

/** One edit {start, end, text} against `text`. */
export function randomEdit(random, text, forms) {
  const kind = random()
  const start = editableOffset(random, text)
  if (kind < 0.35) {
    const insert = random() < 0.5 ? forms[randomInt(random, forms.length)] + ' ' : pieces[randomInt(random, pieces.length)]
    return {start, end: start, text: insert}
  }
  if (kind < 0.6 && text.length > 0) {
    let end = Math.min(text.length, start + 1 + randomInt(random, 12))
    if (end < text.length && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end++
    return {start, end, text: ''}
  }
  if (kind < 0.8) {
    // A paste: several phrases and pieces at once.
    let paste = ''
    for (let i = randomInt(random, 5); i >= 0; i--) paste += random() < 0.6 ? forms[randomInt(random, forms.length)] + ' ' : pieces[randomInt(random, pieces.length)]
    return {start, end: start, text: paste}
  }
  let end = Math.min(text.length, start + randomInt(random, 20))
  if (end < text.length && end > 0 && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end++
  return {start, end, text: forms[randomInt(random, forms.length)]}
}

export function applyEdit(text, edit) {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end)
}
