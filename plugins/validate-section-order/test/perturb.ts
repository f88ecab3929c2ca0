/**
 * A perturbation generator for report texts: remove, swap, renumber,
 * duplicate or restyle sections, or skip a level, and say which message
 * (rule id and line) each change must produce.
 *
 * It works on any report: it reads section boundaries from the parsed
 * tree, edits the source text by lines and offsets, and derives the
 * expectations from the edit alone (it never asks the plugin). Sections
 * whose levels continue their numbering across parents are left alone, as
 * moving them shifts numbers outside the edit.
 */
import type {Root, Section} from '@baogao/core'

export type Operation = 'remove' | 'swap' | 'renumber' | 'duplicate' | 'restyle' | 'skip-level'

export interface Expected {
  ruleId: string
  /** Lines at which the message may be (any one of them). */
  lines: Array<number>
}

export interface Perturbation {
  operation: Operation
  /** What was done, for test names. */
  description: string
  text: string
  /** Messages that must appear. */
  expected: Array<Expected>
  /** Further messages that may appear; `lines` empty means anywhere. */
  allowed: Array<Expected>
}

interface Options {
  /** Most perturbations per operation (spread over the report). */
  limit?: number
}

/** Template parts by independent, plain keywords (not the plugin's matcher). */
const partWords: ReadonlyArray<[string, RegExp]> = [
  ['duty', /第一责任人/],
  ['shortcomings', /不足|存在的?问题|困难和问题/],
  ['plans', /下一年度|下一步|下步|今后|明年|打算|计划/],
  ['measures', /举措|成效|做法/]
]

function partOf(section: Section): string | undefined {
  const title = headingText(section)
  return partWords.find(([, pattern]) => pattern.test(title))?.[0]
}

function headingText(section: Section): string {
  const heading = section.children[0]
  if (heading?.type !== 'heading') return ''
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('')
}

interface Info {
  section: Section
  parent: Section | Root
  /** Numbered siblings of the same style, in order. */
  siblings: Array<Section>
  start: number
  end: number
  depth: number
}

/** Every perturbation of `text` the generator can derive, up to a limit. */
export function perturbations(text: string, tree: Root, options: Options = {}): Array<Perturbation> {
  const limit = options.limit ?? 6
  const lines = text.split('\n')
  const infos = collect(tree)
  const continued = continuedStyles(infos)
  const stable = (info: Info) =>
    !continued.has(info.section.numbering?.style ?? '') &&
    descendants(info.section).every((section) => !continued.has(section.numbering?.style ?? ''))
  const lastTop = tree.children.filter((child) => child.type === 'section').at(-1)
  const result: Array<Perturbation> = []

  // Every top-level section (they carry the template parts), and up to
  // `limit` others spread over the report.
  const pick = (candidates: Array<Info>): Array<Info> => [
    ...candidates.filter((info) => info.depth === 1),
    ...spread(
      candidates.filter((info) => info.depth > 1),
      limit
    )
  ]
  const topParts = tree.children
    .filter((child): child is Section => child.type === 'section')
    .map((section) => partOf(section))

  // Remove a section that has a next sibling: the gap shows at the next.
  for (const info of pick(infos.filter((info) => next(info) && stable(info)))) {
    const following = next(info) as Section
    const until = line(following) - 1
    const part = info.depth === 1 ? partOf(info.section) : undefined
    // A part named by one heading only (part 1 spans thematic sections).
    const only =
      part !== undefined &&
      part !== 'measures' &&
      topParts.filter((candidate) => candidate === part).length === 1
    // Removing a top-level section, or one holding a part's heading, may
    // take a part away (the plugin matches more wordings than `partWords`).
    const mayRemovePart =
      info.depth === 1 || descendants(info.section).some((section) => partOf(section) !== undefined)
    result.push({
      operation: 'remove',
      description: 'remove `' + marker(info.section) + '` at line ' + info.start,
      text: join([...lines.slice(0, info.start - 1), ...lines.slice(until)]),
      expected: [
        {ruleId: 'numbering-sequence', lines: [info.start]},
        // Reported before the next part, which moves up to the gap.
        ...(only
          ? [{ruleId: 'template-missing', lines: partOf(following) === undefined ? [] : [info.start]}]
          : [])
      ],
      allowed: mayRemovePart ? [{ruleId: 'template-missing', lines: []}, {ruleId: 'template-order', lines: []}] : []
    })
  }

  // Remove the last top-level section when it is the only one naming a
  // part: that part goes missing (no number follows to show a gap).
  if (lastTop?.type === 'section' && lastTop.position && lastTop.numbering) {
    const part = partOf(lastTop)
    const count = topParts.filter((candidate) => candidate === part).length
    if (part !== undefined && part !== 'measures' && count === 1) {
      const start = lastTop.position.start.line
      const kept = [...lines.slice(0, start - 1), ...lines.slice(lastTop.position.end.line)]
      // The message belongs where the part was: the next line with text.
      const next = kept.findIndex((line, index) => index >= start - 1 && line.trim() !== '')
      result.push({
        operation: 'remove',
        description: 'remove the last section `' + marker(lastTop) + '` at line ' + start,
        text: join(kept),
        expected: [{ruleId: 'template-missing', lines: next === -1 ? [] : [next + 1]}],
        allowed: []
      })
    }
  }

  // Swap a section with its next sibling (not the report's last section).
  for (const info of pick(
    infos.filter((info) => {
      const following = next(info)
      return following && following !== lastTop && stable(info) && stable(infoOf(infos, following))
    })
  )) {
    const following = next(info) as Section
    const followingEnd = end(following)
    const first = lines.slice(info.start - 1, line(following) - 1)
    const second = lines.slice(line(following) - 1, followingEnd)
    const moved = info.start + second.length
    const parts = info.depth === 1 ? [partOf(info.section), partOf(following)] : []
    const template: Expected = {ruleId: 'template-order', lines: [info.start, moved]}
    const distinctParts = parts[0] !== undefined && parts[1] !== undefined && parts[0] !== parts[1]
    result.push({
      operation: 'swap',
      description: 'swap `' + marker(info.section) + '` and `' + marker(following) + '` at line ' + info.start,
      text: join([...lines.slice(0, info.start - 1), ...second, ...first, ...lines.slice(followingEnd)]),
      expected: [
        {ruleId: 'numbering-sequence', lines: [info.start]},
        {ruleId: 'numbering-sequence', lines: [moved]},
        ...(distinctParts ? [template] : [])
      ],
      allowed: info.depth === 1 ? [template] : []
    })
  }

  // Renumber a section three further on.
  for (const info of pick(infos.filter((info) => rewrite(marker(info.section), 1) !== undefined))) {
    const numbering = info.section.numbering
    const offset = info.section.position?.start.offset
    if (!numbering || offset === undefined) continue
    const written = rewrite(numbering.marker, numbering.ordinal + 3)
    if (written === undefined) continue
    result.push({
      operation: 'renumber',
      description: 'renumber `' + numbering.marker + '` as `' + written + '` at line ' + info.start,
      text: text.slice(0, offset) + written + text.slice(offset + numbering.marker.length),
      expected: [{ruleId: 'numbering-sequence', lines: [info.start]}],
      allowed: []
    })
  }

  // Duplicate a section right after itself.
  for (const info of pick(infos.filter((info) => info.section !== lastTop && stable(info)))) {
    const block = lines.slice(info.start - 1, info.end)
    result.push({
      operation: 'duplicate',
      description: 'duplicate `' + marker(info.section) + '` at line ' + info.start,
      text: join([...lines.slice(0, info.end), ...block, ...lines.slice(info.end)]),
      expected: [{ruleId: 'numbering-sequence', lines: [info.end + 1]}],
      allowed: []
    })
  }

  // Restyle one marker of a level used at least three times, not the first
  // (`一、` → `一.`, `(一)` ↔ `（一）`, `1.` ↔ `1、`).
  const byStyle = new Map<string, Array<Info>>()
  for (const info of infos) {
    const style = info.section.numbering?.style ?? ''
    byStyle.set(style, [...(byStyle.get(style) ?? []), info])
  }

  const restylable = [...byStyle.values()]
    .filter((list) => list.length >= 3 && new Set(list.map((info) => info.section.numbering?.marker.replace(/[^()（）.．、]/g, ''))).size === 1)
    .flatMap((list) => list.slice(1))
    .filter((info) => restyle(marker(info.section)) !== undefined)
  for (const info of pick(restylable)) {
    const numbering = info.section.numbering
    const offset = info.section.position?.start.offset
    const written = restyle(marker(info.section))
    if (!numbering || offset === undefined || written === undefined) continue
    result.push({
      operation: 'restyle',
      description: 'restyle `' + numbering.marker + '` as `' + written + '` at line ' + info.start,
      text: text.slice(0, offset) + written + text.slice(offset + numbering.marker.length),
      expected: [{ruleId: 'numbering-style', lines: [info.start]}],
      allowed: []
    })
  }

  // Skip a level: drop the heading line of a first child that has numbered
  // children and a next sibling, so its children sit beside that sibling.
  for (const info of pick(
    infos.filter((info) => {
      const children = numberedChildren(info.section)
      return (
        info.siblings[0] === info.section &&
        next(info) !== undefined &&
        children.length > 0 &&
        stable(info) &&
        info.section.position?.start.line !== children[0]?.position?.start.line
      )
    })
  )) {
    const firstChild = numberedChildren(info.section)[0] as Section
    const following = next(info) as Section
    result.push({
      operation: 'skip-level',
      description: 'drop the heading `' + marker(info.section) + '` at line ' + info.start,
      text: join([...lines.slice(0, info.start - 1), ...lines.slice(info.start)]),
      expected: [
        {ruleId: 'numbering-nesting', lines: [line(firstChild) - 1]},
        {ruleId: 'numbering-sequence', lines: [line(following) - 1]}
      ],
      allowed:
        info.depth === 1
          ? [{ruleId: 'template-missing', lines: []}, {ruleId: 'template-order', lines: []}]
          : []
    })
  }

  return result
}

function collect(tree: Root): Array<Info> {
  const result: Array<Info> = []
  const visit = (parent: Section | Root, depth: number) => {
    const sections = parent.children.filter((child): child is Section => child.type === 'section')
    for (const section of sections) {
      if (section.numbering && section.position) {
        const style = section.numbering.style
        result.push({
          section,
          parent,
          siblings: sections.filter((sibling) => sibling.numbering?.style === style),
          start: section.position.start.line,
          end: section.position.end.line,
          depth
        })
      }

      visit(section, depth + 1)
    }
  }

  visit(tree, 1)
  return result
}

/** Styles whose numbering does not start at 1 under some parent. */
function continuedStyles(infos: Array<Info>): Set<string> {
  const result = new Set<string>()
  for (const info of infos) {
    if (info.siblings[0] === info.section && (info.section.numbering?.ordinal ?? 1) !== 1) {
      result.add(info.section.numbering?.style ?? '')
    }
  }

  return result
}

function descendants(section: Section): Array<Section> {
  const result: Array<Section> = []
  for (const child of section.children) {
    if (child.type === 'section') result.push(child, ...descendants(child))
  }

  return result
}

function numberedChildren(section: Section): Array<Section> {
  return section.children.filter((child): child is Section => child.type === 'section' && child.numbering !== null)
}

function next(info: Info): Section | undefined {
  const index = info.siblings.indexOf(info.section)
  const following = info.siblings[index + 1]
  // Only a direct next sibling (no other section in between).
  const children = info.parent.children
  if (!following || children.indexOf(following) !== children.indexOf(info.section) + 1) return undefined
  return following
}

function infoOf(infos: Array<Info>, section: Section): Info {
  const info = infos.find((candidate) => candidate.section === section)
  if (!info) throw new Error('Unexpected section without info')
  return info
}

function line(section: Section): number {
  return section.position?.start.line ?? 0
}

function end(section: Section): number {
  return section.position?.end.line ?? 0
}

function marker(section: Section): string {
  return section.numbering?.marker ?? ''
}

function join(lines: Array<string>): string {
  return lines.join('\n')
}

/** Up to `limit` items spread evenly over `items`. */
function spread<T>(items: Array<T>, limit: number): Array<T> {
  if (items.length <= limit) return items
  const result: Array<T> = []
  for (let index = 0; index < limit; index++) {
    const item = items[Math.floor((index * items.length) / limit)]
    if (item !== undefined) result.push(item)
  }

  return result
}

const chineseDigits = '〇一二三四五六七八九'

function chinese(value: number): string {
  if (value < 10) return chineseDigits.charAt(value)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  return (tens === 1 ? '' : chineseDigits.charAt(tens)) + '十' + (ones === 0 ? '' : chineseDigits.charAt(ones))
}

/** The marker with its numeral rewritten to `ordinal`, same writing. */
export function rewrite(written: string, ordinal: number): string | undefined {
  if (ordinal > 99) return undefined
  if (/[0-9]+/.test(written)) return written.replace(/[0-9]+/, String(ordinal))
  if (/[０-９]+/.test(written)) {
    return written.replace(/[０-９]+/, String(ordinal).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)))
  }

  if (/[一二三四五六七八九十]+/.test(written)) return written.replace(/[一二三四五六七八九十]+/, chinese(ordinal))
  return undefined
}

/** The marker in another writing of the same level. */
export function restyle(written: string): string | undefined {
  if (/^[(（].+[)）]$/.test(written)) {
    return written.startsWith('(') ? '（' + written.slice(1, -1) + '）' : '(' + written.slice(1, -1) + ')'
  }

  if (/^[一二三四五六七八九十]+、$/.test(written)) return written.slice(0, -1) + '.'
  if (/^[0-9]+[.．]$/.test(written)) return written.slice(0, -1) + '、'
  if (/^[0-9]+、$/.test(written)) return written.slice(0, -1) + '.'
  return undefined
}
