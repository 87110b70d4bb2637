// P2P's regulation asked whether it is still allowed (p2p 现在 还 allowed 吗, "is p2p lending still allowed in china"; round 37,
// fix37c): that P2P lending is gone is the answer, said first, then who regulated it. Whole replies, both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('p2p asked still allowed: gone, said first', () => {
  it('zh-CN: p2p 现在 还 allowed 吗 after the advice', async () => {
    await playHandoff(
      [
        { say: '我们开米线店的，5个人，一年营业额80万，想借10万周转，一年' },
        {
          say: 'p2p 现在 还 allowed 吗',
          replies: [
            '请注意：P2P网络借贷已不复存在。经过2019至2020年的专项整治，银保监会于2020年11月27日宣布，实际运营的P2P平台已从高峰时约5000家降为零，人民银行于2021年1月确认清退完成。如今任何仍在招揽P2P借款或投资的平台，本身就是危险信号。需要短期小额资金，请选择银行的线上贷款或持牌的网络小额贷款公司。\nP2P网络借贷的监管：\n· 2015年12月，银监会等部门起草《网络借贷信息中介机构业务活动管理暂行办法》（征求意见稿），以负面清单划定P2P的业务边界，要求客户资金由银行业金融机构第三方存管，并建立行业黑白名单。\n· 经过2019至2020年的专项整治，实际运营的P2P平台从高峰时约5000家降为零（银保监会，2020年11月27日）；剩余平台被要求退出或转型为持牌的网络小额贷款公司。\n出处：P2P清退情况（银保监会，2020年）\n想看与小微企业相关的全部监管要点，回复“监管”。',
          ],
        },
      ],
      AT,
    );
  });

  it('en: is p2p lending still allowed in china after the advice', async () => {
    await playHandoff(
      [
        { say: 'we run a noodle shop, 5 staff, revenue 800k, need 100k working capital for 1 year' },
        {
          say: 'is p2p lending still allowed in china',
          replies: [
            'Please note: P2P lending no longer exists. After the 2019-2020 clean-up campaign, the banking and insurance regulator (CBIRC) announced on 27 November 2020 that the number of operating P2P platforms had fallen from about 5,000 at the peak to zero, and the People\'s Bank of China confirmed the clear-out in January 2021. Any platform still soliciting P2P borrowing or investment is itself a warning sign. For a small short-term loan, turn to a bank\'s online lending or a licensed online microloan company.\nP2P online lending: who regulates it\n· In December 2015 the banking regulator and other ministries drafted the Interim Measures for online lending intermediaries. A negative list set the limits of P2P business, client funds had to be held by a bank as custodian, and industry black and white lists were to be kept.\n· After the 2019-2020 clean-up, the number of operating P2P platforms fell from about 5,000 at the peak to zero (CBIRC, 27 November 2020); the rest had to exit or convert into licensed online microloan companies.\nSource: P2P clear-out (CBIRC, 2020)\nFor all the key points of regulation for small firms, reply "regulation".',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
