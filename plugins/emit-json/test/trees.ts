/**
 * Hand-built report trees for the tests (no parser involved).
 */
import type {ReportMeta, Root} from '@baogao/core'

export function meta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    title: null,
    issuer: null,
    kind: 'unknown',
    year: null,
    published: null,
    signed: null,
    salutation: null,
    source: {kind: 'plain-text', path: null, fields: {}, canonical: {}, site: {}, chrome: [], assets: []},
    ...overrides
  }
}

/** A report using every node the JSON reads. */
export function fullReport(): Root {
  return {
    type: 'root',
    meta: meta({
      title: '某县2020年法治政府建设工作报告',
      issuer: '某县人民政府',
      kind: 'annual-report',
      year: 2020,
      published: '2021-03-02',
      signed: '2021-01-08',
      salutation: '市人民政府:',
      source: {
        kind: 'portal-html',
        path: 'in/a.html',
        fields: {'索 引 号': '201140958/2022-03057', 发文字号: '无'},
        canonical: {index: '201140958/2022-03057', docNumber: '无'},
        site: {SiteName: '某县人民政府网'},
        chrome: ['登录', '打印|关闭'],
        assets: [
          {kind: 'image', url: 'a.png', title: null},
          {kind: 'attachment', url: '/u/报告.pdf', title: '报告.pdf'}
        ]
      }
    }),
    children: [
      {type: 'title', children: [{type: 'text', value: '某县2020年法治政府建设工作报告'}]},
      {type: 'salutation', children: [{type: 'text', value: '市人民政府:'}]},
      {type: 'paragraph', children: [{type: 'text', value: '现将有关情况报告如下:'}]},
      {
        type: 'section',
        depth: 1,
        numbering: {marker: '一、', ordinal: 1, style: '一、'},
        children: [
          {type: 'heading', runIn: false, children: [{type: 'text', value: '主要举措和成效'}]},
          {type: 'paragraph', children: [{type: 'text', value: '总体情况。'}]},
          {
            type: 'section',
            depth: 2,
            numbering: {marker: '(一)', ordinal: 1, style: '(一)'},
            children: [
              {type: 'heading', runIn: true, children: [{type: 'text', value: '认真研究,科学部署。'}]},
              {
                type: 'paragraph',
                children: [
                  {type: 'text', value: '工作有三点:'},
                  {
                    type: 'enumeration',
                    style: '一是',
                    children: [
                      {type: 'enumerationItem', numbering: {marker: '一是', ordinal: 1, style: '一是'}, children: [{type: 'text', value: '一是建机构;'}]},
                      {type: 'enumerationItem', numbering: {marker: '二是', ordinal: 2, style: '一是'}, children: [{type: 'text', value: '二是定制度。'}]}
                    ]
                  }
                ]
              },
              {
                type: 'table',
                children: [
                  {
                    type: 'tableRow',
                    children: [
                      {type: 'tableCell', header: true, colSpan: 1, rowSpan: 1, children: [{type: 'text', value: ' 项目 '}]},
                      {type: 'tableCell', header: true, colSpan: 1, rowSpan: 1, children: [{type: 'text', value: '件数'}]}
                    ]
                  },
                  {
                    type: 'tableRow',
                    children: [
                      {type: 'tableCell', header: false, colSpan: 1, rowSpan: 1, children: [{type: 'text', value: '复议'}]},
                      {type: 'tableCell', header: false, colSpan: 1, rowSpan: 1, children: [{type: 'text', value: '12'}]}
                    ]
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        type: 'section',
        depth: 1,
        numbering: null,
        children: [
          {type: 'heading', runIn: false, children: [{type: 'text', value: '下一步工作安排:'}]},
          {type: 'paragraph', children: [{type: 'text', value: '继续推进。'}]}
        ]
      },
      {type: 'paragraph', children: [{type: 'text', value: '2021年,我县将继续努力。'}]},
      {
        type: 'table',
        children: [
          {
            type: 'tableRow',
            children: [{type: 'tableCell', header: false, colSpan: 2, rowSpan: 1, children: [{type: 'text', value: '附表'}]}]
          }
        ]
      },
      {type: 'closing', children: [{type: 'text', value: '特此报告。'}]},
      {
        type: 'signature',
        children: [
          {type: 'signatory', children: [{type: 'text', value: '某县人民政府'}]},
          {type: 'signatory', children: [{type: 'text', value: ' 某县司法局 '}]},
          {type: 'signatureDate', date: '2021-01-08', children: [{type: 'text', value: '2021年1月8日'}]}
        ]
      },
      {type: 'note', children: [{type: 'text', value: '(此件公开发布)'}]}
    ]
  }
}
