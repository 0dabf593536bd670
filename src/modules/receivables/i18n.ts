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
    'error.bucketCount': 'Give 1 to 12 bucket boundaries in days, e.g. 30,60,90.',
    'error.bucketOrder': 'Bucket boundaries are whole days that rise strictly, e.g. 30,60,90.',
    'error.bucketSyntax': 'buckets: write whole days separated by commas, e.g. 30,60,90 (got "{text}").',
    'error.asOfDate': 'asOf: "{asOf}" is not a date; write YYYY-MM-DD.',
    'error.forecastWeeks': 'weeks: forecast 1 to 104 weeks.',
    'error.notCustomer': '{party} is not a customer; statements are for customers.',
    'error.noEmail': '{party} has no e-mail address; add one to the customer or a contact.',
    'error.dunningLevelCount': 'Give 1 to 9 dunning levels.',
    'error.dunningLevelStart': 'A dunning level starts at 1 or more days overdue.',
    'error.dunningLevelClash': 'Two dunning levels start on the same day; give each its own.',
    'error.dunningLevelSyntax':
      'levels: write days[:fee] separated by commas, e.g. 1,15:10.00,30:25.00 (got "{part}").',
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
    'error.bucketCount': 'Zadejte 1 až 12 hranic pásem ve dnech, např. 30,60,90.',
    'error.bucketOrder': 'Hranice pásem jsou celé dny, které ostře rostou, např. 30,60,90.',
    'error.bucketSyntax': 'buckets: zadejte celé dny oddělené čárkami, např. 30,60,90 (zadáno „{text}“).',
    'error.asOfDate': 'asOf: „{asOf}“ není datum; zadejte RRRR-MM-DD.',
    'error.forecastWeeks': 'weeks: prognóza je na 1 až 104 týdnů.',
    'error.notCustomer': '{party} není odběratel; výpisy z účtu jsou pro odběratele.',
    'error.noEmail': '{party} nemá e-mailovou adresu; doplňte ji u odběratele nebo u kontaktu.',
    'error.dunningLevelCount': 'Zadejte 1 až 9 úrovní upomínek.',
    'error.dunningLevelStart': 'Úroveň upomínky začíná nejméně 1 den po splatnosti.',
    'error.dunningLevelClash': 'Dvě úrovně upomínek začínají ve stejný den; dejte každé vlastní.',
    'error.dunningLevelSyntax':
      'levels: zadejte dny[:poplatek] oddělené čárkami, např. 1,15:10.00,30:25.00 (zadáno „{part}“).',
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
    'error.bucketCount': 'Indique de 1 a 12 límites de tramo en días, p. ej. 30,60,90.',
    'error.bucketOrder': 'Los límites de tramo son días enteros estrictamente crecientes, p. ej. 30,60,90.',
    'error.bucketSyntax':
      'buckets: escriba días enteros separados por comas, p. ej. 30,60,90 (se recibió «{text}»).',
    'error.asOfDate': 'asOf: «{asOf}» no es una fecha; escriba AAAA-MM-DD.',
    'error.forecastWeeks': 'weeks: la previsión abarca de 1 a 104 semanas.',
    'error.notCustomer': '{party} no es cliente; los extractos de cuenta son para clientes.',
    'error.noEmail': '{party} no tiene dirección de correo; añada una al cliente o a un contacto.',
    'error.dunningLevelCount': 'Indique de 1 a 9 niveles de reclamación.',
    'error.dunningLevelStart': 'Un nivel de reclamación empieza con 1 o más días de vencimiento.',
    'error.dunningLevelClash': 'Dos niveles de reclamación empiezan el mismo día; asigne a cada uno el suyo.',
    'error.dunningLevelSyntax':
      'levels: escriba días[:cargo] separados por comas, p. ej. 1,15:10.00,30:25.00 (se recibió «{part}»).',
  },
});

/** The dunning letter keys of a level: 1, 2, or 3 for every level from 3 on. */
export function dunningKeys(level: number) {
  const n = Math.min(Math.max(level, 1), 3) as 1 | 2 | 3;
  return { subject: `dunning.${n}.subject`, body: `dunning.${n}.body`, fee: n > 1 } as const;
}
