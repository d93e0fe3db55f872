import type { EventKindWords } from '../types.ts';

/** Kazakh words naming kinds of event (`events/identity.ts`). */
export const eventKinds: EventKindWords = {
  announcement: ['өтінім', 'кандидат', 'ұсыныс'],
  adoption: ['қабылда', 'бекіт', 'жариял', 'қарар', 'ратификац'],
  chairmanship: ['төраға', 'басқар'],
  closure: ['жабу', 'жабыл', 'жапты'],
  deployment: ['бітімгер', 'контингент', 'жіберіл'],
  election: ['сайла', 'сайлан'],
  founding: ['құрылды', 'құрылған', 'құрды', 'негізі қалан', 'жұмысын бастады'],
  handover: ['тапсырды', 'ауысып', 'ауысты'],
  meeting: ['саммит', 'кездес', 'жиналыс', 'бас қос', 'съезд', 'конференц', 'сессия'],
  observance: ['атап өт', 'күні'],
  signing: ['қол қой', 'жарлық'],
  summit: ['саммит'],
  test: ['сынақ', 'жарыл', 'бомба'],
  visit: ['сапар', 'келді'],
};
