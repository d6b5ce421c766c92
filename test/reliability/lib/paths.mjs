// Where the built packages live, computed from this file so no machine path is committed.
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const coreDist = path.join(root, 'packages/core/dist/index.js')
export const coreConfigDist = path.join(root, 'packages/core/dist/config/index.js')
export const cliBin = path.join(root, 'packages/cli/dist/bin.js')
export const lspBin = path.join(root, 'packages/lsp-server/dist/bin.js')
export const lspPackage = path.join(root, 'packages/lsp-server/package.json')
