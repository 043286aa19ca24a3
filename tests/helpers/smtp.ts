import { SMTPServer } from 'smtp-server';
import { waitFor } from './wait';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** Header names lower-cased, folded lines joined. */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
}

const unfold = (block: string) => {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
};

const decode = (body: string, encoding = '') => {
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return Buffer.from(body, 'latin1').toString('utf8');
};

const split = (raw: string) => {
  const at = raw.indexOf('\r\n\r\n');
  return { headers: unfold(raw.slice(0, at)), body: raw.slice(at + 4) };
};

/** Enough MIME for what nodemailer sends: a text part and an HTML part, maybe in multipart/alternative. */
const parse = (raw: string, envelope: { from: string; to: string[] }): ReceivedMail => {
  const { headers, body } = split(raw);
  const parts: Record<string, string> = {};
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1, -1)) {
      const part = split(chunk.replace(/^\r\n/, ''));
      const type = (part.headers['content-type'] ?? 'text/plain').split(';')[0].trim();
      parts[type] = decode(part.body.replace(/\r\n$/, ''), part.headers['content-transfer-encoding']);
    }
  } else {
    parts[(headers['content-type'] ?? 'text/plain').split(';')[0].trim()] = decode(body, headers['content-transfer-encoding']);
  }
  const subject = headers.subject?.startsWith('=?') ? decodeWords(headers.subject) : (headers.subject ?? '');
  return { ...envelope, headers, subject, text: (parts['text/plain'] ?? '').replace(/\r\n/g, '\n'), html: parts['text/html'] ?? '' };
};

/** RFC 2047 encoded words, as nodemailer writes a non-ASCII subject. */
const decodeWords = (value: string) =>
  value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decode(text.replace(/_/g, ' '), 'quoted-printable')
  );

export interface TestSmtpServer {
  port: number;
  messages: ReceivedMail[];
  /** Messages received but not yet answered (`holding`): their senders wait on them. */
  held(): number;
  /** Answers the held messages and every later one at once. */
  release(): void;
  /** Resolves with the first `count` messages that `match` once they arrived; rejects after `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, options?: { count?: number; timeoutMs?: number }): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server in this process (no TLS, no auth) that keeps every message it receives.
 * `holding`: each message is kept unanswered (its sender waits, as on a slow relay) until `release`.
 */
export const startSmtpServer = async (port = 0, { holding = false } = {}): Promise<TestSmtpServer> => {
  const messages: ReceivedMail[] = [];
  const waiting: Array<() => void> = [];
  let holds = holding;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const accept = () => {
          messages.push(
            parse(Buffer.concat(chunks).toString('latin1'), {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            })
          );
          callback();
        };
        if (holds) waiting.push(accept);
        else accept();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    messages,
    held: () => waiting.length,
    release() {
      holds = false;
      for (const accept of waiting.splice(0)) accept();
    },
    waitFor: (match, { count = 1, timeoutMs = 15_000 } = {}) =>
      waitFor(
        () => {
          const found = messages.filter(match);
          return found.length >= count && found.slice(0, count);
        },
        timeoutMs,
        `${count} matching email(s) (of ${messages.length} received so far)`
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
