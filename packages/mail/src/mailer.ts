/** One email, as the matcher or the scheduler composes it; adapters turn it into bytes (`toRfc5322`) and send or file them. */
export interface MailMessage {
  /** Stable per email (e.g. the push id): the same email sent twice has the same id, file name and Message-ID. */
  id: string;
  from: string;
  to: string;
  subject: string;
  /** Plain text, UTF-8, lines separated by `\n`. */
  text: string;
  date: Date;
  /** Extra headers, e.g. `List-Unsubscribe`. ASCII values only. */
  headers?: Record<string, string>;
}

/** Sends email: SES in AWS, `.eml` files in a local outbox. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

const CRLF = '\r\n';

/** RFC 2047 encoded words (UTF-8, base64), split on character boundaries so each stays within 75 characters. */
export function encodeHeaderWord(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** `Name <address>` with the name encoded when it is not ASCII; a bare address stays as it is. */
function mailbox(value: string): string {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  if (!match?.[1]) return value.trim();
  return `${encodeHeaderWord(match[1])} <${match[2]}>`;
}

/** Base64 in lines of 76 characters, as MIME asks. */
function base64Lines(text: string): string {
  const encoded = Buffer.from(text.replace(/\r?\n/g, CRLF), 'utf8').toString('base64');
  return (encoded.match(/.{1,76}/g) ?? []).join(CRLF);
}

/** The message as an RFC 5322 / MIME document (CRLF lines, UTF-8 text in base64): what SES and `.eml` files take. */
export function toRfc5322(message: MailMessage, domain = 'openlicense.local'): string {
  const headers: Array<[string, string]> = [
    ['From', mailbox(message.from)],
    ['To', mailbox(message.to)],
    ['Subject', encodeHeaderWord(message.subject)],
    ['Date', message.date.toUTCString().replace('GMT', '+0000')],
    ['Message-ID', `<${message.id}@${domain}>`],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=UTF-8'],
    ['Content-Transfer-Encoding', 'base64'],
    ...Object.entries(message.headers ?? {}),
  ];
  return `${headers.map(([name, value]) => `${name}: ${value}`).join(CRLF)}${CRLF}${CRLF}${base64Lines(message.text)}${CRLF}`;
}
