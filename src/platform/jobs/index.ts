import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { newId } from '../../kernel/ids.ts';
import { decodeCursor, encodeCursor, type Page } from '../../kernel/pagination.ts';
import type { Database, Sql } from '../db/index.ts';

/**
 * Background jobs: pg-boss (on the same PostgreSQL) moves the work; `job_runs` is what users see — status,
 * progress and result per job, per company. The server runs a worker in-process unless STEWARD_WORKER=false;
 * `steward worker` runs one on its own. Handlers report progress through `ctx.progress`.
 */
export interface JobContext {
  db: Database;
  log: Logger;
  jobId: string;
  companyId: string | null;
  progress(fraction: number, message?: string): Promise<void>;
}

export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<unknown>;

const handlers = new Map<string, JobHandler>();

export function registerJob(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/** Periodic jobs (enqueued without a company: the handler walks every company). */
const schedules = new Map<string, number>();

export function scheduleJob(kind: string, everySeconds: number): void {
  schedules.set(kind, everySeconds);
}

const SCHEDULER_TICK_MS = 30_000;

/**
 * Enqueues the periodic jobs that are due. A schedule's first run comes one interval after it is first seen,
 * and a due run is claimed with a conditional UPDATE, so any number of workers run each occurrence once.
 */
export async function runDueSchedules(db: Database, enqueue: Jobs['enqueue']): Promise<string[]> {
  const started: string[] = [];
  for (const [kind, every] of schedules) {
    await db.query(
      `INSERT INTO job_schedules (kind, every_seconds) VALUES ($1, $2)
       ON CONFLICT (kind) DO UPDATE SET every_seconds = excluded.every_seconds`,
      [kind, every],
    );
    const due = await db.query(
      `UPDATE job_schedules SET last_run_at = now()
        WHERE kind = $1 AND last_run_at <= now() - make_interval(secs => every_seconds) RETURNING kind`,
      [kind],
    );
    if (due.rowCount) {
      await enqueue({ companyId: null, kind });
      started.push(kind);
    }
  }
  return started;
}

const queueName = (kind: string) => `steward.${kind}`;
const JOBS_SETUP_LOCK = 7_301_447_003;

export interface Jobs {
  /**
   * Records the job (`job_runs`) and queues it (`pgboss.job`) on `sql`: given the caller's transaction, both
   * inserts commit or roll back with the caller's writes, so a committed change never lacks its job and a
   * rolled-back one never runs one. Without it, on the pool (scheduler ticks).
   */
  enqueue(
    input: {
      companyId: string | null;
      kind: string;
      payload?: Record<string, unknown>;
      createdBy?: string | null;
    },
    sql?: Sql,
  ): Promise<string>;
  stop(): Promise<void>;
}

export async function startJobs(db: Database, log: Logger, opts: { work: boolean }): Promise<Jobs> {
  const boss = new PgBoss({
    connectionString: db.url,
    schema: 'pgboss',
    max: 3,
    supervise: opts.work,
    schedule: false,
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  // Several processes starting at once (app nodes, workers) would race pg-boss's schema and queue creation into
  // deadlocks: one process at a time sets the queue up.
  const setup = await db.pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock($1)', [JOBS_SETUP_LOCK]);
    await boss.start();
    for (const kind of handlers.keys()) await boss.createQueue(queueName(kind));
  } finally {
    await setup.query('SELECT pg_advisory_unlock($1)', [JOBS_SETUP_LOCK]).catch(() => {});
    setup.release();
  }
  if (opts.work) {
    for (const [kind, handler] of handlers) {
      await boss.work<{ jobId: string }>(queueName(kind), { batchSize: 1 }, async ([job]) => {
        if (job) await runJob(db, log, job.data.jobId, handler);
      });
    }
  }
  const jobs: Jobs = {
    async enqueue(input, sql = db) {
      if (!handlers.has(input.kind)) throw new Error(`no job handler for ${input.kind}`);
      const id = newId('job');
      await sql.query(
        'INSERT INTO job_runs (company_id, id, kind, payload, created_by) VALUES ($1, $2, $3, $4, $5)',
        [input.companyId, id, input.kind, JSON.stringify(input.payload ?? {}), input.createdBy ?? null],
      );
      // pg-boss's `db` option: its insert into pgboss.job runs on our connection, inside our transaction.
      await boss.send(
        queueName(input.kind),
        { jobId: id },
        { db: { executeSql: (text, values) => sql.query(text, values) } },
      );
      return id;
    },
    async stop() {
      if (timer) clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
  let timer: NodeJS.Timeout | null = null;
  if (opts.work && schedules.size) {
    const tick = () =>
      void runDueSchedules(db, (input) => jobs.enqueue(input)).catch((err) =>
        log.error({ err }, 'job scheduler'),
      );
    timer = setInterval(tick, SCHEDULER_TICK_MS);
    timer.unref();
    tick();
  }
  return jobs;
}

async function runJob(db: Database, log: Logger, jobId: string, handler: JobHandler): Promise<void> {
  const claimed = await db.query<{ company_id: string | null; payload: Record<string, unknown> }>(
    `UPDATE job_runs SET status = 'running', started_at = now() WHERE id = $1 AND status = 'queued' RETURNING company_id, payload`,
    [jobId],
  );
  const row = claimed.rows[0];
  if (!row) return; // already run (a retry after a crash) or unknown
  const ctx: JobContext = {
    db,
    log: log.child({ jobId }),
    jobId,
    companyId: row.company_id,
    progress: async (fraction, message) => {
      await db.query('UPDATE job_runs SET progress = $2, message = COALESCE($3, message) WHERE id = $1', [
        jobId,
        Math.max(0, Math.min(1, fraction)).toFixed(4),
        message ?? null,
      ]);
    },
  };
  try {
    const result = await handler(row.payload, ctx);
    await db.query(
      `UPDATE job_runs SET status = 'done', progress = 1, result = $2, finished_at = now() WHERE id = $1`,
      [jobId, JSON.stringify(result ?? null)],
    );
  } catch (err) {
    ctx.log.error({ err }, 'job failed');
    await db.query(`UPDATE job_runs SET status = 'failed', message = $2, finished_at = now() WHERE id = $1`, [
      jobId,
      String((err as Error).message ?? err),
    ]);
  }
}

export interface JobRow {
  id: string;
  kind: string;
  status: string;
  progress: number;
  message: string | null;
  createdAt: string;
  finishedAt: string | null;
  result: unknown;
}

const JOB_SELECT = `SELECT id, kind, status, progress::float8 AS progress, message, created_at AS "createdAt",
  finished_at AS "finishedAt", result FROM job_runs`;

function toJobRow(r: JobRow): JobRow {
  return {
    ...r,
    createdAt: new Date(r.createdAt).toISOString(),
    finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
  };
}

export async function listJobs(
  sql: Sql,
  companyId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<JobRow>> {
  const params: unknown[] = [companyId];
  let where = 'company_id = $1';
  if (page.cursor) {
    const [id] = decodeCursor(page.cursor);
    params.push(id);
    where += ` AND id < $${params.length}`;
  }
  params.push(page.limit + 1);
  const rows = (
    await sql.query<JobRow>(`${JOB_SELECT} WHERE ${where} ORDER BY id DESC LIMIT $${params.length}`, params)
  ).rows.map(toJobRow);
  const items = rows.slice(0, page.limit);
  return { items, nextCursor: rows.length > page.limit ? encodeCursor([items[items.length - 1]?.id]) : null };
}

export async function getJob(sql: Sql, companyId: string, id: string): Promise<JobRow | null> {
  const r = await sql.query<JobRow>(`${JOB_SELECT} WHERE company_id = $1 AND id = $2`, [companyId, id]);
  return r.rows[0] ? toJobRow(r.rows[0]) : null;
}
