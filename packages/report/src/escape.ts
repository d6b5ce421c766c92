const htmlEntities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Text or attribute value made safe for HTML: every markup character becomes an entity. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => htmlEntities[c])
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text. */
export function safeUrl(value: unknown): string | undefined {
  const url = String(value ?? '')
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined
}

/**
 * Text made inert in GitHub/GitLab Markdown: markup characters are backslash-escaped and `<`
 * becomes an entity, so a hostile path or finding cannot open HTML, links or tables.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => '\\' + c)
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u200b')
}

/** JSON that can sit inside `<script type="application/json">` without ending it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
