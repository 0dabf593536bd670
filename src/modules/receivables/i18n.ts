import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The receivables module's words in the customer's language (the party's `language`): the customer statement
 * printed as a PDF (`statement.*`), the e-mail that sends it (`statement.email*`), and the dunning letters by
 * level (`dunning.<level>.*`: 1 friendly reminder, 2 second notice, 3 final notice; higher levels use 3).
 * Placeholders: {company} {customer} {asOf} {table} {total} {count} {days} {fee}. Level 1 never names a fee.
 * Every language names the customer in the letter (Czech after the salutation, which stays the plural "Vážení").
 */
export const receivablesText = defineCatalog('receivables', {
  en: {
    'statement.title': 'Statement of account',
    'statement.intro': 'Open items of {customer} with {company} as of {asOf}.',
    'statement.asOf': 'As of',
    'statement.customer': 'Customer',
    'statement.number': 'Document',
    'statement.issueDate': 'Issued',
    'statement.dueDate': 'Due',
    'statement.daysPastDue': 'Days overdue',
    'statement.open': 'Open',
    'statement.total': 'Total open',
    'statement.nothingOpen': 'Nothing is open. Thank you.',
    'statement.payTo': 'Please pay to',
    'statement.emailSubject': 'Statement of account from {company} as of {asOf}',
    'statement.emailBody':
      'Dear {customer},\n\nhere is your statement of account as of {asOf}:\n\n{table}\n\nTotal open: {total}\n\nKind regards,\n{company}',
    'dunning.1.subject':
      'Friendly reminder: {count, plural, one {# overdue invoice} other {# overdue invoices}} from {company}',
    'dunning.1.body':
      'Dear {customer},\n\nour records show the following invoices are past due (oldest {days, plural, one {# day} other {# days}}):\n\n{table}\n\nTotal overdue: {total}\n\nIf you have already paid, please ignore this message. Otherwise we would be grateful for payment within 7 days.\n\nKind regards,\n{company}',
    'dunning.2.subject': 'Second reminder: overdue invoices from {company}',
    'dunning.2.body':
      'Dear {customer},\n\nwe have not yet received payment for the following invoices (oldest {days, plural, one {# day} other {# days}} overdue):\n\n{table}\n\nTotal overdue: {total}\n{fee}\nPlease pay within 7 days or contact us if there is a problem with an invoice.\n\nKind regards,\n{company}',
    'dunning.3.subject': 'Final notice: overdue invoices from {company}',
    'dunning.3.body':
      'Dear {customer},\n\ndespite our reminders the following invoices remain unpaid (oldest {days, plural, one {# day} other {# days}} overdue):\n\n{table}\n\nTotal overdue: {total}\n{fee}\nUnless we receive payment within 7 days we will have to suspend deliveries and hand the claim over for collection.\n\n{company}',
    'dunning.fee': 'A reminder fee of {fee} applies.\n',
  },
  cs: {
    'statement.title': 'Výpis z účtu',
    'statement.intro': 'Otevřené položky {customer} u {company} ke dni {asOf}.',
    'statement.asOf': 'Ke dni',
    'statement.customer': 'Odběratel',
    'statement.number': 'Doklad',
    'statement.issueDate': 'Vystaveno',
    'statement.dueDate': 'Splatnost',
    'statement.daysPastDue': 'Dní po splatnosti',
    'statement.open': 'Zbývá uhradit',
    'statement.total': 'Celkem k úhradě',
    'statement.nothingOpen': 'Nic není otevřené. Děkujeme.',
    'statement.payTo': 'Plaťte prosím na účet',
    'statement.emailSubject': 'Výpis z účtu od {company} ke dni {asOf}',
    'statement.emailBody':
      'Vážení,\n\nzasíláme výpis Vašeho účtu ({customer}) ke dni {asOf}:\n\n{table}\n\nCelkem k úhradě: {total}\n\nS pozdravem\n{company}',
    'dunning.1.subject':
      'Připomínka: {count, plural, one {# faktura} few {# faktury} other {# faktur}} po splatnosti od {company}',
    'dunning.1.body':
      'Vážení,\n\npodle našich záznamů jsou následující faktury pro {customer} po splatnosti (nejstarší {days, plural, one {# den} few {# dny} other {# dní}}):\n\n{table}\n\nCelkem po splatnosti: {total}\n\nPokud jste již zaplatili, považujte prosím tuto zprávu za bezpředmětnou. V opačném případě Vás prosíme o úhradu do 7 dnů.\n\nS pozdravem\n{company}',
    'dunning.2.subject': 'Druhá upomínka: faktury po splatnosti od {company}',
    'dunning.2.body':
      'Vážení,\n\ndosud jsme neobdrželi úhradu následujících faktur pro {customer} (nejstarší {days, plural, one {# den} few {# dny} other {# dní}} po splatnosti):\n\n{table}\n\nCelkem po splatnosti: {total}\n{fee}\nProsíme o úhradu do 7 dnů, případně nás kontaktujte, pokud je s fakturou problém.\n\nS pozdravem\n{company}',
    'dunning.3.subject': 'Poslední upomínka: faktury po splatnosti od {company}',
    'dunning.3.body':
      'Vážení,\n\nnavzdory našim upomínkám zůstávají následující faktury pro {customer} neuhrazené (nejstarší {days, plural, one {# den} few {# dny} other {# dní}} po splatnosti):\n\n{table}\n\nCelkem po splatnosti: {total}\n{fee}\nPokud úhradu neobdržíme do 7 dnů, budeme nuceni pozastavit dodávky a předat pohledávku k vymáhání.\n\n{company}',
    'dunning.fee': 'Účtujeme upomínací poplatek {fee}.\n',
  },
  es: {
    'statement.title': 'Extracto de cuenta',
    'statement.intro': 'Partidas abiertas de {customer} con {company} a {asOf}.',
    'statement.asOf': 'A fecha',
    'statement.customer': 'Cliente',
    'statement.number': 'Documento',
    'statement.issueDate': 'Emitida',
    'statement.dueDate': 'Vencimiento',
    'statement.daysPastDue': 'Días vencida',
    'statement.open': 'Pendiente',
    'statement.total': 'Total pendiente',
    'statement.nothingOpen': 'No hay nada pendiente. Gracias.',
    'statement.payTo': 'Pague por favor a',
    'statement.emailSubject': 'Extracto de cuenta de {company} a {asOf}',
    'statement.emailBody':
      'Estimado cliente {customer}:\n\nle enviamos su extracto de cuenta a {asOf}:\n\n{table}\n\nTotal pendiente: {total}\n\nAtentamente,\n{company}',
    'dunning.1.subject':
      'Recordatorio: {count, plural, one {# factura vencida} other {# facturas vencidas}} de {company}',
    'dunning.1.body':
      'Estimado cliente {customer}:\n\nsegún nuestros registros, las siguientes facturas están vencidas (la más antigua, {days, plural, one {# día} other {# días}}):\n\n{table}\n\nTotal vencido: {total}\n\nSi ya ha pagado, ignore este mensaje. En caso contrario, le agradeceríamos el pago en un plazo de 7 días.\n\nAtentamente,\n{company}',
    'dunning.2.subject': 'Segundo aviso: facturas vencidas de {company}',
    'dunning.2.body':
      'Estimado cliente {customer}:\n\naún no hemos recibido el pago de las siguientes facturas (la más antigua, {days, plural, one {# día} other {# días}} vencida):\n\n{table}\n\nTotal vencido: {total}\n{fee}\nLe rogamos que pague en un plazo de 7 días o nos contacte si hay algún problema con una factura.\n\nAtentamente,\n{company}',
    'dunning.3.subject': 'Último aviso: facturas vencidas de {company}',
    'dunning.3.body':
      'Estimado cliente {customer}:\n\npese a nuestros avisos, las siguientes facturas siguen sin pagar (la más antigua, {days, plural, one {# día} other {# días}} vencida):\n\n{table}\n\nTotal vencido: {total}\n{fee}\nSi no recibimos el pago en 7 días, tendremos que suspender las entregas y ceder la deuda para su cobro.\n\n{company}',
    'dunning.fee': 'Se aplica un cargo por reclamación de {fee}.\n',
  },
});

/** The dunning letter keys of a level: 1, 2, or 3 for every level from 3 on. */
export function dunningKeys(level: number) {
  const n = Math.min(Math.max(level, 1), 3) as 1 | 2 | 3;
  return { subject: `dunning.${n}.subject`, body: `dunning.${n}.body`, fee: n > 1 } as const;
}
