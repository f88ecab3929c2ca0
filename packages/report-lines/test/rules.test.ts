/**
 * The line recognisers on their own: chrome families, fields, titles,
 * salutations, dates, the ending, and the metadata rules. (Moved here from
 * `@baogao/parse-plain-text`, which reads whole texts with them.)
 */
import {describe, expect, it} from 'vitest'
import {isChrome, isPageNumber} from '../src/lib/chrome.ts'
import {isDateLine} from '../src/lib/dates.ts'
import {readFieldLine} from '../src/lib/fields.ts'
import {isSalutation} from '../src/lib/header.ts'
import {readLayout} from '../src/lib/layout.ts'
import {splitLines} from '../src/lib/lines.ts'
import {readIssuer, readKind, readYear} from '../src/lib/meta.ts'
import {squeeze} from '../src/lib/organisation.ts'
import {isEdgeSpaceCode} from '../src/lib/text.ts'
import {closingStart, isClosing, isNote, isSignatory, readTail} from '../src/lib/tail.ts'
import {isTitleLike, isTitlePart, joinTitle, titleOrganisation} from '../src/lib/title.ts'

describe('splitLines', () => {
  it('trims NBSP, U+3000, BOM and zero-width spaces but keeps offsets', () => {
    const source = '\uFEFF\u3000\u3000标题\u00A0\r\n\u200B正文。\r末行'
    expect(splitLines(source)).toEqual([
      {index: 0, start: 3, end: 5, text: '标题'},
      {index: 1, start: 9, end: 12, text: '正文。'},
      {index: 2, start: 13, end: 15, text: '末行'}
    ])
  })
})

describe('isEdgeSpaceCode', () => {
  it('is what `\\s` matches plus the zero-width spaces, for every code unit', () => {
    const edge = /[\s\u200B-\u200D\u2060]/
    const differ: Array<number> = []
    for (let code = 0; code <= 0xffff; code++) {
      if (isEdgeSpaceCode(code) !== edge.test(String.fromCharCode(code))) differ.push(code)
    }

    expect(differ).toEqual([])
  })
})

describe('isChrome', () => {
  it.each([
    '• 登录',
    '用户登录 | 注册',
    '中文简体 中文繁体| 无障碍| 适老版',
    '繁體 | 无障碍 | 关怀版',
    '打印|关闭',
    '[ 关 闭 ]',
    '【字体:大 中 小】 【打印】 【关闭】',
    '今天是:',
    '今天是:2023年3月20日 星期一',
    '当前位置:',
    '您现在的位置:首页 » 信息公开',
    '位置:首页>>政务公开',
    '您好,欢迎访问海陵试验区政务网站!',
    '首页 > 政务公开 > 法治政府建设',
    'Copyright © 2014 海陵岛政务网 All rights reserved.',
    '版权所有:郑州市金水区人民政府',
    '鄂ICP备11002588号-1 鄂公网安备 42102202000035号',
    '网站标识码:4417900001',
    '主办:公安县人民政府办公室 承办:公安县政务服务和大数据管理局',
    '阳江海陵岛经济开发试验区管理委员会 主办',
    '技术支持:城中区融媒体中心',
    '地址:湖北省公安县斗湖堤镇油江路122号',
    '联系电话\uFF1A0931-8888888',
    '邮编:450000',
    '建议使用1920×1080分辨率浏览本网站',
    '扫一扫在手机打开当前页',
    '上一篇:兰州市司法局2021年工作总结',
    '相关链接',
    '网站声明 | 网站地图 | 联系我们',
    '字号:A+ A A-',
    '〖打印〗 〖关闭〗',
    '语音播报: 播放 暂停 停止',
    '-----'
  ])('takes `%s` as chrome', (text) => {
    expect(isChrome(text)).toBe(true)
  })

  it.each([
    '公安县2019年法治政府建设工作报告',
    '市人民政府:',
    '一、主要举措和成效',
    '2020年,我县扎实推进法治政府建设。',
    '公安县人民政府办公室',
    '特此报告。',
    '2021年1月8日',
    '(此件公开发布)'
  ])('leaves `%s` alone', (text) => {
    expect(isChrome(text)).toBe(false)
  })

  it('recognises page numbers of printed documents', () => {
    expect(['— 3 —', '-12-', '－２－', '第3页', '第 3 页 共 9 页'].map(isPageNumber)).toEqual([
      true,
      true,
      true,
      true,
      true
    ])
    expect(['2021-2025', '1', '第三页是附表', '-2.5%'].map(isPageNumber)).toEqual([
      false,
      false,
      false,
      false
    ])
  })
})

describe('readFieldLine', () => {
  it('reads one field per line, the value maybe still to come', () => {
    expect(readFieldLine('  • 索引号:')).toEqual({
      fields: [{label: '索引号', value: ''}],
      chrome: []
    })
    expect(readFieldLine('发布机构\uFF1A兰州市司法局')).toEqual({
      fields: [{label: '发布机构', value: '兰州市司法局'}],
      chrome: []
    })
  })

  it('splits fields at bars, wide spaces and labels, keeping padded labels whole', () => {
    expect(readFieldLine('信息来源:公安县人民政府办公室 | 发布时间:2020-04-20 16:52')).toEqual({
      fields: [
        {label: '信息来源', value: '公安县人民政府办公室'},
        {label: '发布时间', value: '2020-04-20 16:52'}
      ],
      chrome: []
    })
    expect(readFieldLine('索 引 号:b13-2023-00021    发布机构:城中区司法局')).toEqual({
      fields: [
        {label: '索 引 号', value: 'b13-2023-00021'},
        {label: '发布机构', value: '城中区司法局'}
      ],
      chrome: []
    })
    expect(readFieldLine('发布日期:2023-03-20    文    号:无')).toEqual({
      fields: [
        {label: '发布日期', value: '2023-03-20'},
        {label: '文    号', value: '无'}
      ],
      chrome: []
    })
  })

  it('sets page tools on a field line apart as chrome', () => {
    expect(
      readFieldLine(
        '编辑日期:2022/01/29 12:07:22 \u00A0\u00A0\u00A0\u00A0来源:本网\u00A0\u00A0\u00A0\u00A0阅读次数:- \u00A0 [ 关 闭 ]'
      )
    ).toEqual({
      fields: [
        {label: '编辑日期', value: '2022/01/29 12:07:22'},
        {label: '来源', value: '本网'},
        {label: '阅读次数', value: '-'}
      ],
      chrome: ['[ 关 闭 ]']
    })
    expect(readFieldLine('来源:雁塔区司法局 字号:[大 中 小] 打印')).toEqual({
      fields: [{label: '来源', value: '雁塔区司法局'}],
      chrome: ['字号:[大 中 小]', '打印']
    })
  })

  it('reads no field from other lines', () => {
    expect(readFieldLine('市人民政府:')).toBe(null)
    expect(readFieldLine('说明:本报告由区司法局起草。')).toBe(null)
    expect(readFieldLine('一、主要举措和成效')).toBe(null)
  })
})

describe('titles', () => {
  it('tells title lines from other lines', () => {
    expect(isTitlePart('黔江区黎水镇人民政府')).toBe(true)
    expect(isTitlePart('2020年法治政府建设情况报告')).toBe(true)
    expect(isTitlePart('一、主要举措和成效')).toBe(false)
    expect(isTitlePart('潞政发〔2021〕5号')).toBe(false)
    expect(isTitlePart('2021年1月8日')).toBe(false)
    expect(isTitlePart('市人民政府:')).toBe(false)
    expect(isTitlePart('2020年,黎水镇在区委的领导下开展工作。')).toBe(false)
  })

  it('says what reads as a complete title', () => {
    expect(isTitleLike('XX县2021年法治政府建设工作报告')).toBe(true)
    expect(isTitleLike('XX区人民政府法治政府建设年度报告(2020年度)')).toBe(true)
    expect(isTitleLike('XX区2021年度法治政府建设情况')).toBe(true)
    expect(isTitleLike('XX县人民政府')).toBe(false)
    expect(isTitleLike('深入学习贯彻党的二十大精神')).toBe(false)
  })

  it('joins split titles and absorbs repeats', () => {
    expect(joinTitle(['黔江区黎水镇人民政府', '2020年法治政府建设情况报告'])).toEqual({
      title: '黔江区黎水镇人民政府2020年法治政府建设情况报告',
      used: 2
    })
    expect(
      joinTitle([
        '黔江区黎水镇人民政府2020年法治政府建设情况报告',
        '黔江区黎水镇人民政府',
        '2020年法治政府建设情况报告'
      ])
    ).toEqual({title: '黔江区黎水镇人民政府2020年法治政府建设情况报告', used: 3})
    expect(joinTitle(['XX县2021年法治政府建设工作报告', 'XX县2021年法治政府建设工作报告'])).toEqual(
      {
        title: 'XX县2021年法治政府建设工作报告',
        used: 2
      }
    )
    expect(joinTitle(['XX区法治政府建设年度报告', '(2020年度)'])).toEqual({
      title: 'XX区法治政府建设年度报告(2020年度)',
      used: 2
    })
  })

  it('leaves a date written after the title out of it', () => {
    expect(joinTitle(['XX区2021年法治政府建设年度报告 2022-03-30 09:12'])).toEqual({
      title: 'XX区2021年法治政府建设年度报告',
      used: 1
    })
    expect(joinTitle(['XX区2021年法治政府建设年度报告(2022年3月1日)'])).toEqual({
      title: 'XX区2021年法治政府建设年度报告',
      used: 1
    })
  })

  it('stops at a line that only starts like the title', () => {
    expect(joinTitle(['大连市司法局2021年法治政府建设年度报告', '大连市司法局'])).toEqual({
      title: '大连市司法局2021年法治政府建设年度报告',
      used: 1
    })
  })

  it('keeps joint issuers apart and leaves a site name out', () => {
    expect(
      joinTitle(['中共平江县委', '平江县人民政府', '关于2021年度法治政府建设情况的报告'])
    ).toEqual({
      title: '中共平江县委 平江县人民政府关于2021年度法治政府建设情况的报告',
      used: 3
    })
    expect(joinTitle(['兰州市人民政府门户网站', '兰州市2021年法治政府建设情况报告'])).toBe(null)
    expect(joinTitle(['兰州市2021年法治政府建设情况报告'])).toEqual({
      title: '兰州市2021年法治政府建设情况报告',
      used: 1
    })
  })

  it('removes whitespace but the space between two organisations', () => {
    expect(squeeze('海陵试验区管委会 2021年法治政府建设工作报告')).toBe(
      '海陵试验区管委会2021年法治政府建设工作报告'
    )
    expect(squeeze('中共平江县委  平江县人民政府关于…')).toBe('中共平江县委 平江县人民政府关于…')
    expect(squeeze('法 治 政 府 建 设 报 告')).toBe('法治政府建设报告')
  })

  it('prefers the title that ends a run of title lines', () => {
    const layout = readLayout(
      splitLines(
        '法治政府建设年度报告\n淮安市2021年法治政府建设年度报告\n2021年,淮安市扎实推进法治政府建设。'
      ),
      {chrome: true}
    )
    expect(layout.title).toBe('淮安市2021年法治政府建设年度报告')
    expect(layout.titleLines.map((line) => line.text)).toEqual(['淮安市2021年法治政府建设年度报告'])
    expect(layout.chrome).toEqual(['法治政府建设年度报告'])
  })

  it('finds the organisation part of a title', () => {
    expect(titleOrganisation('公安县2019年法治政府建设工作报告')).toBe('公安县')
    expect(titleOrganisation('湖南省人民政府关于2021年法治政府建设情况的报告')).toBe(
      '湖南省人民政府'
    )
    expect(titleOrganisation('广州市黄埔区人民政府法治政府建设年度报告(2020年度)')).toBe(
      '广州市黄埔区人民政府'
    )
    expect(titleOrganisation('关于2021年法治政府建设情况的报告')).toBe('')
  })
})

describe('isSalutation', () => {
  it.each([
    '市人民政府:',
    '市委、市人民政府:',
    '国务院\uFF1A',
    '区委依法治区办:',
    '尊敬的各位领导:'
  ])('takes `%s`', (text) => {
    expect(isSalutation(text)).toBe(true)
  })

  it.each(['现将有关情况报告如下:', '索引号:', '今天是:', '主要做法:', '市人民政府'])(
    'refuses `%s`',
    (text) => {
      expect(isSalutation(text)).toBe(false)
    }
  )
})

describe('the ending', () => {
  it('recognises date lines, damaged ones included', () => {
    expect(
      [
        '2021年1月8日',
        '二〇二一年一月八日',
        '(2021年1月8日)',
        '2020414',
        '２０２１年３月１日',
        '2022/01/29 12:07'
      ].map(isDateLine)
    ).toEqual([true, true, true, true, true, true])
    expect(['2020年', '2020年以来', '1-10月', '2021年1月8日召开会议'].map(isDateLine)).toEqual([
      false,
      false,
      false,
      false
    ])
  })

  it('recognises closing formulas, alone or ending a paragraph', () => {
    expect(
      ['特此报告。', '特此报告!', '请予审议。', '以上报告,请审阅。', '专此报告'].map(isClosing)
    ).toEqual([true, true, true, true, true])
    expect(
      isClosing('特此报告如下:各单位要认真落实,确保各项工作取得实效,不断推进法治政府建设。')
    ).toBe(false)
    expect(closingStart('提升执法能力。特此报告。')).toBe(7)
    expect(closingStart('特此报告的内容包括三个方面')).toBe(-1)
  })

  it('recognises signatories and notes', () => {
    expect(
      ['临泉县司法局', '中共平江县委', '中共平江县委  平江县人民政府', '海陵试验区管委会'].map(
        isSignatory
      )
    ).toEqual([true, true, true, true])
    expect(['一、存在的问题', '全面推进依法治区', '张三', '市人民政府:'].map(isSignatory)).toEqual([
      false,
      false,
      false,
      false
    ])
    expect(
      ['(此件公开发布)', '\uFF08此页无正文\uFF09', '附件:1.统计表', '附件2'].map(isNote)
    ).toEqual([true, true, true, true])
  })

  it('takes signatories only next to a date or under a closing formula', () => {
    const lines = splitLines('正文最后一段。\n临泉县司法局').filter((line) => line.text !== '')
    expect(readTail(lines)).toEqual({
      start: 2,
      closing: null,
      signatories: [],
      date: null,
      notes: []
    })
    const signed = splitLines('正文。\n特此报告。\n临泉县司法局').filter((line) => line.text !== '')
    expect(readTail(signed)).toMatchObject({
      start: 1,
      closing: {text: '特此报告。'},
      signatories: [{text: '临泉县司法局'}]
    })
  })

  it('splits a signatory and its date written on one line', () => {
    const lines = splitLines('正文。\n临泉县司法局    2022年1月20日')
    expect(readTail(lines)).toMatchObject({
      start: 1,
      signatories: [{text: '临泉县司法局', start: 4, end: 10}],
      date: {text: '2022年1月20日', start: 14}
    })
  })
})

describe('metadata rules', () => {
  it('takes the issuer from the title, else a signatory or field of the same place', () => {
    expect(readIssuer('四平市铁东区人民政府2020年度法治政府建设工作报告', [], ['办公室'])).toBe(
      '四平市铁东区人民政府'
    )
    expect(
      readIssuer(
        '公安县2019年法治政府建设工作报告',
        [{label: '发文单位', value: '公安县人民政府办公室'}],
        []
      )
    ).toBe('公安县人民政府办公室')
    expect(
      readIssuer('公安县2019年法治政府建设工作报告', [{label: '来源', value: '本网'}], [])
    ).toBe('公安县')
    expect(readIssuer(null, [{label: '来源', value: '本网'}], ['临泉县司法局'])).toBe(
      '临泉县司法局'
    )
    expect(readIssuer(null, [{label: '信息来源', value: '临泉县司法局'}], [])).toBe('临泉县司法局')
    expect(readIssuer(null, [], [])).toBe(null)
    expect(readIssuer(null, [], [], '2024年以来,海润街道认真贯彻落实…')).toBe('海润街道')
    expect(readIssuer(null, [], [], '2019年以来,在市委的领导下,我县以…')).toBe(null)
  })

  it('reads the year covered from the title, the body start, then the dates', () => {
    expect(readYear('XX县2020年度法治政府建设工作报告', ['2021年,…'], '2021-03-01', null)).toBe(
      2020
    )
    expect(readYear('XX县二〇二一年法治政府建设工作报告', [], null, null)).toBe(2021)
    expect(readYear(null, ['2024年以来,海润街道…'], null, null)).toBe(2024)
    // A year inside a law's name is not the report's.
    expect(
      readYear(null, ['认真落实《法治政府建设实施纲要(2015-2020年)》,现将…'], '2021-03-01', null)
    ).toBe(2020)
    expect(readYear(null, ['今年以来,我局…'], null, '2022-01-20')).toBe(2021)
    expect(readYear(null, ['今年以来,我局…'], null, null)).toBe(null)
  })

  it('tells duty reports from annual reports', () => {
    expect(readKind('XX区区长2022年度履行推进法治建设第一责任人职责情况报告', [], [])).toBe(
      'duty-report'
    )
    expect(
      readKind(
        'XX区2021年法治政府建设年度报告暨主要负责人履行推进法治建设第一责任人职责情况报告',
        [],
        []
      )
    ).toBe('annual-report')
    expect(
      readKind(
        'XX县2021年法治政府建设工作报告',
        ['上一年度党政主要负责人履行推进法治建设第一责任人职责'],
        []
      )
    ).toBe('annual-report')
    expect(
      readKind(null, ['街道党工委主要负责人履行推进法治建设第一责任人职责落实情况', '主要成效'], [])
    ).toBe('duty-report')
    expect(readKind(null, ['主要举措和成效', '存在的不足和原因', '下一步工作安排'], [])).toBe(
      'annual-report'
    )
    expect(
      readKind('XX区2021年工作总结', ['经济发展', '社会事业'], ['2021年,全区经济平稳运行。'])
    ).toBe('unknown')
  })
})
