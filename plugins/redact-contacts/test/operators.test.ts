import {afterEach, describe, expect, test, vi} from 'vitest'
import {findContacts, redactText} from '../src/index.ts'

const line =
  '联系人：张三，电话：0716-5227196转8001，手机：+86 139 1234 5678，传真：5227197，邮箱：gaxzfwz@gongan.gov.cn，地址：公安县油江路122号，邮编：434300，QQ：123456789，微信：zhang_san88'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('replace', () => {
  test('gives typed tokens, in English by default', () => {
    expect(redactText(line).text).toBe(
      '联系人：[NAME]，电话：[PHONE]，手机：[MOBILE]，传真：[FAX]，邮箱：[EMAIL]，地址：[ADDRESS]，邮编：[POSTCODE]，QQ：[QQ]，微信：[WECHAT]'
    )
  })

  test('`labels: zh` gives Chinese tokens', () => {
    expect(redactText(line, {labels: 'zh'}).text).toBe(
      '联系人：【姓名】，电话：【电话】，手机：【手机】，传真：【传真】，邮箱：【邮箱】，地址：【地址】，邮编：【邮编】，QQ：【QQ】，微信：【微信】'
    )
  })

  test('returns the spans found in the input', () => {
    const result = redactText('电话：0716-5227196')
    expect(result).toEqual({text: '电话：[PHONE]', spans: [{start: 3, end: 15, type: 'phone'}]})
  })
})

describe('mask', () => {
  test('keeps a mobile’s first 3 and last 4 digits, a phone’s area code, an e-mail’s domain', () => {
    expect(redactText(line, {operator: 'mask'}).text).toBe(
      '联系人：**，电话：0716-*******转****，手机：139****5678，传真：*******，邮箱：g***@gongan.gov.cn，地址：**********，邮编：******，QQ：*********，微信：***********'
    )
  })

  test('keeps the layout of landlines, 400 numbers and international forms', () => {
    const masked = (text: string) => redactText(text, {operator: 'mask'}).text
    expect([
      masked('电话：(010)63099114'),
      masked('电话：+86 716 5227196'),
      masked('热线：400-810-1234'),
      masked('手机：１３９１２３４５６７８'),
      masked('联系人：𠮷祥')
    ]).toEqual(['电话：(010)********', '电话：+86 716 *******', '热线：400-***-****', '手机：139****5678', '联系人：**'])
  })
})

describe('hash', () => {
  test('the same value gives the same token, in any writing; another value another token', () => {
    const options = {operator: 'hash', secret: 'a secret'} as const
    const first = redactText('电话：0716-5227196', options).text
    const again = redactText('Tel: ０７１６ ５２２７１９６', options).text.replace('Tel: ', '电话：')
    const other = redactText('电话：0716-5227197', options).text
    expect(first).toMatch(/^电话：\[PHONE:[0-9a-f]{8}\]$/)
    expect(again).toBe(first)
    expect(other).not.toBe(first)
    expect(redactText('手机：+86 139 1234 5678', options).text.slice(3)).toBe(
      redactText('手机：13912345678', options).text.slice(3)
    )
  })

  test('the token depends on the secret', () => {
    const a = redactText('电话：0716-5227196', {operator: 'hash', secret: 'one'}).text
    const b = redactText('电话：0716-5227196', {operator: 'hash', secret: 'two'}).text
    expect(a).not.toBe(b)
  })

  test('reads the secret from BAOGAO_REDACT_SECRET', () => {
    vi.stubEnv('BAOGAO_REDACT_SECRET', 'one')
    expect(redactText('电话：0716-5227196', {operator: 'hash'}).text).toBe(
      redactText('电话：0716-5227196', {operator: 'hash', secret: 'one'}).text
    )
  })

  test('without a secret it throws, naming the field and the variable', () => {
    vi.stubEnv('BAOGAO_REDACT_SECRET', '')
    expect(() => redactText('x', {operator: 'hash'})).toThrow(
      'redactText: option `secret` (or the `BAOGAO_REDACT_SECRET` environment variable) must be a non-empty string with `operator: hash`'
    )
  })

  test('Chinese hash tokens', () => {
    expect(redactText('邮箱：a@b.cn', {operator: 'hash', labels: 'zh', secret: 's'}).text).toMatch(
      /^邮箱：【邮箱:[0-9a-f]{8}】$/
    )
  })
})

describe('idempotence', () => {
  test('no operator’s output is found again', () => {
    const outputs = [
      redactText(line).text,
      redactText(line, {labels: 'zh'}).text,
      redactText(line, {operator: 'mask'}).text,
      redactText(line, {operator: 'hash', secret: 's'}).text,
      redactText(line, {operator: 'hash', labels: 'zh', secret: 's'}).text
    ]
    expect(outputs.map((output) => findContacts(output))).toEqual([[], [], [], [], []])
  })

  test('a hash token that happens to be all digits is not a phone number', () => {
    expect(findContacts('电话：[PHONE:12345678]、[PHONE:87654321]')).toEqual([])
    expect(findContacts('电话：【电话:12345678】')).toEqual([])
  })
})

describe('options', () => {
  test('bad values throw, naming the field, never echoing the value', () => {
    const attempts = [
      {operator: 'erase'},
      {labels: 'fr'},
      {audit: 'yes'},
      {secret: 42},
      {keepShortcodes: false}
    ].map((options) => {
      try {
        redactText('', options as never)
        return 'no error'
      } catch (error) {
        return String((error as Error).message)
      }
    })

    expect(attempts).toEqual([
      'redactText: option `operator` must be `replace`, `mask` or `hash`',
      'redactText: option `labels` must be `en` or `zh`',
      'redactText: option `audit` must be a boolean',
      'redactText: option `secret` must be a string',
      'redactText: unknown option `keepShortcodes`'
    ])
  })
})
