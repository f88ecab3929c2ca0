import {describe, expect, test} from 'vitest'
import {createReporter} from '../src/index.ts'
import type {RunEvent} from '../src/index.ts'
import {memoryStream} from './helpers.ts'

const record = {sha256: 'ab', kind: 'plain-text' as const, cached: false, outputs: [], messages: {errors: 0, warnings: 0, info: 0}, durationMs: 3}
const events: Array<RunEvent> = [
  {event: 'start', runId: 'r', pipeline: 'text-to-json', total: 2, concurrency: 2, out: '/out'},
  {event: 'file', done: 1, total: 2, file: 'a.txt', status: 'ok', reason: null, ...record},
  {event: 'file', done: 2, total: 2, file: 'b.txt', status: 'failed', reason: 'Cannot process `b.txt`: the file is empty', ...record},
  {event: 'end', runId: 'r', counts: {inputs: 2, ok: 1, failed: 1, cached: 0, errors: 0, warnings: 1, info: 0}, batch: [], durationMs: 1500, exitCode: 3, interrupted: false, manifest: '/out/manifest.json'}
]

function drive(options: Parameters<typeof createReporter>[0]): void {
  const reporter = createReporter(options)
  for (const event of events.slice(0, 3)) reporter.event(event)
  reporter.problem('b.txt', 'Error: boom\n    at somewhere')
  reporter.event(events[3] as RunEvent)
}

describe('createReporter', () => {
  test('json: one JSON line per event on stdout; stacks on stderr only', () => {
    const stdout = memoryStream()
    const stderr = memoryStream()
    drive({log: 'json', stdout, stderr})
    expect(stdout.text().trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(events)
    expect(stderr.text()).toBe('Stack of the error that failed `b.txt`:\nError: boom\n    at somewhere\n')
  })

  test('auto: JSON lines when stderr is not a terminal', () => {
    const stdout = memoryStream()
    drive({stdout, stderr: memoryStream(false)})
    expect(stdout.text().split('\n').length).toBe(5)
  })

  test('pretty on a terminal: a bar on stderr, then failures, stacks and a summary; nothing on stdout', () => {
    const stdout = memoryStream()
    const stderr = memoryStream(true)
    drive({stdout, stderr})
    const text = stderr.text()
    expect(stdout.text()).toBe('')
    expect(text).toContain('2/2 files')
    expect(text).toContain('files/s | ETA')
    expect(text.slice(text.indexOf('✖'))).toBe('✖ Cannot process `b.txt`: the file is empty\nStack of the error that failed `b.txt`:\nError: boom\n    at somewhere\n2 inputs: 1 ok, 1 failed · 0 errors, 1 warning · 1.5 s · /out/manifest.json\n')
  })

  test('pretty off a terminal: no bar, the same closing lines', () => {
    const stderr = memoryStream(false)
    drive({log: 'pretty', stdout: memoryStream(), stderr})
    expect(stderr.text()).toBe('✖ Cannot process `b.txt`: the file is empty\nStack of the error that failed `b.txt`:\nError: boom\n    at somewhere\n2 inputs: 1 ok, 1 failed · 0 errors, 1 warning · 1.5 s · /out/manifest.json\n')
  })

  test('quiet: failures and stacks only', () => {
    const stdout = memoryStream()
    const stderr = memoryStream(true)
    drive({quiet: true, log: 'json', stdout, stderr})
    expect([stdout.text(), stderr.text()]).toEqual(['', '✖ Cannot process `b.txt`: the file is empty\nStack of the error that failed `b.txt`:\nError: boom\n    at somewhere\n'])
  })
})
