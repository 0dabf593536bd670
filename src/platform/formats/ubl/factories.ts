import { minorUnits, roundHalfUp } from '../../../kernel/money.ts';
import type {
  DecimalString,
  TaxCategoryCode,
  UblAllowanceCharge,
  UblDocument,
  UblDocumentKind,
  UblLine,
  UblParty,
  UblTaxSubtotal,
} from './model.ts';

/**
 * Test data: builds a consistent UblDocument from simple lines, computing line nets, the VAT breakdown and
 * the totals the way EN 16931 defines them (BR-CO-10…16), in bigint. Real documents get their numbers from
 * the tax module's calculator; this exists so format tests do not depend on a module.
 */

interface Scaled {
  v: bigint;
  scale: number;
}

function scaled(s: DecimalString): Scaled {
  const neg = s.startsWith('-');
  const [w = '0', f = ''] = s.replace('-', '').split('.');
  return { v: BigInt(w + f) * (neg ? -1n : 1n), scale: f.length };
}

const pow10 = (n: number) => 10n ** BigInt(n);

export interface LineInput {
  name: string;
  quantity: DecimalString;
  unitCode?: string;
  price: DecimalString;
  baseQuantity?: DecimalString;
  category: TaxCategoryCode;
  percent?: DecimalString;
  /** Line allowances (positive minor units) with a reason. */
  allowances?: { amount: bigint; reason: string }[];
  charges?: { amount: bigint; reason: string }[];
}

export interface DocInput {
  kind?: UblDocumentKind;
  number?: string;
  currency?: string;
  lines: LineInput[];
  allowances?: {
    amount: bigint;
    reason?: string;
    reasonCode?: string;
    category: TaxCategoryCode;
    percent?: DecimalString;
  }[];
  charges?: {
    amount: bigint;
    reason?: string;
    reasonCode?: string;
    category: TaxCategoryCode;
    percent?: DecimalString;
  }[];
  /** Exemption text/code per category, for E, AE, K, G, O. */
  exemptions?: Partial<Record<TaxCategoryCode, { reason?: string; code?: string }>>;
  prepaid?: bigint;
  rounding?: bigint;
  seller?: Partial<UblParty>;
  buyer?: Partial<UblParty>;
  extra?: Partial<UblDocument>;
}

export function lineNet(l: LineInput, currency: string): bigint {
  const q = scaled(l.quantity);
  const p = scaled(l.price);
  const b = scaled(l.baseQuantity ?? '1');
  const cd = minorUnits(currency);
  const gross = roundHalfUp(q.v * p.v * pow10(b.scale + cd), pow10(q.scale + p.scale) * b.v);
  const allow = (l.allowances ?? []).reduce((s, a) => s + a.amount, 0n);
  const charge = (l.charges ?? []).reduce((s, a) => s + a.amount, 0n);
  return gross - allow + charge;
}

export function taxOf(taxable: bigint, percent: DecimalString | undefined): bigint {
  if (percent === undefined) return 0n;
  const r = scaled(percent);
  return roundHalfUp(taxable * r.v, 100n * pow10(r.scale));
}

export const SELLER: UblParty = {
  name: 'Steward Demo s.r.o.',
  endpoint: { scheme: '9929', id: 'CZ12345679' },
  vatId: 'CZ12345679',
  companyId: { id: '12345679' },
  legalInfo: 'Zapsáno v obchodním rejstříku, Městský soud v Praze, C 12345',
  address: { street: 'Na Příkopě 1', city: 'Praha', postalCode: '110 00', country: 'CZ' },
  contact: { name: 'Jana Nováková', email: 'fakturace@example.cz' },
};

export const BUYER: UblParty = {
  name: 'Käufer GmbH',
  // Peppol's EAS list has no EM (e-mail) scheme (PEPPOL-EN16931-CL008); 9930 is the German VAT number.
  endpoint: { scheme: '9930', id: 'DE123456789' },
  vatId: 'DE123456789',
  address: { street: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'DE' },
};

export function buildUbl(input: DocInput): UblDocument {
  const currency = input.currency ?? 'EUR';
  const kind = input.kind ?? 'invoice';
  const lines: UblLine[] = input.lines.map((l, i) => {
    const ac: UblAllowanceCharge[] = [
      ...(l.allowances ?? []).map((a) => ({ charge: false, amount: a.amount, reason: a.reason })),
      ...(l.charges ?? []).map((a) => ({ charge: true, amount: a.amount, reason: a.reason })),
    ];
    const line: UblLine = {
      id: String(i + 1),
      quantity: l.quantity,
      unitCode: l.unitCode ?? 'C62',
      netAmount: lineNet(l, currency),
      item: {
        name: l.name,
        tax:
          l.percent === undefined ? { category: l.category } : { category: l.category, percent: l.percent },
      },
      price: l.baseQuantity ? { amount: l.price, baseQuantity: l.baseQuantity } : { amount: l.price },
    };
    if (ac.length) line.allowanceCharges = ac;
    return line;
  });
  const docAc: UblAllowanceCharge[] = [
    ...(input.allowances ?? []).map((a) => ({
      charge: false,
      amount: a.amount,
      ...(a.reason ? { reason: a.reason } : {}),
      ...(a.reasonCode ? { reasonCode: a.reasonCode } : {}),
      tax: a.percent === undefined ? { category: a.category } : { category: a.category, percent: a.percent },
    })),
    ...(input.charges ?? []).map((a) => ({
      charge: true,
      amount: a.amount,
      ...(a.reason ? { reason: a.reason } : {}),
      ...(a.reasonCode ? { reasonCode: a.reasonCode } : {}),
      tax: a.percent === undefined ? { category: a.category } : { category: a.category, percent: a.percent },
    })),
  ];
  // VAT breakdown: one row per category + rate.
  const groups = new Map<string, UblTaxSubtotal>();
  const add = (category: TaxCategoryCode, percent: DecimalString | undefined, amount: bigint) => {
    const key = `${category}/${percent ?? ''}`;
    const g = groups.get(key) ?? {
      category,
      ...(percent === undefined ? {} : { percent }),
      taxableAmount: 0n,
      taxAmount: 0n,
    };
    g.taxableAmount += amount;
    groups.set(key, g);
  };
  for (const l of lines) add(l.item.tax.category, l.item.tax.percent, l.netAmount);
  for (const a of docAc) add(a.tax?.category ?? 'S', a.tax?.percent, a.charge ? a.amount : -a.amount);
  const breakdown = [...groups.values()].map((g) => {
    const ex = input.exemptions?.[g.category];
    return {
      ...g,
      taxAmount: ['S', 'L', 'M'].includes(g.category) ? taxOf(g.taxableAmount, g.percent) : 0n,
      ...(ex?.reason ? { exemptionReason: ex.reason } : {}),
      ...(ex?.code ? { exemptionReasonCode: ex.code } : {}),
    };
  });
  const lineExtension = lines.reduce((s, l) => s + l.netAmount, 0n);
  const allowanceTotal = docAc.filter((a) => !a.charge).reduce((s, a) => s + a.amount, 0n);
  const chargeTotal = docAc.filter((a) => a.charge).reduce((s, a) => s + a.amount, 0n);
  const taxExclusive = lineExtension - allowanceTotal + chargeTotal;
  const taxTotal = breakdown.reduce((s, b) => s + b.taxAmount, 0n);
  const taxInclusive = taxExclusive + taxTotal;
  const payable = taxInclusive - (input.prepaid ?? 0n) + (input.rounding ?? 0n);
  const doc: UblDocument = {
    kind,
    number: input.number ?? (kind === 'invoice' ? 'FV-2026-0001' : 'DB-2026-0001'),
    issueDate: '2026-11-20',
    dueDate: '2026-12-04',
    currency,
    buyerReference: 'PO-4711',
    seller: { ...SELLER, ...input.seller },
    buyer: { ...BUYER, ...input.buyer },
    paymentMeans: [
      {
        code: '58',
        paymentId: input.number ?? 'FV-2026-0001',
        account: { id: 'CZ6508000000192000145399', name: 'Steward Demo s.r.o.', bic: 'GIBACZPX' },
      },
    ],
    paymentTerms: 'Splatnost 14 dní / payable within 14 days',
    taxTotal,
    taxBreakdown: breakdown,
    totals: {
      lineExtension,
      taxExclusive,
      taxInclusive,
      ...(docAc.some((a) => !a.charge) ? { allowanceTotal } : {}),
      ...(docAc.some((a) => a.charge) ? { chargeTotal } : {}),
      ...(input.prepaid !== undefined ? { prepaid: input.prepaid } : {}),
      ...(input.rounding !== undefined ? { rounding: input.rounding } : {}),
      payable,
    },
    lines,
    ...input.extra,
  };
  if (docAc.length) doc.allowanceCharges = docAc;
  return doc;
}
