import type { ServiceContext } from '../context.ts';
import type { Tx } from '../db/index.ts';

/**
 * The maker-checker hook at the service choke point. A module's service asks `requestApproval` inside its
 * transaction before it commits an action that a policy may cover (`ledger.post`, `purchasing.bill.approve`,
 * …). The supervision module installs the gate that evaluates policies; until it does, every action proceeds.
 * When a request is finally approved, the engine runs the action's registered executor, with
 * `ctx.approvalRequestId` set so the gate lets exactly that action through.
 */
export interface ApprovalSubject {
  action: string;
  entityType: string;
  entityId: string;
  /** One line for inboxes and e-mails: "Journal entry 2026-03-01 Rent, 25,000.00 USD". */
  summary: string;
  /** Facts the policy conditions read (amount in major units as a decimal string, currency, account codes, …). */
  data: Record<string, unknown>;
  departmentId?: string | null;
}

export type GateDecision = { kind: 'proceed' } | { kind: 'pending'; requestId: string };

export type ApprovalGate = (tx: Tx, ctx: ApprovalContext, subject: ApprovalSubject) => Promise<GateDecision>;

export interface ApprovalContext extends ServiceContext {
  /** Set by the approval engine when it executes an approved request. */
  approvalRequestId?: string | null;
}

export type ApprovalExecutor = (tx: Tx, ctx: ApprovalContext, subject: ApprovalSubject) => Promise<void>;

/** Whether any policy could hold `action` in the company: lets bulk paths skip asking entry by entry. */
export type ApprovalCoverage = (tx: Tx, companyId: string, action: string) => Promise<boolean>;

let gate: ApprovalGate = async () => ({ kind: 'proceed' });
let coverage: ApprovalCoverage = async () => false;
const executors = new Map<string, ApprovalExecutor>();

/**
 * Returns a function that puts back the gate it replaced: a test that swaps the gate must restore the composed
 * one, since test files share a worker's module graph (the fast tier runs them without isolation).
 */
export function setApprovalGate(next: ApprovalGate, covers?: ApprovalCoverage): () => void {
  const previous = { gate, coverage };
  gate = next;
  coverage = covers ?? (async () => true);
  return () => {
    gate = previous.gate;
    coverage = previous.coverage;
  };
}

/**
 * False when no policy can apply to `action` in this company, so a batch of NEW records (nothing pending yet)
 * need not be asked about one by one. Records that may already wait for approval are always asked.
 */
export function actionMayNeedApproval(tx: Tx, companyId: string, action: string): Promise<boolean> {
  return coverage(tx, companyId, action);
}

export function requestApproval(
  tx: Tx,
  ctx: ApprovalContext,
  subject: ApprovalSubject,
): Promise<GateDecision> {
  return gate(tx, ctx, subject);
}

export function registerApprovalExecutor(action: string, executor: ApprovalExecutor): void {
  executors.set(action, executor);
}

export function approvalExecutor(action: string): ApprovalExecutor | undefined {
  return executors.get(action);
}

/** Actions that can need approval, for the policy editor: registered by the modules that own them. */
const actions = new Map<string, string>();

export function registerApprovalAction(action: string, description: string): void {
  actions.set(action, description);
}

export function approvalActions(): { action: string; description: string }[] {
  return [...actions.entries()]
    .map(([action, description]) => ({ action, description }))
    .sort((a, b) => a.action.localeCompare(b.action));
}

export {
  describeEach,
  describeSubjects,
  registerSubjectDescriber,
  type SubjectAnswer,
  type SubjectDescriber,
  type SubjectLine,
  type SubjectSummary,
} from './subjects.ts';
