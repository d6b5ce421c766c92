export interface OpenedFile {
  name: string
  text: string
}

const accepted = /\.(md|markdown|mdx|txt|text|html?|xhtml)$/i

/** Read a dropped or chosen file as text, or explain in one sentence why it cannot be checked. */
export async function readDraft(file: File): Promise<OpenedFile> {
  if (/\.docx$/i.test(file.name)) throw new Error(`Unexpected file ${file.name}: Word files are not supported here yet; save it as HTML or plain text first.`)
  if (!accepted.test(file.name) && !file.type.startsWith('text/')) {
    throw new Error(`Unexpected file ${file.name}: drop a .md, .txt or .html file.`)
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    return {name: file.name, text: new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '')}
  } catch {
    // Older drafts are often Windows-1252; that decoder accepts any byte.
    return {name: file.name, text: new TextDecoder('windows-1252').decode(bytes)}
  }
}
