/**
 * A config file Baogao cannot use. It is a `RunError` (exit code 2): the
 * `baogao` command reports its message as it is and stops before any input
 * is read.
 */
import {RunError} from '@baogao/engine'

/** Where in a config file a problem is. */
export interface ConfigErrorPlace {
  /** Absolute path of the config file. */
  file: string
  /** The pipeline's name, when the problem is in one. */
  pipeline?: string | null | undefined
  /** The plugin as the config names it, when the problem is with one. */
  plugin?: string | null | undefined
  /** The field: `transformers[0]`, `parsers.plain-text`, `extends`. */
  field?: string | null | undefined
  /** The plugin's option at fault, when its options are: `minimum`. */
  option?: string | null | undefined
}

export class ConfigError extends RunError {
  override name = 'ConfigError'
  readonly file: string
  readonly pipeline: string | null
  readonly plugin: string | null
  readonly field: string | null
  readonly option: string | null
  /** What is wrong, without the place. */
  readonly reason: string

  constructor(place: ConfigErrorPlace, reason: string) {
    const where = [
      place.pipeline == null ? undefined : 'pipeline `' + place.pipeline + '`',
      place.plugin == null ? undefined : 'plugin `' + place.plugin + '`',
      place.field == null ? undefined : 'field `' + place.field + '`',
      place.option == null ? undefined : 'option `' + place.option + '`'
    ].filter((part) => part !== undefined)
    super('invalid-config', place.file + ': ' + (where.length === 0 ? '' : where.join(', ') + ': ') + reason)
    this.file = place.file
    this.pipeline = place.pipeline ?? null
    this.plugin = place.plugin ?? null
    this.field = place.field ?? null
    this.option = place.option ?? null
    this.reason = reason
  }
}
