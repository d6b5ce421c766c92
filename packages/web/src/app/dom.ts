type Child = Node | string | null | undefined | false

/** A tiny element builder: text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    if (name === 'class') node.className = String(value)
    else node.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child)
  return node
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`Expected an element #${id} in index.html`)
  return node as T
}

/** Only http(s) links become links: rule data is ours, but a habit worth keeping. */
export function link(url: string | undefined, text: string): HTMLElement {
  if (!url || !/^https?:\/\//i.test(url)) return el('span', {}, text)
  return el('a', {href: url, target: '_blank', rel: 'noopener noreferrer'}, text)
}
