/**
 * `@baogao/plugin-kit/testing`: the fixture runner and the conformance
 * suite as vitest suites, and the functions under them for other runners.
 * vitest is a peer dependency of this entry only.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import type {ConformanceCheck, ConformanceOptions, ConformanceResult} from './lib/conformance.js'
import {checkConformance, conformanceChecks} from './lib/conformance.js'
import type {FixtureRunOptions} from './lib/fixtures.js'
import {listFixtureCases, runFixtureCase, updating, writeFixtureGoldens} from './lib/fixtures.js'
import type {PluginSubject} from './lib/run-plugin.js'
import {createSubjectProcessor} from './lib/run-plugin.js'

export type {ConformanceCheck, ConformanceOptions, ConformanceResult} from './lib/conformance.js'
export {checkConformance, conformanceChecks, readSubjectInput} from './lib/conformance.js'
export type {FixtureCase, FixtureResult, FixtureRunOptions} from './lib/fixtures.js'
export {listFixtureCases, runFixtureCase, updating, writeFixtureGoldens} from './lib/fixtures.js'
export type {AnyPlugin, PluginRun, PluginSubject, SubjectInput, SubjectProcessor} from './lib/run-plugin.js'
export {createSubjectProcessor, formatMessages, formatPlace, outputValue} from './lib/run-plugin.js'
export type {SampleReport} from './lib/sample-reports.js'
export {sampleReports} from './lib/sample-reports.js'

/** Options of `describeFixtures`: the plugin under test and what it needs. */
export interface DescribeFixturesOptions extends PluginSubject, FixtureRunOptions {}

/**
 * A vitest suite with a test per case folder under `folder` (usually
 * `new URL('fixtures/', import.meta.url)`). Each test runs the plugin on
 * the case's input and compares `expected.json` and `messages.txt`; with
 * `UPDATE=1` it writes them instead.
 */
export function describeFixtures(folder: string | URL, options: DescribeFixturesOptions): void {
  const cases = listFixtureCases(folder)
  describe('fixtures', () => {
    for (const fixture of cases) {
      it(fixture.name, async () => {
        const result = await runFixtureCase(fixture, options, options)
        if (updating()) {
          await writeFixtureGoldens(fixture, result, options)
          return
        }

        expect(result.expected.messages, 'missing `messages.txt` in `' + fixture.name + '`: run the tests with `UPDATE=1`').toBeDefined()
        expect(result.actual.messages).toBe(result.expected.messages)
        if (options.output !== false) {
          expect(result.expected.output, 'missing `expected.json` in `' + fixture.name + '`: run the tests with `UPDATE=1`').toBeDefined()
          expect(result.actual.output).toEqual(result.expected.output)
        }
      })
    }
  })
}

/**
 * A vitest suite running the conformance checks on a plugin: a test per
 * check (`no-leak` not for parsers).
 */
export function describeConformance(options: ConformanceOptions): void {
  // Attaching here makes a bad `setting` fail the file at once.
  const role = createSubjectProcessor(options).role
  const checks = (Object.keys(conformanceChecks) as Array<ConformanceCheck>).filter((check) => role !== 'parser' || check !== 'no-leak')

  describe('conformance (' + role + ' `' + (options.plugin.name || 'anonymous') + '`)', () => {
    let result: ConformanceResult | undefined
    beforeAll(async () => {
      result = await checkConformance(options)
    })

    for (const check of checks) {
      it(conformanceChecks[check], () => {
        expect(result?.checks[check]).toEqual([])
      })
    }
  })
}
