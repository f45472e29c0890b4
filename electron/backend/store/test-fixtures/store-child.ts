// Child process used by store.test.ts: a second writer, a lock holder, or a writer to kill mid-write.
import { z } from 'zod';
import { Store } from '../store';

const [mode, dataDir] = process.argv.slice(2);
if (!mode || !dataDir) throw new Error('usage: store-child <write-loop|hold|try-open> <dataDir>');

const counterSchema = z.object({ n: z.int(), pad: z.string() });

async function main(): Promise<void> {
  if (mode === 'try-open') {
    try {
      const store = await Store.open({ dataDir: dataDir! });
      await store.close();
      console.log('opened');
    } catch (error) {
      console.log(`${error instanceof Error ? error.name : 'Error'}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return;
  }
  // As the hosts do: a lost lock stops the process, with the store's sentence on stderr.
  const store = await Store.open({
    dataDir: dataDir!,
    onLockLost: (message) => {
      console.error(message);
      process.exit(3);
    },
  });
  if (mode === 'hold') {
    console.log('holding');
    setInterval(() => undefined, 1000);
    return;
  }
  // Big enough that a write takes a while, so a kill is likely to land inside one.
  const pad = 'x'.repeat(512 * 1024);
  const doc = await store.doc({ name: 'counter', schema: counterSchema, version: 1, defaults: () => ({ n: 0, pad }) });
  for (;;) {
    const next = await doc.update((d) => ({ n: d.n + 1, pad: d.pad }));
    process.stdout.write(`${next.n}\n`);
  }
}

void main();
