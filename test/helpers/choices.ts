// The purpose menu's labels as the user sees them, written out (not read from the locales) so that a dialog test
// comparing a reply's whole choice list fails when a label changes. Shared by the dialog tests that ask the use.

export const PURPOSES_ZH = [
  '资金周转',
  '购置设备、扩大生产',
  '新产品或创新项目',
  '收款与支付结算',
  '跨境收付款',
  '闲置资金理财',
  '先了解一下',
];
export const PURPOSES_EN = [
  'Working capital',
  'Equipment or expansion',
  'A new product or innovation project',
  'Collecting payments',
  'Cross-border payments',
  'Placing idle cash',
  'Just finding out',
];
