/**
 * The rules of this plugin: ids, documentation links, default severities
 * and option fields, for `@baogao/core`'s rule helper.
 */
import type {RuleMeta, RuleSettings as RuleSettingsOf} from '@baogao/core'
import type {NumberingNestingOptions} from './numbering-nesting.js'
import type {NumberingSequenceOptions} from './numbering-sequence.js'
import type {NumberingStyleOptions} from './numbering-style.js'
import type {PublishedLateOptions, YearMismatchOptions} from './meta-rules.js'
import type {TemplateMissingOptions} from './template-rules.js'

/** Options of a rule that takes none. */
export type NoOptions = Record<string, never>

/** Each rule's options, by rule id. */
export interface RuleOptionsMap {
  'numbering-sequence': NumberingSequenceOptions
  'numbering-style': NumberingStyleOptions
  'numbering-nesting': NumberingNestingOptions
  'template-missing': TemplateMissingOptions
  'template-order': NoOptions
  'title-missing': NoOptions
  'year-mismatch': YearMismatchOptions
  'published-late': PublishedLateOptions
}

export type RuleId = keyof RuleOptionsMap

/** Severity and options per rule: `{'year-mismatch': 'off'}`. */
export type RuleSettings = RuleSettingsOf<RuleOptionsMap>

export const source = 'validate-section-order'

const readme =
  'https://github.com/baogao/baogao/tree/main/plugins/validate-section-order#'

const parts = ['measures', 'shortcomings', 'duty', 'plans', 'other'] as const

function meta<Id extends RuleId>(
  id: Id,
  defaultSeverity: RuleMeta<RuleOptionsMap[Id]>['defaultSeverity'],
  fields: RuleMeta<RuleOptionsMap[Id]>['fields']
): RuleMeta<RuleOptionsMap[Id]> {
  return {id, source, url: readme + id, defaultSeverity, fields}
}

/** Every rule, in the order the README documents them. */
export const rules: {readonly [Id in RuleId]: RuleMeta<RuleOptionsMap[Id]>} = {
  'numbering-sequence': meta('numbering-sequence', 'warn', {
    continuation: {kind: 'enum', values: ['auto', 'restart', 'continue']}
  }),
  'numbering-style': meta('numbering-style', 'warn', {
    ignoreWidth: {kind: 'boolean'}
  }),
  'numbering-nesting': meta('numbering-nesting', 'warn', {
    allowSkip: {kind: 'boolean'}
  }),
  'template-missing': meta('template-missing', 'warn', {
    ignore: {kind: 'list', values: parts}
  }),
  'template-order': meta('template-order', 'warn', {}),
  'title-missing': meta('title-missing', 'warn', {}),
  'year-mismatch': meta('year-mismatch', 'warn', {
    minimumMentions: {kind: 'integer', minimum: 1}
  }),
  'published-late': meta('published-late', 'info', {
    deadline: {
      kind: 'string',
      pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      example: '04-01'
    }
  })
}

/** The rule ids, in README order. */
export const ruleIds = Object.keys(rules) as ReadonlyArray<RuleId>
