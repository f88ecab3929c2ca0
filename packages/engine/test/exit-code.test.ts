import {expect, test} from 'vitest'
import {exitCodeOf} from '../src/index.ts'

const ok = {failed: 0, errors: 0, warnings: 0}
const warned = {failed: 0, errors: 0, warnings: 2}
const erred = {failed: 0, errors: 1, warnings: 0}
const failedAndErred = {failed: 1, errors: 1, warnings: 0}

test('exit codes: 0 ok, 1 content errors or warnings with frail, 3 failures outrank content', () => {
  expect([
    exitCodeOf({counts: ok}),
    exitCodeOf({counts: warned}),
    exitCodeOf({counts: warned}, {frail: true}),
    exitCodeOf({counts: erred}),
    exitCodeOf({counts: failedAndErred}),
    exitCodeOf({counts: ok, batch: [{status: 'ok'}, {status: 'failed'}]}),
    exitCodeOf({counts: ok, batch: [{status: 'ok'}]})
  ]).toEqual([0, 0, 1, 1, 3, 3, 0])
})
