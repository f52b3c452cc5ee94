import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Mailer, toRfc5322 } from './mailer.ts';

/**
 * The local stand-in for SES: each email becomes `<id>.eml` in `dir` (e.g. `.data/outbox`), which any mail
 * client opens. Written to a temporary file renamed into place; the same email twice is the same file.
 */
export function outboxMailer(dir: string): Mailer & { dir: string } {
  return {
    dir,
    async send(message) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${message.id.replace(/[^\w.-]/g, '_')}.eml`);
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, toRfc5322(message), 'utf8');
      await rename(temporary, path);
    },
  };
}
