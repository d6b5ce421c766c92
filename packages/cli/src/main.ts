import {parseCliArgs, usage, type CliArgs} from './args.js'
import {keepCodeCache} from './code-cache.js'
import {UsageError, exitCodes} from './errors.js'
import {chooseLocale, localeFlag, locales, setLocale, t} from './locale/index.js'
import {cliVersion} from './version.js'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: () => Promise<Uint8Array>
  isTTY: boolean
  stderrIsTTY: boolean
  cwd: string
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  },
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd()
}

/** Run the CLI; resolves to the exit code. Never throws for user errors. */
export async function main(argv: string[], io: Io = processIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  let args: CliArgs
  // The language of luxlint's own words comes first, so every later error is in it.
  const choice = chooseLocale(localeFlag(argv), env)
  setLocale(choice.locale)
  try {
    if (choice.unknown) {
      const message = t().unknownLocale(choice.unknown.given, [...locales])
      throw new UsageError(choice.unknown.from === '--locale' ? message : `${choice.unknown.from}: ${message}`)
    }
    args = parseCliArgs(argv)
    if (args.help) {
      io.stdout(usage + '\n')
      return exitCodes.ok
    }
    if (args.version) {
      io.stdout(`luxlint ${cliVersion()}\n`)
      return exitCodes.ok
    }
    // The engine loads only now, so --help, --version and usage errors answer at once.
    const {profiles} = await import('@luxlint/core')
    if (args.profile && !profiles[args.profile]) {
      throw new UsageError(t().unknownProfile(args.profile, Object.keys(profiles)))
    }
    switch (args.command) {
      case 'explain': {
        const {explain} = await import('./commands/explain.js')
        io.stdout(explain(args.operands))
        return exitCodes.ok
      }
      case 'rules': {
        const {listRules} = await import('./commands/rules.js')
        if (args.formatGiven && args.format !== 'json') throw new UsageError(t().rulesFormat)
        io.stdout(listRules(args.format === 'json' ? 'json' : 'table'))
        return exitCodes.ok
      }
      case 'init': {
        const {init} = await import('./commands/init.js')
        if (args.operands.length) throw new UsageError(t().initTakesNoPaths)
        io.stdout(init(io.cwd, args.profile))
        return exitCodes.ok
      }
      case 'report': {
        const {runReport} = await import('./commands/report.js')
        return await runReport(args, io)
      }
      case 'serve': {
        const {runServe} = await import('./commands/serve.js')
        if (args.operands.length) throw new UsageError(t().serveTakesNoPaths)
        return await runServe(args, io)
      }
      default: {
        keepCodeCache()
        const {runLint} = await import('./run-lint.js')
        return await runLint(args, io)
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`luxlint: ${error.message}\n`)
      return error.exitCode
    }
    io.stderr(`luxlint: ${t().internalError((error as Error)?.message ?? String(error))}\n`)
    if (argv.includes('--verbose')) io.stderr(String((error as Error)?.stack) + '\n')
    return exitCodes.error
  }
}
