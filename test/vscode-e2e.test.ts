// The VS Code extension inside a real VS Code: code-server 4.100.3 (VS Code 1.100) in Debian's
// Chromium, driven by playwright-core. A driver extension installed beside luxlint makes the
// API-level checks from inside the extension host (test/fixtures/vscode/driver); Playwright reads
// the status bar, opens the Problems panel with a click and takes the screenshot.
// Needs .ci/setup.d/30-code-server.sh; skipped with the reason when code-server or Chromium is
// missing, except in CI, where that is a failure.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const extensionDir = path.join(root, 'packages/vscode-extension')
const fixtures = path.join(root, 'test/fixtures/vscode')
const artifacts = path.join(root, 'test-results/vscode-e2e')
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8')) as {version: string}
const vsix = path.join(extensionDir, `luxlint-${manifest.version}.vsix`)
const vsce = path.join(extensionDir, 'node_modules/.bin/vsce')
const codeServer =
  process.env.LUXLINT_CODE_SERVER || path.join(os.homedir(), '.cache/luxlint-e2e/code-server/node_modules/.bin/code-server')
const chromium = process.env.LUXLINT_CHROMIUM || onPath('chromium')

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, name)
    if (dir && fs.existsSync(candidate)) return candidate
  }
  return undefined
}

const missing = [
  fs.existsSync(codeServer) ? '' : `code-server is not installed at ${codeServer} (run .ci/setup.d/30-code-server.sh)`,
  chromium ? '' : 'chromium is not on PATH (apt-get install chromium)'
].filter(Boolean)
if (missing.length > 0 && process.env.CI) throw new Error(`VS Code e2e cannot run in CI: ${missing.join('; ')}`)
if (missing.length > 0) console.warn(`Skipping the VS Code e2e test: ${missing.join('; ')}`)
const title = missing.length > 0 ? `VS Code extension in code-server (skipped: ${missing.join('; ')})` : 'VS Code extension in code-server'

interface Diagnostic {
  code: string
  href?: string
  severity: string
  range: [number, number, number, number]
  text: string
  message: string
  related: string[]
}
type Step<T> = T & {error?: string; ms: number}
interface DriverResult {
  fatal?: string
  steps: {
    open: Step<{diagnostics: Diagnostic[]; hover: string}>
    quickFix: Step<{actions: Array<{title: string; kind: string; isPreferred: boolean}>; applied: string; text: string; diagnostics: Diagnostic[]}>
    fixAll: Step<{sourceActions: Array<{title: string; kind: string}>; text: string; diagnostics: Diagnostic[]}>
    explain: Step<{markdown: string; preview: {label: string}}>
    rules: Step<{markdown: string; preview: {label: string}}>
    settings: Step<{off: string[]; back: string[]; disabled: string[]; enabled: string[]}>
    languages: Step<{languageId: string; diagnostics: Diagnostic[]}>
    restart: Step<{diagnostics: string[]}>
  }
  final: {diagnostics: Diagnostic[]; text: string}
}

const session = {
  opened: undefined as DriverResult | undefined,
  result: undefined as DriverResult | undefined,
  statusBefore: '',
  statusAfter: '',
  problems: [] as string[],
  screenshot: '',
  luxlintLog: '',
  /** The server's V8 code caches (name → mtime) once the first diagnostics arrived, and at the end. */
  cachesOpened: {} as Record<string, number>,
  cachesAfter: {} as Record<string, number>,
  timings: {} as Record<string, number>
}

/** A step's data, failing with the driver's own error when the step did not finish. */
function step<K extends keyof DriverResult['steps']>(name: K): DriverResult['steps'][K] {
  const result = name === 'open' ? session.opened : session.result
  expect(result?.fatal, 'driver crashed').toBeUndefined()
  const data = result?.steps[name]
  expect(data, `driver step ${name} did not run`).toBeDefined()
  expect(data!.error, `driver step ${name} failed`).toBeUndefined()
  return data!
}

/** The text of every log file under `dir` in a folder named `folder` (one per window session). */
function readLogs(dir: string, folder: string): string {
  if (!fs.existsSync(dir)) return ''
  return (fs.readdirSync(dir, {recursive: true}) as string[])
    .filter((file) => path.basename(path.dirname(file)) === folder && file.endsWith('.log'))
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n')
}

/** How many of the diagnostics the Problems panel lists (it leaves out hints). */
function problemCount(diagnostics: Diagnostic[] | undefined): number | undefined {
  return diagnostics?.filter((d) => d.severity !== 'Hint').length
}

/**
 * The status bar item's text once it shows `expected` findings (the renderer gets the update a
 * moment after the extension host), or whatever it shows after 30 s.
 */
async function settledStatus(status: import('playwright-core').Locator, expected: number | undefined): Promise<string> {
  const start = Date.now()
  let text = ''
  do {
    text = (await status.innerText()).trim()
    if (expected === undefined || text.startsWith(`luxlint: ${expected} `) || text === `luxlint: ${expected}`) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  } while (Date.now() - start < 30000)
  return text
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** The files in `dir` with their modification times (none when it does not exist). */
function filesIn(dir: string): Record<string, number> {
  if (!fs.existsSync(dir)) return {}
  return Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs]))
}

/** The server's code caches: one for its main thread, one for the lint worker. */
const mainCache = /^lsp-v8-[0-9a-f]{16}\.cache$/
const workerCache = /^lsp-v8-[0-9a-f]{16}-worker\.cache$/

/**
 * The code caches in `dir` once both threads wrote theirs (each writes it just after its first
 * work, a moment after the diagnostics it helped publish), or what is there after 20 s.
 */
async function settledCaches(dir: string): Promise<Record<string, number>> {
  const start = Date.now()
  let files = filesIn(dir)
  while (Date.now() - start < 20000) {
    const names = Object.keys(files)
    if (names.some((name) => mainCache.test(name)) && names.some((name) => workerCache.test(name))) break
    await new Promise((resolve) => setTimeout(resolve, 100))
    files = filesIn(dir)
  }
  return files
}

async function waitForFile(file: string, ms: number, alive: () => boolean): Promise<string> {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8')
    if (!alive()) throw new Error(`code-server exited before ${path.basename(file)} was written`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out after ${ms} ms waiting for ${path.basename(file)}`)
}

function run(command: string, args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}) {
  const r = spawnSync(command, args, {encoding: 'utf8', timeout: 120000, ...options})
  if (r.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`)
  return r.stdout
}

describe.skipIf(missing.length > 0)(title, () => {
  let tmp = ''
  let server: ChildProcess | undefined

  beforeAll(async () => {
    if (!fs.existsSync(vsix)) throw new Error(`${path.relative(root, vsix)} is missing: run pnpm build first`)
    const t0 = Date.now()
    fs.rmSync(artifacts, {recursive: true, force: true})
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-e2e-'))
    const dirs = Object.fromEntries(['user', 'extensions', 'xdg-data', 'xdg-config', 'xdg-cache', 'handshake'].map((d) => [d, path.join(tmp, d)]))
    for (const d of Object.values(dirs)) fs.mkdirSync(d, {recursive: true})
    const workspace = path.join(tmp, 'workspace')
    fs.cpSync(path.join(fixtures, 'workspace'), workspace, {recursive: true})
    fs.mkdirSync(path.join(dirs.user, 'User'), {recursive: true})
    fs.writeFileSync(
      path.join(dirs.user, 'User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'chat.disableAIFeatures': true,
        'window.restoreWindows': 'none',
        'editor.wordWrap': 'on',
        'editor.minimap.enabled': false,
        'workbench.colorTheme': 'Default Light Modern'
      })
    )
    // The language server keeps its V8 code cache in $XDG_CACHE_HOME/luxlint: a fresh one shows
    // what the extension's server writes there (the first start after an install).
    const env: NodeJS.ProcessEnv = {...process.env, XDG_DATA_HOME: dirs['xdg-data'], XDG_CONFIG_HOME: dirs['xdg-config'], XDG_CACHE_HOME: dirs['xdg-cache']}
    delete env.LUXLINT_NO_CACHE
    const caches = path.join(dirs['xdg-cache'], 'luxlint')

    // The driver is packaged like any extension, from a copy (vsce writes nothing into fixtures).
    const driver = path.join(tmp, 'driver')
    fs.cpSync(path.join(fixtures, 'driver'), driver, {recursive: true})
    const driverVsix = path.join(tmp, 'driver.vsix')
    run(vsce, ['package', '--no-dependencies', '--skip-license', '--out', driverVsix], {cwd: driver})
    const userArgs = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.user, '--config', path.join(tmp, 'config.yaml')]
    fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n')
    const installed = run(codeServer, ['--install-extension', vsix, '--install-extension', driverVsix, ...userArgs], {env})
    expect(installed).toMatch(/luxlint\.luxlint.*successfully installed|successfully installed.*luxlint/is)
    session.timings.install = Date.now() - t0

    const port = await freePort()
    const log = fs.openSync(path.join(tmp, 'code-server.log'), 'w')
    // detached: code-server leads its own process group, so one kill ends it, the extension host and our server.
    server = spawn(
      codeServer,
      [
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...userArgs,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened',
        // Trace level makes the language client log the LSP traffic, which must come out redacted.
        '--log', 'trace'
      ],
      {env: {...env, LUXLINT_E2E_DIR: dirs.handshake}, detached: true, stdio: ['ignore', log, log]}
    )
    const alive = () => server?.exitCode === null && server.signalCode === null
    const base = `http://127.0.0.1:${port}`
    for (let i = 0; ; i++) {
      if (!alive()) throw new Error(`code-server exited: ${fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8')}`)
      const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false)
      if (ok) break
      if (i > 600) throw new Error('code-server did not answer /healthz within 60 s')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    const {chromium: launcher} = createRequire(path.join(extensionDir, 'package.json'))('playwright-core') as typeof import('playwright-core')
    const t1 = Date.now()
    const browser = await launcher.launch({
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    })
    let page: import('playwright-core').Page | undefined
    try {
      page = await browser.newPage({viewport: {width: 1280, height: 800}})
      await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`)
      session.opened = JSON.parse(await waitForFile(path.join(dirs.handshake, 'opened.json'), 180000, alive)) as DriverResult
      session.timings.diagnostics = Date.now() - t1
      session.cachesOpened = await settledCaches(caches)

      const status = page.locator('.statusbar-item', {hasText: /luxlint: \d+/}).first()
      await status.waitFor({timeout: 60000})
      session.statusBefore = await settledStatus(status, problemCount(session.opened?.steps?.open?.diagnostics))
      await status.click() // should open the Problems panel
      const rows = page.locator('.markers-panel .monaco-list-row')
      await rows.first().waitFor({timeout: 60000})
      await page.waitForTimeout(500) // let the squiggles and the panel finish painting
      session.problems = (await rows.allInnerTexts()).map((row) => row.replace(/\s*\n\s*/g, ' | '))
      fs.mkdirSync(artifacts, {recursive: true})
      session.screenshot = path.join(artifacts, 'editor.png')
      await page.screenshot({path: session.screenshot})
      if (process.env.LUXLINT_UPDATE_SCREENSHOT) fs.copyFileSync(session.screenshot, path.join(extensionDir, 'images/screenshot.png'))

      fs.writeFileSync(path.join(dirs.handshake, 'continue'), '')
      session.result = JSON.parse(await waitForFile(path.join(dirs.handshake, 'result.json'), 240000, alive)) as DriverResult
      session.statusAfter = await settledStatus(status, problemCount(session.result?.final?.diagnostics))
      await page.screenshot({path: path.join(artifacts, 'after.png')})
      session.timings.session = Date.now() - t1
    } catch (error) {
      fs.mkdirSync(artifacts, {recursive: true})
      await page?.screenshot({path: path.join(artifacts, 'failure.png')}).catch(() => {})
      throw error
    } finally {
      await browser.close()
      await stopCodeServer()
    }
    session.cachesAfter = filesIn(caches)
    session.luxlintLog = readLogs(path.join(tmp, 'user/logs'), 'luxlint.luxlint')
    session.timings.total = Date.now() - t0
    fs.writeFileSync(path.join(artifacts, 'session.json'), JSON.stringify(session, null, 2))
    fs.writeFileSync(path.join(artifacts, 'timings.json'), JSON.stringify(session.timings, null, 2))
    console.log(`vscode e2e timings (ms): ${JSON.stringify(session.timings)}`)
  }, 540000)

  /** Ends code-server's process group: code-server, the extension host and the luxlint server. */
  async function stopCodeServer() {
    if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {}
    const timer = setTimeout(() => {
      try {
        process.kill(-server!.pid!, 'SIGKILL')
      } catch {}
    }, 5000)
    await exited
    clearTimeout(timer)
  }

  afterAll(async () => {
    await stopCodeServer()
    if (tmp) {
      // Keep the logs next to the screenshot: they are what explains a failure.
      fs.mkdirSync(artifacts, {recursive: true})
      const logs = path.join(tmp, 'user/logs')
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(artifacts, 'logs'), {recursive: true})
      if (fs.existsSync(path.join(tmp, 'code-server.log'))) fs.copyFileSync(path.join(tmp, 'code-server.log'), path.join(artifacts, 'code-server.log'))
      fs.rmSync(tmp, {recursive: true, force: true})
    }
  }, 30000)

  it('reports every finding with its rule id, range and severity (journalism profile from .vscode/settings.json)', () => {
    const {diagnostics} = step('open')
    expect(diagnostics.map((d) => [d.code, d.severity, d.range, d.text])).toEqual([
      ['child-pornography', 'Warning', [2, 14, 2, 31], 'child pornography'],
      ['sextortion', 'Information', [2, 73, 2, 83], 'sextortion'],
      ['child-prostitute', 'Warning', [4, 54, 4, 70], 'child prostitute'],
      ['child-prostitution', 'Hint', [6, 109, 6, 127], 'child prostitution'],
      ['child-pornography', 'Hint', [6, 132, 6, 149], 'child pornography'],
      ['child-pornography', 'Hint', [8, 11, 8, 28], 'child pornography']
    ])
    const first = diagnostics[0]
    expect(first.message).toContain('child sexual abuse material')
    expect(first.href).toMatch(/docs\/rules\.md#child-pornography$/)
  })

  it('does not warn about the cited title of the Optional Protocol, and says why', () => {
    const {diagnostics, hover} = step('open')
    const citation = diagnostics.filter((d) => d.range[0] === 6)
    expect(citation).toHaveLength(2)
    for (const d of citation) {
      expect(d.severity).toBe('Hint')
      expect(d.related.join(' ')).toMatch(/Optional Protocol/)
    }
    // The hover comes from the server, with the explanation and the cited title.
    expect(hover).toMatch(/child-prostitution/)
    expect(hover).toMatch(/Optional Protocol to the Convention on the Rights of the Child/)
  })

  it('treats the quotation as the source’s words, not a warning', () => {
    const quote = step('open').diagnostics.find((d) => d.range[0] === 8)!
    expect(quote.severity).toBe('Hint')
    expect(quote.message).toMatch(/quoted/)
  })

  it('shows the count and profile in the status bar, and a click opens the Problems panel', () => {
    expect(session.statusBefore).toBe('luxlint: 3 · journalism')
    expect(session.problems.join('\n')).toMatch(/Avoid “child pornography”.*child-pornography.*\[Ln 3, Col 15\]/)
    expect(session.problems.join('\n')).toMatch(/child-prostitute.*\[Ln 5, Col 55\]/)
    expect(fs.statSync(session.screenshot).size).toBeGreaterThan(10000)
  })

  it('applies a quick fix from the server’s code actions', () => {
    const {actions, applied, text, diagnostics} = step('quickFix')
    expect(actions.map((a) => a.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/child exploited in prostitution/), expect.stringMatching(/Disable luxlint for this line/)])
    )
    expect(applied).toMatch(/child exploited in prostitution/)
    expect(text).toContain('described as a child exploited in prostitution.')
    expect(text).not.toContain('child prostitute.')
    expect(diagnostics.map((d) => d.code)).not.toContain('child-prostitute')
  })

  it('fixes all safe issues with "luxlint: Fix all safe issues in this document", leaving citation and quotation alone', () => {
    const {sourceActions, text, diagnostics} = step('fixAll')
    expect(sourceActions.map((a) => a.kind)).toEqual(['source.fixAll.luxlint'])
    expect(text.split('\n')[2]).toBe('Police seized child sexual abuse material from the suspect’s laptop and traced the sexual extortion messages.')
    expect(text).toContain('on the sale of children, child prostitution and child pornography.')
    expect(text).toContain('“There was child pornography on every device,”')
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['child-prostitution', 'Hint'],
      ['child-pornography', 'Hint'],
      ['child-pornography', 'Hint']
    ])
    expect(session.statusAfter).toBe('luxlint: 0 · journalism')
  })

  it('explains the term at the cursor in a Markdown preview', () => {
    const {markdown, preview} = step('explain')
    expect(markdown).toMatch(/child-prostitution/)
    expect(markdown).toMatch(/exploitation of children in prostitution/)
    expect(preview.label).toMatch(/Explanation/)
  })

  it('shows all rules in a Markdown preview', () => {
    const {markdown, preview} = step('rules')
    expect(markdown).toMatch(/\| \[`child-pornography`\]\(/)
    expect(markdown).toMatch(/child sexual abuse material/)
    expect(preview.label).toMatch(/Rules/)
  })

  it('sends settings changes to the server (luxlint.rules, luxlint.enable)', () => {
    const {off, back, disabled, enabled} = step('settings')
    expect(off).toEqual(['child-prostitution'])
    expect(back).toEqual(['child-prostitution', 'child-pornography', 'child-pornography'])
    expect(disabled).toEqual([])
    expect(enabled).toEqual(back)
  })

  it('checks a language added in luxlint.languages', () => {
    const {languageId, diagnostics} = step('languages')
    expect(languageId).toBe('yaml')
    expect(diagnostics.map((d) => [d.code, d.text])).toEqual([['child-pornography', 'child porn']])
  })

  it('restarts the server with "luxlint: Restart server"', () => {
    expect(step('restart').diagnostics).toEqual(['child-prostitution', 'child-pornography', 'child-pornography'])
  })
  it('runs the server from its loader, which writes a V8 code cache for the server and its lint worker', () => {
    step('open')
    const names = Object.keys(session.cachesOpened)
    expect(names.filter((name) => mainCache.test(name)), `caches: ${names.join(', ')}`).toHaveLength(1)
    expect(names.filter((name) => workerCache.test(name)), `caches: ${names.join(', ')}`).toHaveLength(1)
  })

  it('starts the restarted servers from that code cache (the loader rewrites a cache V8 rejects)', () => {
    step('restart')
    // Each "Restart server" and luxlint.languages change started a new server and worker.
    expect(session.cachesAfter).toEqual(session.cachesOpened)
  })

  it('logs the LSP trace without quoting the document (luxlint.redactOutput)', () => {
    // .vscode/settings.json asks for a verbose trace; the log level is trace (--log trace).
    expect(session.luxlintLog).toMatch(/Sending notification 'textDocument\/didOpen'/)
    expect(session.luxlintLog).toContain('"text": "[redacted]"')
    for (const words of ['Ashford', 'suspect’s laptop', 'every device', 'child prostitute']) expect(session.luxlintLog).not.toContain(words)
  })
})
