import {describe, expect, it} from 'vitest'
import type {Plugin} from 'unified'
import {RuleOptionError, detectRole} from '../src/index.ts'
import {emitLines, fewDigits, parseLines} from './plugins.ts'

describe('detectRole', () => {
  it('tells parsers, transformers and compilers apart by what they set', () => {
    expect([detectRole(parseLines), detectRole(fewDigits), detectRole(fewDigits, 'off'), detectRole(emitLines)]).toEqual(['parser', 'transformer', 'transformer', 'compiler'])
  })

  it('runs the plugin’s option checks', () => {
    expect(() => detectRole(fewDigits, {minimum: -1})).toThrow(RuleOptionError)
  })

  it('rejects what is not a plugin, and a plugin with two roles', () => {
    expect(() => detectRole(null as never)).toThrow('detectRole: unexpected `null`, expected a unified plugin (a function)')
    const both: Plugin<[], string, string> = function both() {
      this.parser = () => ({type: 'root', children: []}) as never
      this.compiler = () => ''
    }
    expect(() => detectRole(both)).toThrow('detectRole: unexpected plugin `both` that sets both a parser and a compiler, expected one role')
  })
})
