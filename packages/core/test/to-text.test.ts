import {expect, test} from 'vitest'
import {
  heading,
  headingTitle,
  numbering,
  paragraph,
  redacted,
  section,
  text,
  toText
} from '../src/index.ts'

test('toText joins the text of a node, with redaction replacements', () => {
  const node = section({depth: 1, numbering: numbering('一、', 1, '一、')}, [
    heading({runIn: true}, [text('加强领导。')]),
    paragraph([text('电话'), redacted('phone', '[电话]'), text('。')])
  ])
  expect(toText(node)).toBe('加强领导。电话[电话]。')
  expect(toText(text('字'))).toBe('字')
  expect(toText({type: 'thematicBreak'})).toBe('')
})

test('headingTitle strips closing punctuation and spaces', () => {
  const titleOf = (value: string) =>
    headingTitle(section({depth: 1, numbering: null}, [heading({runIn: false}, [text(value)])]))
  expect(titleOf('认真研究,科学部署。')).toBe('认真研究,科学部署')
  expect(titleOf(' 主要成效：\u3000')).toBe('主要成效')
  expect(titleOf('加强监督;')).toBe('加强监督')
  expect(titleOf('“放管服”改革.')).toBe('“放管服”改革')
  expect(headingTitle(section({depth: 1, numbering: null}, [heading({runIn: false}, [])]))).toBe('')
})
