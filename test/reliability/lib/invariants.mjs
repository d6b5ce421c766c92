// The invariants every lint of every document must keep. Each check returns problems as
// sentences (empty when all is well) so the vitest properties and `pnpm fuzz` share them.

/** 1-based line and UTF-16 column of an offset, counted independently of core's LineIndex. */
export function pointAt(text, offset) {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      start = i + 1
    }
  }
  return {line, column: offset - start + 1}
}

const problem = (kind, detail) => ({kind, detail})

/** Ranges lie inside the text and line/column agree with the offsets. */
export function checkRanges(text, messages) {
  const problems = []
  for (const m of messages) {
    const where = `${m.ruleId} ${m.offset}-${m.endOffset}`
    if (!Number.isInteger(m.offset) || !Number.isInteger(m.endOffset)) {
      problems.push(problem('range', `${where}: offsets are not integers`))
      continue
    }
    if (!(m.offset >= 0 && m.offset < m.endOffset && m.endOffset <= text.length)) {
      problems.push(problem('range', `${where}: range outside 0..${text.length} or empty`))
      continue
    }
    const start = pointAt(text, m.offset)
    const end = pointAt(text, m.endOffset)
    if (m.line !== start.line || m.column !== start.column) problems.push(problem('position', `${where}: start ${m.line}:${m.column}, expected ${start.line}:${start.column}`))
    if (m.endLine !== end.line || m.endColumn !== end.column) problems.push(problem('position', `${where}: end ${m.endLine}:${m.endColumn}, expected ${end.line}:${end.column}`))
    if (m.fix) {
      const f = m.fix
      if (!(Number.isInteger(f.offset) && Number.isInteger(f.endOffset) && f.offset >= 0 && f.offset <= f.endOffset && f.endOffset <= text.length)) {
        problems.push(problem('range', `${where}: fix range ${f.offset}-${f.endOffset} outside the text`))
      }
      if (typeof f.text !== 'string') problems.push(problem('range', `${where}: fix text is not a string`))
    }
  }
  return problems
}

/** The safe fixes applyFixes documents it applies: sorted by offset, overlapping ones skipped. */
export function expectedFixes(messages) {
  const fixes = messages.map((m) => m.fix).filter((f) => f && f.safe).sort((a, b) => a.offset - b.offset)
  const chosen = []
  let last = 0
  for (const f of fixes) {
    if (f.offset < last) continue
    chosen.push(f)
    last = f.endOffset
  }
  return chosen
}

/** Fixing changes only the fixed spans: every stretch of text between them comes out identical. */
export function checkFixSpans(text, messages, output) {
  const chosen = expectedFixes(messages)
  let at = 0
  let out = 0
  for (const f of chosen) {
    const keep = text.slice(at, f.offset)
    if (output.slice(out, out + keep.length) !== keep) return [problem('fix-span', `text before the fix at ${f.offset} changed`)]
    out += keep.length
    if (output.slice(out, out + f.text.length) !== f.text) return [problem('fix-span', `the fix at ${f.offset} was not applied as ${JSON.stringify(f.text)}`)]
    out += f.text.length
    at = f.endOffset
  }
  if (output.slice(out) !== text.slice(at)) return [problem('fix-span', 'text after the last fix changed')]
  return []
}

const lineEndings = (text) => ({
  crlf: (text.match(/\r\n/g) ?? []).length,
  lf: (text.match(/(?<!\r)\n/g) ?? []).length,
  cr: (text.match(/\r(?!\n)/g) ?? []).length
})

/** BOM, line-ending style and final newline survive a fix. */
export function checkSurvivors(text, output) {
  const problems = []
  if (text.startsWith('\uFEFF') !== output.startsWith('\uFEFF')) problems.push(problem('bom', 'the BOM was added or lost'))
  const before = lineEndings(text)
  const after = lineEndings(output)
  for (const kind of ['crlf', 'lf', 'cr']) if (before[kind] !== after[kind]) problems.push(problem('line-break', `${kind} line endings: ${before[kind]} before, ${after[kind]} after`))
  if (/\r?\n$/.test(text) !== /\r?\n$/.test(output)) problems.push(problem('final-newline', 'the final newline was added or lost'))
  return problems
}

// Characters that are markup, not prose, in Markdown and HTML. A safe fix that spans one of them
// deletes or unbalances markup (an emphasis marker, a tag, a comment).
const markup = {markdown: /[<>*_`[\]\\|]/, html: /[<>]/}

/** In Markdown and HTML a safe fix replaces prose only, never markup inside the phrase. */
export function checkFixMarkup(text, messages, format) {
  const pattern = markup[format]
  if (!pattern) return []
  return expectedFixes(messages)
    .filter((f) => pattern.test(text.slice(f.offset, f.endOffset)))
    .map((f) => problem('fix-markup', `the fix at ${f.offset}-${f.endOffset} replaces markup: ${JSON.stringify(text.slice(f.offset, f.endOffset))}`))
}

/**
 * Lint one document and check every invariant. Returns {crash, problems, messages}: `crash` is
 * the error lint threw, `problems` the invariant failures as {kind, detail}.
 */
export function checkDocument(core, doc) {
  const options = {format: doc.format, profile: doc.profile}
  let messages
  try {
    messages = core.lint(doc.text, options)
  } catch (error) {
    return {crash: error, problems: [], messages: []}
  }
  const problems = checkRanges(doc.text, messages)
  if (problems.length > 0) return {crash: undefined, problems, messages}
  const once = core.applyFixes(doc.text, messages).output
  problems.push(...checkFixSpans(doc.text, messages, once), ...checkFixMarkup(doc.text, messages, doc.format), ...checkSurvivors(doc.text, once))
  let again
  try {
    const second = core.lint(once, options)
    problems.push(...checkRanges(once, second).map((p) => problem(p.kind, `after fixing: ${p.detail}`)))
    again = core.applyFixes(once, second).output
  } catch (error) {
    return {crash: error, problems, messages}
  }
  if (again !== once) problems.push(problem('idempotence', `fixing twice differs from fixing once: ${JSON.stringify(once)} → ${JSON.stringify(again)}`))
  return {crash: undefined, problems, messages}
}
