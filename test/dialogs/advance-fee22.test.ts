// An advance fee told with what it buys rather than a loan (a limit raised, a sum got for the firm: round 22, fix22b, a fault
// the lead found talking to the bot): the bot answers with its advance-fee fraud warning (this is fraud, do not pay), not the
// generic checklist for checking a platform. Played through the whole engine, whole replies checked.

import { ADVANCE_FEE_EN, ADVANCE_FEE_ZH } from './money-sent-answer';
import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('an advance fee told with what it buys: the fraud warning, not the platform checklist', () => {
  it('zh-CN: 交三千块就能帮我们把额度提高 格是真的', async () => {
    await playHandoff(
      [
        {
          say: '有个人说交三千块就能帮我们把额度提高 格是真的',
          replies: [
            '您好！我是小微企业互联网金融服务顾问。告诉我您企业的行业、规模和资金需求，我会按您的情况推荐合适的互联网金融服务，并提示相关风险。一句话说完也可以，例如：“我们是做茶叶加工的，员工25人，年营业额800万，想借100万买设备，期限两年。”',
            ADVANCE_FEE_ZH,
            '请问贵企业属于哪个行业？回复编号，或直接说您做什么，例如“种茶”“开客栈”“做边贸”。',
          ],
          choices: [
            '种植养殖（茶、咖啡、花卉、菌子、水果）',
            '加工制造',
            '批发贸易、进出口',
            '零售门店、网店',
            '餐饮',
            '住宿（酒店、客栈、民宿）',
            '物流运输',
            '软件和信息技术',
            '旅行社、商务服务、租赁',
            '建筑装修',
            '其他行业',
          ],
        },
      ],
      { ...AT, locale: 'zh-CN' },
    );
  });
  it('en: "he can get us 500k if we pay 2k processing first, legit?"', async () => {
    await playHandoff(
      [
        {
          say: 'guy on wechat says he can get us 500k if we pay 2k "processing" first, legit?',
          replies: [
            'Hello! I advise small and micro enterprises on Internet financial services. Tell me your industry, your size and what you need funding for, and I will recommend services that fit, with the risks to watch. You can say it all at once, for example: "We process tea, 25 employees, revenue 8 million yuan last year, need 1 million to buy equipment over two years."',
            ADVANCE_FEE_EN,
            'Which industry is your business in? Reply with a number, or just tell me what you do, e.g. "tea growing", "a guesthouse", "border trade".',
          ],
          choices: [
            'Farming (tea, coffee, flowers, mushrooms, fruit)',
            'Processing and manufacturing',
            'Wholesale, import and export',
            'Shops and online shops',
            'Restaurants and catering',
            'Hotels, inns and guesthouses',
            'Logistics and transport',
            'Software and IT',
            'Travel agencies, business services, leasing',
            'Building and renovation',
            'Other',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
