// Uses the third-party node where only the augmentation allows it.
import type {Section, SectionContent} from '@baogao/core'
import {heading, section, text} from '@baogao/core'
import type {Indicator} from './indicator.js'

const indicator: Indicator = {type: 'indicator', name: '行政复议', value: '12'}

export const content: SectionContent = indicator

export const tree: Section = section({depth: 1, numbering: null}, [
  heading({runIn: false}, [text('主要指标')]),
  indicator
])

export function names(node: Section): Array<string> {
  return node.children.flatMap((child) =>
    child.type === 'indicator' ? [child.name] : []
  )
}

// @ts-expect-error: a node no one declared is still not section content.
export const unknown: SectionContent = {type: 'mystery', children: []}
