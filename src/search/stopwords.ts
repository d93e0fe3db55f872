import type { Language } from '../analyze/types.ts';

/**
 * Words too common to help a search, per language, in folded form (`ё` → `е`). Kept short on
 * purpose: a word dropped here can never be found, so only function words belong.
 */
const words: Record<Language, string> = {
  en: `a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up
    with within without about above after against along among around before behind below beneath beside
    between beyond during except inside near per since through throughout toward towards under until upon
    via is am are was were be been being has have had having do does did doing will would shall should can
    could may might must it its it's itself this that these those there here i me my mine we us our ours you
    your yours he him his she her hers they them their theirs who whom whose which what when where why how
    not no all any both each few more most other some such only own same too very just also s t`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
    вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь
    опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам
    чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь
    этом почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец об другой
    хоть после над больше тот через эти нас про всего них какая много разве эту моя впрочем хорошо
    свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это также который
    которая которые которого которой которых котором которым является были являются г гг`,
  kk: `және мен бен пен да де та те ма ме ба бе па пе ал бұл осы сол ол олар оның оны оған одан онда біз
    біздің сіз сен бір үшін туралы бойынша арқылы сияқты ретінде деп деген еді екен ғана қана ғой тек әрі
    немесе бірақ алайда яғни әр барлық өз өзі өзінің тағы сондай-ақ ж жж`,
};

const list = (s: string) => s.split(/\s+/).filter(Boolean);
// Russian function words in a Kazakh text come from quoted Russian; `он` is also Kazakh "ten".
const KAZAKH_WORDS_AMONG_RUSSIAN = new Set(['он']);

const sets: Record<Language, ReadonlySet<string>> = {
  en: new Set(list(words.en)),
  ru: new Set(list(words.ru)),
  kk: new Set([...list(words.kk), ...list(words.ru).filter((w) => !KAZAKH_WORDS_AMONG_RUSSIAN.has(w))]),
};

/** True when the folded word is a stop word of the language. @example isStopWord('the', 'en') // true */
export function isStopWord(folded: string, lang: Language): boolean {
  return sets[lang].has(folded);
}
