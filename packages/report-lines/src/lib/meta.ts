/**
 * Report metadata from what the layout found: issuer, year covered, kind,
 * publication date.
 */
import type {ReportKind} from '@baogao/core'
import {readDateLine} from './dates.js'
import type {Field} from './fields.js'
import {compact, firstYear, withoutBracketed} from './text.js'
import {sentenceSubject, squeeze, withoutPosition} from './organisation.js'
import {isSignatory} from './tail.js'
import {titleOrganisation, titleYear} from './title.js'

/** Field labels for the publication date, most specific first. */
const publishedLabels = [
  '发布日期', '发布时间', '发布于', '发文日期', '发文时间', '公开日期', '公开时间', '发表日期',
  '发表时间', '信息时间', '生成日期', '编辑日期', '上传时间', '录入时间', '更新日期', '更新时间',
  '更新于', '修改日期', '创建时间', '日期', '时间'
]

/** Field labels for the date a document was signed. */
const signedLabels = ['成文日期', '成文时间', '印发日期']

/** Field labels naming the publishing organisation, most specific first. */
const issuerLabels = [
  '发文单位', '发文机关', '发文机构', '发布单位', '发布机关', '发布机构', '发布部门', '来源单位',
  '所属机构', '信息来源', '文章来源', '稿件来源', '来源'
]

/** Sources that name the website, not an organisation. */
const siteSource = /^(本网|本站|原创|网站|本网站|本网原创|无|-+)$/

/** Field values for the first labels present, in the order of `labels`. */
export function fieldValues(fields: Array<Field>, labels: Array<string>): Array<string> {
  const values: Array<string> = []
  for (const label of labels) {
    for (const field of fields) {
      if (compact(field.label) === label && field.value !== '') values.push(field.value)
    }
  }

  return values
}

export function publishedCandidates(
  fields: Array<Field>,
  headerDates: Array<string>
): Array<string> {
  return [...fieldValues(fields, publishedLabels), ...headerDates]
}

export function signedCandidates(fields: Array<Field>): Array<string> {
  return fieldValues(fields, signedLabels)
}

/** The first of `candidates` that reads as a full date, as `YYYY-MM-DD`. */
export function firstDate(candidates: Array<string>): string | null {
  for (const candidate of candidates) {
    const date = readDateLine(candidate)
    if (date?.value) return date.value
  }

  return null
}

/**
 * The issuing organisation: the title's organisation part when it names an
 * organisation; when it names only a place (`公安县`), the signatory or
 * portal field naming an organisation of that place; else the signatory,
 * the portal's publishing organisation, or the subject of the report's
 * first sentence (`2024年以来,海润街道认真…`).
 */
export function readIssuer(
  title: string | null,
  fields: Array<Field>,
  signatories: Array<string>,
  firstSentence = ''
): string | null {
  const named = title ? titleOrganisation(title) : ''
  if (named !== '' && isSignatory(named)) return named
  // A duty report's title names a position (`…区长`): its place stands in.
  const organisation = withoutPosition(named)
  if (organisation !== named && organisation !== '' && isSignatory(organisation))
    return organisation

  const candidates = [
    ...signatories.map((value) => squeeze(value)),
    ...fieldValues(fields, issuerLabels)
      .map((value) => squeeze(value))
      .filter((value) => !siteSource.test(value) && isSignatory(value))
  ]

  if (organisation !== '') {
    return candidates.find((candidate) => candidate.startsWith(organisation)) ?? organisation
  }

  return candidates[0] ?? sentenceSubject(firstSentence)
}

/**
 * The year the report covers: named in the title, else at the start of the
 * body (`2024年以来`, `2020年,`), else the year before publication or signing.
 */
export function readYear(
  title: string | null,
  bodyStart: Array<string>,
  published: string | null,
  signed: string | null
): number | null {
  const fromTitle = title ? titleYear(title) : null
  if (fromTitle !== null) return fromTitle

  const limit = Number((published ?? signed ?? '9999').slice(0, 4))
  for (const text of bodyStart) {
    const year = firstYear(withoutBracketed(text).slice(0, 200))
    if (year !== null && year <= limit) return year
  }

  if (published) return Number(published.slice(0, 4)) - 1
  if (signed) return Number(signed.slice(0, 4)) - 1
  return null
}

/** The duty report's subject: the principal leader's 第一责任人 duty. */
const duty = /第一责任人|述法/

/** The annual report's subject. */
const annual = /法治政府建设|依法行政|法治政府|法治建设/

/**
 * The kind of report. A title decides when it names the genre (the duty
 * report only when the duty comes before any 法治政府建设 wording, since
 * combined reports are annual reports); otherwise the top-level headings:
 * a report whose first part (or two parts) is about the 第一责任人 duty is a
 * duty report, one about 法治政府建设 or with the template's parts an
 * annual report.
 */
export function readKind(
  title: string | null,
  headings: Array<string>,
  preamble: Array<string>
): ReportKind {
  if (title) {
    const dutyAt = title.search(duty)
    const annualAt = title.search(/法治政府建设|依法行政/)
    if (dutyAt >= 0 && (annualAt < 0 || dutyAt < annualAt)) return 'duty-report'
    if (annual.test(title)) return 'annual-report'
  }

  const dutyHeadings = headings.filter((heading) => duty.test(heading)).length
  if ((headings[0] !== undefined && duty.test(headings[0])) || dutyHeadings >= 2) {
    return 'duty-report'
  }

  const templateHeadings = headings.filter((heading) =>
    /(举措|成效|不足|问题|原因|安排|计划|打算|下一步|下一年度|主要做法|工作情况)/.test(heading)
  ).length
  const mentionsGenre = [...headings, ...preamble.slice(0, 2)].some((text) =>
    /法治政府建设|依法行政/.test(text)
  )
  if (mentionsGenre || templateHeadings >= 2) return 'annual-report'
  return 'unknown'
}
