/**
 * Replacement tokens (`[PHONE]`, `【电话】`, `[PHONE:3f2a9c1b]`) and finding
 * them again, so a second run over redacted text leaves them alone (the
 * hash in a token is hex and may look like digits).
 */
import type {ContactType} from '@baogao/core'

export type LabelLanguage = 'en' | 'zh'

export const tokenNames: Record<LabelLanguage, Record<ContactType, string>> = {
  en: {
    phone: 'PHONE',
    mobile: 'MOBILE',
    fax: 'FAX',
    email: 'EMAIL',
    address: 'ADDRESS',
    postcode: 'POSTCODE',
    qq: 'QQ',
    wechat: 'WECHAT',
    name: 'NAME'
  },
  zh: {
    phone: '电话',
    mobile: '手机',
    fax: '传真',
    email: '邮箱',
    address: '地址',
    postcode: '邮编',
    qq: 'QQ',
    wechat: '微信',
    name: '姓名'
  }
}

/** Length of the hash shown in a token. */
export const hashLength = 8

const brackets: Record<LabelLanguage, [string, string]> = {en: ['[', ']'], zh: ['【', '】']}

/** The token for `type`, with the hash if there is one. */
export function token(type: ContactType, language: LabelLanguage, hash?: string): string {
  const [open, close] = brackets[language]
  return open + tokenNames[language][type] + (hash === undefined ? '' : ':' + hash) + close
}

/** Name → type, for both languages. */
const typeByName = new Map<string, {type: ContactType; language: LabelLanguage}>()
for (const language of ['en', 'zh'] as const) {
  for (const [type, name] of Object.entries(tokenNames[language]) as Array<[ContactType, string]>) {
    typeByName.set(language + name, {type, language})
  }
}

const longestToken = 2 + 8 + 1 + hashLength

export interface TokenHit {
  start: number
  end: number
  type: ContactType
}

/**
 * Tokens in `value[start, end)`. Each `[` or `【` is tried once with a
 * bounded look-ahead, so this is linear.
 */
export function findTokens(value: string, start: number, end: number): Array<TokenHit> {
  const hits: Array<TokenHit> = []

  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    const language: LabelLanguage | undefined =
      code === 0x5b ? 'en' : code === 0x3010 ? 'zh' : undefined
    if (!language) continue

    const close = brackets[language][1]
    const limit = Math.min(end, index + longestToken + 1)
    let closeAt = -1
    for (let probe = index + 1; probe < limit; probe++) {
      if (value.charAt(probe) === close) {
        closeAt = probe
        break
      }
    }

    if (closeAt === -1) continue
    const inner = value.slice(index + 1, closeAt)
    const colon = inner.indexOf(':')
    const name = colon === -1 ? inner : inner.slice(0, colon)
    const hash = colon === -1 ? undefined : inner.slice(colon + 1)
    const known = typeByName.get(language + name)
    if (!known) continue
    if (hash !== undefined && !isHash(hash)) continue

    hits.push({start: index, end: closeAt + 1, type: known.type})
    index = closeAt
  }

  return hits
}

function isHash(value: string): boolean {
  if (value.length !== hashLength) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const hex = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66)
    if (!hex) return false
  }

  return true
}
