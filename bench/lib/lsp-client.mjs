import {spawn} from 'node:child_process'

/**
 * A minimal JSON-RPC 2.0 client over stdio with LSP's Content-Length framing: enough to drive a
 * real language server the way an editor does, with no client library in between.
 */
export function startLspClient(command, args, {cwd, env} = {}) {
  const child = spawn(command, args, {cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe']})
  const pending = new Map()
  const listeners = new Set()
  let nextId = 1
  let buffer = Buffer.alloc(0)
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000)
  })

  const write = (message) => {
    const body = Buffer.from(JSON.stringify({jsonrpc: '2.0', ...message}))
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`)
    child.stdin.write(body)
  }

  const dispatch = (message) => {
    if (message.id !== undefined && message.method === undefined) {
      const entry = pending.get(message.id)
      pending.delete(message.id)
      if (entry) message.error ? entry.reject(new Error(message.error.message)) : entry.resolve(message.result)
      return
    }
    if (message.id !== undefined) {
      // A request from the server (configuration, capability registration, progress): answer
      // as an editor with no settings would.
      const items = message.params?.items
      write({id: message.id, result: message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null})
      return
    }
    for (const listener of listeners) listener(message)
  }

  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1])
      if (buffer.length < headerEnd + 4 + length) return
      const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()
      buffer = buffer.subarray(headerEnd + 4 + length)
      // Its size on the wire, for the bench to report (not enumerable: not part of the message).
      dispatch(Object.defineProperty(JSON.parse(body), 'wireBytes', {value: length}))
    }
  })

  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
  exited.then(() => {
    for (const entry of pending.values()) entry.reject(new Error(`language server exited: ${stderr.trim().split('\n').pop() ?? ''}`))
  })

  return {
    pid: child.pid,
    request(method, params) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, {resolve, reject})
        write({id, method, params})
      })
    },
    notify(method, params) {
      write({method, params})
    },
    /** Resolve with the first notification that `test` accepts, or reject after `timeoutMs`. */
    waitFor(test, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener)
          reject(new Error(`no matching notification within ${timeoutMs} ms`))
        }, timeoutMs)
        const listener = (message) => {
          if (!test(message)) return
          clearTimeout(timer)
          listeners.delete(listener)
          resolve(message)
        }
        listeners.add(listener)
      })
    },
    async shutdown() {
      try {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))])
        this.notify('exit', null)
      } catch {}
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    },
    stderr: () => stderr
  }
}
