/**
 * JSON keys whose string values carry a document's words in LSP traffic and server logs: the
 * document text itself, matched phrases, messages that quote them, hover and preview Markdown.
 */
const keys = ['text', 'newText', 'actual', 'message', 'reason', 'note', 'markdown', 'value', 'contextReason', 'title', 'label']
const keyedString = new RegExp(`("(?:${keys.join('|')})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g')
// Messages quote the matched text in typographic quotes: Avoid “child pornography”; …
const quoted = /“[^”\n]*”/g

/** A log line with the documents' words replaced by `[redacted]`; file names and rule ids stay. */
export function redact(line: string): string {
  return line.replace(keyedString, '$1"[redacted]"').replace(quoted, '“[redacted]”')
}
