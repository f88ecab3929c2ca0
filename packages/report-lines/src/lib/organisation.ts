/**
 * Organisation names: what signs a report and what a title names before
 * its year (`四平市铁东区人民政府`, `中共平江县委`, `临泉县司法局`).
 */

/** Endings of organisation names. */
const organisationEnd =
  /(政府|委员会|办公室|办事处|管委会|局|厅|委|办|部|院|署|所|中心|街道|镇|乡|党组|党工委|公署|司|队|会|处|室|站|馆|团|社|集团|公司)$/

/** Whether one token (no spaces) names an organisation. */
export function isOrganisation(token: string): boolean {
  return organisationEnd.test(token) || /^中共./.test(token)
}

/** Positions that titles of duty reports name (`…区长2022年度履行…`). */
const position =
  /(书记|区长|县长|市长|省长|州长|旗长|镇长|乡长|主任|局长|厅长|主要负责人|负责人|负责同志)(\p{Script=Han}{2,3}?)?(同志)?$/u

/**
 * `上海市闵行区区长` → `上海市闵行区`, `XX县委书记张三` → `XX县委`: the place or
 * body a position (and the name after it) belongs to.
 */
export function withoutPosition(name: string): string {
  return name.replace(position, '')
}

/**
 * Remove whitespace from `text`, except one space between two organisation
 * names (`中共平江县委 平江县人民政府`), where it is the only separator.
 */
export function squeeze(text: string): string {
  const tokens = text.split(/[\s\u200B-\u200D\u2060]+/).filter((token) => token.length > 0)
  let result = tokens[0] ?? ''
  for (const token of tokens.slice(1)) result = joinNames(result, token)
  return result
}

/** Join two pieces of a title, with a space between two organisation names. */
export function joinNames(left: string, right: string): string {
  if (left === '') return right
  const separate =
    isOrganisation(left) &&
    /^\p{Script=Han}/u.test(right) &&
    !/^关于/.test(right) &&
    startsWithOrganisation(right)
  return separate ? left + ' ' + right : left + right
}

/** Whether `text` begins with an organisation name (before `关于` or a year). */
function startsWithOrganisation(text: string): boolean {
  const head =
    /^(.*?)(关于|[0-9\uFF10-\uFF19〇零○一二三四五六七八九]{4}\s*年|$)/u.exec(text)?.[1] ?? ''
  return head.length >= 2 && isOrganisation(head)
}

/** A party committee, which co-signs with its government (`中共平江县委`). */
export function isPartyCommittee(name: string): boolean {
  return /^中共./.test(name) || /(党委|党组|党工委|县委|市委|区委|省委|州委|旗委)$/.test(name)
}

/**
 * The subject of a report's first sentence, `海润街道` in
 * `2024年以来,海润街道认真贯彻落实…` or `2021年,在区委的领导下,XX区坚持…`:
 * who reports, when nothing else names it. `null` for `我县` and the like.
 */
export function sentenceSubject(text: string): string | null {
  const match = subject.exec(text.slice(0, 160))
  const name = match?.[1]
  if (!name || /^(我|本|全)/.test(name)) return null
  return isOrganisation(name) || place.test(name) ? name : null
}

const subject =
  /^(?:[0-9\uFF10-\uFF19〇零○一二三四五六七八九]{4}\s*年(?:度|以来)?|今年以来|近年来|一年来|过去一年)[,\uFF0C]\s*(?:在[^,\uFF0C。]{1,60}?下[,\uFF0C]\s*)*(\p{Script=Han}{2,20}?)(?=认真|始终|坚持|深入|全面|紧紧|紧扣|以|在|积极|扎实|着力|按照|围绕|高度|不断|持续|严格|牢固|切实|大力)/u

/** Names of places that stand for their government (`海陵试验区`). */
const place = /(省|市|县|区|州|旗|盟|镇|乡|街道)$/
