import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {tempDir} from './fixtures/temp-dir.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'packages/cli/dist/bin.js')
const run = (args: string[], cwd = root) => spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})

describe('luxlint report', () => {
  it('writes one self-contained HTML page with the same numbers as the JSON output, and exits like a check', () => {
    const out = path.join(tempDir('luxlint-report-'), 'report.html')
    const r = run(['report', 'examples', 'test/fixtures/cli/dirty', '-o', out, '--title', 'Weekly check'])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('luxlint: wrote the report to')
    const html = fs.readFileSync(out, 'utf8')
    expect(html).toContain('Weekly check')
    expect(html).not.toMatch(/<script\b(?![^>]*type="application\/json")/i)
    // Sources are links; nothing is loaded from elsewhere.
    expect(html).not.toMatch(/\bsrc="https?:/)
    expect(html).not.toMatch(/<link\b[^>]*href="https?:/)
    const json = JSON.parse(run(['--format', 'json', 'examples', 'test/fixtures/cli/dirty']).stdout) as Array<{messages: unknown[]}>
    const total = json.reduce((n, f) => n + f.messages.length, 0)
    expect(total).toBeGreaterThan(5)
    expect(html).toContain('child-pornography')
  })

  it('prints Markdown for a pull-request comment', () => {
    const r = run(['report', 'examples', '--format', 'markdown'])
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^### luxlint report/m)
    expect(r.stdout).toContain('child\\-pornography')
  })

  it('refuses a --previous file it cannot read, with one line and exit 2', () => {
    const r = run(['report', 'examples', '--previous', 'nope.json'])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('luxlint: --previous nope.json: no such file\n')
  })
})

describe('luxlint serve', () => {
  it('serves the checker page on 127.0.0.1 and stops on Ctrl+C', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {cwd: root})
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d) => {
        out += d
        const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)
        if (found) resolve(found[1])
      })
      child.on('exit', () => reject(new Error('serve exited: ' + out)))
      setTimeout(() => reject(new Error('no URL printed: ' + out)), 30000)
    })
    const page = await (await fetch(url)).text()
    expect(page).toMatch(/<title>[^<]*luxlint/i)
    child.kill('SIGINT')
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
  })
})

const soffice = spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0
describe.skipIf(!soffice)('Word and PDF files through the CLI (LibreOffice builds them)', () => {
  it('finds terms in .docx and .pdf, writes a reviewed Word copy with --fix, and refuses a broken file', {timeout: 180000}, () => {
    const dir = tempDir('luxlint-docs-')
    fs.writeFileSync(path.join(dir, 'bill.txt'), 'Section 3. Definitions\n\nThe offender possessed child pornography and visited a child sex tourism website.\n')
    for (const target of ['docx', 'pdf']) spawnSync('soffice', ['--headless', '--convert-to', target, '--outdir', dir, path.join(dir, 'bill.txt')], {timeout: 120000})
    const json = JSON.parse(run(['--format', 'json', 'bill.docx', 'bill.pdf'], dir).stdout) as Array<{path: string; messages: Array<{ruleId: string; location?: unknown}>}>
    for (const file of json) {
      expect(file.messages.map((m) => m.ruleId)).toEqual(['child-pornography', 'child-sex-tourism'])
      expect(file.messages[0].location).toBeDefined()
    }
    const before = fs.readFileSync(path.join(dir, 'bill.docx'))
    const fixed = run(['--fix', 'bill.docx'], dir)
    expect(fixed.stderr).toMatch(/wrote bill\.luxlint\.docx with 1 tracked change and 1 comment; bill\.docx is unchanged/)
    expect(fs.readFileSync(path.join(dir, 'bill.docx'))).toEqual(before)
    fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a zip')
    const broken = run(['broken.docx', 'bill.docx'], dir)
    expect(broken.status).toBe(2)
    expect(broken.stderr).toContain('luxlint: broken.docx: not a valid DOCX file')
    expect(broken.stdout).toContain('bill.docx')
  })
})
