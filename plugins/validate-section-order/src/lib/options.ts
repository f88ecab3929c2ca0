/**
 * Plugin options: the template profile and the rule settings, validated
 * when the plugin is attached (from code or from a config file).
 */
import type {ResolvedRules} from '@baogao/core'
import {isPlainObject, resolveRuleSettings} from '@baogao/core'
import type {RuleOptionsMap, RuleSettings} from './rules.js'
import {rules} from './rules.js'
import type {Profile} from './template.js'

export interface Options {
  /**
   * Template to check against: `'annual-report'`, `'duty-report'`,
   * `'none'`, or `'auto'` (default) to follow `tree.meta.kind` and, for a
   * report of unknown kind, what its headings look like.
   */
  profile?: Profile | 'auto' | null | undefined
  /**
   * Severity and options per rule, as `'off'`, `'warn'`, `'error'`,
   * `['error', {…}]`… (default: every rule on at its default severity).
   */
  rules?: RuleSettings | null | undefined
}

export interface ResolvedOptions {
  profile: Profile | 'auto'
  rules: ResolvedRules<RuleOptionsMap>
}

const profileNames: ReadonlyArray<string> = ['auto', 'annual-report', 'duty-report', 'none']

/**
 * Validate options and resolve every rule's severity.
 *
 * @throws
 *   `TypeError` naming `origin`; for a rule's setting, a `RuleOptionError`
 *   (a `TypeError`) naming `origin`, the rule and the field.
 */
export function resolveOptions(value: unknown, origin: string): ResolvedOptions {
  if (value !== undefined && value !== null && !isPlainObject(value)) {
    throw new TypeError(
      origin + ': unexpected options `' + String(JSON.stringify(value)) + '`, expected an object'
    )
  }

  const options: Record<string, unknown> = value ?? {}
  for (const key of Object.keys(options)) {
    if (key !== 'profile' && key !== 'rules' && key !== '$schema') {
      throw new TypeError(
        origin + ': unexpected option `' + key + '`, expected `profile` or `rules`'
      )
    }
  }

  const profile = options['profile'] ?? 'auto'
  if (typeof profile !== 'string' || !profileNames.includes(profile)) {
    throw new TypeError(
      origin +
        ': unexpected `profile` `' +
        String(JSON.stringify(profile)) +
        '`, expected one of ' +
        profileNames.map((name) => '`' + name + '`').join(', ')
    )
  }

  return {
    profile: profile as ResolvedOptions['profile'],
    rules: resolveRuleSettings(rules, options['rules'], origin)
  }
}
