// Someone claiming a government office asks money first (fraud-official-impersonation, round 51): a "tax office" refund that needs a
// fee moved into the caller's account, a "customs" deposit or a case opened. The answer: do not pay, hang up and call the office on its
// own public number, 96110 to check, 110 and the bank if paid; its source; then the question the conversation was at. It had been the
// loan fee's answer, whose next step was to apply for a loan at the bank. Played through the whole engine.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('someone claiming a government office, asking money first', () => {
  it('zh-CN: 自称税务局的 讲退税要先转三百到他给的账户上', async () => {
    await playHandoff(
      [
        { say: '我们在勐海做茶叶加工的 十二个人' },
        {
          say: '有个自称税务局的打电话 讲我们去年多交了四千多块税要退回来 但是要先转三百到他给的账户上走个流程 格靠得住',
          replies: [
            [
              '先别转，也别交。自称税务局、法院、公安、海关、金融监管部门或部队的人打电话、发短信，要您先交费、往他给的账户（说是“安全账户”“清查账户”）转钱，才能退税、领补贴、下订单或者“不立案”，这是冒充公职人员诈骗的常见说法。已经转了，马上打110报警，并请银行止付这笔转账。',
              '可以这样做：',
              '· 先挂断，自己去查这个部门公开的电话（官方网站上的），或者直接去它的办事大厅问清楚；不要打对方给的号码，不要点对方发的链接。',
              '· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。',
              '出处：最新金融规则与事实（2026年11月核对）',
            ].join('\n'),
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it("en: caller said he's from customs, pay a deposit or they open a case", async () => {
    await playHandoff(
      [
        { say: "we run a coffee roastery in pu'er, 9 staff" },
        {
          say: "caller said he's from customs, pay a deposit or they open a case on our parcel to laos, is it real",
          replies: [
            [
              "Do not pay or transfer yet. Someone calling or texting as the tax office, a court, the police, customs, a financial regulator or the army who asks you to pay a fee first, or to move money into an account they give (a 'safe account'), before a refund, a subsidy, an order or 'not opening a case', is using a common impersonation scam. If you have already paid, call 110 now and ask your bank to stop the transfer.",
              'What you can do:',
              "· Hang up, look up the office's own public number yourself (on its official website), or go to its service hall and ask; do not call the number or open the link the caller gave.",
              '· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.',
              'Source: current finance rules and facts (checked November 2026)',
            ].join('\n'),
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
