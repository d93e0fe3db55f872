import type { UnseenCase } from './score.ts';

/**
 * A second batch of English paragraphs, written (with their expectations) after the first batch had
 * been used for fixing and before the tagger was run on them: a fresh check of the same conventions.
 */
export const EN_ROUND2: UnseenCase[] = [
  {
    topic: 'Korean War, second year',
    text:
      'Fighting resumed in the early morning of 1 January 1951, and within a fortnight the UN line had fallen back south of Seoul. ' +
      'By mid-March the city had changed hands for the fourth time. In the spring of 1951 the Chinese launched the largest offensive ' +
      'of the war. Truce talks opened at Kaesong on 10 July 1951 and dragged on for two years. During the winter of 1951–52 the front ' +
      'barely moved.',
    expect: [
      'the early morning of 1 January 1951 → TIME 1951-01-01TMO START',
      'a fortnight → DURATION P2W',
      'mid-March → DATE 1951-03 MID',
      'the spring of 1951 → DATE 1951-SP',
      '10 July 1951 → DATE 1951-07-10',
      'two years → DURATION P2Y',
      'the winter of 1951–52 → DATE 1951-WI',
    ],
  },
  {
    topic: "Hundred Years' War",
    text:
      'Edward III claimed the French throne in 1337. Nine years later his archers won at Crécy, on 26 August 1346, and Calais fell ' +
      'the following summer after a siege of eleven months. The Black Death of 1348–1350 halted the fighting for almost a decade. ' +
      'In the late 14th century a long truce held, but the war flared again in 1415, when Henry V won at Agincourt on ' +
      "St Crispin's Day.",
    expect: [
      '1337 → DATE 1337',
      'Nine years later → DATE 1346',
      '26 August 1346 → DATE 1346-08-26',
      'the following summer → DATE 1347-SU',
      'eleven months → DURATION P11M',
      '1348–1350 → INTERVAL 1348/1350',
      '1348 → DATE 1348',
      '1350 → DATE 1350',
      'almost a decade → DURATION P1DE LESS_THAN',
      'the late 14th century → DATE 13 END',
      '1415 → DATE 1415',
      "St Crispin's Day → DATE 1415-10-25",
    ],
  },
  {
    topic: 'American Revolutionary War',
    text:
      "The Seven Years' War ended with the Treaty of Paris in February 1763. For the next twelve years the colonies grew restless, " +
      'and on the evening of 18 April 1775 British troops marched on Concord. The Declaration of Independence was adopted on ' +
      '4 July 1776. That winter Washington crossed the Delaware on Christmas night. The war dragged on for another six years, ' +
      'until the surrender at Yorktown on 19 October 1781.',
    expect: [
      'February 1763 → DATE 1763-02',
      'the next twelve years → DURATION P12Y',
      'the evening of 18 April 1775 → TIME 1775-04-18TEV',
      '4 July 1776 → DATE 1776-07-04',
      'That winter → DATE 1776-WI',
      'Christmas night → TIME 1776-12-25TNI',
      'another six years → DURATION P6Y',
      '19 October 1781 → DATE 1781-10-19',
    ],
  },
  {
    topic: 'Gulf War',
    text:
      'Iraq invaded Kuwait on Thursday, 2 August 1990. Within 12 hours most of the country was occupied. The air campaign began on ' +
      '17 January 1991 and lasted 38 days; the ground offensive that followed took only 100 hours. A ceasefire came into force at ' +
      '8 a.m. on 28 February. In the 1990s sanctions remained in place, and twelve years later a second war began.',
    expect: [
      'Thursday, 2 August 1990 → DATE 1990-08-02',
      '12 hours → DURATION PT12H',
      '17 January 1991 → DATE 1991-01-17',
      '38 days → DURATION P38D',
      '100 hours → DURATION PT100H',
      '8 a.m. → TIME 1991-02-28T08:00',
      '28 February → DATE 1991-02-28',
      'the 1990s → DATE 199',
      'twelve years later → DATE 2003',
    ],
  },
  {
    topic: 'Wars of Alexander',
    text:
      'Alexander crossed the Hellespont in the spring of 334 BC. Within a year he had defeated the Persians at the Granicus and at ' +
      'Issus. The siege of Tyre lasted seven months in 332 BC. In the autumn of 331 BC he won at Gaugamela, and for the next seven ' +
      'years he campaigned in the east. He died in Babylon in June 323 BC. His empire split apart within two decades; by the ' +
      '3rd century BC three dynasties ruled it.',
    expect: [
      'the spring of 334 BC → DATE BC0334-SP',
      'a year → DURATION P1Y',
      'seven months → DURATION P7M',
      '332 BC → DATE BC0332',
      'the autumn of 331 BC → DATE BC0331-FA',
      'the next seven years → DURATION P7Y',
      'June 323 BC → DATE BC0323-06',
      'two decades → DURATION P2DE',
      'the 3rd century BC → DATE BC02',
    ],
  },
  {
    topic: 'Russo-Turkish War',
    text:
      'Russia declared war on the Ottoman Empire on 24 April 1877. The same day its troops crossed the Prut. The siege of Plevna ' +
      'began in July and lasted nearly five months; the town fell on 10 December. In January 1878 the Russians reached the outskirts ' +
      'of Constantinople, and an armistice was signed at the end of the month. Three decades of uneasy peace followed.',
    expect: [
      '24 April 1877 → DATE 1877-04-24',
      'The same day → DATE 1877-04-24',
      'July → DATE 1877-07',
      'nearly five months → DURATION P5M LESS_THAN',
      '10 December → DATE 1877-12-10',
      'January 1878 → DATE 1878-01',
      'the end of the month → DATE 1878-01 END',
      'Three decades → DURATION P3DE',
    ],
  },
];
