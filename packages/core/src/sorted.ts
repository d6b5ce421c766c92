/** First index of an ascending array whose value is not below `value` (its length if none). */
export function sortedIndex(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (values[mid] < value) low = mid + 1
    else high = mid
  }
  return low
}

/** First index of `items`, ascending by `key`, whose key is not below `value` (its length if none). */
export function sortedIndexBy<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (key(items[mid]) < value) low = mid + 1
    else high = mid
  }
  return low
}
