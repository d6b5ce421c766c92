import fs from 'node:fs'
import path from 'node:path'
import type {CliArgs} from '../args.js'
import {UsageError} from '../errors.js'
import type {Io} from '../main.js'
import {importOptional} from '../optional.js'
import {runLint} from '../run-lint.js'
import {writeAtomic} from '../write.js'
import {t} from '../locale/index.js'

interface ReportModule {
  renderHtmlReport(results: unknown[], options: {title: string; date: Date; previous?: unknown}): string
  renderMarkdownReport(results: unknown[], options: {title: string; date: Date; previous?: unknown}): string
  extractReportData(html: string): unknown
  isBaseline(data: unknown): boolean
}

/**
 * `luxlint report`: the ordinary lint path (config, ignores, baseline, --changed-since), its
 * JSON results rendered as one self-contained HTML page or Markdown for a pull request.
 * The exit code is the check's, so one CI step can report and gate.
 */
export async function runReport(args: CliArgs, io: Io): Promise<number> {
  const report = await importOptional<ReportModule>('@luxlint/report')
  const previous = args.previous === undefined ? undefined : readPrevious(args.previous, io.cwd, report)
  let json = ''
  const code = await runLint({...args, command: 'lint', format: 'json', outputFile: undefined, quiet: false}, {...io, stdout: (text) => void (json += text)})
  if (!json) return code
  const results = JSON.parse(json) as unknown[]
  const options = {title: args.title ?? 'luxlint report', date: new Date(), ...(previous === undefined ? {} : {previous})}
  const output = args.formatGiven && (args.format as string) === 'markdown' ? report.renderMarkdownReport(results, options) : report.renderHtmlReport(results, options)
  if (args.outputFile === undefined || args.outputFile === '-') io.stdout(output)
  else {
    try {
      writeAtomic(path.resolve(io.cwd, args.outputFile), output)
    } catch (error) {
      throw new UsageError(t().cannotWrite(args.outputFile, (error as NodeJS.ErrnoException).code ?? (error as Error).message))
    }
    io.stderr(`luxlint: ${t().wroteReport(args.outputFile)}\n`)
  }
  return code
}

function readPrevious(file: string, cwd: string, report: ReportModule): unknown {
  let text: string
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new UsageError((error as NodeJS.ErrnoException).code === 'ENOENT' ? t().previousMissing(file) : t().previousUnreadable(file))
  }
  if (/\.html?$/i.test(file)) {
    const data = report.extractReportData(text)
    if (data === undefined) throw new UsageError(t().previousNotHtmlReport(file))
    return data
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(t().previousNotJson(file))
  }
  if (Array.isArray(data)) return data
  if (report.isBaseline(data)) {
    const base = path.dirname(path.resolve(cwd, file))
    const baseline = data as {findings: Array<{file: string}>}
    return {...baseline, findings: baseline.findings.map((f) => ({...f, file: path.relative(cwd, path.resolve(base, f.file)).split(path.sep).join('/')}))}
  }
  throw new UsageError(t().previousShape(file))
}
