import fs from 'node:fs'
import path from 'node:path'
import type {Ignore} from 'ignore'
import {describeFsError} from './read.js'
import {t} from './locale/index.js'

/** File types luxlint reads when it walks a directory. */
export const extensions = ['.md', '.markdown', '.mdown', '.mdx', '.txt', '.text', '.html', '.htm', '.docx', '.pdf', '.odt']

export interface Target {
  path: string
  /** The absolute path, when the folder walk made it. */
  absolute?: string
  /** Set when the path could not be used: the one-line reason. */
  error?: string
}

type NewIgnore = () => Ignore

// The glob and ignore-file libraries load only for globs and folders: a run over named files
// does not need them, and loading them was part of every run's start-up.
const ignoreLibrary = async (): Promise<NewIgnore> => (await import('ignore')).default

/**
 * Expand the command-line operands into files: files as given, directories walked and globs
 * expanded (both skipping `.git`, `node_modules` and what `.gitignore`/`.luxlintignore` files
 * exclude). Order is stable.
 */
export async function expandTargets(operands: string[], cwd = process.cwd()): Promise<Target[]> {
  const targets: Target[] = []
  const seen = new Set<string>()
  const add = (target: Target): void => {
    const key = target.absolute ?? path.resolve(cwd, target.path)
    if (!seen.has(key)) {
      seen.add(key)
      targets.push(target)
    }
  }
  for (const operand of operands) {
    const absolute = path.resolve(cwd, operand)
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(absolute)
    } catch (error) {
      const {glob, isDynamicPattern} = await import('tinyglobby')
      if (isDynamicPattern(operand)) {
        const newIgnore = await ignoreLibrary()
        const found = (await glob(operand, {cwd, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true}))
          .filter((file) => wantedByGlob(operand, file) && !ignoredByFiles(path.resolve(cwd, file), newIgnore))
          .sort()
        if (found.length === 0) add({path: operand, error: t().noFilesMatch})
        for (const file of found) add({path: file})
        continue
      }
      add({path: operand, error: describeFsError(error)})
      continue
    }
    if (stat.isDirectory()) for (const file of walk(absolute, cwd, await ignoreLibrary())) add(file)
    else add({path: operand})
  }
  return targets
}

/** A glob such as `docs/*` matches only document types; `notes/*.rst` says which type it wants. */
function wantedByGlob(pattern: string, file: string): boolean {
  const last = pattern.split('/').at(-1) ?? ''
  if (/\.[\w-]+$/.test(last) && !/\*$/.test(last)) return true
  return extensions.includes(path.extname(file).toLowerCase())
}

/** Whether `.gitignore`/`.luxlintignore` files in the file's folder or above exclude it. */
function ignoredByFiles(file: string, newIgnore: NewIgnore): boolean {
  const dir = path.dirname(file)
  const own = readIgnore(dir, newIgnore)
  const chain = [...inheritedIgnores(dir, newIgnore), ...(own ? [{base: dir, ig: own}] : [])]
  return ignored(file, false, chain)
}

/**
 * The files under `root` (absolute and normalized), as paths from `cwd`. Paths are joined as
 * strings: a folder of thousands of files made Node's path functions hot enough to be compiled,
 * at ~200 ms of CPU, before the first file was linted.
 */
function walk(root: string, cwd: string, newIgnore: NewIgnore): Target[] {
  const files: Target[] = []
  const base = path.resolve(cwd)
  const inBase = base.endsWith(path.sep) ? base : base + path.sep
  const visit = (dir: string, rules: Array<{base: string; ig: Ignore}>): void => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true})
    } catch {
      return
    }
    const own = readIgnore(dir, newIgnore)
    const active = own ? [...rules, {base: dir, ig: own}] : rules
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue
      const full = dir.endsWith(path.sep) ? dir + entry.name : dir + path.sep + entry.name
      const isDir = entry.isDirectory()
      if (ignored(full, isDir, active)) continue
      if (isDir) visit(full, active)
      else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())) {
        files.push({path: full.startsWith(inBase) ? full.slice(inBase.length) : path.relative(cwd, full) || full, absolute: full})
      }
    }
  }
  visit(root, inheritedIgnores(root, newIgnore))
  return files
}

function ignored(full: string, isDir: boolean, rules: Array<{base: string; ig: Ignore}>): boolean {
  for (const {base, ig} of rules) {
    const relative = path.relative(base, full).split(path.sep).join('/')
    if (!relative || relative.startsWith('..')) continue
    if (ig.ignores(isDir ? relative + '/' : relative)) return true
  }
  return false
}

function readIgnore(dir: string, newIgnore: NewIgnore): Ignore | undefined {
  let content = ''
  for (const name of ['.gitignore', '.luxlintignore']) {
    try {
      content += fs.readFileSync(path.join(dir, name), 'utf8') + '\n'
    } catch {
      // No ignore file here.
    }
  }
  return content.trim() ? newIgnore().add(content) : undefined
}

/** `.gitignore` files of the folders above `root`, up to the repository root. */
function inheritedIgnores(root: string, newIgnore: NewIgnore): Array<{base: string; ig: Ignore}> {
  const chain: Array<{base: string; ig: Ignore}> = []
  let dir = path.dirname(root)
  while (dir !== path.dirname(dir)) {
    const ig = readIgnore(dir, newIgnore)
    if (ig) chain.unshift({base: dir, ig})
    if (fs.existsSync(path.join(dir, '.git'))) break
    dir = path.dirname(dir)
  }
  return chain
}

/** Paths from a `--file-list`: one per line; blank lines skipped, CRLF and a BOM tolerated. */
export function parseFileList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
