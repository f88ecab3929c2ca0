import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {describeFailure} from '../src/index.ts'
import {InputError} from '../src/lib/errors.ts'

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }

  throw new Error('expected a throw')
}

describe('describeFailure', () => {
  test('a fatal message is an expected failure: its text and place, no stack', () => {
    const file = new VFile({path: 'page.html'})
    const error = thrown(() => file.fail('Unexpected binary data, expected an HTML page', {place: {line: 3, column: 5}, ruleId: 'binary-document', source: 'p'}))
    expect(describeFailure(error, 'in/page.html')).toEqual({reason: 'Cannot process `in/page.html` at 3:5: Unexpected binary data, expected an HTML page', stack: null})
    const ranged = new VFileMessage('Unexpected `x`, expected `y`', {place: {start: {line: 7, column: 2}, end: {line: 8, column: 1}}})
    expect(describeFailure(ranged, 'a.txt')).toEqual({reason: 'Cannot process `a.txt` at 7:2: Unexpected `x`, expected `y`', stack: null})
  })

  test('a message without a place gives its text alone', () => {
    const message = Object.assign(new VFileMessage('Unexpected empty page, expected HTML', {ruleId: 'empty-document', source: 'p'}), {fatal: true})
    expect(describeFailure(message, 'empty.html')).toEqual({reason: 'Cannot process `empty.html`: Unexpected empty page, expected HTML', stack: null})
  })

  test('a message made by another copy of vfile-message is recognised by its shape', () => {
    // What `new VFileMessage()` of a second installed copy looks like here.
    class ForeignMessage extends Error {
      reason = 'Unexpected page without article text, expected paragraphs of Chinese text'
      fatal = true
      ruleId = 'article-not-found'
      source = '@baogao/parse-portal-html'
      line = undefined
      column = undefined
    }

    expect(describeFailure(new ForeignMessage('x'), 'page.html')).toEqual({
      reason: 'Cannot process `page.html`: Unexpected page without article text, expected paragraphs of Chinese text',
      stack: null
    })
  })

  test('a crash keeps its stack for the log; input errors say what they say', () => {
    const crash = new TypeError('Cannot read properties of undefined')
    expect(describeFailure(crash, 'a.txt')).toEqual({reason: 'Cannot process `a.txt`: Cannot read properties of undefined', stack: crash.stack})
    expect(describeFailure(Object.assign(new Error('no reason field'), {fatal: true}), 'a.txt').stack).toMatch(/^Error: no reason field\n {4}at /)
    expect(describeFailure(new InputError('empty', 'a.txt', 'Cannot process `a.txt`: the file is empty'), 'a.txt')).toEqual({reason: 'Cannot process `a.txt`: the file is empty', stack: null})
    expect(describeFailure('a string', 'a.txt')).toEqual({reason: 'Cannot process `a.txt`: a string', stack: null})
  })
})
