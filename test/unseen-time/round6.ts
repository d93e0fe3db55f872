import type { UnseenCase } from './score.ts';

/**
 * A sixth batch (issue 13), annotated before the tagger was changed for it. English news read
 * against a document date, annotated as TempEval-3 (TimeML TIMEX3) does: no preposition in the
 * extent, determiners and modifiers in it ("last week", "the past 12 months"), weekdays on the
 * nearest day the tense allows, "the quarter" the quarter being reported, "fiscal 2016" the fiscal
 * year (FY2016), "recently" PAST_REF. Russian and Kazakh news and narrative cover the kinds
 * the earlier rounds left out (a weekday ahead in a future clause, half an hour after a clock time,
 * habitual seasons, old/new style double dates, page view counters, "still").
 */
const DCT = '2017-04-12'; // a Wednesday, in ISO week 2017-W15

export const EN_ROUND6: UnseenCase[] = [
  {
    topic: 'Airline results',
    dct: DCT,
    text:
      'Delta Air Lines said Wednesday that its profit fell 37 percent in the first quarter, hurt by higher fuel costs ' +
      'and a storm that grounded flights last week. The Atlanta carrier earned $393 million in the quarter, down from ' +
      '$625 million a year earlier. Revenue for the three months rose 2 percent. Chief executive Ed Bastian said this ' +
      'year would still be profitable and that the airline expects demand to recover in the second quarter. Results ' +
      'for fiscal 2016 had already shown weaker pricing, and analysts recently cut their forecasts for the next two ' +
      'years. The shares have fallen 6 percent since January.',
    expect: [
      'Wednesday → DATE 2017-04-12',
      'the first quarter → DATE 2017-Q1',
      'last week → DATE 2017-W14',
      'the quarter → DATE 2017-Q1',
      'a year earlier → DATE 2016-Q1',
      'the three months → DURATION P3M',
      'this year → DATE 2017',
      'the second quarter → DATE 2017-Q2',
      'fiscal 2016 → DATE FY2016',
      'recently → DATE PAST_REF',
      'the next two years → DURATION P2Y',
      'January → DATE 2017-01',
    ],
  },
  {
    topic: 'Senate vote',
    dct: DCT,
    text:
      'The Senate will vote on the nominee on Thursday, Majority Leader Mitch McConnell said Tuesday night. Democrats ' +
      'blocked a first attempt on Friday and again on Monday morning. Lawmakers leave Washington for a two-week recess ' +
      'at the end of this week and return on April 24. "We have waited 14 months for this seat," McConnell told ' +
      'reporters. A similar fight in 2005 ended with a compromise. Next week, the House takes up a spending bill that ' +
      'must pass by April 28.',
    expect: [
      'Thursday → DATE 2017-04-13',
      'Tuesday night → TIME 2017-04-11TNI',
      'Friday → DATE 2017-04-07',
      'Monday morning → TIME 2017-04-10TMO',
      'two-week → DURATION P2W',
      'the end of this week → DATE 2017-W15 END',
      'April 24 → DATE 2017-04-24',
      '14 months → DURATION P14M',
      '2005 → DATE 2005',
      'Next week → DATE 2017-W16',
      'April 28 → DATE 2017-04-28',
    ],
  },
  {
    topic: 'Retail sales',
    dct: DCT,
    text:
      'U.S. retail sales fell in March, the Commerce Department said today. Sales dropped 0.2 percent last month after ' +
      'a 0.3 percent decline in February. Over the past 12 months, sales are up 5.2 percent. The Federal Reserve raised ' +
      'interest rates in December and again in March, and officials now expect two more increases this year. ' +
      'Economists expect growth to pick up later this year; two years ago, a similar slowdown proved temporary. The ' +
      'report for April is due on May 16.',
    expect: [
      'March → DATE 2017-03',
      'today → DATE 2017-04-12',
      'last month → DATE 2017-03',
      'February → DATE 2017-02',
      'the past 12 months → DURATION P12M',
      'December → DATE 2016-12',
      'March → DATE 2017-03',
      'now → DATE PRESENT_REF',
      'this year → DATE 2017',
      'later this year → DATE 2017',
      'two years ago → DATE 2015',
      'April → DATE 2017-04',
      'May 16 → DATE 2017-05-16',
    ],
  },
  {
    topic: 'Software maker',
    dct: DCT,
    text:
      'The software maker expects revenue of $37 billion in fiscal 2017, which ends May 31, the company said Monday. ' +
      'It reported fourth-quarter earnings of 69 cents a share on Jan. 26. The company has paid a quarterly dividend ' +
      'since 2009 and plans to buy back $12 billion in stock over the next year. Its co-founder, 72, said the cloud ' +
      'business had grown faster in the last three years than in the previous decade.',
    expect: [
      'fiscal 2017 → DATE FY2017',
      'May 31 → DATE 2017-05-31',
      'Monday → DATE 2017-04-10',
      'fourth-quarter → DATE 2016-Q4',
      'Jan. 26 → DATE 2017-01-26',
      'quarterly → SET P3M',
      '2009 → DATE 2009',
      'the next year → DURATION P1Y',
      'the last three years → DURATION P3Y',
      'the previous decade → DATE 200',
    ],
  },
  {
    topic: 'Brush fire',
    dct: DCT,
    text:
      'Firefighters contained a brush fire on Tuesday after it burned for about 20 hours. The blaze started Monday ' +
      'afternoon near Ventura and forced hundreds of evacuations. It was the third fire in the county this month. ' +
      'Crews will stay on the lines through the weekend, and officials plan to reopen the highway on Friday. The last ' +
      'fire of that size hit the area in December 2015.',
    expect: [
      'Tuesday → DATE 2017-04-11',
      'about 20 hours → DURATION PT20H APPROX',
      'Monday afternoon → TIME 2017-04-10TAF',
      'this month → DATE 2017-04',
      'the weekend → DATE 2017-W15-WE',
      'Friday → DATE 2017-04-14',
      'December 2015 → DATE 2015-12',
    ],
  },
];

export const RU_ROUND6: UnseenCase[] = [
  {
    topic: 'Новости: заседание правительства',
    dct: DCT,
    text:
      'Во вторник, 11 апреля, правительство утвердило план развития отрасли. Заседание началось в 10:00. Через ' +
      'полчаса министр сельского хозяйства доложил, что в прошедшем сезоне урожай зерна вырос, а за последний год ' +
      'экспорт увеличился на 12 процентов. Прошлой осенью цены на зерно падали. В понедельник министр вернётся в ' +
      'Москву. Следующее заседание пройдёт в пятницу.',
    expect: [
      'Во вторник, 11 апреля → DATE 2017-04-11',
      'в 10:00 → TIME 2017-04-11T10:00',
      'Через полчаса → TIME 2017-04-11T10:30',
      'в прошедшем сезоне → DATE PAST_REF',
      'последний год → DURATION P1Y',
      'Прошлой осенью → DATE 2016-FA',
      'В понедельник → DATE 2017-04-17',
      'в пятницу → DATE 2017-04-14',
    ],
  },
  {
    topic: 'Казыбек би',
    text:
      'Казыбек би (около 1667 – 23 (?) сентября 1763) прожил долгую жизнь и умер на 97 году жизни. Кочевники его рода ' +
      'летом поднимались на джайляу, а зимой уходили в долины Сырдарьи. Устав о сибирских киргизах был подписан ' +
      '22 июля (3 августа) 1822 года. Просмотров: 1843',
    expect: [
      'около 1667 – 23 (?) сентября 1763 → INTERVAL 1667/1763-09-23',
      'около 1667 → DATE 1667 APPROX',
      '23 (?) сентября 1763 → DATE 1763-09-23',
      // Added after the first run: an age is a length of years (as round 5 settled), never the year 0097.
      '97 году → DURATION P97Y',
      'летом → DATE XXXX-SU',
      'зимой → DATE XXXX-WI',
      '22 июля (3 августа) 1822 года → DATE 1822-08-03',
    ],
  },
];

export const KK_ROUND6: UnseenCase[] = [
  {
    topic: 'Жаңалық: үкімет отырысы',
    dct: DCT,
    text:
      'Өткен аптада үкімет жаңа бағдарламаны бекітті. Жыл басынан бері елге 2 миллион турист келді. Биылдың өзінде ' +
      'экспорт 10 пайызға өсті. Дүйсенбі күні министр Астанаға оралады. Келер жылы жаңа әуежай ашылады. Сәуір айынан ' +
      'бастап жол жөндеуі басталды; ол 1 жылдың ішінде аяқталады. Ертең таңертең сағат 9:00-де кеңес өтеді.',
    expect: [
      'Өткен аптада → DATE 2017-W14',
      'Жыл басынан бері → DATE 2017 START',
      'Биылдың → DATE 2017',
      'Дүйсенбі күні → DATE 2017-04-17',
      'Келер жылы → DATE 2018',
      'Сәуір айынан бастап → DATE 2017-04',
      '1 жылдың ішінде → DURATION P1Y',
      'Ертең → DATE 2017-04-13',
      'таңертең → TIME 2017-04-13TMO',
      'сағат 9:00-де → TIME 2017-04-13T09:00',
    ],
  },
  {
    topic: '1916 жылғы көтеріліс',
    text:
      '1916 жылы 4 (17) шілдеде Жетісуда толқу басталды. Күзде Амангелді Иманов сарбаздарын жинады. Он төртінші ' +
      'қазанда көтерілісшілер Торғайды қоршады. Сол күні қалада атыс басталды. Ұрпақтары бұл оқиғаны әлі күнге дейін ' +
      'еске алады. 2016-ншы жылы Торғайда ескерткіш орнатылды. Қаралды: 2316',
    expect: [
      '1916 жылы 4 (17) шілдеде → DATE 1916-07-17',
      'Күзде → DATE 1916-FA',
      'Он төртінші қазанда → DATE 1916-10-14',
      'Сол күні → DATE 1916-10-14',
      '2016-ншы жылы → DATE 2016',
    ],
  },
];
