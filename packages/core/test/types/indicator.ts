// A third-party node, as a plugin outside this repository would define it.
import type {Data, Literal} from '@baogao/core'

export interface IndicatorData extends Data {}

/** A measured figure, such as the number of administrative reviews. */
export interface Indicator extends Literal {
  type: 'indicator'
  name: string
  value: string
  data?: IndicatorData | undefined
}
