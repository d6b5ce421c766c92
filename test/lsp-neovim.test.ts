import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// A real LSP client: headless Neovim drives the built server over stdio (see
// test/fixtures/lsp/nvim-lsp-check.lua). Neovim reports byte columns, so the UTF-16 → byte
// conversion of a real editor is part of what is checked.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const server = path.join(root, 'packages/lsp-server/dist/bin.js')
const script = path.join(root, 'test/fixtures/lsp/nvim-lsp-check.lua')
describe('luxlint-lsp in headless Neovim', () => {
  it('has Neovim installed (.ci/setup.d/20-neovim.sh)', () => {
    expect(spawnSync('nvim', ['--version'], {encoding: 'utf8'}).stdout).toMatch(/^NVIM v0\.\d+/)
  })

  it('publishes diagnostics at the right byte columns, updates them on change and applies a replacement', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-nvim-'))
    const file = path.join(dir, 'draft.md')
    fs.copyFileSync(path.join(root, 'test/fixtures/lsp/draft.md'), file)
    const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      env: {...process.env, LSP_SERVER: server, LSP_FILE: file, LSP_APPEND: 'Officers found more child porn.'},
      encoding: 'utf8',
      timeout: 60000,
      input: ''
    })
    fs.rmSync(dir, {recursive: true, force: true})
    expect(result.stderr).not.toMatch(/FAIL/)
    expect(result.status).toBe(0)
    const out = result.stdout
    // "Ünïcödé 😀 they seized " is 23 UTF-16 units but 29 bytes: Neovim must say byte column 30.
    expect(out).toContain('DIAGNOSTICS open 3\nD 3:30-3:47 WARN child-pornography\nD 5:65-5:83 HINT child-prostitution\nD 5:88-5:105 HINT child-pornography\n')
    expect(out).toContain('HOVER Write instead:** “child sexual abuse material” · “child sexual exploitation material”')
    expect(out).toMatch(/DIAGNOSTICS change 4\n(?:D .*\n){3}D 6:21-6:31 WARN child-pornography\n/)
    expect(out).toContain("ACTION Replace with 'child sexual abuse material' (preferred)")
    expect(out).toContain("ACTION Replace with 'child sexual exploitation material'\n")
    expect(out).toContain('ACTION Disable luxlint for this line (child-pornography)')
    expect(out).toContain('LINE Ünïcödé 😀 they seized child sexual abuse material at the flat.')
    expect(out).toContain('DIAGNOSTICS fix 3\nD 5:65-5:83 HINT child-prostitution')
    expect(out.trimEnd().endsWith('OK')).toBe(true)
  })
})
