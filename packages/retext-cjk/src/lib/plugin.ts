import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {parseCjk} from './parse.js'

/**
 * unified parser: Chinese (CJK) text to nlcst.
 *
 * ```js
 * const tree = unified().use(retextCjk).parse('电话：0716-5227196。')
 * ```
 */
export const retextCjk: Plugin<[], string, Root> = function () {
  this.parser = parseCjk
}
