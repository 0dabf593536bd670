/**
 * Words of customer statements and dunning letters in the customer's language (the party's `language`):
 * English, Czech, Spanish. Placeholders: {company} {customer} {asOf} {total} {count} {days} {fee}.
 */
export type Lang = 'en' | 'cs' | 'es';

export interface StatementWords {
  title: string;
  intro: string;
  asOf: string;
  customer: string;
  number: string;
  issueDate: string;
  dueDate: string;
  daysPastDue: string;
  open: string;
  total: string;
  nothingOpen: string;
  payTo: string;
  reference: string;
  emailSubject: string;
  emailBody: string;
  bucket: Record<string, string>;
}

export const STATEMENT: Record<Lang, StatementWords> = {
  en: {
    title: 'Statement of account',
    intro: 'Open items of {customer} with {company} as of {asOf}.',
    asOf: 'As of',
    customer: 'Customer',
    number: 'Document',
    issueDate: 'Issued',
    dueDate: 'Due',
    daysPastDue: 'Days overdue',
    open: 'Open',
    total: 'Total open',
    nothingOpen: 'Nothing is open. Thank you.',
    payTo: 'Please pay to',
    reference: 'Reference',
    emailSubject: 'Statement of account from {company} as of {asOf}',
    emailBody:
      'Dear {customer},\n\nhere is your statement of account as of {asOf}:\n\n{table}\n\nTotal open: {total}\n\nKind regards,\n{company}',
    bucket: { current: 'Not yet due' },
  },
  cs: {
    title: 'Výpis z účtu',
    intro: 'Otevřené položky {customer} u {company} ke dni {asOf}.',
    asOf: 'Ke dni',
    customer: 'Odběratel',
    number: 'Doklad',
    issueDate: 'Vystaveno',
    dueDate: 'Splatnost',
    daysPastDue: 'Dní po splatnosti',
    open: 'Zbývá uhradit',
    total: 'Celkem k úhradě',
    nothingOpen: 'Nic není otevřené. Děkujeme.',
    payTo: 'Plaťte prosím na účet',
    reference: 'Variabilní symbol',
    emailSubject: 'Výpis z účtu od {company} ke dni {asOf}',
    emailBody:
      'Vážení,\n\nzasíláme výpis Vašeho účtu ke dni {asOf}:\n\n{table}\n\nCelkem k úhradě: {total}\n\nS pozdravem\n{company}',
    bucket: { current: 'Před splatností' },
  },
  es: {
    title: 'Extracto de cuenta',
    intro: 'Partidas abiertas de {customer} con {company} a {asOf}.',
    asOf: 'A fecha',
    customer: 'Cliente',
    number: 'Documento',
    issueDate: 'Emitida',
    dueDate: 'Vencimiento',
    daysPastDue: 'Días vencida',
    open: 'Pendiente',
    total: 'Total pendiente',
    nothingOpen: 'No hay nada pendiente. Gracias.',
    payTo: 'Pague por favor a',
    reference: 'Referencia',
    emailSubject: 'Extracto de cuenta de {company} a {asOf}',
    emailBody:
      'Estimado cliente {customer}:\n\nle enviamos su extracto de cuenta a {asOf}:\n\n{table}\n\nTotal pendiente: {total}\n\nAtentamente,\n{company}',
    bucket: { current: 'No vencido' },
  },
};

/** Dunning letters by level (1 friendly reminder, 2 second notice, 3 final notice); higher levels use 3. */
export const DUNNING: Record<Lang, { subject: string; body: string; fee: string }[]> = {
  en: [
    {
      subject: 'Friendly reminder: {count} overdue invoice(s) from {company}',
      body: 'Dear {customer},\n\nour records show the following invoices are past due (oldest {days} days):\n\n{table}\n\nTotal overdue: {total}\n\nIf you have already paid, please ignore this message. Otherwise we would be grateful for payment within 7 days.\n\nKind regards,\n{company}',
      fee: '',
    },
    {
      subject: 'Second reminder: overdue invoices from {company}',
      body: 'Dear {customer},\n\nwe have not yet received payment for the following invoices (oldest {days} days overdue):\n\n{table}\n\nTotal overdue: {total}\n{fee}\nPlease pay within 7 days or contact us if there is a problem with an invoice.\n\nKind regards,\n{company}',
      fee: 'A reminder fee of {fee} applies.\n',
    },
    {
      subject: 'Final notice: overdue invoices from {company}',
      body: 'Dear {customer},\n\ndespite our reminders the following invoices remain unpaid (oldest {days} days overdue):\n\n{table}\n\nTotal overdue: {total}\n{fee}\nUnless we receive payment within 7 days we will have to suspend deliveries and hand the claim over for collection.\n\n{company}',
      fee: 'A reminder fee of {fee} applies.\n',
    },
  ],
  cs: [
    {
      subject: 'Připomínka: {count} faktur(a) po splatnosti od {company}',
      body: 'Vážení,\n\npodle našich záznamů jsou následující faktury po splatnosti (nejstarší {days} dní):\n\n{table}\n\nCelkem po splatnosti: {total}\n\nPokud jste již zaplatili, považujte prosím tuto zprávu za bezpředmětnou. V opačném případě Vás prosíme o úhradu do 7 dnů.\n\nS pozdravem\n{company}',
      fee: '',
    },
    {
      subject: 'Druhá upomínka: faktury po splatnosti od {company}',
      body: 'Vážení,\n\ndosud jsme neobdrželi úhradu následujících faktur (nejstarší {days} dní po splatnosti):\n\n{table}\n\nCelkem po splatnosti: {total}\n{fee}\nProsíme o úhradu do 7 dnů, případně nás kontaktujte, pokud je s fakturou problém.\n\nS pozdravem\n{company}',
      fee: 'Účtujeme upomínací poplatek {fee}.\n',
    },
    {
      subject: 'Poslední upomínka: faktury po splatnosti od {company}',
      body: 'Vážení,\n\nnavzdory našim upomínkám zůstávají následující faktury neuhrazené (nejstarší {days} dní po splatnosti):\n\n{table}\n\nCelkem po splatnosti: {total}\n{fee}\nPokud úhradu neobdržíme do 7 dnů, budeme nuceni pozastavit dodávky a předat pohledávku k vymáhání.\n\n{company}',
      fee: 'Účtujeme upomínací poplatek {fee}.\n',
    },
  ],
  es: [
    {
      subject: 'Recordatorio: {count} factura(s) vencida(s) de {company}',
      body: 'Estimado cliente {customer}:\n\nsegún nuestros registros, las siguientes facturas están vencidas (la más antigua, {days} días):\n\n{table}\n\nTotal vencido: {total}\n\nSi ya ha pagado, ignore este mensaje. En caso contrario, le agradeceríamos el pago en un plazo de 7 días.\n\nAtentamente,\n{company}',
      fee: '',
    },
    {
      subject: 'Segundo aviso: facturas vencidas de {company}',
      body: 'Estimado cliente {customer}:\n\naún no hemos recibido el pago de las siguientes facturas (la más antigua, {days} días vencida):\n\n{table}\n\nTotal vencido: {total}\n{fee}\nLe rogamos que pague en un plazo de 7 días o nos contacte si hay algún problema con una factura.\n\nAtentamente,\n{company}',
      fee: 'Se aplica un cargo por reclamación de {fee}.\n',
    },
    {
      subject: 'Último aviso: facturas vencidas de {company}',
      body: 'Estimado cliente {customer}:\n\npese a nuestros avisos, las siguientes facturas siguen sin pagar (la más antigua, {days} días vencida):\n\n{table}\n\nTotal vencido: {total}\n{fee}\nSi no recibimos el pago en 7 días, tendremos que suspender las entregas y ceder la deuda para su cobro.\n\n{company}',
      fee: 'Se aplica un cargo por reclamación de {fee}.\n',
    },
  ],
};

export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function langOf(value: string | null | undefined): Lang {
  return value === 'cs' || value === 'es' ? value : 'en';
}
