import {defaultClientConditions, defineConfig, type Plugin} from 'vite'
import {pagePolicy} from './src/csp.js'

// The built page carries its policy as a meta tag, so it holds on any static host. Only in the
// build: Vite's dev server injects inline styles that the policy forbids.
const contentSecurityPolicy: Plugin = {
  name: 'luxlint-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{tag: 'meta', attrs: {'http-equiv': 'Content-Security-Policy', content: pagePolicy}, injectTo: 'head-prepend'}]
}

// A static page that works from any folder of any host, and offline: relative URLs, no
// preload polyfill (it fetches), every asset bundled.
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy],
  resolve: {
    // The core runs in a Web Worker, where there is no `document`: packages that ship a DOM
    // build for browsers (decode-named-character-reference, used by remark) must use their
    // worker build instead.
    conditions: ['worker', ...defaultClientConditions]
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: {polyfill: false},
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 2000
  },
  worker: {format: 'es'}
})
