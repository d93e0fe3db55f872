import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../types.ts';
import { derivedId } from '../index.ts';
import { tokenize } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';
import { mergeRecognition } from './merge.ts';

/** A recogniser that found `names` and is `sure` of every other span it is asked about. */
function fake(names: ModelName[], sure = 0.5): Recognition {
  return {
    names,
    confidence: (start, end, type) =>
      names.find((n) => n.start === start && n.end === end && n.type === type)?.confidence ?? sure,
  };
}

const helpers = { derivedId, nameOf: (_t: EntityType, s: string) => s };
const span = (text: string, s: string, type: EntityType, confidence: number): ModelName => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, type, confidence };
};
const merge = (text: string, lang: 'ru' | 'en', entities: Entity[], rec: Recognition) =>
  mergeRecognition(text, lang, tokenize(text, lang), entities, rec, helpers);

describe('mergeRecognition', () => {
  it('links a model name to the gazetteer only when the whole name is a known name of that type', () => {
    const text = 'Визит в Казахстан и встреча с Полиной Гагариной.';
    const out = merge(
      text,
      'ru',
      [],
      fake([span(text, 'Казахстан', 'PLACE', 0.9), span(text, 'Полиной Гагариной', 'PERSON', 0.8)]),
    );
    expect(out.find((e) => e.mentions[0]?.text === 'Казахстан')?.id).toBe('place:kazakhstan');
    // Not Yuri Gagarin: the whole name is not his.
    expect(out.find((e) => e.mentions[0]?.text === 'Полиной Гагариной')?.id).toMatch(/^person:полин/);
  });

  it('keeps the link of a name found with the same span, with the model’s confidence', () => {
    const text = 'The OSCE met.';
    const osce: Entity = {
      id: 'org:osce',
      name: 'OSCE',
      type: 'ORG',
      aliases: [],
      mentions: [{ start: 4, end: 8, text: 'OSCE' }],
    };
    const [e] = merge(text, 'en', [osce], fake([span(text, 'OSCE', 'ORG', 0.97)]));
    expect(e?.id).toBe('org:osce');
    expect(e?.mentions[0]?.confidence).toBe(0.97);
    expect(e?.confidence).toBe(0.97);
  });

  it('replaces a name glued to its neighbour by the span the model finds more probable', () => {
    const text = 'Также Лукашенко заявил.';
    const glued: Entity = {
      id: 'person:также-лукашенко',
      name: 'Также Лукашенко',
      type: 'PERSON',
      aliases: [],
      mentions: [{ start: 0, end: 15, text: 'Также Лукашенко' }],
    };
    const out = merge(text, 'ru', [glued], fake([span(text, 'Лукашенко', 'PERSON', 0.9)], 0.05));
    expect(out.map((e) => e.mentions.map((m) => m.text))).toEqual([['Лукашенко']]);
  });

  it('drops a name found by other means that the model rules out', () => {
    const text = 'Министерства Внутренних Дел.';
    const delhi: Entity = {
      id: 'place:new-delhi',
      name: 'New Delhi',
      type: 'PLACE',
      aliases: [],
      mentions: [{ start: 24, end: 27, text: 'Дел' }],
    };
    expect(merge(text, 'ru', [delhi], fake([], 0.001))).toEqual([]);
  });

  it('drops a one-word name the model finds doubtful (a place word after a title), never an acronym', () => {
    const text = 'Президент Ақордаға шақырды, ЕҚЫҰ-ға хат жіберді.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const person: Entity = {
      id: 'person:ақорда',
      name: 'Ақорда',
      type: 'PERSON',
      aliases: [],
      mentions: [at('Ақордаға')],
    };
    const osce: Entity = { id: 'org:osce', name: 'OSCE', type: 'ORG', aliases: [], mentions: [at('ЕҚЫҰ-ға')] };
    const out = merge(text, 'ru', [person, osce], fake([], 0.05));
    expect(out.map((e) => e.id)).toEqual(['org:osce']);
    expect(out[0]?.mentions[0]?.confidence).toBe(0.05);
  });

  it('drops a phrase found by a cue pattern alone that the model rules out, never a known name or a title-case run', () => {
    const text = 'Совещание в Алматинском городском парке и Организации по безопасности прошло.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const cue: Entity = {
      id: 'org:алматинский-городской-парк',
      name: 'Алматинский городской парк',
      type: 'ORG',
      aliases: [],
      mentions: [at('Алматинском городском парке')],
    };
    const known: Entity = {
      id: 'org:osce',
      name: 'OSCE',
      type: 'ORG',
      aliases: [],
      mentions: [at('Организации по безопасности')],
    };
    const out = merge(text, 'ru', [cue, known], fake([], 0));
    expect(out.map((e) => e.id)).toEqual(['org:osce']);
    // The same phrase the model does not rule out stays, and so does a title-case run it never saw.
    expect(merge(text, 'ru', [{ ...cue, mentions: [at('Алматинском городском парке')] }], fake([], 0.2))).toHaveLength(
      1,
    );
    const title = 'The Aral Restoration Programme began.';
    const work: Entity = {
      id: 'work:aral-restoration-programme',
      name: 'Aral Restoration Programme',
      type: 'WORK',
      aliases: [],
      mentions: [{ start: 4, end: 30, text: 'Aral Restoration Programme' }],
    };
    expect(merge(title, 'en', [work], fake([], 0))).toHaveLength(1);
  });

  it('lets a known name of several words give way to a sure longer name of another kind that holds it whole, never to one that cuts it', () => {
    const text = 'He won the 2019 United Kingdom general election.';
    const uk = (): Entity => ({
      id: 'place:united-kingdom',
      name: 'United Kingdom',
      type: 'PLACE',
      aliases: [],
      mentions: [{ start: text.indexOf('United'), end: text.indexOf(' general'), text: 'United Kingdom' }],
    });
    const whole = merge(
      text,
      'en',
      [uk()],
      fake([span(text, '2019 United Kingdom general election', 'EVENT', 0.99)], 0),
    );
    expect(whole.map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['EVENT', ['2019 United Kingdom general election']],
    ]);
    const cut = merge(text, 'en', [uk()], fake([span(text, 'Kingdom general election', 'EVENT', 0.99)], 0));
    expect(cut.map((e) => e.id)).toEqual(['place:united-kingdom']);
  });

  it('adds a name of its own in a line that reads as a title only when the model is sure of it', () => {
    const text = 'Associate Team One Coach Ben Markey\nHow Kerey and Zhanibek Founded a State';
    const out = merge(
      text,
      'en',
      [],
      fake([span(text, 'Ben Markey', 'PERSON', 0.8), span(text, 'Zhanibek Founded a State', 'WORK', 0.29)]),
    );
    expect(out.map((e) => e.mentions[0]?.text)).toEqual(['Ben Markey']);
  });

  it('reads an event a cue word made as the model’s type only when the model rules the event out', () => {
    const text = 'The band played the Montreal Forum.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const forum = (): Entity[] => [
      {
        id: 'event:montreal-forum',
        name: 'Montreal Forum',
        type: 'EVENT',
        aliases: [],
        mentions: [at('Montreal Forum')],
      },
    ];
    const sure = (event: number) => fake([span(text, 'Montreal Forum', 'PLACE', 0.9)], event);
    expect(merge(text, 'en', forum(), sure(0.002)).map((e) => e.type)).toEqual(['PLACE']);
    expect(merge(text, 'en', forum(), sure(0.05)).map((e) => e.type)).toEqual(['EVENT']);
  });

  it('lets a less sure longer name replace only names it holds whole that the model rules out', () => {
    const text = 'He led the Liberal Party of Australia.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const australia = (): Entity[] => [
      { id: 'place:australia', name: 'Australia', type: 'PLACE', aliases: [], mentions: [at('Australia')] },
    ];
    const party = (place: number) => fake([span(text, 'Liberal Party of Australia', 'ORG', 0.45)], place);
    expect(merge(text, 'en', australia(), party(0.008)).map((e) => e.mentions[0]?.text)).toEqual([
      'Liberal Party of Australia',
    ]);
    expect(merge(text, 'en', australia(), party(0.3)).map((e) => e.id)).toEqual(['place:australia']);
  });

  it('drops a name of another type inside a longer name the patterns and the model agree on', () => {
    const text = 'Funds came from the US Department of Energy.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const found = (): Entity[] => [
      { id: 'place:united-states', name: 'US', type: 'PLACE', aliases: [], mentions: [at('US')] },
      { id: 'org:doe', name: 'DOE', type: 'ORG', aliases: [], mentions: [at('US Department of Energy')] },
    ];
    const sure = (c: number) => fake([span(text, 'US Department of Energy', 'ORG', c)], 0.13);
    expect(merge(text, 'en', found(), sure(0.85)).map((e) => e.id)).toEqual(['org:doe']);
    // Less sure of the longer name than of a name of its own, the model keeps both.
    expect(merge(text, 'en', found(), sure(0.45))).toHaveLength(2);
  });

  it('gives a cue-pattern name the type the model is sure of for the same span, never a known name’s or an event’s', () => {
    const text = 'She sang at Lincoln Center and the Steppe Heritage Conference.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const cue = (type: EntityType, s: string): Entity => ({
      id: `x:${s}`,
      name: s,
      type,
      aliases: [],
      mentions: [at(s)],
    });
    const rec = fake(
      [span(text, 'Lincoln Center', 'PLACE', 0.92), span(text, 'Steppe Heritage Conference', 'ORG', 0.9)],
      0.05,
    );
    const out = merge(text, 'en', [cue('ORG', 'Lincoln Center'), cue('EVENT', 'Steppe Heritage Conference')], rec);
    const found = out
      .map((e) => [e.type, e.mentions[0]?.text])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(found).toEqual([
      ['EVENT', 'Steppe Heritage Conference'],
      ['PLACE', 'Lincoln Center'],
    ]);
  });

  it('finds a name again wherever it stands in the text, inflected too, unless the model rules that occurrence out', () => {
    const text = 'Хорняк приехал в город. Журналисты долго ждали Хорняка.';
    const found = [span(text, 'Хорняк', 'PERSON', 0.9)];
    const [e] = merge(text, 'ru', [], fake(found, 0.5));
    expect(e?.mentions.map((m) => m.text)).toEqual(['Хорняк', 'Хорняка']);
    expect(e?.mentions[1]?.confidence).toBe(0.5);
    const [alone] = merge(text, 'ru', [], fake(found, 0.1));
    expect(alone?.mentions.map((m) => m.text)).toEqual(['Хорняк']);
    // A name the model is unsure of lends nothing.
    const [unsure] = merge(text, 'ru', [], fake([span(text, 'Хорняк', 'PERSON', 0.45)], 0.5));
    expect(unsure?.mentions.map((m) => m.text)).toEqual(['Хорняк']);
  });
});
