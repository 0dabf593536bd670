import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path; never log a request body,
 * a token or a password in the first place.
 */
export function createLogger(level: string): Logger {
  return pino({
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
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
