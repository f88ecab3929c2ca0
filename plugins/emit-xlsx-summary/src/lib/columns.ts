/**
 * The columns of the three sheets: header in each language, cell type and
 * how the value is read from a summary row. The README's "Sheets and
 * columns" tables list exactly these (a test compares them).
 */
import type {
  ContactType,
  DocumentSummary,
  HeadingRecord,
  MessageRecord,
  TemplatePart
} from '@baogao/core'

/** Header language. */
export type HeaderLanguage = 'zh' | 'en'

/**
 * How a value becomes a cell: `text` a string cell, `number` a number cell,
 * `date` a real date (a serial number with the format `yyyy-mm-dd`) made from
 * `YYYY-MM-DD`, `boolean` a TRUE/FALSE cell. `null` leaves the cell empty.
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'boolean'

export type ColumnValue = string | number | boolean | null

export interface Column<Item> {
  header: Record<HeaderLanguage, string>
  kind: ColumnKind
  value: (document: DocumentSummary, item: Item) => ColumnValue
}

/** Contact types in column order, with their header labels. */
const contactTypeLabels: Record<ContactType, Record<HeaderLanguage, string>> = {
  phone: {zh: '固定电话', en: 'phone'},
  mobile: {zh: '手机', en: 'mobile'},
  fax: {zh: '传真', en: 'fax'},
  email: {zh: '电子邮箱', en: 'email'},
  address: {zh: '地址', en: 'address'},
  postcode: {zh: '邮编', en: 'postcode'},
  qq: {zh: 'QQ', en: 'QQ'},
  wechat: {zh: '微信', en: 'WeChat'},
  name: {zh: '联系人', en: 'name'}
}

/** Template parts in the regulation's order, with their header labels. */
const templatePartLabels: Record<TemplatePart, Record<HeaderLanguage, string>> = {
  measures: {zh: '主要举措和成效', en: 'measures'},
  shortcomings: {zh: '不足和原因', en: 'shortcomings'},
  duty: {zh: '第一责任人职责', en: 'duty'},
  plans: {zh: '下一年度安排', en: 'plans'},
  other: {zh: '其他情况', en: 'other'}
}

const contactTypes = Object.keys(contactTypeLabels) as Array<ContactType>
const templateParts = Object.keys(templatePartLabels) as Array<TemplatePart>

/**
 * A count of what is in a document: empty for a failed document, whose
 * zero counts say nothing about its content (and would skew averages).
 */
function contentCount(
  count: (document: DocumentSummary) => number
): (document: DocumentSummary) => number | null {
  return (document) => (document.status === 'failed' ? null : count(document))
}

export const reportColumns: ReadonlyArray<Column<DocumentSummary>> = [
  {header: {zh: '文件', en: 'File'}, kind: 'text', value: (d) => d.file},
  {
    header: {zh: '来源类型', en: 'Source kind'},
    kind: 'text',
    value: (d) => d.sourceKind
  },
  {header: {zh: '标题', en: 'Title'}, kind: 'text', value: (d) => d.title},
  {header: {zh: '发布机关', en: 'Issuer'}, kind: 'text', value: (d) => d.issuer},
  {header: {zh: '报告类型', en: 'Kind'}, kind: 'text', value: (d) => d.kind},
  {header: {zh: '年度', en: 'Year'}, kind: 'number', value: (d) => d.year},
  {
    header: {zh: '发布日期', en: 'Published'},
    kind: 'date',
    value: (d) => d.published
  },
  {header: {zh: '成文日期', en: 'Signed'}, kind: 'date', value: (d) => d.signed},
  {
    header: {zh: '章节数', en: 'Sections'},
    kind: 'number',
    value: contentCount((d) => d.sections)
  },
  {
    header: {zh: '段落数', en: 'Paragraphs'},
    kind: 'number',
    value: contentCount((d) => d.paragraphs)
  },
  {
    header: {zh: '字数', en: 'Characters'},
    kind: 'number',
    value: contentCount((d) => d.characters)
  },
  {header: {zh: '错误', en: 'Errors'}, kind: 'number', value: (d) => d.errors},
  {
    header: {zh: '警告', en: 'Warnings'},
    kind: 'number',
    value: (d) => d.warnings
  },
  ...contactTypes.map(
    (type): Column<DocumentSummary> => ({
      header: {
        zh: '脱敏：' + contactTypeLabels[type].zh,
        en: 'Redacted: ' + contactTypeLabels[type].en
      },
      kind: 'number',
      value: contentCount((d) => d.redactions.byType[type] ?? 0)
    })
  ),
  {
    header: {zh: '脱敏合计', en: 'Redacted: total'},
    kind: 'number',
    value: contentCount((d) => d.redactions.total)
  },
  ...templateParts.map(
    (part): Column<DocumentSummary> => ({
      header: {
        zh: '含：' + templatePartLabels[part].zh,
        en: 'Part: ' + templatePartLabels[part].en
      },
      kind: 'boolean',
      // Missing means no validator looked: an empty cell, not `FALSE`.
      value: (d) => d.templateParts[part] ?? null
    })
  ),
  {header: {zh: '状态', en: 'Status'}, kind: 'text', value: (d) => d.status},
  {header: {zh: '原因', en: 'Reason'}, kind: 'text', value: (d) => d.reason}
]

export const sectionColumns: ReadonlyArray<Column<HeadingRecord>> = [
  {header: {zh: '文件', en: 'File'}, kind: 'text', value: (d) => d.file},
  {header: {zh: '路径', en: 'Path'}, kind: 'text', value: (_, h) => h.path},
  {header: {zh: '层级', en: 'Depth'}, kind: 'number', value: (_, h) => h.depth},
  {
    header: {zh: '序号', en: 'Ordinal'},
    kind: 'number',
    value: (_, h) => h.ordinal
  },
  {header: {zh: '标题', en: 'Title'}, kind: 'text', value: (_, h) => h.title}
]

export const messageColumns: ReadonlyArray<Column<MessageRecord>> = [
  {header: {zh: '文件', en: 'File'}, kind: 'text', value: (d) => d.file},
  {header: {zh: '行', en: 'Line'}, kind: 'number', value: (_, m) => m.line},
  {header: {zh: '列', en: 'Column'}, kind: 'number', value: (_, m) => m.column},
  {
    header: {zh: '级别', en: 'Severity'},
    kind: 'text',
    value: (_, m) => m.severity
  },
  {header: {zh: '规则', en: 'Rule'}, kind: 'text', value: (_, m) => m.ruleId},
  {header: {zh: '说明', en: 'Reason'}, kind: 'text', value: (_, m) => m.reason}
]
