import {jsonForScript} from './escape.js'
import type {ReportFile} from './types.js'

const dataId = 'luxlint-report-data'

/** The results without source text, embedded in the HTML so a later report can compare against it. */
export function embedData(results: readonly ReportFile[]): string {
  const data = results.map(({path, messages, error}) => ({path, messages, ...(error ? {error} : {})}))
  return `<script type="application/json" id="${dataId}">${jsonForScript({version: 1, results: data})}</script>`
}

/** The results embedded in an HTML report by `renderHtmlReport`, or undefined when there are none. */
export function extractReportData(html: string): ReportFile[] | undefined {
  const found = new RegExp(`<script type="application/json" id="${dataId}">([\\s\\S]*?)</script>`).exec(html)
  if (!found) return undefined
  try {
    const data = JSON.parse(found[1]) as {version?: number; results?: ReportFile[]}
    return data.version === 1 && Array.isArray(data.results) ? data.results : undefined
  } catch {
    return undefined
  }
}
