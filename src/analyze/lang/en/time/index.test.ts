import { describe, expect, it } from 'vitest';
import { tagWith } from '../../../time/engine.ts';
import type { TemporalExpression } from '../../../types.ts';
import { enTime } from './index.ts';

const tagEnglish = (text: string, opts: { dct?: string } = {}): TemporalExpression[] => tagWith(text, enTime, opts.dct);

/** The expressions found in `text`, as `text → type value [mod]` lines. */
const tag = (text: string, dct?: string): string[] =>
  tagEnglish(text, { dct }).map((t) => `${t.text} → ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`);

describe('tagEnglish', () => {
  it.each([
    ['The treaty was signed on 29 August 1991 in Almaty.', '29 August 1991 → DATE 1991-08-29'],
    ['On September 1, 1939, Germany attacked Poland.', 'September 1, 1939 → DATE 1939-09-01'],
    ['The conference opened in September 2013.', 'September 2013 → DATE 2013-09'],
    ['A pact was signed in February of 1940.', 'February of 1940 → DATE 1940-02'],
    ['The reform began in 2010 and ended later.', '2010 → DATE 2010'],
    ['Fighting stopped in the summer of 1991.', 'the summer of 1991 → DATE 1991-SU'],
    ['Industry grew fast in the 1990s.', 'the 1990s → DATE 199'],
    ['The city was founded in the XV century.', 'the XV century → DATE 14'],
    ['Trade flourished in the 4th century BC.', 'the 4th century BC → DATE BC03'],
    ['Printing spread in the second millennium.', 'the second millennium → DATE 1'],
    ['The city fell in 500 BC.', '500 BC → DATE BC0500'],
    ['Markets opened in the early 1990s.', 'the early 1990s → DATE 199 START'],
    ['Prices rose sharply in late 1942.', 'late 1942 → DATE 1942 END'],
    ['Troops left by mid-1943.', 'mid-1943 → DATE 1943 MID'],
    ['The census was held about 1900.', 'about 1900 → DATE 1900 APPROX'],
    ['Troops withdrew by the end of 1958.', 'the end of 1958 → DATE 1958 END'],
    ['Output doubled in the second half of 2008.', 'the second half of 2008 → DATE 2008-H2'],
    ['The country has a history of two and a half decades.', 'two and a half decades → DURATION P25Y'],
    ['The talks lasted less than two weeks.', 'less than two weeks → DURATION P2W LESS_THAN'],
    [
      'The land has a history spanning more than two thousand years.',
      'more than two thousand years → DURATION P2000Y MORE_THAN',
    ],
    ['Elections are held every three years.', 'every three years → SET P3Y'],
    ['Reports were filed daily.', 'daily → SET XXXX-XX-XX'],
    ['Nowadays the region is calm.', 'Nowadays → DATE PRESENT_REF'],
    ['The war ended in 1945. Two years later a treaty was signed.', 'Two years later → DATE 1947'],
    ['It joined in August 2015. Two years later it left.', 'Two years later → DATE 2017'],
    ['In less than four years after independence it disarmed.', 'less than four years → DURATION P4Y LESS_THAN'],
    ['Talks began on May 10, 1940. Twelve days later France fell.', 'Twelve days later → DATE 1940-05-22'],
    ['The factory closed 22 years ago.', '22 years ago → DATE 1987', '2009-12-19'],
    ['The siege began in June 1941. In the following month the city fell.', 'the following month → DATE 1941-07'],
    ['A truce came in 1862. The same year the blockade tightened.', 'The same year → DATE 1862'],
    ['The army landed in 1943. That summer it advanced north.', 'That summer → DATE 1943-SU'],
    ['The fleet sailed in March 1905. Later that year it was destroyed.', 'Later that year → DATE 1905'],
    ['The army crossed the river in 1863. In April it reached the town.', 'April → DATE 1863-04'],
    ['The attack came at 5 a.m. on 7 December 1941.', '5 a.m. → TIME 1941-12-07T05:00'],
    ["Hussein's 24-year rule ended.", '24-year → DURATION P24Y'],
    ['The surge lasted a few months.', 'a few months → DURATION PXM'],
    ['The revolt lasted from 499 to 493 BC.', 'from 499 to 493 BC → INTERVAL BC0499/BC0493'],
    ['Emperor Augustus died in AD 14.', 'AD 14 → DATE 0014'],
    ['The Soviets struck in the winter of 1941–42.', 'the winter of 1941–42 → DATE 1941-WI'],
    ['Industry grew in the 19th and 20th centuries.', '20th centuries → DATE 19'],
    ['The attack began at 1800 hours.', '1800 hours → TIME XXXX-XX-XXT18:00'],
    ['Johnston surrendered on May 4 and 5.', '5 → DATE XXXX-05-05'],
    ['Militia moved eight days after Fort Sumter.', 'eight days after Fort Sumter → DATE XXXX-XX-XX'],
    ['The division fought in the first year of the war.', 'the first year of the war → DATE XXXX'],
    ['The Allies stalled until the end of the year.', 'the end of the year → DATE XXXX END'],
    ['The battle raged from 1 to 3 July 1863.', 'from 1 to 3 July 1863 → INTERVAL 1863-07-01/1863-07-03'],
    ['Bush spoke on September 14, 2007 about Thursday’s killing.', 'Thursday → DATE 2007-09-13'],
    ['Crowds gathered weekly after Friday prayers; Fridays were tense.', 'Fridays → SET XXXX-WXX-5'],
    [
      'Lincoln was shot on April 14, 1865 and died early the next morning.',
      'early the next morning → TIME 1865-04-15TMO START',
    ],
    ['Officials met yesterday.', 'yesterday → DATE 2024-05-14', '2024-05-15'],
    // A weekday in a future clause is the next one (TimeML, TempEval-3): Monday after Wednesday 15 May.
    ['They will meet again on Monday.', 'Monday → DATE 2024-05-20', '2024-05-15'],
    ['The bank said Monday that lending slowed.', 'Monday → DATE 2024-05-13', '2024-05-15'],
    ['Profit rose in the second quarter.', 'the second quarter → DATE 2024-Q2', '2024-07-20'],
    ['The mill earned $5 million in the quarter.', 'the quarter → DATE 2024-Q1', '2024-05-15'],
    ['Sales for fiscal 2023 were flat.', 'fiscal 2023 → DATE FY2023', '2024-05-15'],
    ['The port closed in December.', 'December → DATE 2023-12', '2024-05-15'],
    ['Rates will be cut in January.', 'January → DATE 2025-01', '2024-05-15'],
    ['Shoppers stayed home over the weekend.', 'the weekend → DATE 2024-W19-WE', '2024-05-15'],
    ['Talks resume Thursday morning.', 'Thursday morning → TIME 2024-05-16TMO', '2024-05-15'],
    ['Bonds are sold over the next year.', 'the next year → DURATION P1Y', '2024-05-15'],
    ['The mayor spoke to reporters today.', 'today → DATE 2024-05-15', '2024-05-15'],
    [
      'Nomads raided the line in the first quarter of the 18th century.',
      'the first quarter of the 18th century → DATE 17 START',
    ],
    ['Prices have risen in recent weeks.', 'recent weeks → DURATION PXW', '2024-05-15'],
    ['A storm hit the coast yesterday at 4:10 a.m.', '4:10 a.m. → TIME 2024-05-14T04:10', '2024-05-15'],
    ['The strike began on 20 November 1905. In February the leaders were tried.', 'February → DATE 1906-02'],
    ['The army crossed on 3 January 1812. In May it reached the river.', 'May → DATE 1812-05'],
    ['In 19 century the steppe became part of the empire.', '19 century → DATE 18'],
    ['Growth slowed in the first quarter of 2023.', 'the first quarter of 2023 → DATE 2023-Q1'],
    ['Trade has grown since the early 2000s.', 'the early 2000s → DATE 200 START'],
    ['Railways spread in the 1800s.', 'the 1800s → DATE 18'],
    ['Ho Chi Minh died at age seventy-nine.', 'seventy-nine → DURATION P79Y'],
    ['A period of twelve to eighteen months followed.', 'twelve → DURATION P12M'],
    ['Fighting paused in the dry season.', 'dry season → DATE XXXX'],
    ['Former allies met again.', 'Former → DATE PAST_REF'],
    ['The army reformed in 2008. This began with a March operation.', 'March → DATE 2008-03'],
    ['Energy shapes our collective future security.', 'future → DATE FUTURE_REF'],
    ['The castle was built c. 1200.', 'c. 1200 → DATE 1200 APPROX'],
    ['Rome declined in the third century AD.', 'the third century AD → DATE 02'],
  ])('%s', (text, expected, dct?: string) => {
    expect(tag(text, dct)).toContain(expected);
  });

  it('reports a range as two points and one interval', () => {
    expect(tag('Kazakhstan sought a seat in the years 2017- 18.')).toEqual([
      '2017- 18 → INTERVAL 2017/2018',
      '2017 → DATE 2017',
      '18 → DATE 2018',
    ]);
    expect(tag('It chaired the OSCE in 2010-2011.')).toContain('2010-2011 → INTERVAL 2010/2011');
    expect(tag('Growth was steady between 2003 and 2015.')).toContain('between 2003 and 2015 → INTERVAL 2003/2015');
    expect(tag('The plan runs from 2013 to 2022.')).toEqual([
      'from 2013 to 2022 → INTERVAL 2013/2022',
      '2013 → DATE 2013',
      '2022 → DATE 2022',
    ]);
    expect(tag('The war of 1939–45 changed Europe.')).toContain('1939–45 → INTERVAL 1939/1945');
  });

  it('takes the narrative year for a month, not a year mentioned in passing or in an until-clause', () => {
    expect(tag('On 10 March 1975 the offensive began, planned to end in 1976. On 11 March the town fell.')).toContain(
      '11 March → DATE 1975-03-11',
    );
    expect(
      tag('In October 1944 the army attacked and held out until February 1945. By the start of July it had won.'),
    ).toContain('the start of July → DATE 1944-07 START');
  });

  it('reads short years as years only inside an early narrative, in its era', () => {
    const found = tag('Hannibal crossed the Alps in 218 BC. In 216 he won at Cannae with 40 ships and 12 legions.');
    expect(found).toContain('216 → DATE BC0216');
    expect(found.filter((f) => /^(40|12) /.test(f))).toEqual([]);
    expect(tag('The regiment of 216 men marched in 1915.')).toEqual(['1915 → DATE 1915']);
  });

  it('reads a commemorative day without a year as an annual date', () => {
    expect(
      tag('In December 2009 the UN declared the 29th of August as the International Day against Nuclear Tests.'),
    ).toContain('the 29th of August → DATE XXXX-08-29');
  });

  it('does not take counts, codes or the verb "may" for dates', () => {
    expect(tag('The army had 1500 soldiers and Resolution 1483 was adopted.')).toEqual([]);
    expect(tag('About 1200 men held Hill 937.')).toEqual([]);
    expect(tag('The Long March ended; Sherman led the March to the Sea.')).toEqual([]);
    expect(tag('Troops fought around Fallujah before the Autumn Harvest Uprising.')).toEqual([]);
    expect(tag('Expo chose the theme “Future Energy” for its fair.')).toEqual([]);
    expect(tag('They may return home.')).toEqual([]);
    expect(tag('After the fall of Atlanta the army moved on.')).toEqual([]);
  });
});
