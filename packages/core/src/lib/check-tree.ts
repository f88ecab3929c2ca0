/**
 * Checks a report tree against the AST spec (AST.md). Type-level content
 * maps cannot be seen at run time, so node types are described here too,
 * in a table that third parties extend (`registerNodeType` or the
 * `nodeTypes` option).
 */
import type {Point} from 'unist'
import type {NumberingStyle} from './ast.js'
import {before, checkJson, isRecord, positionOf} from './check-values.js'

/** A place where a tree breaks the spec. */
export interface TreeProblem {
  /** What is wrong: `Unexpected X, expected Y`. */
  reason: string
  /** Where: `root.children[2].children[0]`. */
  path: string
}

/**
 * The named content models: where a node may appear (`contentOf`) and what
 * a parent may hold (`children`). `paragraph` takes all `phrasing` nodes
 * too, as `ParagraphContent` does.
 */
export type ContentModel =
  | 'root'
  | 'section'
  | 'paragraph'
  | 'phrasing'
  | 'signature'
  | 'enumeration'
  | 'table'
  | 'tableRow'

/** How `checkTree` recognises one node type. */
export interface NodeTypeSpec {
  /** Content models the node belongs to (`SectionContentMap` → `'section'`). */
  contentOf: Array<ContentModel>
  /** The content model of its children, or `null` for a node without children. */
  children: ContentModel | null
  /** Whether it is a literal: `value` must be a string. */
  literal?: boolean | undefined
  /** Checks of its own fields; returns reasons (`Unexpected …`), empty when fine. */
  check?: ((node: Readonly<Record<string, unknown>>) => Array<string>) | undefined
}

export interface CheckTreeOptions {
  /** Extra node types for this call, next to the registered ones. */
  nodeTypes?: Readonly<Record<string, NodeTypeSpec>> | undefined
}

const styles: ReadonlySet<NumberingStyle> = new Set<NumberingStyle>([
  '第一部分',
  '第一章',
  '第一节',
  '一、',
  '一.',
  '(一)',
  '1.',
  '1、',
  '(1)',
  '1)',
  '①',
  '一是',
  '第一,'
])
const contactTypes = new Set([
  'phone',
  'mobile',
  'fax',
  'email',
  'address',
  'postcode',
  'qq',
  'wechat',
  'name'
])

const builtIn: ReadonlyMap<string, NodeTypeSpec> = new Map<string, NodeTypeSpec>([
  ['root', {contentOf: [], children: 'root', check: checkRoot}],
  ['title', {contentOf: ['root'], children: 'phrasing'}],
  ['salutation', {contentOf: ['root'], children: 'phrasing'}],
  ['closing', {contentOf: ['root'], children: 'phrasing'}],
  ['note', {contentOf: ['root'], children: 'phrasing'}],
  ['signature', {contentOf: ['root'], children: 'signature'}],
  ['signatory', {contentOf: ['signature'], children: 'phrasing'}],
  [
    'signatureDate',
    {
      contentOf: ['signature'],
      children: 'phrasing',
      check: (node) => expectField(node, 'date', isDateOrNull, 'a `YYYY-MM-DD` date or `null`')
    }
  ],
  ['section', {contentOf: ['root', 'section'], children: 'section', check: checkSection}],
  [
    'heading',
    {
      contentOf: ['section'],
      children: 'phrasing',
      check: (node) => expectField(node, 'runIn', isBoolean, 'a boolean')
    }
  ],
  ['paragraph', {contentOf: ['root', 'section'], children: 'paragraph'}],
  [
    'enumeration',
    {
      contentOf: ['paragraph'],
      children: 'enumeration',
      check: (node) => expectField(node, 'style', isStyle, 'a numbering style')
    }
  ],
  [
    'enumerationItem',
    {contentOf: ['enumeration'], children: 'phrasing', check: (node) => checkNumbering(node.numbering, false)}
  ],
  ['table', {contentOf: ['root', 'section'], children: 'table'}],
  ['tableRow', {contentOf: ['table'], children: 'tableRow'}],
  ['tableCell', {contentOf: ['tableRow'], children: 'phrasing', check: checkTableCell}],
  ['text', {contentOf: ['phrasing'], children: null, literal: true}],
  ['redacted', {contentOf: ['phrasing'], children: null, check: checkRedacted}]
])

const registered = new Map<string, NodeTypeSpec>()

/**
 * Make `checkTree` accept a node type added by declaration merging, for
 * every later call in this process. Built-in types cannot be replaced.
 */
export function registerNodeType(type: string, spec: NodeTypeSpec): void {
  if (builtIn.has(type)) {
    throw new Error(
      'registerNodeType: unexpected `' + type + '`, expected a type that is not built in'
    )
  }

  registered.set(type, spec)
}

/**
 * Check a tree: node types allowed where they are (content models), required
 * fields with the right types, section depths, numbering ordinals, positions
 * well formed and in document order, `redacted` without position, and
 * values that survive a JSON round trip.
 *
 * @returns
 *   The problems, in document order; empty for a valid tree.
 */
export function checkTree(tree: unknown, options?: CheckTreeOptions): Array<TreeProblem> {
  const problems: Array<TreeProblem> = []
  const specs = (type: string): NodeTypeSpec | undefined =>
    options?.nodeTypes?.[type] ?? builtIn.get(type) ?? registered.get(type)

  checkJson(tree, 'root', new Set(), problems)
  // A cycle would make the walk below endless.
  if (problems.some((problem) => problem.reason.startsWith('Unexpected cycle'))) {
    return problems
  }

  if (!isRecord(tree) || tree.type !== 'root') {
    problems.push({reason: 'Unexpected tree, expected a `root` node', path: 'root'})
    return problems
  }

  const visit = (
    node: Readonly<Record<string, unknown>>,
    path: string,
    model: ContentModel | null,
    depth: number
  ): void => {
    const type = node.type
    if (typeof type !== 'string') {
      problems.push({reason: 'Unexpected node without `type`, expected a string `type`', path})
      return
    }

    const spec = specs(type)
    if (spec === undefined) {
      problems.push({reason: 'Unexpected unknown node type `' + type + '`', path})
      return
    }

    if (model !== null && !belongs(spec, model)) {
      problems.push({
        reason: 'Unexpected `' + type + '` in `' + model + '` content',
        path
      })
    }

    for (const reason of spec.check?.(node) ?? []) problems.push({reason, path})
    if (spec.literal === true && typeof node.value !== 'string') {
      problems.push({reason: 'Unexpected `value`, expected a string', path})
    }

    if (type === 'section' && node.depth !== depth + 1) {
      problems.push({
        reason: 'Unexpected depth `' + String(node.depth) + '`, expected `' + (depth + 1) + '`',
        path
      })
    }

    checkPosition(node, path, problems)
    const children = node.children

    if (spec.children === null) {
      if (children !== undefined) {
        problems.push({reason: 'Unexpected `children` on `' + type + '`', path})
      }

      return
    }

    if (!Array.isArray(children)) {
      problems.push({reason: 'Unexpected `children`, expected an array', path})
      return
    }

    const nextDepth = type === 'section' ? depth + 1 : depth
    let previousEnd: Point | undefined
    for (const [index, child] of children.entries()) {
      const childPath = path + '.children[' + index + ']'
      if (!isRecord(child)) {
        problems.push({reason: 'Unexpected child, expected a node object', path: childPath})
        continue
      }

      visit(child, childPath, spec.children, nextDepth)
      const childPosition = positionOf(child)
      if (childPosition === undefined) continue
      const parent = positionOf(node)
      if (previousEnd && before(childPosition.start, previousEnd)) {
        problems.push({reason: 'Unexpected position before the previous sibling’s end', path: childPath})
      }

      if (
        parent &&
        (before(childPosition.start, parent.start) || before(parent.end, childPosition.end))
      ) {
        problems.push({reason: 'Unexpected position outside the parent’s', path: childPath})
      }

      previousEnd = childPosition.end
    }
  }

  visit(tree, 'root', null, 0)
  return problems
}

function belongs(spec: NodeTypeSpec, model: ContentModel): boolean {
  return (
    spec.contentOf.includes(model) ||
    (model === 'paragraph' && spec.contentOf.includes('phrasing'))
  )
}

function checkRoot(node: Readonly<Record<string, unknown>>): Array<string> {
  const meta = node.meta
  if (!isRecord(meta)) return ['Unexpected `meta`, expected report metadata']
  const reasons = [
    ...expectField(meta, 'title', isStringOrNull, 'a string or `null`', 'meta.'),
    ...expectField(meta, 'issuer', isStringOrNull, 'a string or `null`', 'meta.'),
    ...expectField(
      meta,
      'kind',
      (value) => value === 'annual-report' || value === 'duty-report' || value === 'unknown',
      '`annual-report`, `duty-report` or `unknown`',
      'meta.'
    ),
    ...expectField(
      meta,
      'year',
      (value) => value === null || Number.isInteger(value),
      'an integer or `null`',
      'meta.'
    ),
    ...expectField(meta, 'published', isDateOrNull, 'a `YYYY-MM-DD` date or `null`', 'meta.'),
    ...expectField(meta, 'signed', isDateOrNull, 'a `YYYY-MM-DD` date or `null`', 'meta.'),
    ...expectField(meta, 'salutation', isStringOrNull, 'a string or `null`', 'meta.')
  ]
  const source = meta.source
  if (!isRecord(source)) return [...reasons, 'Unexpected `meta.source`, expected source info']
  return [
    ...reasons,
    ...expectField(
      source,
      'kind',
      (value) => value === 'plain-text' || value === 'portal-html',
      '`plain-text` or `portal-html`',
      'meta.source.'
    ),
    ...expectField(source, 'path', isStringOrNull, 'a string or `null`', 'meta.source.'),
    ...expectField(source, 'fields', isStringRecord, 'strings by label', 'meta.source.'),
    ...expectField(source, 'site', isStringRecord, 'strings by name', 'meta.source.'),
    ...expectField(
      source,
      'chrome',
      (value) => Array.isArray(value) && value.every((line) => typeof line === 'string'),
      'an array of strings',
      'meta.source.'
    ),
    ...expectField(
      source,
      'assets',
      (value) =>
        Array.isArray(value) &&
        value.every(
          (asset) =>
            isRecord(asset) &&
            (asset.kind === 'image' || asset.kind === 'attachment') &&
            typeof asset.url === 'string' &&
            isStringOrNull(asset.title)
        ),
      'an array of assets',
      'meta.source.'
    )
  ]
}

function checkSection(node: Readonly<Record<string, unknown>>): Array<string> {
  const reasons: Array<string> = []
  if (!Number.isInteger(node.depth) || (node.depth as number) < 1) {
    reasons.push('Unexpected `depth`, expected a positive integer')
  }

  if (node.numbering !== null) reasons.push(...checkNumbering(node.numbering, true))
  const children = Array.isArray(node.children) ? (node.children as Array<unknown>) : []
  const headings = children.flatMap((child, index) =>
    isRecord(child) && child.type === 'heading' ? [index] : []
  )
  if (headings[0] !== 0 || headings.length !== 1) {
    reasons.push('Unexpected section content, expected one `heading` as first child')
  }

  return reasons
}

function checkNumbering(value: unknown, nullable: boolean): Array<string> {
  const expected = nullable ? 'numbering or `null`' : 'numbering'
  if (!isRecord(value)) return ['Unexpected `numbering`, expected ' + expected]
  const reasons: Array<string> = []
  if (typeof value.marker !== 'string' || value.marker.length === 0) {
    reasons.push('Unexpected `numbering.marker`, expected a non-empty string')
  }

  if (!Number.isInteger(value.ordinal) || (value.ordinal as number) < 1) {
    reasons.push(
      'Unexpected `numbering.ordinal` `' + String(value.ordinal) + '`, expected a positive integer'
    )
  }

  if (!isStyle(value.style)) {
    reasons.push('Unexpected `numbering.style` `' + String(value.style) + '`, expected a numbering style')
  }

  return reasons
}

function checkTableCell(node: Readonly<Record<string, unknown>>): Array<string> {
  const isSpan = (value: unknown) => Number.isInteger(value) && (value as number) >= 1
  return [
    ...expectField(node, 'header', isBoolean, 'a boolean'),
    ...expectField(node, 'colSpan', isSpan, 'a positive integer'),
    ...expectField(node, 'rowSpan', isSpan, 'a positive integer')
  ]
}

function checkRedacted(node: Readonly<Record<string, unknown>>): Array<string> {
  return [
    ...expectField(node, 'contactType', (value) => contactTypes.has(value as string), 'a contact type'),
    ...expectField(node, 'replacement', (value) => typeof value === 'string', 'a string'),
    ...(node.position === undefined
      ? []
      : ['Unexpected `position` on `redacted`, expected none (it is generated)'])
  ]
}

function checkPosition(
  node: Readonly<Record<string, unknown>>,
  path: string,
  problems: Array<TreeProblem>
): void {
  if (node.position === undefined) return
  const position = positionOf(node)
  if (position === undefined) {
    problems.push({reason: 'Unexpected `position`, expected `start` and `end` points', path})
  } else if (before(position.end, position.start)) {
    problems.push({reason: 'Unexpected `position`, expected `end` after `start`', path})
  }
}

function expectField(
  node: Readonly<Record<string, unknown>>,
  field: string,
  test: (value: unknown) => boolean,
  expected: string,
  prefix = ''
): Array<string> {
  return test(node[field])
    ? []
    : ['Unexpected `' + prefix + field + '`, expected ' + expected]
}

function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean'
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string'
}

function isStringRecord(value: unknown): boolean {
  return isRecord(value) && Object.values(value).every((item) => typeof item === 'string')
}

function isStyle(value: unknown): boolean {
  return styles.has(value as NumberingStyle)
}

function isDateOrNull(value: unknown): boolean {
  if (value === null) return true
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(value + 'T00:00:00Z')
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
