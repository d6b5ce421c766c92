import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, fixtures, tempDir} from './fixtures/cli/run.js'

// The real bin under a controlled environment: the language of luxlint's own words comes from
// --locale, LUXLINT_LOCALE and the POSIX locale variables, so each case sets them all.
const quiet = {LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LUXLINT_LOCALE: undefined}

function run(args: string[], env: Record<string, string | undefined> = {}, cwd = fixtures) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...quiet, ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('luxlint --locale', () => {
  it('words the report in English by default, French or Spanish on request', () => {
    const en = run(['dirty'])
    expect(en.stdout).toContain('✖ 3 findings (0 errors, 2 warnings, 1 suggestion, 0 info) in 3 files checked')
    expect(en.stdout).toContain('3:15  warning    Avoid')

    const fr = run(['--locale', 'fr', 'dirty'])
    expect(fr.code).toBe(1)
    expect(fr.stdout).toContain('✖ 3 signalements (0 erreur, 2 avertissements, 1 suggestion, 0 info) dans 3 fichiers vérifiés')
    expect(fr.stdout).toContain('3:15  avertissement Avoid')

    const es = run(['--locale=es', 'dirty'])
    expect(es.code).toBe(1)
    expect(es.stdout).toContain('✖ 3 hallazgos (0 errores, 2 advertencias, 1 sugerencia, 0 info) en 3 archivos revisados')
    expect(es.stdout).toContain('1:23  sugerencia  Consider')

    expect(run(['--locale', 'fr', 'clean']).stdout).toBe('✔ aucun signalement dans 1 fichier vérifié\n')
    expect(run(['--locale', 'es', 'clean']).stdout).toBe('✔ sin hallazgos en 1 archivo revisado\n')
  })

  it('takes the flag, then LUXLINT_LOCALE, then LC_ALL, LC_MESSAGES, LANG, else English', () => {
    const summary = (env: Record<string, string>, args: string[] = []) => run([...args, 'clean'], env).stdout.trim()
    expect(summary({LANG: 'fr_FR.UTF-8'})).toBe('✔ aucun signalement dans 1 fichier vérifié')
    expect(summary({LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_MX.UTF-8'})).toBe('✔ sin hallazgos en 1 archivo revisado')
    expect(summary({LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_MX.UTF-8', LC_ALL: 'C.UTF-8'})).toBe('✔ no findings in 1 file checked')
    expect(summary({LANG: 'de_DE.UTF-8'})).toBe('✔ no findings in 1 file checked')
    expect(summary({LANG: 'fr_FR.UTF-8', LUXLINT_LOCALE: 'es'})).toBe('✔ sin hallazgos en 1 archivo revisado')
    expect(summary({LUXLINT_LOCALE: 'es'}, ['--locale', 'fr-CA'])).toBe('✔ aucun signalement dans 1 fichier vérifié')
  })

  it('refuses an unknown locale with one line naming the supported ones (exit 2, no report)', () => {
    const flag = run(['--locale', 'de', 'dirty'])
    expect(flag).toEqual({code: 2, stdout: '', stderr: 'luxlint: unknown locale "de": use one of en, fr, es\n'})
    const env = run(['dirty'], {LUXLINT_LOCALE: 'klingon', LANG: 'fr_FR.UTF-8'})
    expect(env).toEqual({code: 2, stdout: '', stderr: 'luxlint: LUXLINT_LOCALE: langue inconnue « klingon » : choisissez parmi en, fr, es\n'})
  })

  it('words the one-line errors: bad options, missing and binary files, no input', () => {
    expect(run(['--locale', 'fr', '--frobnicate']).stderr).toBe('luxlint: option inconnue --frobnicate (voir luxlint --help)\n')
    expect(run(['--locale', 'es', '--fail-on', 'never', 'clean']).stderr).toBe('luxlint: --fail-on admite error, warning o suggestion, no «never»\n')
    expect(run(['--locale', 'es']).stderr).toMatch(/^luxlint: nada que revisar: indique archivos/)
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]))
    fs.writeFileSync(path.join(dir, 'ok.md'), 'A clean sentence.\n')
    const fr = run(['--locale', 'fr', 'image.txt', 'missing.md', 'ok.md'], {}, dir)
    expect(fr.code).toBe(2)
    expect(fr.stderr).toBe("luxlint: image.txt: fichier binaire, pas du texte : ignoré\nluxlint: missing.md: fichier ou dossier introuvable\n")
    expect(fr.stdout).toBe("✔ aucun signalement dans 1 fichier vérifié, 2 n'ont pas pu être lus\n")
  })

  it('words errors found in worker threads too (a run of many files)', () => {
    const dir = tempDir()
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `page-${i}.md`), `Page ${i} of the report.\n`)
    fs.writeFileSync(path.join(dir, 'page-binary.md'), Buffer.from([0x00, 0x01, 0x02]))
    const es = run(['--locale', 'es', '.'], {}, dir)
    expect(es.stderr).toBe('luxlint: page-binary.md: archivo binario, no es texto: omitido\n')
    expect(es.stdout).toBe('✔ sin hallazgos en 40 archivos revisados, 1 no se pudo leer\n')
  })

  it('words the commands and the line about files kept out by a broken config', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, '.luxlintrc.json'), '{"profile": 42}\n')
    for (const name of ['a.md', 'b.md']) fs.writeFileSync(path.join(dir, name), 'A sentence.\n')
    const broken = run(['--locale', 'fr', '.'], {}, dir)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^luxlint: \.luxlintrc\.json: profile: .* — 2 fichiers non vérifiés\n$/)
    expect(broken.stdout).toBe("✔ aucun signalement dans 0 fichier vérifié, 2 n'ont pas pu être lus\n")
    expect(run(['--locale', 'es', 'explain', 'chid-pornography']).stderr).toBe(
      'luxlint: no hay ninguna regla ni expresión «chid-pornography»; ¿quiso decir «child-pornography»? (luxlint rules las muestra todas)\n'
    )
    expect(run(['--locale', 'es', 'init'], {}, dir).stderr).toBe('luxlint: .luxlintrc.json ya existe aquí; no se sobrescribe\n')
    expect(run(['--locale', 'fr', 'report', 'a.md', '--previous', 'nope.json', '-o', 'r.html'], {}, dir).stderr).toBe('luxlint: --previous nope.json : fichier introuvable\n')
  })

  it('never changes machine output: JSON and SARIF are the same in every locale', () => {
    for (const format of ['json', 'sarif']) {
      const en = run(['--format', format, 'dirty'])
      expect(en.code).toBe(1)
      for (const locale of ['fr', 'es']) expect(run(['--format', format, '--locale', locale, 'dirty']).stdout).toBe(en.stdout)
    }
  })

  it('says in --help that it exists and that the help itself is English', () => {
    const help = run(['--help', '--locale', 'fr']).stdout
    expect(help).toContain('--locale <code>')
    expect(help).toContain('this help is English')
  })
})
