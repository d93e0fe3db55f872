// Child process of the crash test: saves synthetic articles [from, to) into the SQLite file given,
// printing one line per article, until it is killed.
import { openStore } from '../index.ts';
import { syntheticArticle } from './synthetic.ts';

const [dbPath, from, to] = process.argv.slice(2);
const store = await openStore({ dbPath, databaseUrl: '' });
for (let n = Number(from); n < Number(to); n++) {
  const result = await store.saveArticle(syntheticArticle(n));
  process.stdout.write(`${n} ${result.status}\n`);
}
await store.close();
