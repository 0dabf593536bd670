import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { body, ctxOf, IdParam, json, jsonOut } from '../../platform/http/helpers.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../platform/http/types.ts';
import {
  AgingQuery,
  AgingReport,
  CashForecast,
  CustomerStatement,
  DunningInput,
  DunningProposal,
  DunningQuery,
  DunningSent,
  ForecastQuery,
  QueuedMail,
  StatementEmailInput,
  StatementQuery,
} from './contract.ts';
import { RECEIVABLES_ACCESS } from './permissions.ts';
import { agingCsv, agingReport, cashForecast, parseBoundaries, type Side } from './service/aging.ts';
import {
  customerStatement,
  dunningProposal,
  emailStatement,
  parseLevels,
  sendDunning,
  statementPdf,
} from './service/statements.ts';

/**
 * Receivables and payables reports (aging, forecast), customer statements and dunning. AR and statements
 * need sales.read (sending: sales.manage); AP aging needs purchasing.read.
 */
export function registerReceivablesRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['receivables and payables'];
  const sides: { side: Side; perm: string }[] = [
    { side: 'ar', perm: RECEIVABLES_ACCESS.arRead },
    { side: 'ap', perm: RECEIVABLES_ACCESS.apRead },
  ];
  for (const { side, perm } of sides) {
    defineRoute(
      app,
      deps,
      {
        method: 'get',
        path: `/reports/${side}-aging`,
        permission: perm,
        tags,
        summary: `${side === 'ar' ? 'Receivables' : 'Payables'} aging as of a date; buckets=30,60,90; ?format=csv (party,currency,current,1-30,…,total)`,
        request: { query: AgingQuery },
        responses: {
          ...json(AgingReport),
          200: {
            description: 'The aging report (JSON), or its CSV with ?format=csv',
            content: {
              'application/json': { schema: AgingReport },
              'text/csv': { schema: z.string() },
            },
          },
        },
      },
      async (c) => {
        const q = c.req.valid('query');
        const report = await agingReport(db, ctxOf(c).companyId, {
          side,
          asOf: q.asOf,
          boundaries: parseBoundaries(q.buckets),
          ...(q.partyId ? { partyId: q.partyId } : {}),
          ...(q.currency ? { currency: q.currency.toUpperCase() } : {}),
        });
        if (q.format === 'csv')
          return c.body(agingCsv(report), 200, {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${side}-aging-${q.asOf}.csv"`,
          }) as never;
        return c.json(jsonOut(report), 200);
      },
    );
  }

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/reports/cash-forecast',
      permission: RECEIVABLES_ACCESS.arRead,
      tags,
      summary: 'Expected cash by week from open receivables (in) and payables (out), one currency',
      request: { query: ForecastQuery },
      responses: json(CashForecast),
    },
    async (c) => {
      const q = c.req.valid('query');
      return c.json(jsonOut(await cashForecast(db, ctxOf(c).companyId, q)), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/parties/{id}/statement',
      permission: RECEIVABLES_ACCESS.arRead,
      tags,
      summary:
        "A customer's open-item statement as of a date; ?format=pdf for the PDF in the customer's language",
      request: { params: IdParam(), query: StatementQuery },
      responses: {
        ...json(CustomerStatement),
        // One 200, two media types: the JSON statement, or with ?format=pdf the PDF a customer is sent.
        200: {
          description: 'The statement (JSON), or its PDF with ?format=pdf',
          content: {
            'application/json': { schema: CustomerStatement },
            'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const s = await customerStatement(db, ctxOf(c).companyId, { partyId: id, asOf: q.asOf });
      if (q.format === 'pdf') {
        const pdf = await statementPdf(s);
        return c.body(new Uint8Array(pdf), 200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="statement-${s.party.code}-${s.asOf}.pdf"`,
        }) as never;
      }
      return c.json(jsonOut(s), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/parties/{id}/statement/email',
      permission: RECEIVABLES_ACCESS.send,
      tags,
      summary: 'E-mail the statement to the customer (through the outbox; recorded in the audit trail)',
      request: { params: IdParam(), body: body(StatementEmailInput) },
      responses: json(QueuedMail),
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const { asOf } = c.req.valid('json');
      return c.json(await db.tx((tx) => emailStatement(tx, ctxOf(c), { partyId: id, asOf })), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/dunning/proposal',
      permission: RECEIVABLES_ACCESS.arRead,
      tags,
      summary:
        'Overdue customers as of a date with their dunning level and letter (writes nothing); levels=1,15:10.00,30:25.00',
      request: { query: DunningQuery },
      responses: json(DunningProposal),
    },
    async (c) => {
      const q = c.req.valid('query');
      const levels = parseLevels(q.levels);
      return c.json(
        jsonOut({
          items: await dunningProposal(db, ctxOf(c).companyId, {
            asOf: q.asOf,
            ...(levels ? { levels } : {}),
          }),
        }),
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/dunning/send',
      permission: RECEIVABLES_ACCESS.send,
      tags,
      summary:
        'Send the dunning letters (all overdue customers, or partyIds) by e-mail; audited per customer',
      request: { body: body(DunningInput) },
      responses: json(DunningSent),
    },
    async (c) => {
      const input = c.req.valid('json');
      return c.json(await db.tx((tx) => sendDunning(tx, ctxOf(c), input)), 200);
    },
  );
}
