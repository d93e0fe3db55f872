/**
 * English stop words for search, in folded form (`ё` → `е`): function words too common to help a
 * search. Kept short on purpose: a word dropped here can never be found.
 */
const WORDS = `a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up
    with within without about above after against along among around before behind below beneath beside
    between beyond during except inside near per since through throughout toward towards under until upon
    via is am are was were be been being has have had having do does did doing will would shall should can
    could may might must it its it's itself this that these those there here i me my mine we us our ours you
    your yours he him his she her hers they them their theirs who whom whose which what when where why how
    not no all any both each few more most other some such only own same too very just also s t`;

export const stopWords: readonly string[] = WORDS.split(/\s+/).filter(Boolean);
