/**
 * A small, self-contained helper for lint-style rules, in the manner of
 * remark-lint's `unified-lint-rule`: severity settings outside the options
 * (`['warn', {...}]`), declarative option fields validated when a plugin is
 * attached, and messages stamped with `ruleId`, `source`, `url` and
 * severity.
 *
 * It imports nothing of Baogao's so that it can move to a shared plugin kit.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** How a rule reports: not at all, or as info, warning or error. */
export type Severity = 'off' | 'info' | 'warn' | 'error'

/** Severity a rule reports at when it is on. */
export type ActiveSeverity = Exclude<Severity, 'off'>

/**
 * How a severity may be written: a word (`'on'` is the rule's default
 * severity), a boolean (`true` is `'on'`, `false` is `'off'`), or a number
 * as in ESLint (`0` off, `1` warn, `2` error).
 */
export type SeverityLevel = Severity | 'on' | boolean | 0 | 1 | 2

/**
 * A rule's setting: a level, a tuple `[level, options]` (the severity stays
 * outside the options), or an options object alone (default severity).
 */
export type RuleSetting<RuleOptions> =
  | SeverityLevel
  | [SeverityLevel]
  | [SeverityLevel, RuleOptions | null | undefined]
  | RuleOptions

/** Declares one option field of a rule, for validation at attach time. */
export type OptionField =
  | {kind: 'boolean'}
  | {kind: 'integer'; minimum: number}
  | {kind: 'enum'; values: ReadonlyArray<string>}
  | {kind: 'list'; values: ReadonlyArray<string>}
  | {kind: 'pattern'; pattern: RegExp; example: string}

/** What a rule is: its id, where it comes from and how it is configured. */
export interface RuleMeta<RuleOptions extends object> {
  /** Kebab-case id, also the README anchor. */
  id: string
  /** The package that owns the rule (`message.source`). */
  source: string
  /** Documentation of the rule (`message.url`). */
  url: string
  /** Severity when the rule is on and no severity is given. */
  defaultSeverity: ActiveSeverity
  /** The rule's option fields; an empty object when it takes none. */
  fields: {[Key in keyof RuleOptions]-?: OptionField}
}

/** A rule setting resolved to a severity and validated options. */
export interface ResolvedRule<RuleOptions extends object> {
  severity: Severity
  options: Partial<RuleOptions>
}

const severityWords: ReadonlyArray<string> = ['off', 'info', 'warn', 'error', 'on']

/**
 * Resolve and validate a rule setting.
 *
 * @throws
 *   `TypeError` naming the rule and the field when the setting is invalid.
 */
export function resolveRuleSetting<RuleOptions extends object>(
  meta: RuleMeta<RuleOptions>,
  setting: unknown,
  origin: string
): ResolvedRule<RuleOptions> {
  const where = origin + ': rule `' + meta.id + '`'
  let level: unknown = 'on'
  let options: unknown

  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) {
      throw new TypeError(
        where +
          ': unexpected tuple of length `' +
          setting.length +
          '`, expected `[severity]` or `[severity, options]`'
      )
    }

    level = setting[0]
    options = setting[1]
  } else if (isPlainObject(setting)) {
    options = setting
  } else if (setting !== undefined && setting !== null) {
    level = setting
  }

  const severity = toSeverity(level, meta.defaultSeverity, where)
  return {severity, options: validateRuleOptions(meta, options, where)}
}

function toSeverity(
  level: unknown,
  defaultSeverity: ActiveSeverity,
  where: string
): Severity {
  if (level === true || level === 'on') return defaultSeverity
  if (level === false || level === 0) return 'off'
  if (level === 1) return 'warn'
  if (level === 2) return 'error'
  if (typeof level === 'string' && severityWords.includes(level)) {
    return level as Severity
  }

  throw new TypeError(
    where +
      ': unexpected severity `' +
      String(JSON.stringify(level)) +
      '`, expected one of `off`, `on`, `info`, `warn`, `error`, a boolean, `0`, `1` or `2`'
  )
}

function validateRuleOptions<RuleOptions extends object>(
  meta: RuleMeta<RuleOptions>,
  value: unknown,
  where: string
): Partial<RuleOptions> {
  if (value === undefined || value === null) return {}

  if (!isPlainObject(value)) {
    throw new TypeError(
      where +
        ': unexpected options `' +
        String(JSON.stringify(value)) +
        '`, expected an object'
    )
  }

  const fields: Record<string, OptionField> = meta.fields
  const known = Object.keys(fields)

  for (const [key, fieldValue] of Object.entries(value)) {
    const field = fields[key]

    if (field === undefined) {
      throw new TypeError(
        where +
          ': unexpected option `' +
          key +
          '`, expected ' +
          (known.length === 0
            ? 'no options'
            : 'one of ' + known.map((name) => '`' + name + '`').join(', '))
      )
    }

    if (fieldValue === undefined) continue
    const problem = checkField(field, fieldValue)

    if (problem) {
      throw new TypeError(
        where +
          ': unexpected `' +
          key +
          '` value `' +
          String(JSON.stringify(fieldValue)) +
          '`, expected ' +
          problem
      )
    }
  }

  return value as Partial<RuleOptions>
}

/** What a field expects, or `undefined` when `value` fits. */
function checkField(field: OptionField, value: unknown): string | undefined {
  switch (field.kind) {
    case 'boolean': {
      return typeof value === 'boolean' ? undefined : 'a boolean'
    }

    case 'integer': {
      return Number.isInteger(value) && (value as number) >= field.minimum
        ? undefined
        : 'an integer of at least `' + field.minimum + '`'
    }

    case 'enum': {
      return typeof value === 'string' && field.values.includes(value)
        ? undefined
        : 'one of ' + quoteAll(field.values)
    }

    case 'list': {
      return Array.isArray(value) &&
        value.every(
          (item) => typeof item === 'string' && field.values.includes(item)
        )
        ? undefined
        : 'an array of ' + quoteAll(field.values)
    }

    case 'pattern': {
      return typeof value === 'string' && field.pattern.test(value)
        ? undefined
        : 'a value such as `' + field.example + '`'
    }
  }
}

function quoteAll(values: ReadonlyArray<string>): string {
  return values.map((value) => '`' + value + '`').join(', ')
}

/** Whether `value` is an object literal (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Where a message points: a point, a span, or nowhere. */
export type Place = Point | Position | undefined

/**
 * Add a message for a rule to `file` at `severity` (`'off'` adds nothing),
 * stamped with the rule's `ruleId`, `source` and `url`. `info` leaves
 * `fatal` undefined, `warn` sets it to `false`, `error` to `true`, as
 * vfile-reporter expects.
 */
export function report(
  file: VFile,
  meta: Pick<RuleMeta<object>, 'id' | 'source' | 'url'>,
  severity: Severity,
  reason: string,
  place: Place
): void {
  if (severity === 'off') return
  const options = {ruleId: meta.id, source: meta.source, ...(place ? {place} : {})}
  const message =
    severity === 'info' ? file.info(reason, options) : file.message(reason, options)
  message.url = meta.url
  if (severity === 'error') message.fatal = true
}
