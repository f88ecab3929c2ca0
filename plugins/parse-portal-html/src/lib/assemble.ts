/**
 * The report tree from the layout the shared line rules read
 * (`@baogao/report-lines`, as the text parser does), plus what a page adds:
 * tables and markup headings in the body, the page's tags, fields, dates
 * and assets in the metadata.
 */
import {sectionize, type Asset, type Block, type ReportMeta, type RootContent} from '@baogao/core'
import {
  endingNodes,
  type Field,
  fieldValues,
  type Layout,
  openingNodes,
  readReportMeta
} from '@baogao/report-lines'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {warn} from './messages.js'
import {toTableNode} from './tables.js'
import {type Locator, tablePlaceholder, type VirtualText} from './virtual.js'

/** What the page says about the report besides its article. */
export interface PageInfo {
  /** Fields around the article, before those the rules find in it. */
  fields: Array<Field>
  /** Bare dates next to the title or the fields. */
  dates: Array<string>
  site: Partial<Record<string, string>>
  assets: Array<Asset>
  /** Chrome set aside before the rules ran (editor lines). */
  chrome: Array<string>
}

/** Labels that name the publication date itself, before `PubDate`. */
const visiblePublishedLabels = ['发布日期', '发布时间', '发布于', '公开日期', '公开时间']

export interface Assembled {
  children: Array<RootContent>
  meta: ReportMeta
}

export function assemble(
  layout: Layout,
  virtual: VirtualText,
  locator: Locator,
  pagePoint: (offset: number) => Point,
  file: VFile,
  page: PageInfo
): Assembled {
  const onDamagedDate = (reason: string, place: Position) =>
    warn(file, 'damaged-date', reason, place)
  const opening = openingNodes(layout, locator, onDamagedDate)

  const blocks: Array<Block> = layout.body.map((line) => {
    const table = virtual.tables.get(line.index)
    if (table !== undefined && line.text === tablePlaceholder) {
      return {kind: 'table', table: toTableNode(table, pagePoint)}
    }

    return {
      kind: 'text',
      value: line.text,
      position: locator.position(line.start, line.end),
      pointAt: (index: number) => locator.point(line.start + index),
      // Only a whole line carries its markup's heading.
      heading: virtual.headings.has(line.index) && line.start === virtual.lineStarts[line.index]
    }
  })
  const body = sectionize(blocks, file)
  const ending = endingNodes(layout, locator, onDamagedDate)

  // A visible publication date first, then the guideline's `PubDate` tag,
  // then the weaker dates the text rules accept (编辑日期, 日期…).
  const pubDate = page.site['PubDate']
  const contentSource = page.site['ContentSource']
  const meta = readReportMeta(layout, body, {
    kind: 'portal-html',
    path: file.path ?? null,
    signed: ending.signed ?? opening.signed,
    fields: page.fields,
    published: [
      ...fieldValues([...page.fields, ...layout.fields], visiblePublishedLabels),
      ...(pubDate === undefined ? [] : [pubDate])
    ],
    dates: page.dates,
    issuers: contentSource === undefined ? [] : [contentSource],
    chrome: page.chrome
  })

  for (const [name, value] of Object.entries(page.site)) {
    if (value !== undefined) meta.source.site[name] = value
  }

  meta.source.assets = page.assets
  return {children: [...opening.nodes, ...body, ...ending.nodes], meta}
}
