/**
 * The plugin's options, checked at attach time: a bad option throws there,
 * naming the plugin and the field, never echoing a value (the `secret`
 * must not end up in a log).
 */
import {type FindOptions, type ResolvedFindOptions, resolveFindOptions} from './find-contacts.js'
import type {Operator} from './operators.js'
import type {LabelLanguage} from './tokens.js'

export const pluginName = '@baogao/redact-contacts'

/** Environment variable read for the `hash` secret when `secret` is not given. */
export const secretVariable = 'BAOGAO_REDACT_SECRET'

export interface Options extends FindOptions {
  /**
   * How a detected value is replaced (default: `'replace'`):
   * `'replace'`: a typed token (`[PHONE]`, `【电话】`);
   * `'mask'`: partly hidden (`139****5678`, `0716-*******`);
   * `'hash'`: a token with a keyed hash (`[PHONE:3f2a9c1b]`), the same for
   * the same value.
   */
  operator?: Operator | null | undefined
  /** Token language: `'en'` (`[PHONE]`, default) or `'zh'` (`【电话】`). */
  labels?: LabelLanguage | null | undefined
  /**
   * HMAC key for `operator: 'hash'` (default: the `BAOGAO_REDACT_SECRET`
   * environment variable). Required with `hash`.
   */
  secret?: string | null | undefined
  /** Record `{type, place}` for every redaction in `file.data.redactionAudit` (default: `false`). */
  audit?: boolean | null | undefined
}

export interface Settings extends ResolvedFindOptions {
  operator: Operator
  labels: LabelLanguage
  secret: string | undefined
  audit: boolean
}

const knownOptions = new Set(['operator', 'labels', 'secret', 'audit', 'keepShortCodes', 'types'])

export function resolveOptions(options: Options | null | undefined, owner = pluginName): Settings {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new TypeError(owner + ': options must be an object')
  }

  for (const key of Object.keys(options ?? {})) {
    if (!knownOptions.has(key)) throw new TypeError(owner + ': unknown option `' + key + '`')
  }

  const operator = options?.operator ?? 'replace'
  if (operator !== 'replace' && operator !== 'mask' && operator !== 'hash') {
    throw new TypeError(owner + ': option `operator` must be `replace`, `mask` or `hash`')
  }

  const labels = options?.labels ?? 'en'
  if (labels !== 'en' && labels !== 'zh') {
    throw new TypeError(owner + ': option `labels` must be `en` or `zh`')
  }

  const audit = options?.audit ?? false
  if (typeof audit !== 'boolean') throw new TypeError(owner + ': option `audit` must be a boolean')

  let secret: string | undefined
  if (operator === 'hash') {
    const given = options?.secret ?? process.env[secretVariable]
    if (typeof given !== 'string' || given.length === 0) {
      throw new TypeError(
        owner + ': option `secret` (or the `' + secretVariable + '` environment variable) must be a non-empty string with `operator: hash`'
      )
    }

    secret = given
  } else if (options?.secret !== undefined && options.secret !== null && typeof options.secret !== 'string') {
    throw new TypeError(owner + ': option `secret` must be a string')
  }

  return {...resolveFindOptions(options, owner), operator, labels, secret, audit}
}
