import {modify, parse as parseJsonc, type FormattingOptions} from 'jsonc-parser'
import YAML from 'yaml'

/** A replacement of `[offset, offset + length)` in the old text (jsonc-parser's shape). */
export interface TextChange {
  offset: number
  length: number
  content: string
}

/** Follow the file's own indentation and line ends, so the edit looks hand-made. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1]
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  if (indent?.startsWith('\t')) return {insertSpaces: false, tabSize: 1, eol}
  return {insertSpaces: true, tabSize: indent ? indent.length : 2, eol}
}

/** The phrase to write into `allow`: inline markup and line breaks of the matched text removed. */
export function allowPhrase(actual: string): string {
  return actual.replace(/[*_`~]+/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/**
 * The changes that add `phrase` to the `allow` list of a config file, touching nothing else.
 * `text` is the file's current content, or null when the file does not exist yet (then the one
 * change is the whole new file). Returns [] when the phrase is already allowed.
 * Throws "Unexpected …" when the file cannot be parsed, because guessing would lose the user's text.
 */
export function addAllowChanges(fileName: string, text: string | null, phrase: string): TextChange[] {
  const base = fileName.replace(/^.*[\\/]/, '')
  if (text === null || text.trim() === '') {
    const content = /\.ya?ml$/.test(base) ? YAML.stringify({allow: [phrase]}) : `${JSON.stringify({allow: [phrase]}, null, 2)}\n`
    return [{offset: 0, length: text?.length ?? 0, content}]
  }
  if (/\.ya?ml$/.test(base)) return yamlChanges(fileName, text, phrase)
  const prefix = base === 'package.json' ? ['luxlint'] : []
  const errors: unknown[] = []
  const data = parseJsonc(text, errors as never, {allowTrailingComma: false}) as unknown
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`Unexpected content in ${fileName}: not a JSON object; fix it before adding phrases`)
  }
  const section = (prefix.length > 0 ? (data as Record<string, unknown>).luxlint : data) as Record<string, unknown> | undefined
  const allow = section && typeof section === 'object' ? section.allow : undefined
  if (Array.isArray(allow)) {
    if (allow.some((item) => typeof item === 'string' && item.toLowerCase() === phrase.toLowerCase())) return []
    return modify(text, [...prefix, 'allow', allow.length], phrase, {isArrayInsertion: true, formattingOptions: formattingOf(text)})
  }
  return modify(text, [...prefix, 'allow'], [phrase], {formattingOptions: formattingOf(text)})
}

function yamlChanges(fileName: string, text: string, phrase: string): TextChange[] {
  const document = YAML.parseDocument(text)
  if (document.errors.length > 0 || !YAML.isMap(document.contents)) {
    throw new Error(`Unexpected content in ${fileName}: not a YAML mapping; fix it before adding phrases`)
  }
  const allow = document.get('allow')
  if (YAML.isSeq(allow)) {
    if (allow.items.some((item) => String(YAML.isScalar(item) ? item.value : item).toLowerCase() === phrase.toLowerCase())) return []
    allow.add(phrase)
  } else {
    document.set('allow', [phrase])
  }
  // The yaml library keeps comments and key order; one whole-file change is simplest to apply.
  return [{offset: 0, length: text.length, content: document.toString()}]
}

/** Apply changes to a text (for writing a file directly when the client cannot). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let output = text
  for (const change of [...changes].sort((a, b) => b.offset - a.offset)) {
    output = output.slice(0, change.offset) + change.content + output.slice(change.offset + change.length)
  }
  return output
}
