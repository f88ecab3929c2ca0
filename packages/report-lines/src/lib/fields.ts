/**
 * Portal info fields (政务公开 metadata) in text dumps: `索引号:…`,
 * `信息来源:… | 发布时间:…`, `编辑日期:…    来源:本网    阅读次数:-`, and the
 * bullet layout where the value sits on a later line (`• 索引号:` / `2011…`).
 */
import {compact, isWhitespaceCode, stripBullet} from './text.js'

/** Labels seen on government portals, compared without whitespace. */
const knownLabels = new Set([
  '索引号', '索取号', '信息索引号', '统一编号', '登记号',
  '发文单位', '发文机关', '发文机构', '发布单位', '发布机关', '发布机构', '发布部门', '来源单位',
  '所属机构', '责任部门', '公开责任部门',
  '成文日期', '成文时间', '发文日期', '发文时间', '发布日期', '发布时间', '公开日期', '生成日期',
  '印发日期', '实施日期', '施行日期', '有效期', '失效日期', '编辑日期', '更新日期', '更新时间',
  '发表时间', '发表日期', '上传时间', '录入时间', '公开时间', '信息时间', '发布于', '更新于', '创建时间',
  '修改日期', '日期', '时间',
  '效力状态', '有效性', '时效性', '是否有效',
  '主题分类', '主题词', '体裁分类', '组配分类', '服务对象分类', '信息分类', '文件分类', '分类',
  '公文种类', '文种', '所属主题', '栏目', '所属栏目',
  '发文字号', '文号', '文件编号',
  '信息来源', '来源', '文章来源', '稿件来源', '信息提供',
  '阅读次数', '浏览次数', '点击次数', '访问次数', '点击数', '浏览量', '阅读量',
  '作者', '责任编辑', '编辑', '审核', '校对', '撰稿', '供稿', '统稿', '摄影', '发布人',
  '公开方式', '公开范围', '公开时限', '公开形式', '公开属性',
  '标题', '名称', '文件名称', '信息名称', '关键词', '关键字', '内容概述', '摘要', '字数'
])

export interface Field {
  /** The label as written, trimmed (`索引号`, `索 引 号`). */
  label: string
  /** The value, trimmed; empty when it sits on a later line. */
  value: string
}

export interface FieldLine {
  fields: Array<Field>
  /** Pieces of the line that are chrome (`[ 关 闭 ]`). */
  chrome: Array<string>
}

/** `label:value`, the label short and free of sentence punctuation. */
const labelled = /^([^:\uFF1A。,\uFF0C;\uFF1B!\uFF01?\uFF1F]{1,14}?)\s*[:\uFF1A]\s*(.*)$/s

/** Longest known label, in characters. */
const maxLabelLength = Math.max(...[...knownLabels].map((label) => label.length))

/**
 * Where known labels, padded or not, stand before a colon: `[start, end)`
 * from the label's first character to just after the colon. Read back from
 * each colon (a label ends at one), taking the longest label there, so one
 * pass over the line finds them all.
 */
function labelSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  // A label starts after the previous colon: it holds none.
  let from = 0

  for (let colon = 0; colon < text.length; colon++) {
    const code = text.charCodeAt(colon)
    if (code !== 0x3a && code !== 0xff1a) continue
    let label = ''
    let start = -1
    let count = 0
    for (let index = colon - 1; index >= from && count < maxLabelLength; index--) {
      if (isWhitespaceCode(text.charCodeAt(index))) continue
      label = text.charAt(index) + label
      count++
      if (knownLabels.has(label)) start = index
    }

    if (start !== -1) spans.push([start, colon + 1])
    from = colon + 1
  }

  return spans
}

/** Longest line read for fields. */
const maxFieldLineLength = 400

/** Page tools that follow fields on one line (`来源:本网 字号:[大 中 小] 打印`). */
const toolStart = /^[【[]?\s*(字号|字体|打印|关闭|分享|收藏|浏览次数|阅读次数|点击数|访问量)/

/**
 * Separators between fields on one line: bars, runs of two or more spaces
 * (NBSP and U+3000 included), or one space before a known label; never
 * the padding inside a label.
 */
function splitSegments(text: string): Array<string> {
  const labels = labelSpans(text)

  const labelStarts = new Set(labels.map(([labelStart]) => labelStart))
  const separator = /[|\uFF5C]|[\s\u00A0\u3000]+/g
  const segments: Array<string> = []
  let start = 0
  let label = 0
  for (const match of text.matchAll(separator)) {
    const from = match.index
    const to = from + match[0].length
    // Labels and separators both come in order: walk them together.
    while (label < labels.length && (labels[label]?.[1] ?? 0) <= from) label++
    const inside = labels[label]
    if (inside && from > inside[0] && from < inside[1]) continue
    const isBar = /[|\uFF5C]/.test(match[0])
    const wide = match[0].length >= 2
    const beforeLabel = labelStarts.has(to) || toolStart.test(text.slice(to, to + 8))
    if (isBar || wide || beforeLabel) {
      segments.push(text.slice(start, from))
      start = to
    }
  }

  segments.push(text.slice(start))
  return segments.map((segment) => segment.trim()).filter((segment) => segment.length > 0)
}

/** Read a segment as a field when its label is a known portal label. */
function readField(segment: string): Field | null {
  const match = labelled.exec(
    stripBullet(segment).replace(/^[【〖[(\uFF08]\s*|\s*[】〗\])\uFF09]$/g, '')
  )
  if (!match) return null
  const label = (match[1] ?? '').replace(/[【〖[\]】〗(\uFF08)\uFF09]/g, '').trim()
  if (!knownLabels.has(compact(label))) return null
  return {label, value: (match[2] ?? '').trim()}
}

/**
 * Read a line as portal fields, `label:value` pieces or the cells of a
 * table row (`索引号<TAB>1144…<TAB>发布机构<TAB>广州市司法局`, `| 文号 | 无 |`);
 * `null` unless at least one piece is a field with a known label. Other
 * pieces of a field line (tool links, a bare counter, a date without a
 * label) are chrome.
 */
export function readFieldLine(text: string): FieldLine | null {
  // Field lines are short; a long line is report text.
  if (text.length > maxFieldLineLength) return null
  // `【发布日期:…】【来源:…】`: bracketed fields written back to back.
  const line = stripBullet(text.trim()).replace(/([】〗\]])\s*(?=[【〖[])/g, '$1  ')
  if (!/[:\uFF1A]/.test(line)) return readTableRow(line)
  const fields: Array<Field> = []
  const chrome: Array<string> = []

  for (const segment of splitSegments(line)) {
    const field = readField(segment)
    if (field) fields.push(field)
    else chrome.push(segment)
  }

  return fields.length > 0 ? {fields, chrome} : null
}

/** Cells of a table row as text dumps write them: tabs, bars or wide spaces. */
function tableCells(text: string): Array<string> {
  if (text.includes('\t')) return text.split('\t').map((cell) => cell.trim())
  if (/[|\uFF5C]/.test(text)) {
    return text
      .replace(/^[|\uFF5C]|[|\uFF5C]$/g, '')
      .split(/[|\uFF5C]/)
      .map((cell) => cell.trim())
  }

  return text.split(/[\s\u00A0\u3000]{2,}/).map((cell) => cell.trim())
}

/** A table row of label and value cells, the first cell a known label. */
function readTableRow(text: string): FieldLine | null {
  const cells = tableCells(text)
  if (cells.length < 2 || !isLabel(cells[0] ?? '')) return null
  const fields: Array<Field> = []
  const chrome: Array<string> = []

  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] ?? ''
    if (isLabel(cell)) {
      const next = cells[index + 1]
      const hasValue = next !== undefined && !isLabel(next)
      fields.push({label: cell, value: hasValue ? next : ''})
      if (hasValue) index++
    } else if (cell !== '') {
      chrome.push(cell)
    }
  }

  return {fields, chrome}
}

function isLabel(cell: string): boolean {
  return cell.length > 0 && knownLabels.has(compact(cell))
}

/** Whether `text` is a field label with its value still to come (`发文单位:`). */
export function isPendingLabel(line: FieldLine): boolean {
  const last = line.fields.at(-1)
  return last !== undefined && last.value === '' && line.chrome.length === 0
}
