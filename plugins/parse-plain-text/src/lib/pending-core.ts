// TEMPORARY: stand-ins for core helpers not landed yet (parseDate, toText,
// headingTitle). To be replaced by the imports from '@baogao/core'.
import type {Nodes, Section} from '@baogao/core'

export interface ParsedDate {
  value: string | null
  year: number | null
  month: number | null
  day: number | null
  damaged: boolean
}

const digits: Record<string, string> = {〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9'}

function chinese(text: string): string {
  return text.replace(/[〇零○一二三四五六七八九]/g, (d) => digits[d] ?? d).replace(/(\d)?十(\d)?/g, (_, a, b) => String((a ? Number(a) : 1) * 10 + (b ? Number(b) : 0)))
}

export function parseDate(text: string): ParsedDate | null {
  const t = chinese(text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
  let m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(t)
  let damaged = false
  if (!m) {
    m = /(\d{4})(\d{1,2})(\d{2})(?!\d)/.exec(t)
    damaged = true
    if (m && Number(m[2]) > 12) m = /(\d{4})(\d)(\d{1,2})(?!\d)/.exec(t)
  }
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return {value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, year: y, month: mo, day: d, damaged}
}

export function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Array<Nodes>).map((child) => toText(child)).join('')
  return ''
}

export function headingTitle(section: Section): string {
  const heading = section.children.find((child) => child.type === 'heading')
  return heading ? toText(heading).replace(/[。.]$/, '') : ''
}
