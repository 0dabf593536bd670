// Short names for the types generated from the server's OpenAPI document (schema.gen.ts, `npm run gen:api`).
// The web never restates a response shape by hand: it names the generated one, so a change on the server is a
// type error here rather than a silent mismatch (web/README.md, test/web/web-response-types.test.ts).
import type { components, paths } from './schema.gen';

/** A named schema of the document, e.g. `Schema<'Invoice'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON body of an operation's success answer (200, else 201), e.g. `ApiResponse<'/sales/invoices/{id}', 'get'>`. */
export type ApiResponse<P extends keyof paths, M extends HttpMethod = 'get'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;

/** The element type of a list answer (`{ items: T[] }`). */
export type ApiItem<P extends keyof paths, M extends HttpMethod = 'get'> =
  ApiResponse<P, M> extends {
    items: (infer T)[];
  }
    ? T
    : never;
