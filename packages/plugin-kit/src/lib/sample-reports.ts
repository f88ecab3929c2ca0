/**
 * Small reports the conformance suite runs every plugin on, each with its
 * source text and the tree a parser and a redactor would make of it. The
 * contact details in the sources are replaced by `redacted` nodes in the
 * trees, so a plugin that copies source text into its output (by slicing
 * `file.value` at a node's position, say) is caught leaking them.
 */
import {
  closing,
  emptyMeta,
  enumeration,
  enumerationItem,
  heading,
  note,
  numbering,
  paragraph,
  redacted,
  root,
  salutation,
  section,
  signatory,
  signature,
  signatureDate,
  table,
  tableCell,
  tableRow,
  text,
  title
} from '@baogao/core'
import type {Root} from '@baogao/core'
import type {Position} from 'unist'

/** A report for the conformance suite. */
export interface SampleReport {
  /** File path given to the vfile: `conformance/annual.txt`. */
  path: string
  /** The source text, contact details included. */
  value: string
  /** The tree after parsing and redaction. */
  tree: Root
}

interface Source {
  value: string
  /** `line` (1-based), characters `from` to `to` of that line. */
  span(line: number, from: number, to: number): Position
  /** The whole of `line`. */
  line(line: number): Position
  /** Lines `from` to `to`, whole. */
  lines(from: number, to: number): Position
  /** The first `part` in `line` at or after `after`. */
  find(line: number, part: string, after?: number): Position
  /** The last `part` in `line`. */
  findLast(line: number, part: string): Position
}

function sourceOf(lines: ReadonlyArray<string>): Source {
  const starts: Array<number> = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }

  const lineText = (line: number): string => {
    const found = lines[line - 1]
    if (found === undefined) throw new RangeError('No line ' + line)
    return found
  }

  const point = (line: number, index: number) => ({line, column: index + 1, offset: (starts[line - 1] ?? 0) + index})
  const span = (line: number, from: number, to: number): Position => ({start: point(line, from), end: point(line, to)})

  return {
    value: lines.join('\n') + '\n',
    span,
    line: (line) => span(line, 0, lineText(line).length),
    lines: (from, to) => ({start: point(from, 0), end: point(to, lineText(to).length)}),
    find(line, part, after = 0) {
      const index = lineText(line).indexOf(part, after)
      if (index === -1) throw new RangeError('No `' + part + '` in line ' + line)
      return span(line, index, index + part.length)
    },
    findLast(line, part) {
      const index = lineText(line).lastIndexOf(part)
      if (index === -1) throw new RangeError('No `' + part + '` in line ' + line)
      return span(line, index, index + part.length)
    }
  }
}

/** An annual report in the official order, with a table and contact details. */
function annualReport(): SampleReport {
  const path = 'conformance/annual.txt'
  const s = sourceOf([
    '某某市司法局2023年法治政府建设年度报告',
    '市人民政府:',
    '现将我局2023年法治政府建设情况报告如下:',
    '一、主要举措和成效',
    '(一)完善制度。全年办理行政复议案件120件,同比增长15%。',
    '一是加强培训,培训干部3200人次;二是强化监督,开展执法检查46次。',
    '指标 数量',
    '行政复议案件 120件',
    '二、存在的不足和原因',
    '部分单位依法行政意识不强。咨询电话:0716-5227196,邮箱:fzb@example.gov.cn。',
    '三、下一年度工作安排',
    '继续推进法治政府建设。联系人地址:湖北省公安县斗湖堤镇油江路122号。',
    '特此报告。',
    '某某市司法局',
    '2024年1月8日'
  ])
  const phrase = (line: number, part: string) => text(part, s.find(line, part))
  const top = (line: number, marker: string, ordinal: number, heading_: string, body: Parameters<typeof section>[1], end: number) =>
    section({depth: 1, numbering: numbering(marker, ordinal, '一、')}, [heading({runIn: false}, [phrase(line, heading_)], s.line(line)), ...body], s.lines(line, end))

  const meta = {
    ...emptyMeta('plain-text', path),
    title: '某某市司法局2023年法治政府建设年度报告',
    issuer: '某某市司法局',
    kind: 'annual-report' as const,
    year: 2023,
    signed: '2024-01-08',
    salutation: '市人民政府:'
  }

  const tree = root(meta, [
    title([phrase(1, '某某市司法局2023年法治政府建设年度报告')], s.line(1)),
    salutation([phrase(2, '市人民政府:')], s.line(2)),
    paragraph([phrase(3, '现将我局2023年法治政府建设情况报告如下:')], s.line(3)),
    top(4, '一、', 1, '主要举措和成效', [
      section({depth: 2, numbering: numbering('(一)', 1, '(一)')}, [
        heading({runIn: true}, [phrase(5, '完善制度。')], s.span(5, 0, 8)),
        paragraph([phrase(5, '全年办理行政复议案件120件,同比增长15%。')], s.find(5, '全年办理行政复议案件120件,同比增长15%。')),
        paragraph([
          enumeration({style: '一是'}, [
            enumerationItem({numbering: numbering('一是', 1, '一是')}, [phrase(6, '一是加强培训,培训干部3200人次;')], s.find(6, '一是加强培训,培训干部3200人次;')),
            enumerationItem({numbering: numbering('二是', 2, '一是')}, [phrase(6, '二是强化监督,开展执法检查46次。')], s.find(6, '二是强化监督,开展执法检查46次。'))
          ], s.line(6))
        ], s.line(6)),
        table([
          tableRow([tableCell({header: true}, [phrase(7, '指标')], s.find(7, '指标')), tableCell({header: true}, [phrase(7, '数量')], s.find(7, '数量'))], s.line(7)),
          tableRow([tableCell({}, [phrase(8, '行政复议案件')], s.find(8, '行政复议案件')), tableCell({}, [phrase(8, '120件')], s.find(8, '120件'))], s.line(8))
        ], s.lines(7, 8))
      ], s.lines(5, 8))
    ], 8),
    top(9, '二、', 2, '存在的不足和原因', [
      paragraph([
        phrase(10, '部分单位依法行政意识不强。咨询电话:'),
        redacted('phone', '[电话]'),
        phrase(10, ',邮箱:'),
        redacted('email', '[邮箱]'),
        text('。', s.findLast(10, '。'))
      ], s.line(10))
    ], 10),
    top(11, '三、', 3, '下一年度工作安排', [
      paragraph([
        phrase(12, '继续推进法治政府建设。联系人地址:'),
        redacted('address', '[地址]'),
        text('。', s.findLast(12, '。'))
      ], s.line(12))
    ], 12),
    closing([phrase(13, '特此报告。')], s.line(13)),
    signature([
      signatory([phrase(14, '某某市司法局')], s.line(14)),
      signatureDate({date: '2024-01-08'}, [phrase(15, '2024年1月8日')], s.line(15))
    ], s.lines(14, 15))
  ], s.lines(1, 15))

  return {path, value: s.value, tree}
}

/** A duty report without a title, with other numbering styles and a note. */
function dutyReport(): SampleReport {
  const path = 'conformance/duty.txt'
  const s = sourceOf([
    '2024年,本人认真履行推进法治建设第一责任人职责。',
    '第一部分 履职情况',
    '第一,带头学法;第二,带头守法。',
    '第二部分 下一步打算',
    '手机:13912345678。',
    '(此件公开发布)'
  ])
  const phrase = (line: number, part: string) => text(part, s.find(line, part))
  const meta = {...emptyMeta('plain-text', path), kind: 'duty-report' as const, year: 2024}

  const tree = root(meta, [
    paragraph([phrase(1, '2024年,本人认真履行推进法治建设第一责任人职责。')], s.line(1)),
    section({depth: 1, numbering: numbering('第一部分', 1, '第一部分')}, [
      heading({runIn: false}, [phrase(2, '履职情况')], s.line(2)),
      paragraph([
        enumeration({style: '第一,'}, [
          enumerationItem({numbering: numbering('第一,', 1, '第一,')}, [phrase(3, '第一,带头学法;')], s.find(3, '第一,带头学法;')),
          enumerationItem({numbering: numbering('第二,', 2, '第一,')}, [phrase(3, '第二,带头守法。')], s.find(3, '第二,带头守法。'))
        ], s.line(3))
      ], s.line(3))
    ], s.lines(2, 3)),
    section({depth: 1, numbering: numbering('第二部分', 2, '第一部分')}, [
      heading({runIn: false}, [phrase(4, '下一步打算')], s.line(4)),
      paragraph([phrase(5, '手机:'), redacted('mobile', '[手机]'), text('。', s.findLast(5, '。'))], s.line(5))
    ], s.lines(4, 5)),
    note([phrase(6, '(此件公开发布)')], s.line(6))
  ], s.lines(1, 6))

  return {path, value: s.value, tree}
}

/** A file with nothing in it. */
function emptyReport(): SampleReport {
  const path = 'conformance/empty.txt'
  return {path, value: '', tree: root(emptyMeta('plain-text', path), [])}
}

/** Fresh copies of the sample reports: annual, duty, empty. */
export function sampleReports(): Array<SampleReport> {
  return [annualReport(), dutyReport(), emptyReport()]
}
