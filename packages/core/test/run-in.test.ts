import {expect, test} from 'vitest'
import {findFirstSentenceEnd, splitRunIn} from '../src/index.ts'

test('splits a run-in heading at the first sentence end', () => {
  expect(splitRunIn('认真研究,科学部署。根据省、市关于2019年的安排')).toEqual({
    heading: '认真研究,科学部署。',
    body: '根据省、市关于2019年的安排',
    bodyStart: 10
  })
})

test('skips spaces between heading and body', () => {
  expect(splitRunIn('检查落实。 \u3000一是加强')).toEqual({
    heading: '检查落实。',
    body: '一是加强',
    bodyStart: 7
  })
})

test('splits at `！` `？` and half-width `!` `?` too', () => {
  expect(splitRunIn('坚持不懈!全年开展')?.heading).toBe('坚持不懈!')
  expect(splitRunIn('如何落实？全年开展')?.heading).toBe('如何落实？')
})

test('keeps quotes and brackets inside the heading', () => {
  expect(splitRunIn('强化“放管服”改革,落实清单制度。一是按照')).toEqual({
    heading: '强化“放管服”改革,落实清单制度。',
    body: '一是按照',
    bodyStart: 17
  })
  expect(splitRunIn('坚持“有法必依。”原则。全年')).toEqual({
    heading: '坚持“有法必依。”原则。',
    body: '全年',
    bodyStart: 12
  })
})

test('does not let an unclosed quote hide the sentence end', () => {
  expect(splitRunIn('“一窗式改革进一步深化。2019年,我县“最多跑一次”')).toEqual({
    heading: '“一窗式改革进一步深化。',
    body: '2019年,我县“最多跑一次”',
    bodyStart: 12
  })
})

test('returns null for a heading without body', () => {
  expect(splitRunIn('稳妥推进各项行政审批制度改革,完善政府职能。')).toBe(null)
  expect(splitRunIn('稳妥推进各项行政审批制度改革。  ')).toBe(null)
  expect(splitRunIn('加强组织领导,夯实法治建设保障')).toBe(null)
  expect(splitRunIn('')).toBe(null)
})

test('returns null when the first sentence is too long for a heading', () => {
  const sentence = '铁东区区委区政府各部门主要负责人把法治建设纳入了本单位发展总体规划和年度工作计划。'
  expect(sentence.length).toBe(41)
  expect(splitRunIn(sentence + '正文')).toBe(null)
  expect(splitRunIn(sentence + '正文', {maxHeadingLength: 41})?.heading).toBe(
    sentence
  )
})

test('findFirstSentenceEnd includes stray closing quotes after the mark', () => {
  expect(findFirstSentenceEnd('讲话。”正文')).toBe(4)
  expect(findFirstSentenceEnd('学习“讲话。”正文')).toBe(-1)
  expect(findFirstSentenceEnd('没有句号')).toBe(-1)
})

test('splits at a colon that closes a short heading before the first `。`', () => {
  expect(splitRunIn('规范执法：严格落实执法责任制。全年')).toEqual({
    heading: '规范执法：',
    body: '严格落实执法责任制。全年',
    bodyStart: 5
  })
  expect(splitRunIn('主要做法:一是学习')?.heading).toBe('主要做法:')
  // Too long for a colon heading: the sentence end decides.
  expect(
    splitRunIn('根据省市关于进一步加强和改进行政执法工作的意见要求:严格执法。全年')
      ?.heading
  ).toBe('根据省市关于进一步加强和改进行政执法工作的意见要求:严格执法。')
  // A time is no heading end.
  expect(splitRunIn('16:52召开会议。全年')?.heading).toBe('16:52召开会议。')
  expect(splitRunIn('主要做法：')).toBe(null)
})

test('findFirstSentenceEnd skips ends inside straight quotes that close', () => {
  expect(findFirstSentenceEnd('他说"好。"然后。')).toBe(9)
  // A straight quote never closed does not hide the end.
  expect(findFirstSentenceEnd('他说"好。然后')).toBe(5)
})

test('findFirstSentenceEnd drops only the opener that is never closed', () => {
  // `“` is never closed and is dropped; `（` is closed later and still
  // hides the first `。`.
  expect(findFirstSentenceEnd('（一是“加强。）正文。')).toBe(11)
})
