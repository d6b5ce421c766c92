/** The languages luxlint always checks; the server reads each as Markdown, HTML or plain text. */
export const builtInLanguages = ['markdown', 'plaintext', 'html'] as const

// Saved files and unsaved buffers; virtual file systems are left alone (see package.json).
const schemes = ['file', 'untitled']

/** The client's document selector: built-in languages plus `luxlint.languages`, without repeats. */
export function documentSelector(extraLanguages: readonly unknown[] = []): Array<{language: string; scheme: string}> {
  const extra = extraLanguages.filter((id): id is string => typeof id === 'string' && id.trim() !== '').map((id) => id.trim())
  const languages = [...new Set([...builtInLanguages, ...extra])]
  return languages.flatMap((language) => schemes.map((scheme) => ({language, scheme})))
}
