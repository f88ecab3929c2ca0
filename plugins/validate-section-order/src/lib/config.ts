/**
 * Rule settings from a JSON config file, such as
 * `{"profile": "annual-report", "rules": {"year-mismatch": "off"}}`.
 */
import {readFile} from 'node:fs/promises'
import type {Options} from './options.js'
import {resolveOptions} from './options.js'

/**
 * Validate a config value (parsed JSON) as plugin options.
 *
 * @throws
 *   `TypeError` naming `origin`, the rule and the field.
 */
export function parseRuleConfig(value: unknown, origin: string): Options {
  resolveOptions(value, origin)
  const options = (value ?? {}) as Options & {$schema?: unknown}
  const {$schema, ...rest} = options
  return rest
}

/**
 * Read and validate a JSON config file of rule settings.
 *
 * @throws
 *   `Error` when the file cannot be read or parsed, `TypeError` when a
 *   setting is invalid; both name the file.
 */
export async function loadRuleConfig(path: string): Promise<Options> {
  const text = await readFile(path, 'utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new Error(path + ': unexpected content, expected JSON', {cause: error})
  }

  return parseRuleConfig(value, path)
}
