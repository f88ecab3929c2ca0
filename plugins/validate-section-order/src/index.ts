export type {Options} from './lib/options.js'
export type {
  NoOptions,
  RuleId,
  RuleOptionsMap,
  RuleSettings
} from './lib/rules.js'
export {ruleIds} from './lib/rules.js'
export type {NumberingSequenceOptions} from './lib/numbering-sequence.js'
export type {NumberingStyleOptions} from './lib/numbering-style.js'
export type {NumberingNestingOptions} from './lib/numbering-nesting.js'
export type {TemplateMissingOptions} from './lib/template-rules.js'
export type {PublishedLateOptions, YearMismatchOptions} from './lib/meta-rules.js'
export type {Profile} from './lib/template.js'
export type {RuleSetting, Severity, SeverityLevel} from '@baogao/core'
export {loadRuleConfig, parseRuleConfig} from './lib/config.js'
export {default} from './lib/plugin.js'
