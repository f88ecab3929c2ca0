/**
 * The unified parser plugin.
 */
import type {Root} from '@baogao/core'
import type {Plugin, Processor} from 'unified'
import {encodingForLabel} from './decode.js'
import {parsePortal, type ParseSettings} from './parse.js'

export interface Options {
  /**
   * Charset to decode with when the page declares none and its bytes are
   * not UTF-8, such as the `charset` of an HTTP `Content-Type` header
   * (default: sniff, falling back to `gb18030`). A declaration in the page
   * wins, and bytes that contradict a declaration win over it.
   */
  encoding?: string | null | undefined
  /**
   * Largest page to parse, in bytes (default: `20971520`, 20 MiB). A larger
   * page fails with `document-too-large`.
   */
  maxSize?: number | null | undefined
  /**
   * Deepest element nesting kept as is (default: `256`). Deeper elements are
   * lifted into their ancestor at this depth, with a `deep-nesting` warning.
   */
  maxDepth?: number | null | undefined
}

const defaults: ParseSettings = {encoding: null, maxSize: 20 * 1024 * 1024, maxDepth: 256}

/**
 * Parse a government portal page (bytes in any charset, or a string) into
 * a Baogao report tree.
 */
const parsePortalHtml: Plugin<[(Options | null | undefined)?], string, Root> = function (
  this: Processor,
  options?: Options | null | undefined
) {
  const settings = readOptions(options)
  // unified 11: a parser is `(document, file) => tree`; `document` is
  // `String(file)`, so the bytes are read from `file.value` instead.
  const self = this as unknown as Processor<Root>
  self.parser = (document, file) => parsePortal(document, file, settings)
}

export default parsePortalHtml

function readOptions(options: Options | null | undefined): ParseSettings {
  if (options === null || options === undefined) return {...defaults}
  if (typeof options !== 'object') {
    throw new TypeError(
      '@baogao/parse-portal-html: unexpected options `' + String(options) + '`, expected an object'
    )
  }

  const settings = {...defaults}

  if (options.encoding !== null && options.encoding !== undefined) {
    if (typeof options.encoding !== 'string' || encodingForLabel(options.encoding) === null) {
      throw new TypeError(
        '@baogao/parse-portal-html: unexpected `encoding` option `' +
          String(options.encoding) +
          '`, expected a charset label such as `gbk` or `utf-8`'
      )
    }

    settings.encoding = options.encoding
  }

  settings.maxSize = positiveInteger(options.maxSize, 'maxSize', defaults.maxSize)
  settings.maxDepth = positiveInteger(options.maxDepth, 'maxDepth', defaults.maxDepth)
  if (settings.maxDepth > 2000) {
    throw new TypeError(
      '@baogao/parse-portal-html: unexpected `maxDepth` option `' +
        settings.maxDepth +
        '`, expected at most `2000` (deeper trees overflow the stack of hast utilities)'
    )
  }

  return settings
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === null || value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError(
      '@baogao/parse-portal-html: unexpected `' +
        name +
        '` option `' +
        String(value) +
        '`, expected a positive integer'
    )
  }

  return value
}
