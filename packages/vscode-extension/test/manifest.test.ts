import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {profiles} from '@luxlint/core'
import {commands as lspCommands, defaultSettings} from '@luxlint/lsp-server'
import {describe, expect, it} from 'vitest'
import {commands, serverCommands} from '../src/commands'
import {contributes} from '../src/contributes'
import {builtInLanguages} from '../src/document-selector'
import {settings} from '../src/settings'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))

describe('package.json', () => {
  it('has contributes exactly as generated from src/settings.ts and src/commands.ts (run pnpm build to regenerate)', () => {
    expect(manifest.contributes).toEqual(contributes())
  })

  it('declares the settings the brief and the server expect, each with a description', () => {
    const keys = Object.keys(manifest.contributes.configuration.properties)
    expect(keys).toEqual(['luxlint.enable', 'luxlint.profile', 'luxlint.rules', 'luxlint.languages', 'luxlint.allow', 'luxlint.trace.server', 'luxlint.redactOutput'])
    for (const key of [...Object.keys(defaultSettings), 'profile']) expect(keys).toContain(`luxlint.${key}`)
    for (const spec of Object.values(settings)) expect(spec.markdownDescription.length).toBeGreaterThan(20)
  })

  it('offers every core profile, each with its description, plus "use the config file"', () => {
    const profile = settings.profile
    expect(profile.enum).toEqual(['', ...Object.keys(profiles)])
    expect(profile.markdownEnumDescriptions).toHaveLength(profile.enum!.length)
    expect(profile.markdownEnumDescriptions!.slice(1)).toEqual(Object.values(profiles).map((p) => p.description))
  })

  it('calls only commands the server implements', () => {
    for (const name of Object.values(serverCommands)) expect(Object.values(lspCommands)).toContain(name)
    // Ours must differ from the server's: vscode-languageclient registers those names itself.
    for (const {id} of Object.values(commands)) expect(Object.values(lspCommands)).not.toContain(id)
  })

  it('activates on the built-in languages and after startup (for luxlint.languages)', () => {
    expect(manifest.activationEvents).toEqual([...builtInLanguages.map((id) => `onLanguage:${id}`), 'onStartupFinished'])
  })

  it('is a VS Code extension that runs in untrusted workspaces and bundles its dependencies', () => {
    expect(manifest.engines.vscode).toBe('^1.91.0')
    expect(manifest.main).toBe('./dist/extension.js')
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true)
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.repository.url).toMatch(/^https:\/\//)
    expect(fs.existsSync(path.join(root, manifest.icon))).toBe(true)
  })
})

describe('README.md', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

  it('documents every setting and command', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties)) expect(readme).toContain(`\`${key}\``)
    for (const {title} of Object.values(commands)) expect(readme).toContain(`luxlint: ${title}`)
  })
})
