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

/** The key each element was made for by `patchChildren`. */
const keys = new WeakMap<Element, string>()

/**
 * Make the children of `container` the elements for `wanted` (one key per element, saying all it
 * shows but its place): those at the start and at the end whose keys are unchanged are kept, and
 * `renumber` tells each kept one at the end its new place. A check after an edit changes a few
 * elements in between; building and laying out thousands again took most of a large draft's
 * time after each check.
 */
export function patchChildren(container: HTMLElement, wanted: readonly string[], make: (index: number) => HTMLElement, renumber: (node: HTMLElement, index: number) => void): void {
  const old = Array.from(container.children) as HTMLElement[]
  const same = (node: HTMLElement, index: number) => keys.get(node) === wanted[index]
  let head = 0
  while (head < old.length && head < wanted.length && same(old[head], head)) head++
  let tail = 0
  while (tail < old.length - head && tail < wanted.length - head && same(old[old.length - 1 - tail], wanted.length - 1 - tail)) tail++
  for (let i = head; i < old.length - tail; i++) old[i].remove()
  const fresh = document.createDocumentFragment()
  for (let i = head; i < wanted.length - tail; i++) {
    const node = make(i)
    keys.set(node, wanted[i])
    fresh.append(node)
  }
  container.insertBefore(fresh, tail ? old[old.length - tail] : null)
  for (let j = 0; j < tail; j++) renumber(old[old.length - tail + j], wanted.length - tail + j)
}
