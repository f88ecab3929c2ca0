/**
 * The unified parser plugin.
 */
import type {Root} from '@baogao/core'
import type {Plugin, Processor} from 'unified'
import {parse} from './parse.js'

export interface Options {
  /**
   * Recognise portal chrome (navigation, banners, page tools, footers) and
   * portal info fields around the report, as in text dumps of portal pages
   * (default: `true`). With `false`, nothing is set aside as chrome or
   * fields: only a title on the first line(s), the salutation, the closing
   * formula, the signature and notes are told apart from the body.
   */
  chrome?: boolean | null | undefined
}

/**
 * Parse plain text (a report, or a text dump of a portal page) into a
 * Baogao report tree.
 */
const parsePlainText: Plugin<[(Options | null | undefined)?], string, Root> = function (
  this: Processor,
  options?: Options | null | undefined
) {
  const settings = {chrome: readChromeOption(options)}
  // unified 11: a parser is `(document, file) => tree`.
  const self = this as unknown as Processor<Root>
  self.parser = (document, file) => parse(document, file, settings)
}

export default parsePlainText

function readChromeOption(options: Options | null | undefined): boolean {
  if (options === null || options === undefined) return true
  if (typeof options !== 'object') {
    throw new TypeError(
      '@baogao/parse-plain-text: unexpected options `' + String(options) + '`, expected an object'
    )
  }

  const value = options.chrome
  if (value === null || value === undefined) return true
  if (typeof value !== 'boolean') {
    throw new TypeError(
      '@baogao/parse-plain-text: unexpected `chrome` option `' +
        String(value) +
        '`, expected a boolean'
    )
  }

  return value
}
