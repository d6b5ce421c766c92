import type {FileResult} from './types.js'
import {xml} from './xml.js'

/**
 * JUnit XML: one test suite per file, one failing test case per finding (a clean file is one
 * passing case), so CI dashboards count and show them.
 */
export function formatJunit(results: FileResult[]): string {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  for (const result of results) {
    const cases: string[] = []
    let suiteFailures = 0
    if (result.error) {
      errors++
      cases.push(`    <testcase name="${xml(result.path)}" classname="luxlint">\n      <error message="${xml(result.error)}"/>\n    </testcase>`)
    } else if (result.messages.length === 0) {
      cases.push(`    <testcase name="${xml(result.path)}" classname="luxlint"/>`)
    }
    for (const m of result.messages) {
      suiteFailures++
      const name = `${m.line}:${m.column} ${m.ruleId}`
      const body = `${m.severity} at ${result.path}:${m.line}:${m.column}: ${m.reason} (${m.ruleId})`
      cases.push(
        `    <testcase name="${xml(name)}" classname="luxlint.${xml(m.ruleId)}">\n      <failure message="${xml(m.reason)}" type="${m.severity}">${xml(body)}</failure>\n    </testcase>`
      )
    }
    tests += cases.length
    failures += suiteFailures
    suites.push(
      `  <testsuite name="${xml(result.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${result.error ? 1 : 0}">\n${cases.join('\n')}\n  </testsuite>`
    )
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="luxlint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`
}
