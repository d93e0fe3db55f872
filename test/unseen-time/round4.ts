import type { UnseenCase } from './score.ts';

/** A fourth English batch, annotated before running: lists, month ranges, sets, "earlier that month". */
export const EN_ROUND4: UnseenCase[] = [
  {
    topic: 'Spanish Civil War, front lines',
    text:
      'The war lasted from 1936 to 1939. Between March and May 1937 the northern front collapsed, and earlier that month ' +
      'Bilbao had been encircled. The next morning the Basque government fled. In the spring and summer of 1938 the ' +
      'Republic staked everything on the Ebro; the first week of August brought the heaviest fighting. A month later the ' +
      'International Brigades were withdrawn.',
    expect: [
      'from 1936 to 1939 → INTERVAL 1936/1939',
      '1936 → DATE 1936',
      '1939 → DATE 1939',
      'Between March and May 1937 → INTERVAL 1937-03/1937-05',
      'March → DATE 1937-03',
      'May 1937 → DATE 1937-05',
      'earlier that month → DATE 1937-05',
      'The next morning → TIME XXXX-XX-XXTMO',
      'the spring → DATE 1938-SP',
      'summer of 1938 → DATE 1938-SU',
      // Written first as 1938-08; the TIMEX3 value of a week is the ISO week (1 August 1938 is a Monday).
      'the first week of August → DATE 1938-W31',
      'A month later → DATE 1938-09',
    ],
  },
  {
    topic: 'Roman wars',
    text:
      'Caesar was murdered on the Ides of March, 44 BC. Civil war followed for more than a decade, and in the 1st century AD ' +
      'the frontier was pushed to the Rhine. Every summer the legions marched out of their winter camps; twice a year the ' +
      'governor reported to Rome. Centuries earlier, in the early 5th century BC, the city had been a small republic.',
    expect: [
      'the Ides of March, 44 BC → DATE BC0044-03-15',
      'more than a decade → DURATION P1DE MORE_THAN',
      'the 1st century AD → DATE 00',
      'Every summer → SET XXXX-SU',
      'twice a year → SET P1Y',
      'Centuries earlier → DATE PAST_REF',
      'the early 5th century BC → DATE BC04 START',
    ],
  },
  {
    topic: 'Thirty Years War, end',
    text:
      'At the beginning of 1645 Swedish troops stood before Vienna. The talks in Westphalia had begun in the early 1640s and ' +
      'went on year after year. By the end of the 16th century the religious peace had already worn thin. The treaty of ' +
      'October 1648 ended three decades of war, about 370 years ago.',
    dct: '2019-06-01',
    expect: [
      'the beginning of 1645 → DATE 1645 START',
      'the early 1640s → DATE 164 START',
      'year after year → SET P1Y',
      'the end of the 16th century → DATE 15 END',
      'October 1648 → DATE 1648-10',
      'three decades → DURATION P3DE',
      'about 370 years ago → DATE 1649 APPROX',
    ],
  },
];
