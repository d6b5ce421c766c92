import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {contentType} from './content-types.js'
import {headerPolicy} from './csp.js'

export interface ServeOptions {
  /** 127.0.0.1 unless set: the page is for this computer, not the network. */
  host?: string
}

export interface Served {
  url: string
  port: number
  close: () => Promise<void>
}

/** The built checker page (`packages/web/dist`). */
export function siteDir(): string {
  return fileURLToPath(new URL('../dist/', import.meta.url))
}

const headers = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache'
}

/**
 * Serve a folder of static files over HTTP: GET and HEAD only, nothing outside the folder,
 * `index.html` for folders. Port 0 picks a free port. Resolves once listening.
 */
export function serve(dir: string, port = 0, options: ServeOptions = {}): Promise<Served> {
  const root = path.resolve(dir)
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(new Error(`Unexpected folder ${dir}: it has no index.html (build the page first)`))
  }
  const server = http.createServer((request, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, {...headers, 'Content-Type': 'text/plain; charset=utf-8'})
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n')
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      return send(400, 'Bad request\n')
    }
    if (pathname.includes('\0')) return send(400, 'Bad request\n')
    let file = path.join(root, path.normalize(pathname))
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'Forbidden\n')
    fs.stat(file, (error, stat) => {
      if (!error && stat.isDirectory()) file = path.join(file, 'index.html')
      fs.readFile(file, (readError, body) => {
        if (readError) return send(404, 'Not found\n')
        response.writeHead(200, {...headers, 'Content-Type': contentType(file), 'Content-Length': body.length})
        response.end(request.method === 'HEAD' ? undefined : body)
      })
    })
  })
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const actual = typeof address === 'object' && address ? address.port : port
      const shown = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shown}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          })
      })
    })
  })
}
