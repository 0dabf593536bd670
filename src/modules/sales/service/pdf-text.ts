/** Words printed on invoices and credit notes, in the buyer's language (en, cs, es). */
export type PdfLang = 'en' | 'cs' | 'es';

export const PDF_TEXT: Record<PdfLang, Record<string, string>> = {
  en: {
    invoice: 'Invoice',
    credit_note: 'Credit note',
    seller: 'Seller',
    buyer: 'Buyer',
    vatId: 'VAT ID',
    regId: 'Reg. No.',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    paymentReference: 'Payment reference',
    orderReference: 'Order',
    buyerReference: 'Your reference',
    credits: 'Credits invoice',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    discount: 'Discount',
    taxRate: 'VAT',
    net: 'Net',
    taxBreakdown: 'VAT breakdown',
    taxable: 'Taxable amount',
    tax: 'VAT',
    totalNet: 'Total without VAT',
    totalTax: 'Total VAT',
    total: 'Total',
    paid: 'Paid',
    toPay: 'Amount due',
    bank: 'Bank account',
    scanToPay: 'Scan to pay',
    exchangeRate: 'Exchange rate',
    pricesIncludeTax: 'Unit prices include VAT.',
    page: 'Page',
  },
  cs: {
    invoice: 'Faktura – daňový doklad',
    credit_note: 'Opravný daňový doklad (dobropis)',
    seller: 'Dodavatel',
    buyer: 'Odběratel',
    vatId: 'DIČ',
    regId: 'IČO',
    issueDate: 'Datum vystavení',
    dueDate: 'Datum splatnosti',
    paymentReference: 'Variabilní symbol',
    orderReference: 'Objednávka',
    buyerReference: 'Vaše značka',
    credits: 'K faktuře',
    description: 'Popis',
    quantity: 'Množství',
    unitPrice: 'Cena za jednotku',
    discount: 'Sleva',
    taxRate: 'DPH',
    net: 'Základ',
    taxBreakdown: 'Rekapitulace DPH',
    taxable: 'Základ daně',
    tax: 'DPH',
    totalNet: 'Celkem bez DPH',
    totalTax: 'DPH celkem',
    total: 'Celkem',
    paid: 'Uhrazeno',
    toPay: 'K úhradě',
    bank: 'Bankovní účet',
    scanToPay: 'QR platba',
    exchangeRate: 'Kurz',
    pricesIncludeTax: 'Ceny za jednotku jsou včetně DPH.',
    page: 'Strana',
  },
  es: {
    invoice: 'Factura',
    credit_note: 'Factura rectificativa (abono)',
    seller: 'Emisor',
    buyer: 'Cliente',
    vatId: 'NIF-IVA',
    regId: 'Registro',
    issueDate: 'Fecha de emisión',
    dueDate: 'Fecha de vencimiento',
    paymentReference: 'Referencia de pago',
    orderReference: 'Pedido',
    buyerReference: 'Su referencia',
    credits: 'Rectifica la factura',
    description: 'Descripción',
    quantity: 'Cant.',
    unitPrice: 'Precio unitario',
    discount: 'Descuento',
    taxRate: 'IVA',
    net: 'Base',
    taxBreakdown: 'Desglose de IVA',
    taxable: 'Base imponible',
    tax: 'IVA',
    totalNet: 'Total sin IVA',
    totalTax: 'Total IVA',
    total: 'Total',
    paid: 'Pagado',
    toPay: 'Importe a pagar',
    bank: 'Cuenta bancaria',
    scanToPay: 'Escanee para pagar',
    exchangeRate: 'Tipo de cambio',
    pricesIncludeTax: 'Los precios unitarios incluyen IVA.',
    page: 'Página',
  },
};

/** An exact decimal string as the locale writes money ("18 855,40 Kč"); never through a float. */
export function money(lang: PdfLang, amount: string, currency: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount as unknown as number);
}

/** A plain decimal in the locale ("1,5" in cs/es). */
export function decimal(lang: PdfLang, value: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 20 }).format(value as unknown as number);
}

export function dateText(lang: PdfLang, day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return lang === 'en'
    ? `${y}-${m}-${d}`
    : `${Number.parseInt(d ?? '', 10)}. ${Number.parseInt(m ?? '', 10)}. ${y}`;
}
