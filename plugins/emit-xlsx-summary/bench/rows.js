/**
 * Synthetic summary rows for the workbook benchmark and the large-sheet
 * test: realistic Chinese titles and headings, from a fixed seed.
 */

const issuers = ['北京市海淀区人民政府', '湖北省荆州市公安县人民政府', '广东省汕尾市司法局', '浙江省杭州市西湖区人民政府', '四川省成都市武侯区人民政府']
const parts = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const topics = ['深入学习贯彻习近平法治思想', '依法全面履行政府职能', '完善依法行政制度体系', '推进严格规范公正文明执法', '强化行政权力制约和监督', '依法有效化解社会矛盾纠纷']
const contactTypes = ['phone', 'mobile', 'fax', 'email', 'address', 'postcode', 'qq', 'wechat', 'name']

/** A small linear congruential generator: same seed, same rows. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 0x1_00_00_00_00
  }
}

/**
 * Yield `documents` summary rows with `headings` headings and `messages`
 * messages each.
 */
export function* syntheticSummaries({documents, headings = 40, messages = 3, seed = 20_211}) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  for (let index = 0; index < documents; index++) {
    const issuer = pick(issuers)
    const year = 2018 + (index % 6)
    const byType = Object.fromEntries(contactTypes.map((type) => [type, Math.floor(next() * 3)]))
    const headingRecords = []
    for (let h = 0; h < headings; h++) {
      const top = parts[Math.floor(h / 8) % parts.length]
      const depth = h % 8 === 0 ? 1 : 2
      headingRecords.push({
        path: depth === 1 ? top : `${top}/(${parts[(h % 8) - 1]})`,
        depth,
        ordinal: depth === 1 ? Math.floor(h / 8) + 1 : h % 8,
        title: pick(topics)
      })
    }
    const messageRecords = []
    for (let m = 0; m < messages; m++) {
      messageRecords.push({
        ruleId: 'section-order',
        source: '@baogao/validate-section-order',
        severity: m === 0 ? 'error' : 'warning',
        reason: 'Unexpected section `下一年度工作安排`, expected `存在的不足和原因` first',
        line: 10 + m,
        column: 1
      })
    }
    yield {
      file: `${String(year)}/${String(index).padStart(6, '0')}.html`,
      sourceKind: index % 2 ? 'portal-html' : 'plain-text',
      status: 'ok',
      reason: null,
      title: `${issuer}关于${String(year)}年法治政府建设情况的报告`,
      issuer,
      kind: 'annual-report',
      year,
      published: `${String(year + 1)}-03-${String(1 + (index % 28)).padStart(2, '0')}`,
      signed: `${String(year + 1)}-03-01`,
      sections: headings,
      paragraphs: headings * 3,
      characters: 8000 + Math.floor(next() * 4000),
      errors: messages > 0 ? 1 : 0,
      warnings: Math.max(0, messages - 1),
      redactions: {total: Object.values(byType).reduce((a, b) => a + b, 0), byType},
      templateParts: {measures: true, shortcomings: next() > 0.2, duty: next() > 0.5, plans: true, other: false},
      headings: headingRecords,
      messages: messageRecords
    }
  }
}
