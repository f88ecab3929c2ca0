/**
 * Lint-style rules, in the manner of remark-lint's `unified-lint-rule`:
 * a severity outside the options (`['warn', {...}]`), declared option
 * fields checked when the plugin is attached, and messages stamped with
 * `ruleId`, `source`, `url` and a severity vfile-reporter understands.
 *
 * `defineRule` makes a whole transformer plugin of one rule;
 * `resolveRuleSettings` (or `resolveRuleSetting`, one rule at a time) and
 * `addRuleMessage` serve plugins that hold several rules under one options
 * object, each rule with its own severity.
 */
import type {Plugin} from 'unified'
import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {Options as MessageOptions, VFileMessage} from 'vfile-message'
import type {Root} from './ast.js'

/** How a rule reports: not at all, or as info, warning or error. */
export type Severity = 'off' | 'info' | 'warn' | 'error'

/** A severity a rule reports at when it is on. */
export type ActiveSeverity = Exclude<Severity, 'off'>

/**
 * How a severity may be written: a word (`'on'` is the rule's default
 * severity), a boolean (`true` is `'on'`, `false` is `'off'`), or a number
 * as in ESLint (`0` off, `1` warn, `2` error).
 */
export type SeverityLevel = Severity | 'on' | boolean | 0 | 1 | 2

/**
 * A rule's setting: a level, a tuple `[level, options]` (the severity stays
 * outside the options), or the options alone (default severity).
 */
export type RuleSetting<RuleOptions extends object> =
  | SeverityLevel
  | [SeverityLevel]
  | [SeverityLevel, RuleOptions | null | undefined]
  | RuleOptions

/**
 * Settings of a plugin that holds several rules, by rule id:
 * `{'year-mismatch': 'off', 'numbering-nesting': ['error', {allowSkip: true}]}`.
 */
export type RuleSettings<OptionsByRule extends {[Id in keyof OptionsByRule]: object}> = {
  [Id in keyof OptionsByRule]?: RuleSetting<OptionsByRule[Id]> | null | undefined
}

/** Declares one option field, for checking when the plugin is attached. */
export type OptionField =
  | {kind: 'boolean'}
  | {kind: 'integer'; minimum?: number | undefined; maximum?: number | undefined}
  | {kind: 'number'; minimum?: number | undefined; maximum?: number | undefined}
  | {kind: 'string'; pattern?: RegExp | undefined; example?: string | undefined}
  | {kind: 'enum'; values: ReadonlyArray<string>}
  | {kind: 'list'; values: ReadonlyArray<string>}
  | {kind: 'strings'}
  | {kind: 'custom'; expected: string; test: (value: unknown) => boolean}

/** What a rule is: its id, where it comes from and how it is configured. */
export interface RuleMeta<RuleOptions extends object> {
  /** Kebab-case id (`message.ruleId`), also the README anchor. */
  id: string
  /** The package that owns the rule (`message.source`). */
  source: string
  /** The rule's documentation (`message.url`). */
  url: string
  /** Severity when the rule is on and none is given (default: `'warn'`). */
  defaultSeverity?: ActiveSeverity | undefined
  /** Every option field; `{}` when the rule takes none. */
  fields: {[Key in keyof RuleOptions]-?: OptionField}
}

/** A value for every option of a rule: what `defineRule` takes as defaults. */
export type RuleDefaults<RuleOptions extends object> = {
  [Key in keyof RuleOptions]-?: Exclude<RuleOptions[Key], undefined>
}

/** A rule setting resolved to a severity and checked options. */
export interface ResolvedRule<RuleOptions extends object> {
  severity: Severity
  /** The options as given (fields not given stay absent). */
  options: Partial<RuleOptions>
}

/** Every rule of a plugin resolved: what `resolveRuleSettings` returns. */
export type ResolvedRules<OptionsByRule extends {[Id in keyof OptionsByRule]: object}> = {
  [Id in keyof OptionsByRule]: ResolvedRule<OptionsByRule[Id]>
}

/** Where a message points: a node (its position), a point, a span, or nowhere. */
export type Place = Node | Point | Position | null | undefined

/** What a rule's check receives for one file. */
export interface RuleContext<RuleOptions extends object> {
  tree: Root
  file: VFile
  /** The severity the rule reports at (never `'off'`: the check is skipped). */
  severity: ActiveSeverity
  /** The defaults with the given options over them. */
  options: Readonly<RuleDefaults<RuleOptions>>
  /**
   * Add a message stamped with the rule. Write it as "Unexpected X,
   * expected Y", values in backticks; never quote a contact detail.
   */
  report(reason: string, place?: Place, extra?: RuleMessageExtra): VFileMessage | undefined
}

/** More about a message: the cause, or the nodes above the place. */
export interface RuleMessageExtra {
  cause?: Error | undefined
  ancestors?: Array<Node> | undefined
  /** The value found, for tools (never a contact detail). */
  actual?: string | undefined
  /** What was expected, for tools. */
  expected?: Array<string> | undefined
}

/** A rule made by `defineRule`: a transformer taking a rule setting. */
export type RulePlugin<RuleOptions extends object> = Plugin<
  [(RuleSetting<RuleOptions> | null | undefined)?],
  Root,
  Root
>

/**
 * Options or severity that a rule cannot take. Thrown when the plugin is
 * attached, never while a file is processed.
 */
export class RuleOptionError extends TypeError {
  override name = 'RuleOptionError'
  /** The package that owns the rule. */
  readonly source: string
  /** The rule's id. */
  readonly rule: string
  /**
   * The field at fault: an option name (`minimum`, `units[2]`), or
   * `severity` or `options` for the setting as a whole.
   */
  readonly field: string
  /**
   * Where the setting came from, as the message starts: the plugin or a
   * config file (default: `source`).
   */
  readonly origin: string

  constructor(source: string, rule: string, field: string, message: string, origin: string = source) {
    super(origin + ': rule `' + rule + '`: ' + message)
    this.source = source
    this.rule = rule
    this.field = field
    this.origin = origin
  }
}

const severityWords: ReadonlyArray<string> = ['off', 'info', 'warn', 'error', 'on']

/**
 * Resolve and check a rule setting.
 *
 * @param origin
 *   What errors start with: the plugin or the config file the setting comes
 *   from (default: `meta.source`).
 * @throws {RuleOptionError}
 *   Naming the rule and the field when the setting is not one the rule takes.
 */
export function resolveRuleSetting<RuleOptions extends object>(
  meta: RuleMeta<RuleOptions>,
  setting: unknown,
  origin?: string | undefined
): ResolvedRule<RuleOptions> {
  const fail = (field: string, message: string): never => {
    throw new RuleOptionError(meta.source, meta.id, field, message, origin ?? meta.source)
  }

  let level: unknown = 'on'
  let options: unknown

  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) {
      fail('severity', 'unexpected tuple of length `' + setting.length + '`, expected `[severity]` or `[severity, options]`')
    }

    level = setting[0]
    options = setting[1]
  } else if (isPlainObject(setting)) {
    options = setting
  } else if (setting !== undefined && setting !== null) {
    level = setting
  }

  return {
    severity: toSeverity(level, meta.defaultSeverity ?? 'warn', fail),
    options: checkOptions(meta, options, fail)
  }
}

/**
 * Resolve and check the settings of a plugin that holds several rules (its
 * `rules` option): every rule gets a severity and options, a rule not given
 * is on at its default severity.
 *
 * @param rules
 *   Each rule's meta, by id; the result follows this order.
 * @param settings
 *   The settings as given (`undefined` and `null` mean none).
 * @param origin
 *   What errors start with: the plugin (`@acme/baogao-plugin-x`) or the
 *   config file the settings come from.
 * @throws {TypeError}
 *   Naming `origin` when `settings` is not an object or names a rule the
 *   plugin does not have.
 * @throws {RuleOptionError}
 *   Naming `origin`, the rule and the field for a bad setting of one rule.
 */
export function resolveRuleSettings<OptionsByRule extends {[Id in keyof OptionsByRule]: object}>(
  rules: {readonly [Id in keyof OptionsByRule]: RuleMeta<OptionsByRule[Id]>},
  settings: unknown,
  origin: string
): ResolvedRules<OptionsByRule> {
  const given = settings ?? {}
  if (!isPlainObject(given)) {
    throw new TypeError(origin + ': unexpected `rules` `' + show(given) + '`, expected an object')
  }

  const ids = Object.keys(rules) as Array<keyof OptionsByRule & string>
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(rules, key)) {
      throw new TypeError(origin + ': unexpected rule `' + key + '`, expected one of ' + quoteAll(ids))
    }
  }

  const resolved: Partial<Record<keyof OptionsByRule, ResolvedRule<object>>> = {}
  for (const id of ids) {
    resolved[id] = resolveRuleSetting(rules[id], Object.hasOwn(given, id) ? given[id] : undefined, origin)
  }

  return resolved as ResolvedRules<OptionsByRule>
}

function toSeverity(
  level: unknown,
  defaultSeverity: ActiveSeverity,
  fail: (field: string, message: string) => never
): Severity {
  if (level === true || level === 'on') return defaultSeverity
  if (level === false || level === 0) return 'off'
  if (level === 1) return 'warn'
  if (level === 2) return 'error'
  if (typeof level === 'string' && severityWords.includes(level)) return level as Severity
  return fail(
    'severity',
    'unexpected severity `' + show(level) + '`, expected one of `off`, `on`, `info`, `warn`, `error`, a boolean, `0`, `1` or `2`'
  )
}

function checkOptions<RuleOptions extends object>(
  meta: RuleMeta<RuleOptions>,
  value: unknown,
  fail: (field: string, message: string) => never
): Partial<RuleOptions> {
  if (value === undefined || value === null) return {}
  if (!isPlainObject(value)) {
    return fail('options', 'unexpected options `' + show(value) + '`, expected an object')
  }

  const fields: Readonly<Record<string, OptionField>> = meta.fields
  const known = Object.keys(fields)

  for (const [key, fieldValue] of Object.entries(value)) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined
    if (field === undefined) {
      fail(
        key,
        'unexpected option `' + key + '`, expected ' +
          (known.length === 0 ? 'no options' : 'one of ' + quoteAll(known))
      )
    } else if (fieldValue !== undefined) {
      const problem = checkField(field, fieldValue)
      if (problem !== undefined) {
        fail(
          key + problem.suffix,
          'unexpected `' + key + problem.suffix + '` value `' + show(problem.value) + '`, expected ' + problem.expected
        )
      }
    }
  }

  return value as Partial<RuleOptions>
}

interface FieldProblem {
  /** `[2]` for the third item of a list, `''` for the field itself. */
  suffix: string
  value: unknown
  expected: string
}

/** What a field expects, or `undefined` when `value` fits. */
function checkField(field: OptionField, value: unknown): FieldProblem | undefined {
  const whole = (expected: string | undefined): FieldProblem | undefined =>
    expected === undefined ? undefined : {suffix: '', value, expected}

  switch (field.kind) {
    case 'boolean': {
      return whole(typeof value === 'boolean' ? undefined : 'a boolean')
    }

    case 'integer':
    case 'number': {
      const ok =
        typeof value === 'number' &&
        (field.kind === 'number' ? Number.isFinite(value) : Number.isSafeInteger(value)) &&
        (field.minimum === undefined || value >= field.minimum) &&
        (field.maximum === undefined || value <= field.maximum)
      return whole(ok ? undefined : describeNumber(field))
    }

    case 'string': {
      const ok = typeof value === 'string' && (field.pattern === undefined || field.pattern.test(value))
      return whole(
        ok
          ? undefined
          : field.example === undefined
            ? field.pattern === undefined ? 'a string' : 'a string matching `' + String(field.pattern) + '`'
            : 'a string such as `' + field.example + '`'
      )
    }

    case 'enum': {
      return whole(
        typeof value === 'string' && field.values.includes(value) ? undefined : 'one of ' + quoteAll(field.values)
      )
    }

    case 'list':
    case 'strings': {
      const expected = field.kind === 'list' ? 'one of ' + quoteAll(field.values) : 'a string'
      if (!Array.isArray(value)) {
        return whole('an array of ' + (field.kind === 'list' ? 'values from ' + quoteAll(field.values) : 'strings'))
      }

      for (const [index, item] of value.entries()) {
        const ok = typeof item === 'string' && (field.kind === 'strings' || field.values.includes(item))
        if (!ok) return {suffix: '[' + index + ']', value: item, expected}
      }

      return undefined
    }

    case 'custom': {
      return whole(field.test(value) ? undefined : field.expected)
    }
  }
}

function describeNumber(field: {kind: 'integer' | 'number'; minimum?: number | undefined; maximum?: number | undefined}): string {
  const noun = field.kind === 'integer' ? 'an integer' : 'a number'
  if (field.minimum !== undefined && field.maximum !== undefined) {
    return noun + ' from `' + field.minimum + '` to `' + field.maximum + '`'
  }

  if (field.minimum !== undefined) return noun + ' of at least `' + field.minimum + '`'
  if (field.maximum !== undefined) return noun + ' of at most `' + field.maximum + '`'
  return noun
}

/**
 * Add a message for a rule to `file` at `severity` (`'off'` adds nothing),
 * stamped with the rule's `ruleId`, `source` and `url`. `info` leaves
 * `fatal` undefined, `warn` sets it to `false`, `error` to `true`, as
 * vfile-reporter expects.
 */
export function addRuleMessage(
  file: VFile,
  meta: Pick<RuleMeta<object>, 'id' | 'source' | 'url'>,
  severity: Severity,
  reason: string,
  place?: Place,
  extra?: RuleMessageExtra
): VFileMessage | undefined {
  if (severity === 'off') return undefined
  const at = toPlace(place)
  const options: MessageOptions = {
    ruleId: meta.id,
    source: meta.source,
    ...(at === undefined ? {} : {place: at}),
    ...(extra?.ancestors === undefined ? {} : {ancestors: extra.ancestors}),
    ...(extra?.cause === undefined ? {} : {cause: extra.cause})
  }
  const message = severity === 'info' ? file.info(reason, options) : file.message(reason, options)
  message.url = meta.url
  if (extra?.actual !== undefined) message.actual = extra.actual
  if (extra?.expected !== undefined) message.expected = extra.expected
  if (severity === 'error') message.fatal = true
  return message
}

/**
 * Make a transformer plugin of one rule. Its parameter is the rule setting
 * (`'error'`, `['warn', {minimum: 2}]`, `{minimum: 2}`), checked when the
 * plugin is attached; `check` runs on every file unless the rule is off.
 *
 * @param meta
 *   The rule: id, source, url, default severity, option fields.
 * @param defaults
 *   A value for every option; given options replace them one by one.
 * @param check
 *   Reads the tree and reports through `context.report`. It must not keep
 *   state between files: everything per file lives in the call.
 */
export function defineRule<RuleOptions extends object>(
  meta: RuleMeta<RuleOptions>,
  defaults: RuleDefaults<RuleOptions>,
  check: (context: RuleContext<RuleOptions>) => void | Promise<void>
): RulePlugin<RuleOptions> {
  checkMeta(meta)
  const attacher: RulePlugin<RuleOptions> = function (setting) {
    const resolved = resolveRuleSetting(meta, setting)
    const severity = resolved.severity
    if (severity === 'off') return undefined
    const options = Object.freeze({...defaults, ...withoutUndefined(resolved.options)}) as Readonly<RuleDefaults<RuleOptions>>

    // Synchronous unless the check is: `runSync` keeps working.
    return function (tree: Root, file: VFile): Promise<undefined> | undefined {
      const result = check({
        tree,
        file,
        severity,
        options,
        report: (reason, place, extra) => addRuleMessage(file, meta, severity, reason, place, extra)
      })
      return result instanceof Promise ? result.then(() => undefined) : undefined
    }
  }

  // Listings (`baogao list`) show a plugin by its function's name.
  Object.defineProperty(attacher, 'name', {value: camelCase(meta.id)})
  return attacher
}

function checkMeta(meta: RuleMeta<object>): void {
  const fail = (field: string, expected: string): never => {
    throw new TypeError('defineRule: unexpected `' + field + '`, expected ' + expected)
  }

  if (typeof meta.id !== 'string' || !/^[a-z][a-z\d]*(?:-[a-z\d]+)*$/.test(meta.id)) fail('id', 'a kebab-case rule id')
  if (typeof meta.source !== 'string' || meta.source === '') fail('source', 'the package name')
  if (typeof meta.url !== 'string' || !/^https?:\/\//.test(meta.url)) fail('url', 'an `http(s)` URL')
  if (meta.defaultSeverity !== undefined && !['info', 'warn', 'error'].includes(meta.defaultSeverity)) {
    fail('defaultSeverity', '`info`, `warn` or `error`')
  }

  if (!isPlainObject(meta.fields)) fail('fields', 'an object of option fields')
}

function withoutUndefined<Value extends object>(value: Partial<Value>): Partial<Value> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<Value>
}

function toPlace(place: Place): Point | Position | undefined {
  if (place === null || place === undefined) return undefined
  if ('type' in place) return place.position
  return place
}

function camelCase(id: string): string {
  return id.replace(/-([a-z\d])/g, (_, character: string) => character.toUpperCase())
}

function quoteAll(values: ReadonlyArray<string>): string {
  return values.map((value) => '`' + value + '`').join(', ')
}

function show(value: unknown): string {
  return typeof value === 'function' ? 'function' : String(JSON.stringify(value))
}

/** Whether `value` is an object literal (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
