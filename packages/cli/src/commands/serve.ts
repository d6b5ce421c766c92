import type {CliArgs} from '../args.js'
import {UsageError} from '../errors.js'
import type {Io} from '../main.js'
import {importOptional} from '../optional.js'
import {t} from '../locale/index.js'

interface ServeModule {
  serve(dir: string, port: number, options: {host: string}): Promise<{url: string; close(): Promise<void>}>
  siteDir(): string
}

/** `luxlint serve`: the offline checker page on this computer. */
export async function runServe(args: CliArgs, io: Io, stop: Promise<unknown> = new Promise((resolve) => process.once('SIGINT', resolve))): Promise<number> {
  const {serve, siteDir} = await importOptional<ServeModule>('@luxlint/web/serve')
  const host = args.host ?? '127.0.0.1'
  const port = args.port ?? 8080
  let server
  try {
    server = await serve(siteDir(), port, {host})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'EADDRINUSE' ? t().portInUse(port) : (error as Error).message.split('\n')[0])
  }
  if (!/^(?:127\.|::1$|localhost$)/.test(host)) io.stderr(`luxlint: ${t().listeningOnNetwork(host)}\n`)
  io.stdout(`luxlint: ${t().checkerPageAt(server.url)}\n`)
  await stop
  await server.close()
  return 0
}
