import type {FileResult} from './types.js'
import {xml} from './xml.js'

const level = {error: 'error', warning: 'warning', suggestion: 'info', info: 'info'} as const

/** Checkstyle XML, read by Jenkins (warnings-ng), Gerrit and many review tools. */
export function formatCheckstyle(results: FileResult[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const result of results) {
    out.push(`  <file name="${xml(result.path)}">`)
    if (result.error) out.push(`    <error severity="error" message="${xml(result.error)}" source="luxlint.io"/>`)
    for (const m of result.messages) {
      out.push(`    <error line="${m.line}" column="${m.column}" severity="${level[m.severity]}" message="${xml(m.reason)}" source="luxlint.${xml(m.ruleId)}"/>`)
    }
    out.push('  </file>')
  }
  out.push('</checkstyle>')
  return out.join('\n') + '\n'
}
