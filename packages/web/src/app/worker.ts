import {lint} from '@luxlint/core'
import {docxText} from './docx.js'
import {toFinding} from './to-finding.js'
import type {CheckRequest, DocxRequest, WorkerReply} from './types.js'

// The core runs here so a long document never freezes the page while it is checked.
const scope = self as unknown as {postMessage: (reply: WorkerReply) => void; onmessage: ((event: MessageEvent<CheckRequest | DocxRequest>) => void) | null}

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
    const findings = lint(data.text, data.options).map(toFinding)
    scope.postMessage({type: 'result', id: data.id, findings, ms: Math.round(performance.now() - started)})
  } catch (error) {
    scope.postMessage({type: 'error', id: data.id, error: (error as Error)?.message ?? String(error)})
  }
}

scope.postMessage({type: 'ready'})
