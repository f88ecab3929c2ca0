// The declaration merging a third party writes to add its node to sections.
import type {Indicator} from './indicator.js'

declare module '@baogao/core' {
  interface SectionContentMap {
    indicator: Indicator
  }
}
