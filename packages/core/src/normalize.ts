/** Characters that separate the words of a phrase: spaces, no-break spaces, line breaks and hyphens. */
export const separatorClass = '[\\s\\u00A0\\u00AD\\-\\u2010-\\u2013]+'

const separators = /[\s\u00A0\u00AD\-\u2010-\u2013]+/g

/** The key a matched text and a term form share: lower case, one space between words, straight apostrophes. */
export function phraseKey(value: string): string {
  return value.toLowerCase().replace(separators, ' ').replace(/[\u2018\u2019\u02BC]/g, "'").trim()
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A RegExp source for one form: any run of separators between words, either apostrophe. */
export function formPattern(form: string): string {
  return phraseKey(form)
    .split(' ')
    .map((word) => escapeRegExp(word).replace(/'/g, "['\\u2019]"))
    .join(separatorClass)
}
