import {IncrementalLinter} from '@luxlint/core'
import {docxText} from './docx.js'
import {toFinding} from './to-finding.js'
import type {CheckRequest, DocxRequest, WorkerReply} from './types.js'

// The core runs here so a long document never freezes the page while it is checked.
const scope = self as unknown as {postMessage: (reply: WorkerReply) => void; onmessage: ((event: MessageEvent<CheckRequest | DocxRequest>) => void) | null}

// The linter of the last check, for its options. It keeps the findings of each block of the
// draft, so a check after an edit reads only the blocks the edit touched (a 218,000-character
// report in Chromium: 12-35 ms instead of 0.7-1 s). Its findings are those of a whole check:
// the core's tests compare the two, and so does test/web-page.test.ts in the page.
let last: {options: string; linter: IncrementalLinter} | undefined

function check(text: string, options: CheckRequest['options']) {
  const key = JSON.stringify(options)
  if (last?.options !== key) last = {options: key, linter: new IncrementalLinter(options)}
  return last.linter.lint(text)
}

scope.onmessage = ({data}) => {
  if (data.type === 'docx') {
    try {
      scope.postMessage({type: 'docx', id: data.id, ...docxText(data.bytes)})
    } catch (error) {
      scope.postMessage({type: 'docx-error', id: data.id, error: (error as Error)?.message ?? String(error)})
    }
    return
  }
  const started = performance.now()
  try {
    const findings = check(data.text, data.options).map(toFinding)
    scope.postMessage({type: 'result', id: data.id, findings, ms: Math.round(performance.now() - started)})
  } catch (error) {
    scope.postMessage({type: 'error', id: data.id, error: (error as Error)?.message ?? String(error)})
  }
}

scope.postMessage({type: 'ready'})
