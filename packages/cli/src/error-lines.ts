import type {FileResult} from './formatters/types.js'
import {t} from './locale/index.js'

/**
 * What stderr says about files that could not be checked: one line per file, except that the
 * files under one broken config share one line (the config's problem, and how many it kept out).
 */
export function errorLines(results: readonly FileResult[]): string[] {
  const lines: Array<string | {message: string; files: number}> = []
  const byConfig = new Map<string, {message: string; files: number}>()
  for (const result of results) {
    if (!result.error) continue
    if (result.config === undefined) {
      lines.push(`${result.path}: ${result.error}`)
      continue
    }
    const entry = byConfig.get(result.config)
    if (entry) entry.files++
    else {
      const created = {message: result.error, files: 1}
      byConfig.set(result.config, created)
      lines.push(created)
    }
  }
  return lines.map((line) => (typeof line === 'string' ? line : `${line.message}${t().notChecked(line.files)}`))
}
