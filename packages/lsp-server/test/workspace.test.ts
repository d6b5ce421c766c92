import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ArgumentError, positionArgument, uriArgument} from '../src/commands.js'
import {allowConfigPath, folderOf, pathToUri, uriToPath} from '../src/workspace.js'

const root = path.resolve('/', 'ws')
const a = path.join(root, 'a')
const nested = path.join(root, 'a', 'nested')
const b = path.join(root, 'b')

describe('workspace folders', () => {
  it('picks the innermost folder holding a file (multi-root)', () => {
    expect(folderOf(path.join(nested, 'x.md'), [a, nested, b])).toBe(nested)
    expect(folderOf(path.join(a, 'x.md'), [a, nested, b])).toBe(a)
    expect(folderOf(path.join(root, 'ab', 'x.md'), [a, b])).toBeUndefined()
  })

  it('writes "allow" to the config in use, else .luxlintrc.json at the folder root, else beside the file', () => {
    expect(allowConfigPath(path.join(a, 'docs', 'x.md'), path.join(a, 'luxlint.config.json'), [a])).toBe(path.join(a, 'luxlint.config.json'))
    expect(allowConfigPath(path.join(a, 'docs', 'x.md'), null, [a, b])).toBe(path.join(a, '.luxlintrc.json'))
    expect(allowConfigPath(path.join(root, 'c', 'x.md'), null, [a])).toBe(path.join(root, 'c', '.luxlintrc.json'))
  })

  it('maps file URIs to paths and leaves other schemes alone', () => {
    const file = path.join(a, 'with space é.md')
    expect(uriToPath(pathToUri(file))).toBe(file)
    expect(uriToPath('untitled:Untitled-1')).toBeUndefined()
    expect(uriToPath('file://remote-host/x.md')).toBeUndefined()
  })
})

describe('command arguments', () => {
  it('accepts a URI and a position', () => {
    expect(uriArgument(['file:///x.md'], 'luxlint.explain')).toBe('file:///x.md')
    expect(positionArgument(['file:///x.md', {line: 2, character: 5, extra: 1}], 'luxlint.explain')).toEqual({line: 2, character: 5})
  })

  it('rejects anything else with one sentence', () => {
    expect(() => uriArgument(undefined, 'luxlint.fixAll')).toThrow(new ArgumentError('Expected a document URI as the first argument of luxlint.fixAll'))
    expect(() => uriArgument([42], 'luxlint.fixAll')).toThrow(ArgumentError)
    expect(() => positionArgument(['file:///x.md'], 'luxlint.explain')).toThrow('Expected a position {line, character} as the second argument of luxlint.explain')
    expect(() => positionArgument(['file:///x.md', {line: -1, character: 0}], 'luxlint.explain')).toThrow(ArgumentError)
    expect(() => positionArgument(['file:///x.md', {line: 1.5, character: 0}], 'luxlint.explain')).toThrow(ArgumentError)
  })
})
