/**
 * Text → report tree: cut the input into lines, read the layout, hand the
 * body lines to core's sectionizer, and derive the metadata.
 */
import {root, sectionize, type Root, type TextBlock} from '@baogao/core'
import {
  endingNodes,
  type Line,
  openingNodes,
  readLayout,
  readReportMeta,
  splitLines
} from '@baogao/report-lines'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {createLocator, type Locator} from './locator.js'
import {report} from './messages.js'

export interface ParseSettings {
  chrome: boolean
}

export function parse(value: string, file: VFile, settings: ParseSettings): Root {
  const locator = createLocator(file, value)
  const layout = readLayout(splitLines(value), {chrome: settings.chrome})
  const onDamagedDate = (reason: string, place: Position) =>
    report(file, 'damaged-date', reason, place)

  const opening = openingNodes(layout, locator, onDamagedDate)
  const body = sectionize(
    layout.body.map((line) => textBlock(line, locator)),
    file
  )
  const ending = endingNodes(layout, locator, onDamagedDate)
  const meta = readReportMeta(layout, body, {
    kind: 'plain-text',
    path: file.path ?? null,
    signed: ending.signed ?? opening.signed
  })

  if (value.trim().length === 0) {
    report(file, 'empty-document', 'Unexpected empty document, expected report text')
  } else {
    if (layout.body.length === 0) {
      report(
        file,
        'body-not-found',
        'Unexpected document without body text, expected paragraphs or sections'
      )
    }

    if (meta.title === null) {
      const first = layout.body[0]
      report(
        file,
        'title-not-found',
        'Unexpected report without title, expected a title line such as `…2020年法治政府建设工作报告`',
        first ? locator.point(first.start) : undefined
      )
    }
  }

  return root(
    meta,
    [...opening.nodes, ...body, ...ending.nodes],
    locator.position(0, value.length)
  )
}

function textBlock(line: Line, locator: Locator): TextBlock {
  return {
    kind: 'text',
    value: line.text,
    position: locator.position(line.start, line.end),
    pointAt: (index) => locator.point(line.start + index)
  }
}
