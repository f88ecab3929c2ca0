import {describe, expect, test} from 'vitest'
import {findContacts} from '../src/index.ts'
import {unmark} from './marks.ts'

/** Each case: the spans `findContacts` finds are exactly the marked ones. */
function expectMarked(cases: Array<string>, options?: Parameters<typeof findContacts>[1]) {
  const results = cases.map((marked) => {
    const {text, spans} = unmark(marked)
    return {marked, found: findContacts(text, options), expected: spans}
  })
  expect(results.map(({marked, found}) => ({marked, found}))).toEqual(
    results.map(({marked, expected}) => ({marked, found: expected}))
  )
}

describe('landlines', () => {
  test('with area code in every common layout, extensions included', () => {
    expectMarked([
      '网站编辑部电话:⟦phone:0716-5227196⟧',
      '电话:⟦phone:(0662)3890040⟧',
      '电话:⟦phone:（0662）3890040⟧',
      '电话:⟦phone:0662 3890040⟧',
      '⟦phone:07165227196⟧',
      '⟦phone:010-63099114⟧ 北京',
      '联系电话：⟦phone:0716-5227196转8001⟧',
      '联系电话：⟦phone:0716-5227196-8001⟧',
      '联系电话：⟦phone:0716-5227196（分机8001）⟧',
      '联系电话：⟦phone:0716-5227196 ext. 8001⟧',
      '联系电话：⟦phone:0716-5227196转8001、8002⟧',
      '电话：⟦phone:0716-5227196/7197⟧',
      '电话：⟦phone:０７１６－５２２７１９６⟧',
      '电话：⟦phone:0716—5227196⟧',
      '电话：⟦phone:(027)8723 1234⟧',
      '电话：⟦phone:+86-716-5227196⟧',
      '电话：⟦phone:+86 10 6309 9114⟧',
      '电话：⟦phone:+86（716）5227196⟧',
      '电话：⟦phone:+86 (0)716 5227196⟧',
      '电话：⟦phone:0716-1234567⟧',
      '电话：⟦phone:0716.5227196⟧',
      '共0.5227196'
    ])
  })

  test('two numbers after one label, and lists that inherit the label', () => {
    expectMarked([
      '管理维护 电话: ⟦phone:0662-3890040⟧ ⟦phone:0662-3800009⟧',
      '联系电话：⟦phone:0716-5227196⟧、⟦phone:5227197⟧',
      '电话：⟦phone:5227196⟧；⟦phone:5227197⟧',
      '电话：⟦phone:0716-5227196⟧ / ⟦mobile:13912345678⟧'
    ])
  })

  test('local numbers need a label; an area code and a local hotline is a number', () => {
    expectMarked([
      '座机：⟦phone:5227196⟧',
      '热线电话：⟦phone:12345678⟧',
      '热线电话：⟦phone:96512345⟧',
      '投诉电话：⟦phone:0716-12345⟧',
      '共5227196人',
      '编号5227196'
    ])
  })
})

describe('mobiles, 400/800 numbers and faxes', () => {
  test('mobiles plain, dashed, spaced, with +86, full-width', () => {
    expectMarked([
      '⟦mobile:13912345678⟧',
      '手机：⟦mobile:139-1234-5678⟧',
      '手机：⟦mobile:139 1234 5678⟧',
      '手机：⟦mobile:+86 139 1234 5678⟧',
      '手机：⟦mobile:+8613912345678⟧',
      '手机：⟦mobile:(+86)139-1234-5678⟧',
      '手机：⟦mobile:0086-13912345678⟧',
      '手机：⟦mobile:１３９１２３４５６７８⟧',
      '联系人⟦name:王女士⟧ ⟦mobile:13912345678⟧'
    ])
  })

  test('an unlabelled round figure is an amount, a labelled one a mobile', () => {
    expectMarked(['资金13800000000', '手机：⟦mobile:13800000000⟧', '手机：⟦mobile:12345678901⟧', '12345678901'])
  })

  test('400/800 numbers and faxes', () => {
    expectMarked([
      '服务热线：⟦phone:400-810-1234⟧',
      '⟦phone:4008101234⟧',
      '免费电话：⟦phone:800 830 1234⟧',
      '传真：⟦fax:0716-5227197⟧',
      'Fax: ⟦fax:+86 716 5227197⟧',
      'TEL:⟦phone:0716-5227196⟧ FAX:⟦fax:0716-5227197⟧',
      '传真：⟦fax:0716-5227197⟧；⟦fax:5227198⟧'
    ])
  })
})

describe('e-mail', () => {
  test('plain, full-width ＠, upper case, with subdomains; anti-spam forms after a label', () => {
    expectMarked([
      '邮箱:⟦email:gaxzfwz@gongan.gov.cn⟧ 网站地图',
      '邮箱：⟦email:abc＠163．com⟧',
      'E-mail: ⟦email:GAXZFWZ@GONGAN.GOV.CN⟧',
      '⟦email:name.surname+tag@sub.domain.com.cn⟧。',
      '邮箱：⟦email:gaxzfwz#gongan.gov.cn⟧',
      '邮箱：⟦email:hbsft(at)hubei.gov.cn⟧',
      '邮箱：⟦email:123456@qq.com⟧',
      '⟦email:13912345678@163.com⟧'
    ])
  })

  test('no e-mail without a domain and a top-level domain', () => {
    expectMarked(['a@b', 'a@b.c', '@gongan.gov.cn', 'a@@b.cn', 'a@b..cn', 'name#gongan.gov.cn', '请@所有人'])
  })
})

describe('addresses and postcodes', () => {
  test('after a label, bounded by the next label, space or a word that is not address', () => {
    expectMarked([
      '地址:⟦address:湖北省公安县斗湖堤镇油江路122号⟧ 邮箱:⟦email:gaxzfwz@gongan.gov.cn⟧ 网站地图',
      '地址：⟦address:湖北省公安县斗湖堤镇油江路122号⟧网站地图',
      '地址：⟦address:公安县斗湖堤镇油江路122号⟧ 邮编：⟦postcode:434300⟧ 电话：⟦phone:0716-5227196⟧',
      '地址：⟦address:荆州市沙市区北京中路102号（市政府大院内）⟧',
      '地址：⟦address:成都市武侯区人民南路四段9号院2栋3单元501室⟧',
      '地址：⟦address:湖北省 荆州市 公安县 油江路122号⟧ 电话：⟦phone:0716-5227196⟧',
      '地址：⟦address:公安县甘家厂乡红土村3组⟧',
      '办公地点：⟦address:县政务服务中心二楼205室⟧',
      '地址：⟦address:江苏省苏州市姑苏区道前街100号⟧ 备案号：苏ICP备12345678号',
      '地址是：⟦address:湖北省公安县油江路122号⟧',
      '地址为⟦address:湖北省公安县油江路122号⟧'
    ])
  })

  test('with no label: a road with a house number and the units before it', () => {
    expectMarked([
      '我局搬迁至⟦address:湖北省荆州市沙市区北京中路102号⟧办公。',
      '在县政务服务中心（⟦address:油江路122号⟧）办理',
      '⟦address:市中区人民路5号⟧',
      '⟦address:公安县斗湖堤镇油江路122号院3栋2单元201室⟧'
    ])
  })

  test('postcodes after a label or next to an address', () => {
    expectMarked([
      '邮编：⟦postcode:434300⟧',
      '邮政编码⟦postcode:010020⟧',
      '位于⟦address:北京市西城区府右街2号⟧（⟦postcode:100017⟧）',
      '⟦postcode:434300⟧ ⟦address:湖北省公安县斗湖堤镇油江路122号⟧',
      '共434300人',
      '邮编制度'
    ])
  })

  test('no address after a label with nothing address-like, or glued to a verb', () => {
    expectMarked(['地址变更登记1234件', '网站地址：www.gongan.gov.cn', '地址：见附件', 'IP地址：10.0.0.1', '办公地址、'])
  })
})

describe('QQ, WeChat and names', () => {
  test('QQ numbers and WeChat ids after their labels', () => {
    expectMarked([
      'QQ：⟦qq:123456789⟧',
      'QQ群：⟦qq:123456789⟧（法治宣传群）',
      'qq：⟦qq:10001⟧',
      '咨询QQ：⟦qq:123456789⟧、⟦qq:987654321⟧',
      '微信：⟦wechat:zhang_san88⟧',
      '加微信⟦wechat:zhangsan2021⟧咨询',
      '微信：⟦wechat:13912345678⟧',
      '通过QQ群、微信群等渠道',
      '关注“公安发布”微信公众号'
    ])
  })

  test('contact persons after 联系人 and its kin, with titles; not 联系人民群众', () => {
    expectMarked([
      '联系人：⟦name:张三⟧，电话：⟦phone:0716-5227196⟧',
      '联系人⟦name:张三⟧⟦mobile:13912345678⟧',
      '联系人：⟦name:欧阳明⟧、⟦name:司马青⟧',
      '联系人：⟦name:王女士⟧',
      '联系人：⟦name:孙浩同志⟧',
      '联 系 人：⟦name:陈静⟧',
      '联系人：⟦name:张三⟧ ⟦name:李四⟧',
      '联系人：⟦name:买买提·艾力⟧',
      '收件人：⟦name:张伟⟧',
      '联系人及电话：⟦name:刘洋⟧ ⟦mobile:13800138000⟧',
      '联系人民群众，联系人大代表35名。',
      '经办人员',
      '受理人数达120人',
      '联系人：县司法局'
    ])
  })
})

describe('kept look-alikes', () => {
  test('identifiers, counts, money, dates and file names', () => {
    expectMarked([
      '鄂ICP备11002588号-1 鄂公网安备 42102202000035号 网站标识码:4210220025',
      '网站标识码4210220025',
      '索引号:201140958/2022-03057',
      '公编〔2019〕23号',
      '2020-04-20 16:52:29',
      '20200420',
      '统一社会信用代码：91420822MA49ABCD1X',
      '办理各类行政审批服务事项180534件',
      '涉案金额2063.45万元',
      '办结率98.50%',
      'W020210716538451234567.jpg',
      '13912345678.jpg',
      'http://www.gongan.gov.cn/art_12345_13912345678.html',
      '项目编号：0716-2021-0001',
      '订单号：13912345678',
      '《法治政府建设实施纲要（2021—2025年）》',
      '第13912345678号'
    ])
  })

  test('short service numbers are kept unless asked, a longer number holding one is not', () => {
    expectMarked([
      '拨打12345政务服务便民热线',
      '投诉电话：12315',
      '县长热线753件',
      '热线电话：⟦phone:12345678⟧',
      '热线：⟦phone:0716-12345⟧'
    ])
    expectMarked(['投诉电话：⟦phone:12315⟧', '拨打⟦phone:12345⟧', '县长热线753件', '全年12345件'], {keepShortCodes: false})
  })
})

describe('boundaries', () => {
  test('a Chinese or ASCII comma between two numbers separates them; a thousands comma joins', () => {
    expectMarked([
      '联系方式：⟦phone:0716-5227196⟧，⟦mobile:13907161234⟧（微信同号）',
      '电话:⟦phone:0716-5227196⟧,⟦mobile:13907161234⟧',
      '下拨资金13,912,345元',
      '资金13,912,345,678'
    ])
  })

  test('any punctuation may stand around a value; a path or identifier may not', () => {
    expectMarked([
      '电话/⟦phone:0716-5227196⟧',
      '/⟦phone:0716-5227196⟧',
      '【⟦phone:0716-5227196⟧】',
      '#⟦mobile:13907161234⟧#',
      '⟦email:gaxzfwz@gongan.gov.cn⟧-⟦mobile:13907169999⟧',
      'upload/13907161234',
      'a.cn/13907161234',
      'id=13907161234',
      'x_13907161234'
    ])
  })
})

describe('offsets', () => {
  test('are UTF-16 offsets into the original text, also after characters outside the BMP', () => {
    const text = '𠮷野家𠮷电话：０７１６－５２２７１９６，邮箱：ａ＠ｂ．ｃｎ，地址：𠮷安市油江路122号'
    expect(findContacts(text)).toEqual([
      {start: 9, end: 21, type: 'phone'},
      {start: 25, end: 31, type: 'email'},
      {start: 35, end: 46, type: 'address'}
    ])
    expect(text.slice(9, 21)).toBe('０７１６－５２２７１９６')
    expect(text.slice(25, 31)).toBe('ａ＠ｂ．ｃｎ')
    expect(text.slice(35, 46)).toBe('𠮷安市油江路122号')
  })

  test('a name starting with a character outside the BMP is cut whole', () => {
    const text = '联系人：𠮷祥 电话：13912345678'
    expect(findContacts(text)).toEqual([
      {start: 4, end: 7, type: 'name'},
      {start: 11, end: 22, type: 'mobile'}
    ])
  })

  test('spans are sorted and never overlap across lines', () => {
    const text = '电话：0716-5227196\n邮箱：a@b.cn\r\n\n地址：油江路1号'
    const spans = findContacts(text)
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['0716-5227196', 'a@b.cn', '油江路1号'])
  })
})

describe('paragraphs', () => {
  test('each line is read on its own, whatever the lines before hold', () => {
    expectMarked([
      '工作报告如下\n\u3000\u3000\n电话：⟦phone:0716-5227196⟧\r\n法治政府建设稳步推进\u2028地址：⟦address:湖北省公安县斗湖堤镇油江路122号⟧ ⟦mobile:13912345678⟧',
      '２０２０年共办结１２８件\n邮箱：⟦email:ＧＡＸＺ＠gongan.gov.cn⟧，网址：http://www.gongan.gov.cn/0716\n[PHONE]、⟦phone:5227197⟧'
    ])
  })

  test('street addresses, numbers and postcodes read the same digits of one line', () => {
    expectMarked(['办公地点搬迁至⟦address:油江路122号3栋⟧，电话⟦phone:0716-5227196⟧，共128件，邮编⟦postcode:434300⟧'])
  })

  test('a name label glued to what follows, with and without a name, also on lines longer than a word window', () => {
    const filler = '法治政府建设稳步推进各项工作扎实开展'
    expectMarked([
      '共承办人大建议69件，联系人⟦name:王明⟧，电话：⟦phone:0716-5227196⟧',
      filler.repeat(30) + '共承办人大建议69件' + filler.repeat(20) + '联系人⟦name:王明⟧，' + filler.repeat(3) + '经办人⟦name:张三同志⟧。' + filler
    ])
  })
})

describe('options', () => {
  test('`types` limits what is found', () => {
    const text = '电话：0716-5227196 邮箱：a@b.cn'
    expect(findContacts(text, {types: ['email']})).toEqual([{start: 19, end: 25, type: 'email'}])
  })

  test('bad options throw, naming the function and the field', () => {
    expect(() => findContacts('', {keepShortCodes: 'yes' as unknown as boolean})).toThrow(
      'findContacts: option `keepShortCodes` must be a boolean'
    )
    expect(() => findContacts('', {types: ['phone', 'fax', 'pager' as 'phone']})).toThrow(
      /^findContacts: option `types` must be a list of `phone`/
    )
  })
})
