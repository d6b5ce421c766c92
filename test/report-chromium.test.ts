import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Browser, Page} from 'playwright-core'
import {renderHtmlReport, type ReportFile} from '../packages/report/src/index.js'
import {artifacts, browserMissing, launchChromium, repoRoot, updateScreenshots} from '../packages/web/test/browser.js'

// The HTML report of a real CLI run (`luxlint --format json`), opened in Chromium: the numbers a
// manager reads must be the numbers in the JSON, and hostile file names must stay text.
const cli = path.join(repoRoot, 'packages/cli/dist/bin.js')
const missing = browserMissing() || (fs.existsSync(cli) ? '' : 'packages/cli is not built (pnpm build)')
const out = artifacts('report')

const files: Record<string, string> = {
  'news/2026-03-raid.md': 'Police seized child pornography in the raid.\n\nOfficers said the child prostitute had been moved twice. More child porn was found.\n',
  'news/2026-04-court.md': 'The court heard that the man was a child sex tourist.\n\nThe Optional Protocol on the sale of children, child prostitution and child pornography applies.\n',
  'campaign/leaflet.html': '<h1>End child pornography</h1><p>Say “child sexual abuse material”.</p>',
  'campaign/clean.md': 'We say child sexual abuse material.\n',
  'campaign/<img src=x onerror="document.title=1">.md': 'A <script>document.title="pwned"</script> child pornography case.\n'
}

function runCli(dir: string): ReportFile[] {
  const result = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {cwd: dir, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(1)
  const results = JSON.parse(result.stdout) as ReportFile[]
  for (const file of results) file.text = fs.readFileSync(path.join(dir, file.path), 'utf8')
  return results
}

describe.skipIf(Boolean(missing))(`HTML report in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let dir: string
  let results: ReportFile[]
  let browser: Browser
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-report-'))
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
      fs.writeFileSync(path.join(dir, name), text)
    }
    results = runCli(dir)
    const previous = results.map((file) => ({...file, messages: file.path.includes('court') ? [] : file.messages.slice(0, 1)}))
    previous.push({path: 'news/removed.md', messages: [{...results[0].messages[0]}]})
    const html = renderHtmlReport(results, {title: 'Newsroom check', date: '2026-11-28', previous})
    fs.writeFileSync(path.join(out, 'report.html'), html)
    browser = await launchChromium()
    page = await browser.newPage({viewport: {width: 1100, height: 900}})
    page.setDefaultTimeout(90000)
    page.on('request', (request) => requests.push(request.url()))
    await page.goto('file://' + path.join(out, 'report.html'))
  })

  afterAll(async () => {
    await browser?.close()
    if (dir) fs.rmSync(dir, {recursive: true, force: true})
  })

  const all = () => results.flatMap((file) => file.messages.map((message) => ({path: file.path, message})))
  const findings = () => all().filter(({message}) => message.context !== 'citation')
  const total = (key: string) => page.textContent(`[data-total="${key}"]`).then(Number)

  it('shows totals that add up to the JSON', async () => {
    expect(await total('files')).toBe(Object.keys(files).length)
    expect(await total('findings')).toBe(findings().length)
    expect(await total('citations')).toBe(all().length - findings().length)
    expect(await total('citations')).toBeGreaterThan(0)
    expect(await total('files-with-findings')).toBe(results.filter((f) => f.messages.some((m) => m.context !== 'citation')).length)
    for (const severity of ['error', 'warning', 'suggestion', 'info']) {
      expect(await total(severity)).toBe(findings().filter(({message}) => message.severity === severity).length)
    }
    for (const context of ['use', 'quote', 'mention', 'citation']) {
      expect(Number(await page.textContent(`[data-context="${context}"]`))).toBe(all().filter(({message}) => (message.context ?? 'use') === context).length)
    }
  })

  it('charts findings by rule and by folder with the JSON counts', async () => {
    const byRule = new Map<string, number>()
    for (const {message} of findings()) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1)
    const bars = await page.$$eval('[data-chart="rule"] g.bar', (nodes) => nodes.map((n) => [n.getAttribute('data-label'), Number(n.querySelector('text.value')!.textContent)]))
    expect(new Map(bars as [string, number][])).toEqual(byRule)
    const folders = await page.$$eval('[data-chart="place"] g.bar', (nodes) => nodes.map((n) => [n.textContent!.split(':')[0], Number(n.getAttribute('data-value'))]))
    const byFolder = new Map<string, number>()
    for (const {path: p} of findings()) byFolder.set(p.split('/')[0], (byFolder.get(p.split('/')[0]) ?? 0) + 1)
    expect(new Map(folders as [string, number][])).toEqual(byFolder)
    // Bars are drawn: their width grows with the count.
    const widths = await page.$$eval('[data-chart="rule"] g.bar rect', (nodes) => nodes.map((n) => n.getBoundingClientRect().width))
    expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths))
  })

  it('lists the worst files first, every finding with its snippet, and citations apart', async () => {
    const worst = await page.$$eval('#worst-files tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-file'), Number(r.querySelector('[data-sev="total"]')!.textContent)]))
    const counts = results.map((f) => [f.path, f.messages.filter((m) => m.context !== 'citation').length] as const).filter(([, n]) => n > 0)
    expect(new Map(worst as [string, number][])).toEqual(new Map(counts))
    expect(worst[0][0]).toBe('news/2026-03-raid.md')
    expect(await page.$$eval('ol.findings > li', (nodes) => nodes.length)).toBe(findings().length)
    const snippet = await page.textContent('section.file[data-file="news/2026-03-raid.md"] li .snippet')
    expect(snippet).toBe('Police seized child pornography in the raid.')
    expect(await page.textContent('section.file[data-file="news/2026-03-raid.md"] li mark')).toBe('child pornography')
    expect(await page.$$eval('#citation-list tbody tr', (nodes) => nodes.length)).toBe(all().length - findings().length)
  })

  it('says what changed since the previous report', async () => {
    const number = (key: string) => page.textContent(`[data-change="${key}"]`).then(Number)
    const kept = results.filter((f) => !f.path.includes('court')).reduce((n, f) => n + Math.min(1, f.messages.filter((m) => m.context !== 'citation').length), 0)
    expect(await number('after')).toBe(findings().length)
    expect(await number('resolved')).toBe(1)
    expect(await number('added')).toBe(findings().length - kept)
  })

  it('keeps hostile file names and text as text, runs nothing and loads nothing', async () => {
    expect(await page.title()).toBe('Newsroom check')
    expect(await page.$$('img')).toHaveLength(0)
    expect(await page.$$('script:not([type="application/json"])')).toHaveLength(0)
    expect(await page.textContent('main')).toContain('campaign/<img src=x onerror="document.title=1">.md')
    expect(requests).toEqual(['file://' + path.join(out, 'report.html')])
    const shot = path.join(out, 'report.png')
    await page.screenshot({path: shot, fullPage: true})
    if (updateScreenshots) fs.copyFileSync(shot, path.join(repoRoot, 'packages/report/screenshot.png'))
  })
})
