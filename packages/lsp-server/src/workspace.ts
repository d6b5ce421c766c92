import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** The file path of a `file:` URI, or undefined for untitled and virtual documents. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href
}

/** The innermost workspace folder holding `file` (multi-root workspaces each have their own). */
export function folderOf(file: string, folders: readonly string[]): string | undefined {
  let best: string | undefined
  for (const folder of folders) {
    const relative = path.relative(folder, file)
    if (!relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.length > best.length)) best = folder
  }
  return best
}

/** Where "Allow this phrase" writes: the config in use, else `.luxlintrc.json` at the folder root (or beside the file). */
export function allowConfigPath(file: string, configFile: string | null, folders: readonly string[]): string {
  if (configFile) return configFile
  return path.join(folderOf(file, folders) ?? path.dirname(file), '.luxlintrc.json')
}
