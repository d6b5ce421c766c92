import fs from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {inProcess, luxlintAsync, tempDir} from './fixtures/cli/run.js'

// The bundled CLI loads franc, the HTML parser, MDX syntax and the YAML parser on first use
// (packages/cli/scripts/deferred-modules.mjs). Each input below needs one of them: the real bin
// must answer exactly as the unbundled code (dist/main.js, plain imports) does.
describe('modules the bundle loads on first use', () => {
  const dir = tempDir()
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    fs.writeFileSync(path.join(dir, file), text)
  }
  write('page.html', '<html><head><title>Report</title></head><body><p>The child pornography case &amp; its appeal.</p></body></html>\n')
  // Line 3 is an MDX expression (code, not prose); parsed as plain Markdown it would be prose.
  write('notes.mdx', "import {Note} from './note.js'\n\n# Notes {'child prostitute'}\n\nA child prostitute was named in the file.\n")
  // French whose function words (la, de, que, se, un) are Spanish too: franc's trigrams decide,
  // so the English term in it is not flagged.
  write(
    'trigrams.md',
    'La pédopornographie se répand toujours : un rapport de la commission montre que chaque année la diffusion de vidéos se multiplie, que beaucoup de plateformes tardent, que quelques gouvernements hésitent encore, que les enquêteurs manquent de moyens, que la prévention reste insuffisante et que les familles attendent davantage ; un magistrat évoque la child pornography, terme importé que la presse emploie encore aujourd hui.\n'
  )
  write('yaml/.luxlintrc.yaml', 'rules:\n  child-pornography: error\n')
  write('yaml/draft.md', 'The child pornography case.\n')
  write('broken-yaml/.luxlintrc.yml', 'rules: [unclosed\n')
  write('broken-yaml/draft.md', 'The child pornography case.\n')

  const findings = (stdout: string) => (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; line: number; severity: string}>}>)[0].messages.map((m) => `${m.ruleId}:${m.line}:${m.severity}`)

  it.each([
    ['page.html', ['child-pornography:1:warning']],
    ['notes.mdx', ['child-prostitute:5:warning']],
    ['trigrams.md', ['child-pornography-fr:1:warning']],
    ['yaml/draft.md', ['child-pornography:1:error']]
  ])('%s', async (file, expected) => {
    const args = ['--format', 'json', file]
    const [bundled, unbundled] = await Promise.all([luxlintAsync(args, {cwd: dir}), inProcess(args, {cwd: dir})])
    expect(bundled).toEqual(unbundled)
    expect(bundled.code).toBe(1)
    expect(findings(bundled.stdout)).toEqual(expected)
  })

  it('a broken YAML config is reported by the parser loaded on first use', async () => {
    const args = ['broken-yaml/draft.md']
    const [bundled, unbundled] = await Promise.all([luxlintAsync(args, {cwd: dir}), inProcess(args, {cwd: dir})])
    expect(bundled).toEqual(unbundled)
    expect(bundled.code).toBe(2)
    expect(bundled.stderr).toMatch(/^luxlint: broken-yaml\/\.luxlintrc\.yml: is not valid YAML \(Flow sequence/m)
  })
})
