// Money asked first to keep a shop or to win an order (a platform's "customer service" asking a deposit off the platform, a buyer's
// inspection fee before he orders; round 53): the bot answers with the trade-fee warning (the platform's own app, the buyer's own
// number, 110 and 96110) and no loan's steps, the profile told before unchanged; a fraud and its follow-ups (not sent, whom to call)
// remind the open question and never put it aside, so the purpose is still asked after them. Whole replies, through the whole engine.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 3, 10, 10) };

describe('money asked first for a shop or an order: the trade-fee warning, the open question kept', () => {
  it('zh-CN: 美团客服 asks a deposit to unban the shop, then 还没转 and 打哪个电话; the purpose is still asked', async () => {
    await playHandoff(
      [
        {
          say: '我在大理开网店 卖鲜花饼 五个人',
          profile: { industry: 'retail', employees: 5, onlineSales: true, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: '讲是美团的客服 说店铺违规了 要交两千保证金才解封',
          replies: [
            '先别交。为了保住店铺、拿到订单，要您先交钱的，是常见骗局。平台真要收的保证金和费用，在平台自己的App或商家后台里都看得到、交得了，不会让来电的人、微信上加您的人收，也不会让您转到他给的账户；正规买家是付钱买货，下单前先找您收“验货费”“检测费”“认证费”的，正是这种骗局的套路。请在平台自己的App里查，或用您自己查到的电话找买家核实，不要通过找您要钱的人。已经转了钱，马上打110报警，并打银行客服电话；拿不准的，可以打96110反诈专线咨询。\n可以这样做：\n· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 5, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: '还没转',
          replies: [
            '好，那就一分钱都别转。对方再打电话、发消息都不要理，不要点他发的链接，不要装他让装的软件，验证码和密码谁问都不给。对方是谁、事情是真是假，用您自己查到的号码去核实，不要用他给的号码。\n可以这样做：\n· 拿不准的、想核实的，可以打96110反诈专线（公安部全国反诈专线）。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 5, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: '那我打哪个电话问',
          replies: [
            '要看是什么情况：钱已经转出去了，马上打110报警，同时打您付款那家银行的官方客服电话（银行卡背面的号码，或者微信支付、支付宝里的客服）请他们止付；钱还没转、只是想核实的，打96110反诈专线（公安部全国反诈专线）；对方自称哪个部门或哪家公司的，自己去它官方网站上查公开电话再打，不要打对方给的号码。\n出处：最新金融规则与事实（2026年11月核对）',
            '这次主要想解决什么问题？请回复编号：',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 5, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: '资金周转',
          replies: ['好的，记下了：用途：资金周转。', '用于资金周转，大概需要多少资金？例如“50万”“200万”。不确定可以回复“跳过”。'],
          profile: {
            industry: 'retail',
            onlineSales: true,
            employees: 5,
            sizeClass: 'micro',
            sizeClassSource: 'standard',
            purpose: 'working-capital',
          },
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: taobao "customer service" wants an upgrade fee, a buyer an inspection fee; the purpose is still asked', async () => {
    await playHandoff(
      [
        {
          say: 'we run a phone case shop on taobao, 3 staff',
          profile: { industry: 'retail', employees: 3, onlineSales: true, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: 'someone from taobao customer service added me on wechat and wants a 1500 upgrade fee',
          replies: [
            "Do not pay. Money asked first to keep your shop open or to win an order is a common scam. Whatever a platform really charges you can see and pay in its own app or seller centre: never through a caller, someone who added you on WeChat, or an account they give you. A real buyer pays for the goods; one who wants an 'inspection', 'testing' or 'certificate' fee from you before he orders is the usual pattern of this fraud. Check in the platform's own app, or with the buyer on a number you find yourself, never through the person asking. If you have paid, call 110 now and your bank's hotline; if unsure, call the 96110 anti-fraud line.\nWhat you can do:\n· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 3, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: 'no i havent paid them',
          replies: [
            'Good: then send nothing at all. Stop answering their calls and messages, do not open links or install apps they send, and give no one a verification code or password. Check who they are, and whether the story is true, on a number you look up yourself, never one they gave you.\nWhat you can do:\n· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.\nSource: current finance rules and facts (checked November 2026)',
            'What do you mainly need help with? Reply with a number:',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 3, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: 'who do i call first',
          replies: [
            "Which number depends on what happened. If money has already gone: call 110 (the police) now, and your bank's own hotline (the number on the back of your card, or in WeChat Pay or Alipay) to stop the transfer. If nothing has gone and you only want to check: 96110, the national anti-fraud line of the Ministry of Public Security. If the caller claimed an office or a company: look up its public number on its official website yourself; never call the number the caller gave.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 3, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: 'the thai buyer wants a 2000 inspection fee before he places the order, normal?',
          replies: [
            "Do not pay. Money asked first to keep your shop open or to win an order is a common scam. Whatever a platform really charges you can see and pay in its own app or seller centre: never through a caller, someone who added you on WeChat, or an account they give you. A real buyer pays for the goods; one who wants an 'inspection', 'testing' or 'certificate' fee from you before he orders is the usual pattern of this fraud. Check in the platform's own app, or with the buyer on a number you find yourself, never through the person asking. If you have paid, call 110 now and your bank's hotline; if unsure, call the 96110 anti-fraud line.\nWhat you can do:\n· To check anything you are unsure of, call 96110, the national anti-fraud line of the Ministry of Public Security.\nSource: current finance rules and facts (checked November 2026)",
            'What do you mainly need help with? Reply with a number:',
          ],
          profile: { industry: 'retail', onlineSales: true, employees: 3, sizeClass: 'micro', sizeClassSource: 'standard' },
        },
        {
          say: '1',
          replies: [
            'Got it — purpose: working capital.',
            'For working capital, about how much money do you need? E.g. "500k" or "2 million yuan". Reply "skip" if you are not sure.',
          ],
          profile: {
            industry: 'retail',
            onlineSales: true,
            employees: 3,
            sizeClass: 'micro',
            sizeClassSource: 'standard',
            purpose: 'working-capital',
          },
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
