// Why the bot asks what it asked (round 66; a tester asked it four times and was told it was not understood): the answer is for the
// question open, what that figure decides, that it may be skipped or deleted; the question is then asked again, nothing changed.

import { describe, expect, it } from 'vitest';
import { lastTurn, PURPOSE_MENU } from './last-turn';

const YOURS_ZH = '这些信息只用于这次建议，不会拿去做别的；不方便说可以回复“跳过”，随时回复“删除我的数据”就能清除。';
const YOURS_EN =
  'This information is used only for this advice, nothing else; if you\'d rather not say, reply "skip", and reply "delete my data" at any time to erase it.';

describe('why a figure is asked', () => {
  it('zh-CN: the revenue asked back while the size is open: the size standard, with its source, then the size asked again', async () => {
    const replies = await lastTurn('zh-CN', ['我在大理古城开了个扎染体验馆，游客来自己染布那种', '我得先问下会计 你们要我营业额干哪样']);
    expect(replies).toEqual([
      {
        text: `问员工人数和营业收入，是要按2011年《中小企业划型标准规定》算出您是小型还是微型企业：专门给小微企业的贷款和扶持看这个；营业收入还用来掂量借多少稳妥，一般不宜超过还款期内的经营收入能承担的范围。\n${YOURS_ZH}\n出处：《中小企业划型标准规定》（2011）`,
        choices: [],
      },
      {
        text: '为了按国家标准判断企业规模，请告诉我员工人数，例如：“员工12人”。也可以直接说您是微型、小型还是中型企业；不方便透露可以回复“跳过”。',
        choices: ['size:micro', 'size:small', 'size:medium', 'skip'],
      },
    ]);
  });

  it('zh-CN: 你问期限做哪样 while the term is open: what the term decides, then the term asked again', async () => {
    const replies = await lastTurn('zh-CN', ['开药店的 员工六个 一年两百万', '想借三十万进货', '你问期限做哪样']);
    expect(replies).toEqual([
      {
        text: `问期限，是因为借多久决定用哪种产品、每个月要还多少：几个月的周转和三五年的设备贷款不是一回事，期限和用途对不上，还款就容易吃紧。\n${YOURS_ZH}`,
        choices: [],
      },
      { text: '这笔资金大概要用多久？例如“6个月”“一年”“三年”。不确定可以回复“跳过”。', choices: ['skip'] },
    ]);
  });

  it('en: "what do you need that for" while the purpose is open: what the use decides, then the purpose asked again', async () => {
    const replies = await lastTurn('en', [
      'we run a tattoo studio in kunming, 5 artists, about 80k rmb a month',
      'what do you need that for',
    ]);
    expect(replies).toEqual([
      {
        text: `I ask what the money is for because the use decides the route: stock and working capital suit a short business loan or supply-chain finance, equipment can be leased or bought with an equipment loan, and a fit-out, a start-up, collecting payments or settling across the border each have their own ways.\n${YOURS_EN}`,
        choices: [],
      },
      { text: 'What do you mainly need help with? Reply with a number:', choices: PURPOSE_MENU },
    ]);
  });
});
