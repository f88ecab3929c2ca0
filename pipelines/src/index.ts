export type {
  BatchBytes,
  BatchContext,
  BatchCollector,
  BatchOutput,
  PipelineDefinition,
  PipelineInit
} from './lib/define.js'
export {definePipeline, sourceKinds} from './lib/define.js'
export type {PipelineProcessor} from './lib/processor.js'
export {createProcessor} from './lib/processor.js'
export {getPipeline, pipelines} from './lib/registry.js'
export type {CheckOptions, CheckProcessor} from './lib/check.js'
export {checkableKinds, createCheckProcessor, loadRuleConfig} from './lib/check.js'
export type {
  AnyAttacher,
  CompileResult,
  CompilerStep,
  ParserStep,
  PluginOutput,
  PluginParameters,
  PluginRole,
  RequireRole,
  RoleOf,
  Step,
  TransformerStep
} from './lib/steps.js'
export {compilerStep, parserStep, transformerStep} from './lib/steps.js'
export type {RedactOptions, RedactProcessor} from './lib/redact.js'
export {createRedactProcessor, findContacts, redactText} from './lib/redact.js'
