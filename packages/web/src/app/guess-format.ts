import {formatFromPath, type Format} from '@luxlint/core'

/** The format to check pasted text as: a file name decides when there is one, else HTML-looking text is HTML. */
export function guessFormat(text: string, fileName?: string): Format {
  if (fileName) return formatFromPath(fileName)
  return /^\s*(<!doctype html|<html[\s>]|<(p|div|h[1-6]|article|section|body|ul|table)[\s>][\s\S]*<\/\2>)/i.test(text) ? 'html' : 'markdown'
}
