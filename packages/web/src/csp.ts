/**
 * The page's Content-Security-Policy: everything from its own origin, no network connection at
 * all (`connect-src 'none'`), no plugins, no forms. Written into the built page as a meta tag and
 * sent as a header by `serve`.
 */
export const pagePolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** The header adds what a meta tag cannot say. */
export const headerPolicy = `${pagePolicy}; frame-ancestors 'none'`
