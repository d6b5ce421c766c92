import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser} from 'playwright-core'

// Shared by the page and report tests: Debian's Chromium, driven by playwright-core (which never
// downloads a browser of its own).
const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '../../..')
export const webDir = path.resolve(here, '..')

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, name)
    if (dir && fs.existsSync(candidate)) return candidate
  }
  return undefined
}

export const chromiumPath = process.env.LUXLINT_CHROMIUM || onPath('chromium')

/** Why the browser tests cannot run here, or '' when they can. In CI a missing browser is an error. */
export function browserMissing(): string {
  const missing = chromiumPath ? '' : 'chromium is not on PATH (apt-get install chromium, or .ci/setup.d/35-chromium.sh)'
  if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`)
  return missing
}

export async function launchChromium(): Promise<Browser> {
  const {chromium} = createRequire(path.join(webDir, 'package.json'))('playwright-core') as typeof import('playwright-core')
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}

/** A folder under test-results/ (git-ignored) for screenshots and other artefacts. */
export function artifacts(name: string): string {
  const dir = path.join(repoRoot, 'test-results', name)
  fs.mkdirSync(dir, {recursive: true})
  return dir
}

/** Whether committed screenshots should be refreshed (LUXLINT_UPDATE_SCREENSHOT=1). */
export const updateScreenshots = process.env.LUXLINT_UPDATE_SCREENSHOT === '1'
