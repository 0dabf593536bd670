/**
 * The reconciliation engine: pure, no I/O. Given unreconciled statement lines and open items (invoices, bills,
 * credit notes, payments, ledger lines — gathered by src/flows/record-to-report/reconcile.ts), it proposes matches, each with
 * the rule that made it, the fields that agreed and a score. Items are indexed by hash (expected amount,
 * reference tokens, party), so the work grows with lines × candidates-per-key, never lines × items.
 *
 * Rules, strongest first (a line and an item take part in one proposal at most):
 *   reference_amount   the line names the item (number or payment reference) and pays exactly what is open
 *   reference_many     the line names several items of one sign and pays exactly their sum (one line → many)
 *   reference_lines    several lines name the same item and together pay exactly what is open (many → one)
 *   amount_party       exact amount, counterparty recognised (IBAN of a known party, or the name), in the window
 *   party_many         exact sum of some open items of the recognised party (oldest first, or a pair)
 *   reference_partial  the line names the item and pays part of it (a partial payment; the rest stays open)
 *   amount_date        exact amount and the only candidate in the date window (weakest; review it)
 */

export type ItemKind = 'invoice' | 'credit_note' | 'bill' | 'vendor_credit' | 'payment' | 'ledger_line';

/**
 * An item as server text (CLI, messages, entry descriptions): "invoice 2026-00001 — Acme". Stored and sent
 * labels leave the kind out ("2026-00001 — Acme") so the web UI can name the kind in the reader's language.
 */
export function describeItem(item: { kind: string; label: string }): string {
  const word: Record<string, string> = {
    invoice: 'invoice',
    credit_note: 'credit note',
    bill: 'bill',
    vendor_credit: 'vendor credit',
    payment: 'payment',
    ledger_line: 'entry',
  };
  return `${word[item.kind] ?? item.kind.replace('_', ' ')} ${item.label}`;
}

export interface MatchLine {
  id: string;
  bookingDate: string;
  /** Signed: money in positive. */
  amountMinor: bigint;
  reference: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  remittance: string | null;
  /** Parties whose bank account is the counterparty IBAN (parties.findPartyByIban), resolved by the flow. */
  partyIds?: readonly string[];
}

export interface MatchItem {
  kind: ItemKind;
  id: string;
  /** Document or payment number shown to people, also matched as a reference. */
  number: string | null;
  paymentReference: string | null;
  partyId: string | null;
  partyName: string | null;
  /** The day the money is expected around: due date (else issue date), payment date, entry date. */
  date: string;
  /** What the bank should show, signed (an open invoice +, an open bill −, a customer refund −). */
  expectedMinor: bigint;
}

export interface MatchReason {
  field: 'amount' | 'reference' | 'counterparty_iban' | 'counterparty_name' | 'date' | 'sum';
  /** The reason in English (logs, CLI, audit). */
  detail: string;
  /** The same as a message key and values, for the web UI to say in the reader's language. */
  key?: string;
  data?: Record<string, string | number>;
}

export interface Proposal {
  rule: string;
  score: number;
  lineIds: string[];
  items: { kind: ItemKind; id: string; amountMinor: bigint }[];
  reasons: MatchReason[];
  /** Lines total minus what the items take (non-zero only for partial payments). */
  differenceMinor: bigint;
}

export interface MatchOptions {
  /** Days either side of the item's date a line may fall (default 30). */
  dateWindowDays?: number | undefined;
  /** How reasons write an amount (default: minor units). */
  formatAmount?: ((minor: bigint) => string) | undefined;
}

/** The signed amount a bank line shows for an open item of this kind. */
export function expectedBankAmount(
  kind: 'invoice' | 'credit_note' | 'bill' | 'vendor_credit',
  openMinor: bigint,
): bigint {
  return kind === 'invoice' || kind === 'vendor_credit' ? openMinor : -openMinor;
}

const LEGAL =
  /\b(s\.?\s?r\.?\s?o|a\.?\s?s|spol|gmbh|ag|inc|ltd|llc|plc|sa|sl|s\.?a|s\.?l|bv|nv|co|corp|company|limited)\b\.?/g;

/** Lower case, no diacritics, no legal-form suffixes or punctuation: "Zákazník, a.s." → "zakaznik". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(LEGAL, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Reference tokens of a text: each word upper-cased without punctuation, plus its digits alone when ≥ 4. */
export function referenceTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  const whole = text.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (whole.length >= 3) out.add(whole);
  for (const word of text.split(/[\s,;:/]+/)) {
    const w = word.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    if (w.length >= 3) out.add(w);
    const digits = w.replace(/\D/g, '');
    if (digits.length >= 4) out.add(digits.replace(/^0+(?=\d{4})/, ''));
  }
  return [...out];
}

/** The keys an item is known by: its number and payment reference, and their digits alone. */
function itemKeys(item: MatchItem): string[] {
  const out = new Set<string>();
  for (const v of [item.number, item.paymentReference]) {
    if (!v) continue;
    const w = v.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    if (w.length >= 3) out.add(w);
    const digits = w.replace(/\D/g, '');
    if (digits.length >= 4) out.add(digits.replace(/^0+(?=\d{4})/, ''));
  }
  return [...out];
}

const dayNumber = (day: string) =>
  Math.floor(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000);

const abs = (x: bigint) => (x < 0n ? -x : x);

export function proposeMatches(
  lines: readonly MatchLine[],
  items: readonly MatchItem[],
  options: MatchOptions = {},
): Proposal[] {
  const window = options.dateWindowDays ?? 30;
  const money = options.formatAmount ?? ((m: bigint) => `${m} minor units`);
  const byAmount = new Map<bigint, number[]>();
  const byRef = new Map<string, number[]>();
  const byParty = new Map<string, number[]>();
  const itemDay = new Int32Array(items.length);
  const itemName: string[] = new Array(items.length);
  const push = (m: Map<string | bigint, number[]>, k: string | bigint, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  items.forEach((it, i) => {
    itemDay[i] = dayNumber(it.date);
    itemName[i] = it.partyName ? normaliseName(it.partyName) : '';
    push(byAmount as Map<string | bigint, number[]>, it.expectedMinor, i);
    for (const k of itemKeys(it)) push(byRef as Map<string | bigint, number[]>, k, i);
    if (it.partyId) push(byParty as Map<string | bigint, number[]>, it.partyId, i);
  });
  const usedItem = new Uint8Array(items.length);
  const usedLine = new Set<string>();
  const proposals: Proposal[] = [];

  interface Prepared {
    line: MatchLine;
    day: number;
    refs: number[];
    refTokens: Map<number, string>;
    name: string;
    parties: ReadonlySet<string>;
  }
  const prepared: Prepared[] = lines.map((line) => {
    const refTokens = new Map<number, string>();
    for (const t of [...referenceTokens(line.reference), ...referenceTokens(line.remittance)]) {
      for (const i of byRef.get(t) ?? []) if (!refTokens.has(i)) refTokens.set(i, t);
    }
    return {
      line,
      day: dayNumber(line.bookingDate),
      refs: [...refTokens.keys()],
      refTokens,
      name: line.counterpartyName ? normaliseName(line.counterpartyName) : '',
      parties: new Set(line.partyIds ?? []),
    };
  });

  const inWindow = (p: Prepared, i: number) => Math.abs(p.day - (itemDay[i] as number)) <= window;
  const sameSign = (a: bigint, b: bigint) => a < 0n === b < 0n && a !== 0n && b !== 0n;
  const party = (p: Prepared, i: number): MatchReason | null => {
    const it = items[i] as MatchItem;
    if (it.partyId && p.parties.has(it.partyId))
      return {
        field: 'counterparty_iban',
        detail: `${p.line.counterpartyIban} belongs to ${it.partyName ?? it.partyId}`,
        key: 'iban',
        data: { iban: p.line.counterpartyIban ?? '', party: it.partyName ?? it.partyId },
      };
    const n = itemName[i] as string;
    if (
      p.name &&
      n &&
      (p.name === n || (n.length >= 4 && p.name.includes(n)) || (p.name.length >= 4 && n.includes(p.name)))
    ) {
      return {
        field: 'counterparty_name',
        detail: `"${p.line.counterpartyName}" ~ "${it.partyName}"`,
        key: 'name',
        data: { line: p.line.counterpartyName ?? '', party: it.partyName ?? '' },
      };
    }
    return null;
  };
  const refReason = (p: Prepared, i: number): MatchReason => {
    const it = items[i] as MatchItem;
    const token = p.refTokens.get(i) ?? '';
    return {
      field: 'reference',
      detail: `${token} names ${it.kind} ${it.number ?? it.id}`,
      key: 'reference',
      data: { token, kind: it.kind, number: it.number ?? it.id },
    };
  };
  const amountReason = (amount: bigint): MatchReason => ({
    field: 'amount',
    detail: money(amount),
    key: 'amount',
    data: { amount: money(amount) },
  });
  const dateReason = (p: Prepared, i: number): MatchReason => ({
    field: 'date',
    detail: `${p.line.bookingDate} is ${Math.abs(p.day - (itemDay[i] as number))} days from ${(items[i] as MatchItem).date}`,
    key: 'date',
    data: { days: Math.abs(p.day - (itemDay[i] as number)), date: (items[i] as MatchItem).date },
  });
  const take = (
    p: Prepared[],
    idx: number[],
    rule: string,
    score: number,
    reasons: MatchReason[],
    amounts?: bigint[],
  ) => {
    for (const x of p) usedLine.add(x.line.id);
    for (const i of idx) usedItem[i] = 1;
    const lineTotal = p.reduce((a, x) => a + x.line.amountMinor, 0n);
    const its = idx.map((i, k) => ({
      kind: (items[i] as MatchItem).kind,
      id: (items[i] as MatchItem).id,
      amountMinor: amounts?.[k] ?? (items[i] as MatchItem).expectedMinor,
    }));
    proposals.push({
      rule,
      score,
      lineIds: p.map((x) => x.line.id),
      items: its,
      reasons,
      differenceMinor: lineTotal - its.reduce((a, x) => a + x.amountMinor, 0n),
    });
  };

  // 1. reference + exact amount
  for (const p of prepared) {
    const hit = p.refs.find(
      (i) => !usedItem[i] && (items[i] as MatchItem).expectedMinor === p.line.amountMinor,
    );
    if (hit === undefined) continue;
    const pr = party(p, hit);
    take([p], [hit], 'reference_amount', pr ? 100 : 97, [
      refReason(p, hit),
      amountReason(p.line.amountMinor),
      ...(pr ? [pr] : []),
    ]);
  }
  // 2. one line → several referenced items
  for (const p of prepared) {
    if (usedLine.has(p.line.id) || p.refs.length < 2) continue;
    const cand = p.refs.filter(
      (i) => !usedItem[i] && sameSign((items[i] as MatchItem).expectedMinor, p.line.amountMinor),
    );
    if (cand.length < 2) continue;
    const sum = cand.reduce((a, i) => a + (items[i] as MatchItem).expectedMinor, 0n);
    if (sum !== p.line.amountMinor) continue;
    take([p], cand, 'reference_many', 95, [
      ...cand.map((i) => refReason(p, i)),
      {
        field: 'sum',
        detail: `${cand.length} items add up to the line`,
        key: 'sumItems',
        data: { count: cand.length },
      },
    ]);
  }
  // 3. several lines → one referenced item
  const groups = new Map<number, Prepared[]>();
  for (const p of prepared) {
    if (usedLine.has(p.line.id)) continue;
    for (const i of p.refs) {
      if (usedItem[i] || !sameSign((items[i] as MatchItem).expectedMinor, p.line.amountMinor)) continue;
      if (abs(p.line.amountMinor) >= abs((items[i] as MatchItem).expectedMinor)) continue;
      const g = groups.get(i);
      if (g) g.push(p);
      else groups.set(i, [p]);
    }
  }
  for (const [i, g] of groups) {
    const free = g.filter((p) => !usedLine.has(p.line.id));
    if (free.length < 2 || usedItem[i]) continue;
    if (free.reduce((a, p) => a + p.line.amountMinor, 0n) !== (items[i] as MatchItem).expectedMinor) continue;
    take(free, [i], 'reference_lines', 90, [
      ...free.map((p) => refReason(p, i)),
      {
        field: 'sum',
        detail: `${free.length} lines add up to the item`,
        key: 'sumLines',
        data: { count: free.length },
      },
    ]);
  }
  // 4. exact amount + recognised counterparty, nearest date
  for (const p of prepared) {
    if (usedLine.has(p.line.id)) continue;
    let best = -1;
    let bestReason: MatchReason | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const i of byAmount.get(p.line.amountMinor) ?? []) {
      if (usedItem[i] || !inWindow(p, i)) continue;
      const pr = party(p, i);
      if (!pr) continue;
      const gap = Math.abs(p.day - (itemDay[i] as number));
      if (gap < bestGap || (gap === bestGap && pr.field === 'counterparty_iban')) {
        best = i;
        bestReason = pr;
        bestGap = gap;
      }
    }
    if (best < 0 || !bestReason) continue;
    take([p], [best], 'amount_party', bestReason.field === 'counterparty_iban' ? 90 : 85, [
      amountReason(p.line.amountMinor),
      bestReason,
      dateReason(p, best),
    ]);
  }
  // 5. sum of some open items of the recognised party: oldest first, or a pair
  for (const p of prepared) {
    if (usedLine.has(p.line.id)) continue;
    // Only a party recognised by its IBAN: a name alone is too weak to add items up for.
    for (const pid of p.parties) {
      const open = (byParty.get(pid) ?? [])
        .filter(
          (i) =>
            !usedItem[i] &&
            inWindow(p, i) &&
            sameSign((items[i] as MatchItem).expectedMinor, p.line.amountMinor),
        )
        .sort((a, b) => (itemDay[a] as number) - (itemDay[b] as number));
      if (open.length < 2) continue;
      let chosen: number[] | null = null;
      let run = 0n;
      for (let k = 0; k < open.length && !chosen; k++) {
        run += (items[open[k] as number] as MatchItem).expectedMinor;
        if (k > 0 && run === p.line.amountMinor) chosen = open.slice(0, k + 1);
      }
      if (!chosen) {
        const seen = new Map<bigint, number>();
        for (const i of open) {
          const want = p.line.amountMinor - (items[i] as MatchItem).expectedMinor;
          const j = seen.get(want);
          if (j !== undefined) {
            chosen = [j, i];
            break;
          }
          seen.set((items[i] as MatchItem).expectedMinor, i);
        }
      }
      if (!chosen) continue;
      take([p], chosen, 'party_many', 75, [
        {
          field: 'counterparty_iban',
          detail: `${p.line.counterpartyIban} belongs to ${(items[chosen[0] as number] as MatchItem).partyName ?? pid}`,
          key: 'iban',
          data: {
            iban: p.line.counterpartyIban ?? '',
            party: (items[chosen[0] as number] as MatchItem).partyName ?? pid,
          },
        },
        {
          field: 'sum',
          detail: `${chosen.length} open items of the party add up to the line`,
          key: 'sumParty',
          data: { count: chosen.length },
        },
      ]);
      break;
    }
  }
  // 6. partial payment of a referenced item
  for (const p of prepared) {
    if (usedLine.has(p.line.id)) continue;
    const hit = p.refs.find((i) => {
      const it = items[i] as MatchItem;
      return (
        !usedItem[i] &&
        sameSign(it.expectedMinor, p.line.amountMinor) &&
        abs(p.line.amountMinor) < abs(it.expectedMinor) &&
        it.kind !== 'payment' &&
        it.kind !== 'ledger_line'
      );
    });
    if (hit === undefined) continue;
    const pr = party(p, hit);
    take(
      [p],
      [hit],
      'reference_partial',
      70,
      [
        refReason(p, hit),
        {
          field: 'amount',
          detail: `pays ${money(p.line.amountMinor)} of ${money((items[hit] as MatchItem).expectedMinor)} open`,
          key: 'partial',
          data: { paid: money(p.line.amountMinor), open: money((items[hit] as MatchItem).expectedMinor) },
        },
        ...(pr ? [pr] : []),
      ],
      [p.line.amountMinor],
    );
  }
  // 7. exact amount, the only candidate in the window
  for (const p of prepared) {
    if (usedLine.has(p.line.id)) continue;
    const cand = (byAmount.get(p.line.amountMinor) ?? []).filter((i) => !usedItem[i] && inWindow(p, i));
    if (cand.length !== 1) continue;
    const i = cand[0] as number;
    const it = items[i] as MatchItem;
    take([p], [i], 'amount_date', it.kind === 'payment' || it.kind === 'ledger_line' ? 60 : 55, [
      amountReason(p.line.amountMinor),
      dateReason(p, i),
    ]);
  }
  return proposals;
}
