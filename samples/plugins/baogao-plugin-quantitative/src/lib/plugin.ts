/**
 * The `quantitative` rule: a report on a year's work should say what was
 * done in numbers. It counts quantitative indicators in the body (the
 * preamble, sections and tables; not the title, salutation, closing,
 * signature or notes) and reports a report with fewer than `minimum`.
 */
import {defineRule, toText} from '@baogao/plugin-kit'
import type {RootContent} from '@baogao/plugin-kit'
import {defaultUnits, findIndicators} from './indicators.js'

export interface Options {
  /** Fewest indicators a report should have (default: `1`). */
  minimum?: number
  /** Units that make a number an indicator (default: `defaultUnits`). */
  units?: Array<string>
}

const bodyTypes: ReadonlySet<string> = new Set(['paragraph', 'section', 'table'])

const quantitative = defineRule<Options>(
  {
    id: 'quantitative',
    source: 'baogao-plugin-quantitative',
    url: 'https://github.com/baogao/baogao/tree/main/samples/plugins/baogao-plugin-quantitative#quantitative',
    fields: {
      minimum: {kind: 'integer', minimum: 1},
      units: {kind: 'strings'}
    }
  },
  {minimum: 1, units: [...defaultUnits]},
  ({tree, options, report}) => {
    const body = tree.children.filter((node: RootContent) => bodyTypes.has(node.type))
    // An empty report is a parser's concern, not this rule's.
    if (body.length === 0) return
    const count = body.reduce((total, node) => total + findIndicators(toText(node), options.units).length, 0)
    if (count < options.minimum) {
      report(
        'Unexpected `' + count + '` quantitative indicators in the body, expected at least `' + options.minimum + '` (numbers with units such as `120件`, `15%`)',
        body[0]
      )
    }
  }
)

export default quantitative
