/**
 * The unified compiler: report tree → normalized JSON text.
 */
import type {Root} from '@baogao/core'
import type {Plugin} from 'unified'
import {toNormalizedReport} from './normalize.js'

export interface Options {
  /**
   * Spaces per indentation level, `0` to `8`; `0` writes one line (JSON
   * Lines). Default: `2`.
   */
  indent?: number | null | undefined
}

const knownOptions = new Set(['indent'])

/**
 * Compile the report tree to normalized JSON: fixed key order, `indent`
 * spaces, a final newline, nothing that depends on the time or machine.
 */
export const emitJson: Plugin<[(Options | null | undefined)?], Root, string> =
  function (options) {
    const indent = checkOptions(options)

    this.compiler = function (tree, file) {
      const text = JSON.stringify(toNormalizedReport(tree as Root, file), null, indent)
      return text + '\n'
    }
  }

function checkOptions(options: Options | null | undefined): number {
  if (options === null || options === undefined) return 2

  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(
      '@baogao/emit-json: unexpected options, expected an object such as `{indent: 2}`'
    )
  }

  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) {
      throw new TypeError(
        `@baogao/emit-json: unexpected option \`${key}\`, expected \`indent\``
      )
    }
  }

  const indent = options.indent ?? 2
  if (!Number.isInteger(indent) || indent < 0 || indent > 8) {
    throw new TypeError(
      `@baogao/emit-json: unexpected \`indent\` \`${String(indent)}\`, expected an integer from 0 to 8`
    )
  }

  return indent
}
