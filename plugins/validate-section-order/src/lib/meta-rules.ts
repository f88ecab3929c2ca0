/**
 * Checks on the report as a whole: `title-missing`, `year-mismatch` and
 * `published-late`.
 */
import type {Nodes, Root} from '@baogao/core'
import type {Point, Position} from 'unist'
import {textOf} from './text.js'

export interface YearMismatchOptions {
  /**
   * Fewest mentions of another year in the body before the title year is
   * called into question (default: `3`).
   */
  minimumMentions?: number | undefined
}

export interface PublishedLateOptions {
  /**
   * Last publication day in the year after the report year, as `MM-DD`
   * (default: `'04-01'`, after the 2019 督察工作规定: reports are made public
   * by 1 April).
   */
  deadline?: string | undefined
}

export interface MetaFinding {
  place: Position | Point | undefined
  reason: string
}

/** Where to point at the title: its node, or the start of the report. */
function titlePlace(tree: Root): Position | Point | undefined {
  const title = tree.children.find((child) => child.type === 'title')
  return title?.position ?? tree.children[0]?.position?.start ?? tree.position?.start
}

export function checkTitle(tree: Root): Array<MetaFinding> {
  const hasNode = tree.children.some(
    (child) => child.type === 'title' && textOf(child).trim() !== ''
  )
  if (hasNode || String(tree.meta.title ?? '').trim() !== '') return []
  return [
    {
      place: tree.children[0]?.position?.start ?? tree.position?.start,
      reason:
        'Unexpected missing title, expected a title line naming the organisation, the year and the report such as `XX区人民政府2021年法治政府建设工作报告`'
    }
  ]
}

/** The year a title speaks of: `meta.year`, else the first year in it. */
function titleYear(tree: Root): number | null {
  if (typeof tree.meta.year === 'number') return tree.meta.year
  const match = /(19|20)\d\d/.exec(typeof tree.meta.title === 'string' ? tree.meta.title : '')
  return match ? Number(match[0]) : null
}

/**
 * Years the body mentions (`2021年`, `二〇二一年`), not counting ends of
 * ranges (`2021~2025年`, `2021—2025年`, `2019-2021年`) and years in
 * quoted titles (`《…(2021-2025年)》`).
 */
export function bodyYears(tree: Root): Map<number, number> {
  const counts = new Map<number, number>()
  const texts: Array<string> = []
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') {
      texts.push(textOf(node))
      return
    }

    if (node.type === 'section' || node.type === 'root') {
      for (const child of node.children) walk(child as Nodes)
    }
  }

  walk(tree)

  for (const text of texts) {
    const plain = text.replace(/《[^》]*》/g, '')
    const pattern = /(?<![0-9~～\-—－至到])(20\d\d|二[〇零○][一二三四五六七八九〇零○]{2})年(?!\d)/g
    for (const match of plain.matchAll(pattern)) {
      const before = plain.slice(Math.max(0, (match.index ?? 0) - 1), match.index ?? 0)
      const after = plain.slice((match.index ?? 0) + (match[1] ?? '').length)
      if (/^[~～\-—－至到]/.test(after)) continue
      if (/[0-9]/.test(before)) continue
      const year = toYear(match[1] ?? '')
      if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1)
    }
  }

  return counts
}

function toYear(written: string): number | null {
  if (/^\d{4}$/.test(written)) return Number(written)
  const digits = '〇一二三四五六七八九'
  const value = Array.from(written.replace(/[零○]/g, '〇'), (character) => digits.indexOf(character))
  if (value.some((digit) => digit < 0)) return null
  return Number(value.join(''))
}

/**
 * Report a title year that is not the year the body reports on: another
 * year is mentioned at least `minimumMentions` times and more than twice
 * as often as the title year.
 */
export function checkYear(tree: Root, options: YearMismatchOptions): Array<MetaFinding> {
  const year = titleYear(tree)
  if (year === null) return []
  const counts = bodyYears(tree)
  const minimum = options.minimumMentions ?? 3
  let dominant: number | undefined
  let most = 0
  for (const [candidate, count] of counts) {
    if (count > most || (count === most && dominant !== undefined && candidate < dominant)) {
      dominant = candidate
      most = count
    }
  }

  if (dominant === undefined || dominant === year) return []
  if (most < minimum || most <= 2 * (counts.get(year) ?? 0)) return []
  return [
    {
      place: titlePlace(tree),
      reason:
        'Unexpected title year `' +
        year +
        '`, expected `' +
        dominant +
        '`, the year the body reports on (' +
        most +
        ' mentions against ' +
        (counts.get(year) ?? 0) +
        ')'
    }
  ]
}

/** Report a publication date after the deadline in the following year. */
export function checkPublished(tree: Root, options: PublishedLateOptions): Array<MetaFinding> {
  const year = titleYear(tree)
  const published = /^\d{4}-\d{2}-\d{2}/.exec(String(tree.meta.published ?? ''))?.[0]
  if (year === null || published === undefined) return []
  const deadline = String(year + 1) + '-' + (options.deadline ?? '04-01')
  if (published <= deadline) return []
  return [
    {
      place: titlePlace(tree),
      reason:
        'Unexpected publication date `' +
        published +
        '`, expected on or before `' +
        deadline +
        '` for a report on `' +
        year +
        '`'
    }
  ]
}
