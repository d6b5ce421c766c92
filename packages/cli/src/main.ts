import fs from 'node:fs'
import {lint, profiles, type LuxlintMessage} from '@luxlint/core'
import {parseCliArgs, usage, type CliArgs} from './args.js'
import {UsageError, exitCodes} from './errors.js'
import {expandTargets} from './files.js'
import {formatJson} from './formatters/json.js'
import {formatStylish} from './formatters/stylish.js'
import type {FileResult} from './formatters/types.js'
import {decode, readText} from './read.js'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: () => Promise<Uint8Array>
  isTTY: boolean
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
  cwd: process.cwd()
}

/** Run the CLI; resolves to the exit code. Never throws for user errors. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
    if (args.help) {
      io.stdout(usage + '\n')
      return exitCodes.ok
    }
    if (args.version) {
      io.stdout(version() + '\n')
      return exitCodes.ok
    }
    if (args.operands.length === 0) throw new UsageError('no input: give files, directories or globs, or - for stdin (see luxlint --help)')
    if (args.profile && !profiles[args.profile]) {
      throw new UsageError(`unknown profile "${args.profile}": use one of ${Object.keys(profiles).join(', ')}`)
    }
    return await run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`luxlint: ${error.message}\n`)
      return error.exitCode
    }
    io.stderr(`luxlint: internal error: ${(error as Error)?.message ?? String(error)}\n`)
    if (argv.includes('--verbose')) io.stderr(String((error as Error)?.stack) + '\n')
    return exitCodes.error
  }
}

async function run(args: CliArgs, io: Io): Promise<number> {
  const results: FileResult[] = []
  const options = {profile: args.profile}
  const stdinAt = args.operands.indexOf('-')
  const operands = args.operands.filter((operand) => operand !== '-')
  if (stdinAt !== -1) {
    const path = args.stdinFilename ?? '<stdin>'
    try {
      const {text} = decode(await io.stdin())
      results.push({path, messages: lint(text, {...options, path: args.stdinFilename})})
    } catch (error) {
      results.push({path, messages: [], error: (error as Error).message})
    }
  }
  for (const target of await expandTargets(operands, io.cwd)) {
    if (target.error) {
      results.push({path: target.path, messages: [], error: target.error})
      continue
    }
    try {
      const {text} = readText(resolve(io.cwd, target.path))
      results.push({path: target.path, messages: lint(text, {...options, path: target.path})})
    } catch (error) {
      results.push({path: target.path, messages: [], error: (error as Error).message})
    }
  }

  for (const result of results) if (result.error) io.stderr(`luxlint: ${result.path}: ${result.error}\n`)
  const shown = args.quiet ? results.map((r) => ({...r, messages: r.messages.filter(atLeastWarning)})) : results
  const color = args.color ?? (io.isTTY && !process.env.NO_COLOR)
  io.stdout(args.format === 'json' ? formatJson(shown) : formatStylish(shown, {color}))

  if (results.some((result) => result.error)) return exitCodes.error
  return results.some((result) => result.messages.some(atLeastWarning)) ? exitCodes.findings : exitCodes.ok
}

function atLeastWarning(message: LuxlintMessage): boolean {
  return message.severity === 'warning' || message.severity === 'error'
}

function resolve(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd}/${path}`
}

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return `luxlint ${pkg.version}`
}
