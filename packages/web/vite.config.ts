import {defaultClientConditions, defineConfig} from 'vite'

// A static page that works from any folder of any host, and offline: relative URLs, no
// preload polyfill (it fetches), every asset bundled.
export default defineConfig({
  base: './',
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
