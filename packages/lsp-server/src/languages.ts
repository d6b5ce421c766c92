import type {Format} from '@luxlint/core'

// `text` is the language id Neovim sends for plain text (its filetype).
const byLanguageId: Record<string, Format> = {markdown: 'markdown', html: 'html', plaintext: 'text', text: 'text'}

/**
 * How to read a document, or undefined when luxlint should leave it alone. The language id
 * wins; the file extension covers clients that send their own ids (Neovim says `text`);
 * `extraLanguages` are read as plain text.
 */
export function formatFor(languageId: string, uri: string, extraLanguages: readonly string[] = []): Format | undefined {
  const known = byLanguageId[languageId]
  if (known) return known
  if (extraLanguages.includes(languageId)) return 'text'
  const path = uri.replace(/[?#].*$/, '')
  if (/\.(md|markdown|mdown|mkd)$/i.test(path)) return 'markdown'
  if (/\.x?html?$/i.test(path)) return 'html'
  if (/\.(txt|text)$/i.test(path)) return 'text'
  return undefined
}
