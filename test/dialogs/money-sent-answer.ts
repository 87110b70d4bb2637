// Fraud answers, whole, as both locales say them, shared by the dialog tests that reach them: money already lost (fraud-money-sent:
// a story told, a follow-up after another fraud's answer, a fault of the owner's) and a fee asked before a loan (fraud-advance-fee).

export const MONEY_SENT_ZH = [
  '钱已经转出去了，请马上做下面这几件事，越快越有机会止付追回。',
  '可以这样做：',
  '· 现在就打110报警，说清楚被骗的经过和转账金额。',
  '· 马上打您转账用的银行（或微信、支付宝）的客服电话，说明被骗，请他们止付、冻结这笔转账。',
  '· 保留证据：聊天记录、对方账号和电话、转账凭证和截图，一样都不要删。',
  '· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。',
  '· 不要再给任何人转钱：说交“解冻费”“手续费”“保证金”就能帮您把钱追回来的，也是骗子。',
  '出处：最新金融规则与事实（2026年11月核对）',
].join('\n');

export const MONEY_SENT_EN = [
  'The money has gone: act now, in this order. The sooner you do, the better the chance the bank can stop it.',
  'What you can do:',
  '· Call 110 (the police) now and tell them what happened and how much you sent.',
  '· Call the bank (or WeChat Pay or Alipay) you sent the money from at once: say it was a fraud and ask them to stop or freeze the transfer.',
  "· Keep the evidence: the chat, the other side's account and phone number, the transfer receipts and screenshots; delete nothing.",
  '· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.',
  "· Send no more money to anyone: whoever asks for an 'unfreezing fee', a 'service fee' or a deposit to get your money back is a fraudster too.",
  'Source: current finance rules and facts (checked November 2026)',
].join('\n');

/** The answer to a fee asked before money is paid out (fraud-advance-fee). */
export const ADVANCE_FEE_ZH = [
  '这是诈骗，请不要交钱。正规贷款放款前不收任何费用，要您先交“手续费”“保证金”“解冻费”“验资费”的都是骗局（2025年6月起，公安和金融监管部门正在专项打击这类贷款中介）。已经转了钱，马上打110报警；拿不准的，可以打96110反诈专线咨询。',
  '可以这样做：',
  '· 先问您开结算账户的银行：在它的App或微信小程序申请小微企业经营贷；大型银行、邮储银行、城商行、农商行和农村信用社都有。',
  '· 核查牌照：银行、租赁公司在国家金融监督管理总局网站的许可证查询里查；小额贷款公司看省地方金融管理部门公布的名单。',
  '出处：最新金融规则与事实（2026年11月核对）',
].join('\n');
export const ADVANCE_FEE_EN = [
  "This is fraud: do not pay. A real loan never costs anything before it is paid out; any 'service fee', deposit, 'unfreezing fee' or 'verification fee' first is a scam (police and the NFRA have run a campaign against such loan intermediaries since June 2025). If you have paid, call 110 now; if unsure, call the 96110 anti-fraud line.",
  'What you can do:',
  '· Ask your own settlement bank first: apply for a small-business loan in its app or WeChat mini program; the big banks, the postal savings bank, city and rural commercial banks and rural credit cooperatives all offer them.',
  "· Check the licence: banks and leasing companies in the NFRA's licence lookup; micro-loan companies on the provincial financial regulator's list.",
  'Source: current finance rules and facts (checked November 2026)',
].join('\n');
