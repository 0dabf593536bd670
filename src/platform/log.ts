import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path; never log a request body,
 * a token or a password in the first place.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: 'steward' },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'setupToken',
        'link',
        '*.link',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * A request path or URL as it may be logged: invitation and reset links carry their token in the path
 * (`/invite/<token>`, `/reset/<token>`, `/api/v1/auth/invitations/<token>`), and anyone who can read the log
 * could use them. Also blanks every `newSecret` token (`<kind>_<43 chars>`) wherever it appears and
 * `token=`-like query parameters.
 */
export function redactPath(path: string): string {
  return path
    .replace(TOKEN_SEGMENT, (_, before: string) => `${before}[redacted]`)
    .replace(SECRET, (_, kind: string) => `${kind}_[redacted]`)
    .replace(TOKEN_QUERY, (_, name: string) => `${name}[redacted]`);
}

const TOKEN_SEGMENT = /(\/(?:invite|reset|auth\/invitations)\/)(?!accept(?:$|[/?#]))[^/?#]+/gi;
const SECRET = /\b([a-z]{2,12})_[A-Za-z0-9_-]{40,}/g;
const TOKEN_QUERY = /([?&;](?:[\w-]*token|key|secret|code|password)=)[^&#;]*/gi;

export type { Logger };
