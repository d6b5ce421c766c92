import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {artifacts, browserMissing, launchChromium, updateScreenshots, webDir} from '../packages/web/test/browser.js'
import {makeDocx, p} from '../packages/documents/test/helpers/docx.js'
import {allRules, applyFixes, extractDocxText, lint} from '../packages/web/test/core.js'
import {serve, type Served} from '../packages/web/src/serve.js'

// The checker page, built by `pnpm build`, served by our own static server and used in a real
// Chromium the way a journalist would: paste, read, fix, drop a file, copy, download.
const dist = path.join(webDir, 'dist')
const missing = browserMissing() || (fs.existsSync(path.join(dist, 'index.html')) ? '' : 'packages/web/dist is not built (pnpm build)')
const out = artifacts('web')

const passage = [
  'Police seized child pornography in the raid.',
  '',
  'The Optional Protocol on the sale of children, child prostitution and child pornography applies.',
  '',
  'She was described as a child prostitute.',
  ''
].join('\n')

describe.skipIf(Boolean(missing))(`checker page in Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: Served
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const requests: string[] = []
  const problems: string[] = []
  let loaded = false

  beforeAll(async () => {
    server = await serve(dist, 0)
    browser = await launchChromium()
    context = await browser.newContext({acceptDownloads: true, viewport: {width: 1280, height: 1000}})
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url.replace(/\/$/, '')})
    // Every request of the page and its worker, from the moment the page has loaded.
    context.on('request', (request) => {
      if (loaded) requests.push(`${request.method()} ${request.url()}`)
    })
    page = await context.newPage()
    // Generous: the suite runs test files side by side on two cores.
    page.setDefaultTimeout(90000)
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    await page.goto(server.url)
    await page.waitForSelector('body[data-ready="true"][data-state="checked"]')
    loaded = true
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** Put text in the draft box as a paste would, and wait for the check of exactly that text. */
  async function paste(text: string) {
    const before = Number(await page.getAttribute('body', 'data-checks'))
    await page.fill('#draft', text)
    await page.waitForFunction((n) => Number(document.body.dataset.checks) > n && document.body.dataset.state === 'checked', before)
  }

  /** Put text in the draft box as typing would: an input event, after which the page waits for a pause. */
  async function type(text: string) {
    await page.evaluate((value) => {
      const box = document.getElementById('draft') as HTMLTextAreaElement
      box.value = value
      box.dispatchEvent(new Event('input', {bubbles: true}))
    }, text)
  }

  async function waitForCheckAfter(before: number) {
    await page.waitForFunction((n) => Number(document.body.dataset.checks) > n && document.body.dataset.state === 'checked', before)
  }

  const checks = async () => Number(await page.getAttribute('body', 'data-checks'))

  it('declares a strict Content-Security-Policy and says the text stays on the computer', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("connect-src 'none'")
    expect(await page.textContent('#privacy')).toMatch(/stays on this computer.*no network requests/s)
  })

  it('highlights every finding of the core, with its severity, and announces the counts', async () => {
    await paste(passage)
    const expected = lint(passage, {format: 'markdown', profile: 'default'})
    expect(expected.length).toBeGreaterThanOrEqual(3)
    const marks = await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => ({text: n.textContent, cls: n.className, title: n.getAttribute('title')})))
    expect(marks.map((m) => m.text)).toEqual(expected.map((m) => m.actual))
    expect(marks.map((m) => m.cls)).toEqual(expected.map((m) => `hl sev-${m.severity}`))
    // Hovering shows the one-line reason.
    expect(marks[0].title).toContain(expected[0].reason)
    expect(await page.$$eval('#findings li', (nodes) => nodes.length)).toBe(expected.length)
    expect(await page.textContent('#announcer')).toMatch(new RegExp(`^${expected.length} findings: `))
    // Each severity is shown by its underline style too, not by colour alone.
    const styles = await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => getComputedStyle(n).textDecorationStyle))
    expect(styles).toEqual(expected.map((m) => ({error: 'double', warning: 'wavy', suggestion: 'dashed', info: 'dotted'})[m.severity]))
    await page.screenshot({path: path.join(out, '1-pasted.png'), fullPage: true})
  })

  it('opens the explanation of a highlight with its alternatives and sources', async () => {
    const expected = lint(passage, {format: 'markdown'})
    const first = expected[0]
    await page.click('#annotated mark[data-finding="0"]')
    const details = await page.textContent('#details')
    expect(details).toContain(first.reason)
    expect(details).toContain(first.note)
    for (const alternative of first.expected) expect(details).toContain(alternative)
    const sources = await page.$$eval('#details .sources a', (nodes) => nodes.map((n) => ({href: n.getAttribute('href'), rel: n.getAttribute('rel')})))
    expect(sources.length).toBe(allRules().find((r) => r.id === first.ruleId)!.sources.length)
    expect(sources.every((s) => s.rel === 'noopener noreferrer')).toBe(true)
    expect(await page.getAttribute('#findings button[data-finding="0"]', 'aria-current')).toBe('true')
  })

  it('moves between findings with j/k and F8 and keeps focus on the highlight', async () => {
    const expected = lint(passage, {format: 'markdown'})
    await page.focus('#annotated mark[data-finding="0"]')
    await page.keyboard.press('j')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.finding)).toBe('1')
    expect(await page.textContent('#announcer')).toContain(`Finding 2 of ${expected.length}`)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement!.id)).toBe('details')
    expect(await page.textContent('#details')).toContain(expected[1].reason)
    await page.focus('#annotated mark[data-finding="1"]')
    await page.keyboard.press('k')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.finding)).toBe('0')
    await page.focus('#draft')
    await page.keyboard.press('F8')
    expect(await page.getAttribute('#findings button[data-finding="1"]', 'aria-current')).toBe('true')
    await page.keyboard.press('Shift+F8')
    expect(await page.getAttribute('#findings button[data-finding="0"]', 'aria-current')).toBe('true')
    // In the draft box j is just a letter.
    expect(await page.inputValue('#draft')).toBe(passage)
  })

  it('applies one fix, then all safe fixes, exactly as the core would', async () => {
    const expected = lint(passage, {format: 'markdown'})
    const first = expected[0]
    expect(first.fix?.safe).toBe(true)
    let before = await checks()
    await page.click('#annotated mark[data-finding="0"]')
    await page.click('#details button[data-replace="0"]')
    await waitForCheckAfter(before)
    const once = passage.slice(0, first.fix!.offset) + first.fix!.text + passage.slice(first.fix!.endOffset)
    expect(await page.inputValue('#draft')).toBe(once)
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.length)).toBe(lint(once, {format: 'markdown'}).length)

    await paste(passage)
    before = await checks()
    await page.click('#fix-all')
    await waitForCheckAfter(before)
    const all = applyFixes(passage, lint(passage, {format: 'markdown'}))
    expect(all.applied).toBeGreaterThan(0)
    expect(await page.inputValue('#draft')).toBe(all.output)
    expect(await page.textContent('#announcer')).toMatch(/findings?: |No findings/)
    await page.screenshot({path: path.join(out, '2-fixed.png'), fullPage: true})
  })

  it('copies and downloads the corrected text', async () => {
    const text = await page.inputValue('#draft')
    await page.click('#copy')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('draft.md')
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(text)
  })

  it('checks a file chosen in the file input, as HTML when it is HTML', async () => {
    const html = '<!doctype html><html><head><title>Child pornography ring</title></head><body><p>Officers said child porn was found.</p><p><code>child pornography</code></p></body></html>'
    const before = await checks()
    await page.setInputFiles('#file-input', {name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html)})
    await waitForCheckAfter(before)
    const expected = lint(html, {format: 'html'})
    expect(expected.length).toBeGreaterThan(0)
    expect(await page.inputValue('#draft')).toBe(html)
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => n.textContent))).toEqual(expected.map((m) => m.actual))
    expect(await page.textContent('#file-name')).toContain('story.html')
  })

  it('checks a text file dropped on the box', async () => {
    const text = 'Notes\n\nThe man was a child sex tourist.\n'
    const before = await checks()
    await page.evaluate((content) => {
      const data = new DataTransfer()
      data.items.add(new File([content], 'notes.txt', {type: 'text/plain'}))
      const zone = document.getElementById('drop-zone')!
      zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}))
      zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}))
    }, text)
    await waitForCheckAfter(before)
    const expected = lint(text, {format: 'text'})
    expect(expected.length).toBeGreaterThan(0)
    expect(await page.inputValue('#draft')).toBe(text)
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => n.textContent))).toEqual(expected.map((m) => m.actual))
  })

  it('checks the text of a Word file, read in the worker by @luxlint/documents', async () => {
    const docx = makeDocx({body: p('Court report', 'Heading1') + p('The officers found child pornography on the laptop.') + p('He was called a child prostitute.')})
    const expectedText = extractDocxText(docx).text
    const before = await checks()
    await page.setInputFiles('#file-input', {name: 'brief.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx)})
    await waitForCheckAfter(before)
    expect(await page.inputValue('#draft')).toBe(expectedText)
    const expected = lint(expectedText, {format: 'text'})
    expect(expected.length).toBeGreaterThan(0)
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => n.textContent))).toEqual(expected.map((m) => m.actual))
    expect(await page.textContent('#file-name')).toBe('Opened brief.docx (its text)')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')])
    expect(download.suggestedFilename()).toBe('brief.txt')

    await page.setInputFiles('#file-input', {name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip')})
    await page.waitForFunction(() => /broken\.docx|not a Word|zip/i.test(document.getElementById('status')!.textContent!))
    expect((await page.textContent('#status'))!.split('\n')).toHaveLength(1)
    expect(await page.inputValue('#draft')).toBe(expectedText)
  })

  it('refuses a file it cannot read with one sentence, keeping the draft', async () => {
    const kept = await page.inputValue('#draft')
    await page.setInputFiles('#file-input', {name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71])})
    await page.waitForFunction(() => /Unexpected file photo\.png/.test(document.getElementById('status')!.textContent!))
    expect(await page.inputValue('#draft')).toBe(kept)
  })

  it('follows the chosen profile and language', async () => {
    await page.selectOption('#format', 'markdown')
    let before = await checks()
    await page.selectOption('#profile', 'advocacy')
    await waitForCheckAfter(before)
    await paste(passage)
    const advocacy = lint(passage, {format: 'markdown', profile: 'advocacy'})
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => n.className))).toEqual(advocacy.map((m) => `hl sev-${m.severity}`))
    expect(await page.textContent('#profile-help')).toMatch(/Strictest/)

    const french = 'La police a saisi de la pédopornographie. Une enfant prostituée a été retrouvée.\n'
    before = await checks()
    await page.selectOption('#language', 'fr')
    await waitForCheckAfter(before)
    await paste(french)
    const expected = lint(french, {format: 'markdown', profile: 'advocacy', language: 'fr'})
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => n.textContent))).toEqual(expected.map((m) => m.actual))
    before = await checks()
    await page.selectOption('#language', 'auto')
    await page.selectOption('#profile', 'default')
    await waitForCheckAfter(before)
  })

  it('lists and searches the rules reference', async () => {
    const total = allRules().length
    expect(await page.textContent('#rule-count')).toBe(`${total} of ${total} rules`)
    await page.fill('#rule-search', 'prostitution')
    const shown = await page.$$eval('#rule-list details', (nodes) => nodes.map((n) => n.textContent!.toLowerCase()))
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(total)
    expect(shown.every((text) => text.includes('prostitution'))).toBe(true)
    expect(await page.textContent('#rule-count')).toBe(`${shown.length} of ${total} rules`)
    await page.fill('#rule-search', '')
  })

  it('checks a 100-page report in the worker while the page stays responsive', async () => {
    const paragraph = 'The committee reviewed the annual figures on online harms and the work of the hotline. Police seized child pornography and a child prostitute was rescued. '
    const long = Array.from({length: 1000}, (_, i) => `## Section ${i + 1}\n\n${paragraph.repeat(2)}\n`).join('\n')
    expect(long.length).toBeGreaterThan(300000)
    const before = await checks()
    await type(long)
    // While the worker checks, the page answers and shows that it is busy.
    await page.waitForFunction(() => document.body.dataset.state === 'checking')
    const busy = await page.evaluate(() => ({
      progress: !(document.getElementById('progress') as HTMLProgressElement).hidden,
      busy: document.getElementById('results')!.getAttribute('aria-busy'),
      status: document.getElementById('status')!.textContent,
      state: document.body.dataset.state
    }))
    expect(busy).toMatchObject({progress: true, busy: 'true', state: 'checking'})
    expect(busy.status).toMatch(/^Checking [\d,]+ characters/)
    const started = Date.now()
    await waitForCheckAfter(before)
    const shownAfter = Date.now() - started
    const expected = lint(long, {format: 'markdown'})
    expect(await page.$$eval('#annotated mark.hl', (nodes) => nodes.length)).toBe(expected.length)
    console.log(`100-page report (${long.length} characters, ${expected.length} findings) shown ${shownAfter} ms after the checking state; page says: ${await page.textContent('#status')}`)
  }, 180000)

  it('checks an edited report again from the blocks the edit touched, with the findings of a whole check', async () => {
    // Sections that differ, as a real report's do.
    const section = (i: number) =>
      `## Section ${i + 1}\n\nThe committee reviewed ${(i * 37) % 11} reports from ${1990 + (i % 30)} on online harms${', and the hotline'.repeat(i % 4)}. Police seized child pornography and a child prostitute was rescued.\n\n> The judge spoke of a ${12 + (i % 5)}-year-old prostitute.\n`
    const report = Array.from({length: 400}, (_, i) => section(i)).join('\n')
    const typeIn = async (text: string) => {
      const before = await checks()
      await type(text)
      await waitForCheckAfter(before)
      return (await page.textContent('#status'))!
    }
    console.log(`report (${report.length} characters) after the 100-page one; page says: ${await typeIn(report)}`)
    // A term typed in the middle (and taken out again with the next edit), a quotation mark
    // removed near the end, a block split near the start.
    const middle = report.indexOf('## Section 200')
    const quote = report.lastIndexOf('> The judge')
    const unquoted = report.slice(0, quote) + report.slice(quote + 2)
    const edits = [report.slice(0, middle) + 'Reporters called it kiddie porn. ' + report.slice(middle), unquoted, unquoted.replace('on online harms', 'on online\n\nharms')]
    // What each edit leaves as it was (and so keeps): the first and last block of text, the first
    // and last entry of the list. (A block split near the start moves every later line number.)
    const keeps = [
      [true, true, true, true],
      [true, false, true, false],
      [false, true, false, false]
    ]
    const ends = () => {
      const chunks = document.querySelectorAll('#annotated > .chunk')
      const entries = document.querySelectorAll('#findings li')
      return [chunks[0], chunks[chunks.length - 1], entries[0], entries[entries.length - 1]] as Array<HTMLElement & {kept?: boolean}>
    }
    for (const [n, edited] of edits.entries()) {
      await page.evaluate(`(${ends})().forEach((node) => (node.kept = true))`)
      const status = await typeIn(edited)
      const expected = lint(edited, {format: 'markdown', profile: 'default'})
      const marks = await page.$$eval('#annotated mark.hl', (nodes) => nodes.map((n) => `${n.textContent} ${n.className} ${(n as HTMLElement).dataset.finding}`))
      expect(marks).toEqual(expected.map((m, i) => `${m.actual} hl sev-${m.severity} ${i}`))
      const entries = await page.$$eval('#findings li button', (nodes) => nodes.map((n) => `${n.textContent} ${(n as HTMLElement).dataset.finding}`))
      expect(entries).toEqual(expected.map((m, i) => expect.stringMatching(new RegExp(` line ${m.line}:${m.column} · .* ${i}$`))))
      expect(await page.evaluate(`(${ends})().map((node) => node.kept === true)`)).toEqual(keeps[n])
      console.log(`edited report (${edited.length} characters, ${expected.length} findings); page says: ${status}`)
    }
    // The last highlight, renumbered after the edits, opens its own finding.
    const last = lint(edits.at(-1)!, {format: 'markdown', profile: 'default'}).at(-1)!
    await page.click('#annotated mark.hl >> nth=-1')
    expect(await page.textContent('#details')).toContain(last.actual)
  }, 180000)

  it('has no serious or critical accessibility problems (axe-core)', async () => {
    await paste(passage)
    await page.click('#annotated mark[data-finding="0"]')
    const source = fs.readFileSync(createRequire(path.join(webDir, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8')
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(source)
    const result = (await page.evaluate(() => (window as unknown as {axe: {run: () => Promise<unknown>}}).axe.run())) as {
      violations: {id: string; impact: string; help: string; nodes: unknown[]}[]
    }
    for (const v of result.violations) console.log(`axe ${v.impact}: ${v.id} — ${v.help} (${v.nodes.length})`)
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
    const shot = path.join(out, '3-explained.png')
    await page.screenshot({path: shot})
    if (updateScreenshots) fs.copyFileSync(shot, path.join(webDir, 'screenshot.png'))
  }, 120000)

  it('made no network request after loading, and logged no error', () => {
    expect(requests).toEqual([])
    expect(problems).toEqual([])
  })
})
