import type {FileResult} from './types.js'

// Workflow command escaping: data escapes %, CR, LF; properties also ':' and ','.
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

const command = {error: 'error', warning: 'warning', suggestion: 'notice', info: 'notice'} as const

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(results: FileResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    const file = result.path.split('\\').join('/')
    if (result.error) {
      lines.push(`::error file=${property(file)},title=${property('luxlint: file not checked')}::${data(result.error)}`)
      continue
    }
    for (const m of result.messages) {
      const where = `file=${property(file)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn}`
      lines.push(`::${command[m.severity]} ${where},title=${property(`luxlint(${m.ruleId})`)}::${data(m.reason)}`)
    }
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}
