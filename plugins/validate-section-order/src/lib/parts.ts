/**
 * Recognising the parts of the official report template by meaning:
 * keyword patterns for the usual wordings, and fuzzy matching (character
 * bigram overlap) against the official wording and common paraphrases.
 */
import type {TemplatePart} from '@baogao/core'

/** The official wording of each part, shortened for messages. */
export const partLabels: Readonly<Record<TemplatePart, string>> = {
  measures: '主要举措和成效',
  shortcomings: '存在的不足和原因',
  duty: '第一责任人职责情况',
  plans: '下一年度主要安排',
  other: '其他需要报告的情况'
}

/** Official wordings and frequent paraphrases, for fuzzy matching. */
const exemplars: Readonly<Record<TemplatePart, ReadonlyArray<string>>> = {
  measures: [
    '上一年度推进法治政府建设的主要举措和成效',
    '主要举措和成效',
    '主要做法和成效',
    '主要工作及成效',
    '工作开展情况',
    '主要工作开展情况',
    '工作进展情况',
    '取得的成效',
    '主要成效',
    '主要做法'
  ],
  shortcomings: [
    '上一年度推进法治政府建设存在的不足和原因',
    '存在的不足和原因',
    '存在的问题和不足',
    '存在的困难和问题',
    '存在的主要问题',
    '存在问题及原因',
    '问题和不足',
    '工作中存在的问题',
    '存在的短板和差距'
  ],
  duty: [
    '上一年度党政主要负责人履行推进法治建设第一责任人职责加强法治政府建设的有关情况',
    '党政主要负责人履行推进法治建设第一责任人职责情况',
    '履行推进法治建设第一责任人职责情况',
    '主要负责人履行法治建设第一责任人职责情况',
    '第一责任人职责履行情况'
  ],
  plans: [
    '下一年度推进法治政府建设的主要安排',
    '下一年度主要安排',
    '下一年度工作安排',
    '下一步工作计划',
    '下一步工作打算',
    '下一步工作思路',
    '下步工作打算',
    '今后工作打算',
    '下一步工作措施',
    '明年工作安排',
    '努力方向'
  ],
  other: ['其他需要报告的情况', '其他需要说明的情况', '其他事项']
}

/** Wordings that name a part on their own. */
const patterns: Readonly<Record<TemplatePart, ReadonlyArray<RegExp>>> = {
  measures: [/主要(举措|做法|工作)/, /(举措|做法|工作)(和|及|与)(成效|成绩|成果)/, /(取得的|主要)(成效|成绩)/, /^(工作)?(开展|进展|推进)?情况$/, /工作(开展|进展|推进)情况/],
  shortcomings: [
    /(存在|面临)的?(主要|突出)?(的)?(问题|不足|困难|短板|差距|薄弱)/,
    /(问题|不足|困难|短板|差距)(和|与|及|、)(不足|原因|问题|困难|差距|短板|挑战)/,
    /不足(之处)?$/,
    /^(主要)?(问题|困难)$/
  ],
  duty: [/第一责任人/, /主要负责(人|同志).{0,12}(履行|履职|职责|述法)/, /述法/, /(党政|领导干部).{0,6}(履行.{0,12}职责|履职)/],
  plans: [
    /下一(年度|年|步|阶段)/,
    /下(步|阶段)(工作)?/,
    /今后|明年|来年|新的一年/,
    /(打算|设想|展望)$/,
    /工作(计划|思路|要点)$/,
    /(主要|工作|重点)安排$/,
    /努力方向|改进(措施|方向)/,
    /(20\d\d|[〇零一二三四五六七八九]{4})年(度)?(工作)?(计划|安排|打算|思路|重点|要点)/
  ],
  other: [/^其[他它]/]
}

/** Words that name the plans part only after the shortcomings. */
const weakPlans = /建议|对策|措施|意见/

/** Fuzzy score at or above which a heading matches an exemplar. */
const fuzzyThreshold = 0.6

/**
 * The exemplars' bigrams, made once: a heading is compared with every
 * exemplar of every part, and the validator looks at each top-level
 * heading several times.
 */
const exemplarGrams: Readonly<Record<TemplatePart, ReadonlyArray<Grams>>> = {
  measures: exemplars.measures.map(coreGrams),
  shortcomings: exemplars.shortcomings.map(coreGrams),
  duty: exemplars.duty.map(coreGrams),
  plans: exemplars.plans.map(coreGrams),
  other: exemplars.other.map(coreGrams)
}

/**
 * The template parts a top-level heading names. `afterShortcomings` turns
 * on the weak plan words (`建议`, `措施`): `九、加强法治政府建设的建议`
 * after `八、存在的困难和问题` is the plans part.
 */
export function partsOfHeading(
  title: string,
  afterShortcomings: boolean
): Array<TemplatePart> {
  const text = normalize(title)
  if (text.length === 0) return []
  const heading = coreGrams(text)
  const found: Array<TemplatePart> = []

  for (const part of Object.keys(patterns) as Array<TemplatePart>) {
    const named =
      (patterns[part] ?? []).some((pattern) => pattern.test(text)) ||
      exemplarGrams[part].some((exemplar) => resembles(heading, exemplar))
    if (named) found.push(part)
  }

  if (afterShortcomings && !found.includes('plans') && weakPlans.test(text)) {
    found.push('plans')
  }

  // `存在的问题和下一步打算` names two parts; a thematic heading such as
  // `主要做法` never names the shortcomings as well.
  if (found.includes('measures') && found.length > 1) {
    return found.filter((part) => part !== 'measures')
  }

  return found
}

/**
 * The template part an unnumbered closing paragraph opens, such as
 * `回顾2021年…还存在一些问题和不足:` (shortcomings) or `2022年,我区将…`
 * (plans). Only the opening of the paragraph counts.
 */
export function partOfParagraph(
  text: string,
  reportYear: number | null
): TemplatePart | undefined {
  const opening = text.replace(/\s+/g, '').slice(0, 120)
  const first = opening.split(/[。!?！？]/)[0] ?? ''

  if (
    /(还|仍|仍然|依然|也|尚)(存在|有)[^。]{0,16}(问题|不足|短板|差距|薄弱|困难)/.test(opening) ||
    /(存在的|主要)(问题|不足)(主要)?(是|有|表现|体现)/.test(opening) ||
    /(问题|不足)(主要)?(表现|体现)在/.test(opening)
  ) {
    return 'shortcomings'
  }

  if (
    /^(下一步|下步|今后|下一年度|明年|新的一年|20\d\d年是)/.test(first) ||
    (futureYear(first, reportYear) &&
      /^(20\d\d|[〇零一二三四五六七八九]{4})年[,，]?[^。]{0,20}(将|要|计划|拟)/.test(first)) ||
    /^(下一步|今后)[^。]{0,16}(将|要|打算)/.test(first)
  ) {
    return 'plans'
  }

  if (/第一责任人/.test(first) && /履行|职责/.test(first)) return 'duty'
  return undefined
}

/**
 * Whether a paragraph opening with a year speaks of the year after the
 * report's (`将` also marks the object in past-tense sentences such as
 * `2020年,我县将法治建设纳入考核`). Any year passes when the report's is
 * unknown.
 */
function futureYear(first: string, reportYear: number | null): boolean {
  const match = /^(20\d\d)年/.exec(first)
  if (!match || reportYear === null) return true
  return Number(match[1]) > reportYear
}

/** Heading text without punctuation, spaces or leading numbering. */
function normalize(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '')
}

/** Drop words every part shares, so that they do not drive the score. */
function core(text: string): string {
  return text
    .replace(/(上一|本)年度|年度|法治政府建设|法治建设|推进|全面|我(区|县|市|镇|乡|街道|局|委|办)/g, '')
    .replace(/(20\d\d|[〇零一二三四五六七八九]{4})年/g, '')
    .replace(/的/g, '')
}

/** A text's character bigrams, each as one number, sorted. */
interface Grams {
  text: string
  codes: Float64Array
}

function coreGrams(text: string): Grams {
  return gramsOf(core(text))
}

function gramsOf(text: string): Grams {
  const characters = Array.from(text, (character) => character.codePointAt(0) ?? 0)
  const codes = new Float64Array(Math.max(0, characters.length - 1))
  for (let index = 0; index < codes.length; index++) {
    codes[index] = (characters[index] ?? 0) * 0x110000 + (characters[index + 1] ?? 0)
  }

  return {text, codes: codes.sort()}
}

function resembles(heading: Grams, exemplar: Grams): boolean {
  // At most the shorter text's bigrams are shared: a heading much longer
  // or shorter than the exemplar cannot reach the threshold.
  const size = heading.codes.length + exemplar.codes.length
  const shorter = Math.min(heading.codes.length, exemplar.codes.length)
  if (size > 0 && (2 * shorter) / size < fuzzyThreshold) return false
  return dice(heading, exemplar) >= fuzzyThreshold
}

/** Dice coefficient over character bigrams. */
function dice(a: Grams, b: Grams): number {
  if (a.codes.length === 0 || b.codes.length === 0) return a.text === b.text ? 1 : 0
  // Both sorted: one merge counts the shared bigrams, repeats included.
  let shared = 0
  let left = 0
  let right = 0
  while (left < a.codes.length && right < b.codes.length) {
    const difference = (a.codes[left] ?? 0) - (b.codes[right] ?? 0)
    if (difference === 0) shared++
    if (difference <= 0) left++
    if (difference >= 0) right++
  }

  return (2 * shared) / (a.codes.length + b.codes.length)
}
