/**
 * Quantitative indicators: an Arabic number (half- or full-width, with
 * decimals) followed by a unit, as reports write their results: `120件`,
 * `3200人次`, `95.29%`, `8000余份`, `2063.45万元`. Years (`2023年`),
 * months (`1-10月`), ordinals (`第3次`) and document numbers (`〔2019〕23号`)
 * are not indicators: their units are not counting units, or `第` comes
 * before them.
 */

/** Units counted by default, longest first where one starts another. */
export const defaultUnits: ReadonlyArray<string> = Object.freeze([
  '个百分点',
  '人次',
  '万元',
  '亿元',
  '件',
  '项',
  '人',
  '次',
  '个',
  '家',
  '名',
  '场',
  '期',
  '篇',
  '条',
  '份',
  '起',
  '宗',
  '元',
  '%',
  '％'
])

/** One indicator found in a text. */
export interface Indicator {
  /** As written: `3200人次`. */
  value: string
  /** Index in the text. */
  index: number
}

/** The indicators in `text`, counting with `units`. */
export function findIndicators(text: string, units: ReadonlyArray<string> = defaultUnits): Array<Indicator> {
  if (units.length === 0) return []
  // Longest units first, so `人次` wins over `人`.
  const alternatives = [...units].sort((a, b) => b.length - a.length).map(escape).join('|')
  const pattern = new RegExp('(?<![第\\d０-９.．])[\\d０-９]+(?:[.．][\\d０-９]+)?(?:余|多)?(?:' + alternatives + ')', 'g')
  return [...text.matchAll(pattern)].map((match) => ({value: match[0], index: match.index}))
}

function escape(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}
