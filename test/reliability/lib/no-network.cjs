// Preloaded with --require into luxlint processes by the privacy tests: any attempt to open a
// socket, resolve a host or make a request is recorded in $LUXLINT_NETWORK_LOG and fails.
const fs = require('node:fs')

const log = process.env.LUXLINT_NETWORK_LOG
function trap(name) {
  return function () {
    if (log) fs.appendFileSync(log, `${name}\n`)
    throw new Error(`luxlint-reliability: network access (${name}) during a lint`)
  }
}

const net = require('node:net')
const tls = require('node:tls')
const dns = require('node:dns')
const http = require('node:http')
const https = require('node:https')
const dgram = require('node:dgram')

net.Socket.prototype.connect = trap('net.Socket.connect')
net.connect = net.createConnection = trap('net.connect')
tls.connect = trap('tls.connect')
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) dns[name] = trap(`dns.${name}`)
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[name] = trap(`dns.promises.${name}`)
http.request = http.get = trap('http.request')
https.request = https.get = trap('https.request')
dgram.createSocket = trap('dgram.createSocket')
globalThis.fetch = trap('fetch')
if (globalThis.WebSocket) globalThis.WebSocket = trap('WebSocket')
