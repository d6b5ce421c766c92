import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {contentType} from '../src/content-types.js'
import {serve, type Served} from '../src/serve.js'

function get(url: string, method = 'GET'): Promise<{status: number; headers: http.IncomingHttpHeaders; body: string}> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {method}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode!, headers: response.headers, body}))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('serve', () => {
  let dir: string
  let served: Served

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luxlint-serve-'))
    fs.mkdirSync(path.join(dir, 'site/assets'), {recursive: true})
    fs.writeFileSync(path.join(dir, 'site/index.html'), '<!doctype html><title>page</title>')
    fs.writeFileSync(path.join(dir, 'site/assets/app.js'), 'export {}')
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside')
    served = await serve(path.join(dir, 'site'), 0)
  })

  afterAll(async () => {
    await served.close()
    fs.rmSync(dir, {recursive: true, force: true})
  })

  it('listens on 127.0.0.1 and serves index.html with a strict policy', async () => {
    expect(served.url).toBe(`http://127.0.0.1:${served.port}/`)
    const page = await get(served.url)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>page</title>')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("connect-src 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves assets with their content type, and HEAD without a body', async () => {
    const script = await get(served.url + 'assets/app.js')
    expect([script.status, script.headers['content-type'], script.body]).toEqual([200, 'text/javascript; charset=utf-8', 'export {}'])
    const head = await get(served.url + 'assets/app.js', 'HEAD')
    expect([head.status, head.body]).toEqual([200, ''])
  })

  it('never serves a file outside the folder, and refuses other methods', async () => {
    for (const attempt of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', 'assets/..%2f..%2fsecret.txt']) {
      const response = await get(served.url + attempt)
      expect(response.body).not.toContain('outside')
      expect([403, 404]).toContain(response.status)
    }
    expect((await get(served.url + 'missing.js')).status).toBe(404)
    expect((await get(served.url + '%E0%A4%A')).status).toBe(400)
    expect((await get(served.url, 'POST')).status).toBe(405)
  })

  it('refuses a folder without index.html with a clear sentence', async () => {
    await expect(serve(dir, 0)).rejects.toThrow(/^Unexpected folder .*: it has no index\.html \(build the page first\)$/)
  })

  it('knows the content types of a built page', () => {
    expect(contentType('a/b.CSS')).toBe('text/css; charset=utf-8')
    expect(contentType('x.unknown')).toBe('application/octet-stream')
  })
})
