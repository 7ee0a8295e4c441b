/** Why a host report cannot be used: the validator's errors in words (lib/reports/messages.ts). */
import { defineMessages } from './define';

export const hostReportMessages = defineMessages({
  en: {
    reportErrorTooLarge: 'The report is {bytes} bytes; the limit is 2 MB. Is this a host report?',
    reportErrorEmpty: 'The report is empty.',
    reportErrorNotJson: 'This is not JSON: {problem}',
    reportErrorNotAnObject: 'This is JSON, but not a host report: expected an object, got {got}.',
    reportErrorNewerSchema:
      'This report has schema version {version}; this page reads version {known}. Reload the page, or use the site the script came from.',
    reportErrorWrongSchema: 'This is not a valid host report: at {path}, {problem}',
    reportErrorMore: '(and {n} more problems)',
  },
  zh: {
    reportErrorTooLarge: '报告大小为 {bytes} 字节,上限为 2 MB。这是主机报告吗?',
    reportErrorEmpty: '报告是空的。',
    reportErrorNotJson: '这不是 JSON:{problem}',
    reportErrorNotAnObject: '这是 JSON,但不是主机报告:应为对象,实际是 {got}。',
    reportErrorNewerSchema: '这份报告的格式版本为 {version},本页只能读取版本 {known}。请刷新页面,或使用提供该脚本的网站。',
    reportErrorWrongSchema: '这不是有效的主机报告:位置 {path},{problem}',
    reportErrorMore: '(另有 {n} 处问题)',
  },
});
