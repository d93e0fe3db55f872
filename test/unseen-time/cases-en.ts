import type { UnseenCase } from './score.ts';

/**
 * English war-history paragraphs written for this test (not taken from any article), in the style of
 * WikiWars, about wars absent from the development half. Expected lines follow TIMEX2 as WikiWars
 * annotates it: spans keep "the" and position words, "almost/nearly" → LESS_THAN, "about" → APPROX,
 * "N days later" resolves against the story's last date. Names such as "the Six-Day War" are not times.
 */
export const EN_CASES: UnseenCase[] = [
  {
    topic: 'Korean War',
    text:
      'The Korean War began on 25 June 1950, when northern troops crossed the 38th parallel. Within three days Seoul had fallen. ' +
      'In mid-September 1950 the landing at Inchon turned the tide, and by the end of the year Chinese armies had entered the fighting. ' +
      'In late 1950 the retreat from the Chosin Reservoir lasted seventeen days. The front stabilised the following spring, and for the next two years ' +
      'the armies fought over hills near the parallel. An armistice was signed on Monday, 27 July 1953, after more than two years of talks.',
    expect: [
      '25 June 1950 → DATE 1950-06-25',
      'three days → DURATION P3D',
      'mid-September 1950 → DATE 1950-09 MID',
      'the end of the year → DATE 1950 END',
      'late 1950 → DATE 1950 END',
      'seventeen days → DURATION P17D',
      'the following spring → DATE 1951-SP',
      'the next two years → DURATION P2Y',
      'Monday, 27 July 1953 → DATE 1953-07-27',
      'more than two years → DURATION P2Y MORE_THAN',
    ],
  },
  {
    topic: 'Crimean War',
    text:
      'The Crimean War broke out in October 1853, and Britain and France joined in March 1854. The allied armies landed in the Crimea in September, ' +
      'and the siege of Sevastopol lasted almost a year. The winter of 1854–55 killed more soldiers than the enemy did. On 8 September 1855 the French ' +
      'stormed the Malakhov, and three days later the Russians abandoned the south side of the city. Peace was signed in Paris in the spring of 1856. ' +
      'In the 1850s the telegraph let newspapers report from the front within hours.',
    expect: [
      'October 1853 → DATE 1853-10',
      'March 1854 → DATE 1854-03',
      'September → DATE 1854-09',
      'almost a year → DURATION P1Y LESS_THAN',
      'The winter of 1854–55 → DATE 1854-WI',
      '8 September 1855 → DATE 1855-09-08',
      'three days later → DATE 1855-09-11',
      'the spring of 1856 → DATE 1856-SP',
      'the 1850s → DATE 185',
      'hours → DURATION PTXH',
    ],
  },
  {
    topic: 'Napoleonic Wars',
    text:
      'Napoleon crossed the Niemen on 24 June 1812 with more than 400,000 men. For weeks the Russians retreated, and on 7 September the armies met at ' +
      'Borodino. The French entered Moscow a week later, but the city burned for several days. In October Napoleon ordered the retreat, and the winter ' +
      'of 1812–13 destroyed what was left of the Grande Armée. Only a few thousand men recrossed the river in mid-December. The following year the ' +
      'coalition defeated him at Leipzig, and by April 1814 he had abdicated.',
    expect: [
      '24 June 1812 → DATE 1812-06-24',
      'weeks → DURATION PXW',
      '7 September → DATE 1812-09-07',
      'a week later → DATE 1812-09-14',
      'several days → DURATION PXD',
      'October → DATE 1812-10',
      'the winter of 1812–13 → DATE 1812-WI',
      'mid-December → DATE 1812-12 MID',
      'The following year → DATE 1813',
      'April 1814 → DATE 1814-04',
    ],
  },
  {
    topic: 'Punic Wars',
    text:
      'The First Punic War lasted from 264 to 241 BC, more than two decades of war at sea. Hannibal left Spain in the spring of 218 BC and crossed ' +
      'the Alps that autumn. At Cannae, on 2 August 216 BC, a Roman army was destroyed in a single day. For fifteen years he remained in Italy. ' +
      'Rome finally razed Carthage in 146 BC, and in the 2nd century BC its power spread across the Mediterranean.',
    expect: [
      'from 264 to 241 BC → INTERVAL BC0264/BC0241',
      '264 → DATE BC0264',
      '241 BC → DATE BC0241',
      'more than two decades → DURATION P2DE MORE_THAN',
      'the spring of 218 BC → DATE BC0218-SP',
      'that autumn → DATE BC0218-FA',
      '2 August 216 BC → DATE BC0216-08-02',
      'a single day → DURATION P1D',
      'fifteen years → DURATION P15Y',
      '146 BC → DATE BC0146',
      'the 2nd century BC → DATE BC01',
    ],
  },
  {
    topic: "Thirty Years' War",
    text:
      "In AD 9 three Roman legions were lost in the Teutoburg Forest. Sixteen centuries later, the Thirty Years' War devastated central Europe. " +
      'It began with the defenestration of Prague on 23 May 1618 and ended with the Peace of Westphalia in 1648. In the 17th century armies lived ' +
      'off the land, and in the 1630s whole regions lost a third of their people. Sweden entered the war in the summer of 1630; two years later its ' +
      'king was killed at Lützen.',
    expect: [
      'AD 9 → DATE 0009',
      'Sixteen centuries later → DATE 16',
      '23 May 1618 → DATE 1618-05-23',
      '1648 → DATE 1648',
      'the 17th century → DATE 16',
      'the 1630s → DATE 163',
      'the summer of 1630 → DATE 1630-SU',
      'two years later → DATE 1632',
    ],
  },
  {
    topic: 'Spanish Civil War',
    text:
      'The Spanish Civil War started with a military uprising on 17 July 1936. Within weeks the country was split in two. Madrid held out through ' +
      'the autumn, and on Sunday the government moved to Valencia. That year foreign volunteers began to arrive. On 26 April 1937 Guernica was ' +
      'bombed on a market day. The Ebro offensive of July 1938 was the longest battle of the war, lasting nearly four months. Barcelona fell in ' +
      'January 1939 and Madrid surrendered on 28 March 1939, ending almost three years of fighting.',
    expect: [
      '17 July 1936 → DATE 1936-07-17',
      'weeks → DURATION PXW',
      'the autumn → DATE 1936-FA',
      'Sunday → DATE XXXX-WXX-7',
      'That year → DATE 1936',
      '26 April 1937 → DATE 1937-04-26',
      'July 1938 → DATE 1938-07',
      'nearly four months → DURATION P4M LESS_THAN',
      'January 1939 → DATE 1939-01',
      '28 March 1939 → DATE 1939-03-28',
      'almost three years → DURATION P3Y LESS_THAN',
    ],
  },
  {
    topic: 'Falklands and Six-Day wars',
    text:
      'Argentine forces landed on the Falkland Islands on 2 April 1982. A British task force sailed three days later and reached the islands in ' +
      'late April. The fighting on land lasted about three weeks, and the garrison at Stanley surrendered on 14 June. Fifteen years earlier, the ' +
      'Six-Day War of June 1967 had redrawn the map of the Middle East. It began on the morning of 5 June, and by 10 June a ceasefire was in force.',
    expect: [
      '2 April 1982 → DATE 1982-04-02',
      'three days later → DATE 1982-04-05',
      'late April → DATE 1982-04 END',
      'about three weeks → DURATION P3W APPROX',
      '14 June → DATE 1982-06-14',
      'Fifteen years earlier → DATE 1967',
      'June 1967 → DATE 1967-06',
      'the morning of 5 June → TIME 1967-06-05TMO',
      '10 June → DATE 1967-06-10',
    ],
  },
  {
    topic: "Mongol invasions and the Hundred Years' War",
    text:
      'The Mongol invasions of the 13th century reached from Korea to Hungary. In 1241 the Mongols won at Liegnitz, but in the spring of 1242 they ' +
      "turned back after news of the Great Khan's death. A century later, England and France began a conflict that would last for one hundred " +
      'and sixteen years. In the first half of the 15th century Joan of Arc lifted the siege of Orléans in May 1429; two years later she was burned ' +
      'at Rouen. By the 1450s the English held only Calais.',
    expect: [
      'the 13th century → DATE 12',
      '1241 → DATE 1241',
      'the spring of 1242 → DATE 1242-SP',
      'A century later → DATE 13',
      'one hundred and sixteen years → DURATION P116Y',
      'the first half of the 15th century → DATE 14 START',
      'May 1429 → DATE 1429-05',
      'two years later → DATE 1431',
      'the 1450s → DATE 145',
    ],
  },
  {
    topic: 'Second Boer War',
    text:
      'The Second Boer War broke out on 11 October 1899. At first the British garrisons at Ladysmith and Mafeking were besieged; Mafeking held out ' +
      'for 217 days. The relief came in May 1900, and by September of that year Pretoria had fallen. Guerrilla fighting went on for almost two ' +
      'years. The Treaty of Vereeniging was signed on the night of 31 May 1902. Six decades later, in the 1960s, historians were still arguing ' +
      'about the camps.',
    expect: [
      '11 October 1899 → DATE 1899-10-11',
      '217 days → DURATION P217D',
      'May 1900 → DATE 1900-05',
      'September of that year → DATE 1900-09',
      'almost two years → DURATION P2Y LESS_THAN',
      'the night of 31 May 1902 → TIME 1902-05-31TNI',
      'Six decades later → DATE 196',
      'the 1960s → DATE 196',
    ],
  },
];
