import { describe, expect, it } from 'vitest';
import { describeError } from './errors.ts';

describe('describeError: every top-level CLI error is a sentence', () => {
  it('names a refused connection by host and port, also inside an AggregateError', () => {
    const refused = Object.assign(new Error(''), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 5499 });
    expect(describeError(new AggregateError([refused], ''))).toMatch(
      /^Cannot reach PostgreSQL at 127\.0\.0\.1:5499 \(connection refused\)/,
    );
  });

  it('never prints undefined or an empty message', () => {
    for (const thrown of [undefined, null, '', {}, new Error(''), { code: 'EACCES' }]) {
      const text = describeError(thrown);
      expect(text).not.toMatch(/undefined|^\s*$/);
      expect(text).toMatch(/\.$/);
    }
    expect(describeError({ code: 'EACCES' })).toBe(
      'failed with EACCES; run with LOG_LEVEL=debug for details.',
    );
  });
});
