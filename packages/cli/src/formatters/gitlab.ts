import {createHash} from 'node:crypto'
import {fingerprintOf} from '../fingerprint.js'
import type {FileResult} from './types.js'

const severity = {error: 'major', warning: 'minor', suggestion: 'info', info: 'info'} as const

/** GitLab Code Quality report (a subset of the Code Climate format), for merge request widgets. */
export function formatGitlab(results: FileResult[]): string {
  const issues = []
  for (const result of results) {
    for (const m of result.messages) {
      const id = fingerprintOf(m) ?? `${m.line}:${m.column}`
      issues.push({
        type: 'issue',
        check_name: m.ruleId,
        description: m.reason,
        categories: ['Style'],
        severity: severity[m.severity],
        fingerprint: createHash('sha256').update(`${result.path}\u0000${m.ruleId}\u0000${id}`).digest('hex'),
        location: {path: result.path.split('\\').join('/'), lines: {begin: m.line, end: m.endLine}}
      })
    }
  }
  return JSON.stringify(issues, null, 2) + '\n'
}
