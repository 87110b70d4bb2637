// The conversation's flow (round 11, dialog11): a language asked with something else in the same message
// ("summary please in English", "请用中文总结一下"): the switch, then the thing asked, in the new language;
// never the switch alone (tester11 §4c). Every reply checked whole, in both languages.

import { describe, it } from 'vitest';
import { beijing, playHandoff } from './handoff-table';

const AT = { start: beijing(2026, 1, 15, 15, 30) };

describe('a language asked with the summary: the switch, then the summary in it', () => {
  it('zh-CN conversation: "summary please in English"', async () => {
    await playHandoff(
      [
        { say: '你好' },
        {
          say: '我们在昆明开米线店 员工6个 年营业额80万',
          replies: [
            '好的，记下了：行业：餐饮业；员工：6人；年营业收入：80万元；规模：微型企业。\n按2011年《中小企业划型标准规定》，餐饮业从业人员低于10人即属微型企业。',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
        {
          say: 'summary please in English',
          replies: [
            'Sure, I will continue in English.',
            'Case summary\nStage: collecting details\nBusiness: catering, micro enterprise, 6 employees, annual revenue: 800,000 yuan\nRecommended: none',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
      ],
      AT,
    );
  });
  it('en conversation: 请用中文总结一下', async () => {
    await playHandoff(
      [
        { say: 'hello' },
        {
          say: 'we run a noodle shop in Kunming, 6 staff, revenue 800k a year',
          replies: [
            'Got it — industry: catering; employees: 6; annual revenue: 800,000 yuan; size: micro enterprise.\nUnder the 2011 SME size standard, a firm in catering with employees below 10 is a micro enterprise.',
            'What do you mainly need help with? Reply with a number:',
          ],
        },
        {
          say: '请用中文总结一下',
          replies: [
            '好的，接下来我用中文和您交流。',
            '客户情况总结\n当前阶段：收集信息\n企业情况：餐饮业 · 微型企业 · 6人 · 年营业收入：80万元\n已推荐：暂无',
            '这次主要想解决什么问题？请回复编号：',
          ],
        },
      ],
      { ...AT, locale: 'en' },
    );
  });
});
