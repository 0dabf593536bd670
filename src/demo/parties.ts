import { abaCheckDigit, makeIban } from '../kernel/bank-ids.ts';
import { addBankAccount, createParty, findParties, type PartyInput } from '../modules/parties/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database } from '../platform/db/index.ts';

/**
 * The demo's customers and vendors in the Czech Republic, Spain, Germany and the United States, each with a
 * bank account whose check digits are computed here (IBAN mod 97, ABA 3-7-1), never typed in.
 */
type Bank = { country: string; bban: string; bic: string } | { routing8: string; account: string };

const routing = (first8: string) => first8 + abaCheckDigit(first8);

export const DEMO_PARTIES: (PartyInput & { bank: Bank })[] = [
  {
    code: 'C-CZ-01',
    legalName: 'Lékárna U Zlatého hada s.r.o.',
    customer: true,
    vatId: 'CZ27082440',
    taxId: '27082440',
    address: { street: 'Karlova 12', city: 'Praha 1', postalCode: '110 00', country: 'CZ' },
    email: 'ucetni@zlatyhad.example',
    language: 'cs',
    currency: 'CZK',
    paymentTermsDays: 14,
    creditLimit: '250000.00',
    contacts: [{ name: 'Jana Dvořáková', email: 'jana.dvorakova@zlatyhad.example', role: 'účetní' }],
    bank: { country: 'CZ', bban: '01000000192000145399', bic: 'KOMBCZPP' },
  },
  {
    code: 'V-CZ-01',
    legalName: 'MedSklad Brno a.s.',
    vendor: true,
    vatId: 'CZ46347453',
    address: { street: 'Vídeňská 89', city: 'Brno', postalCode: '639 00', country: 'CZ' },
    email: 'fakturace@medsklad.example',
    language: 'cs',
    currency: 'CZK',
    paymentTermsDays: 30,
    bank: { country: 'CZ', bban: '08000000002345678901', bic: 'GIBACZPX' },
  },
  {
    code: 'C-ES-01',
    legalName: 'Clínica Dental Mediterránea S.L.',
    customer: true,
    vatId: 'ESB46123456',
    taxId: 'B46123456',
    address: {
      street: 'Calle de Colón 22',
      city: 'Valencia',
      postalCode: '46004',
      region: 'Valencia',
      country: 'ES',
    },
    email: 'administracion@mediterranea.example',
    language: 'es',
    currency: 'EUR',
    paymentTermsDays: 30,
    contacts: [{ name: 'Lucía Martínez', email: 'lucia@mediterranea.example', role: 'contabilidad' }],
    bank: { country: 'ES', bban: '21000418450200051332', bic: 'CAIXESBBXXX' },
  },
  {
    code: 'V-ES-01',
    legalName: 'Suministros Sanitarios Ibéricos S.A.',
    vendor: true,
    vatId: 'ESA28123457',
    address: { street: 'Paseo de la Castellana 100', city: 'Madrid', postalCode: '28046', country: 'ES' },
    email: 'facturas@ssi.example',
    language: 'es',
    currency: 'EUR',
    paymentTermsDays: 60,
    bank: { country: 'ES', bban: '01821234510201234567', bic: 'BBVAESMM' },
  },
  {
    code: 'C-DE-01',
    legalName: 'Praxisgemeinschaft Am Rhein GmbH',
    customer: true,
    vatId: 'DE811234567',
    address: { street: 'Rheinuferstraße 5', city: 'Köln', postalCode: '50668', country: 'DE' },
    email: 'buchhaltung@amrhein.example',
    currency: 'EUR',
    paymentTermsDays: 14,
    bank: { country: 'DE', bban: '370400440532013000', bic: 'COBADEFFXXX' },
  },
  {
    code: 'V-DE-01',
    legalName: 'Labortechnik Müller KG',
    vendor: true,
    customer: true,
    vatId: 'DE298765432',
    address: { street: 'Industriestraße 44', city: 'München', postalCode: '80339', country: 'DE' },
    email: 'rechnung@labor-mueller.example',
    currency: 'EUR',
    paymentTermsDays: 30,
    bank: { country: 'DE', bban: '500700100012345678', bic: 'DEUTDEFF' },
  },
  {
    code: 'C-US-01',
    legalName: 'Lakeside Pediatrics PLLC',
    customer: true,
    taxId: '36-4820571',
    address: {
      street: '410 N Michigan Ave',
      additional: 'Suite 900',
      city: 'Chicago',
      postalCode: '60611',
      region: 'IL',
      country: 'US',
    },
    email: 'ap@lakesidepeds.example',
    currency: 'USD',
    paymentTermsDays: 30,
    creditLimit: '20000.00',
    contacts: [
      { name: 'Tom Becker', email: 'tom.becker@lakesidepeds.example', phone: '+1 312 555 0142', role: 'AP' },
    ],
    bank: { routing8: '07100001', account: '4417220094' },
  },
  {
    code: 'V-US-01',
    legalName: 'Midwest Medical Supply Co.',
    vendor: true,
    taxId: '39-1746602',
    address: {
      street: '2200 W Layton Ave',
      city: 'Milwaukee',
      postalCode: '53221',
      region: 'WI',
      country: 'US',
    },
    email: 'billing@midwestmed.example',
    currency: 'USD',
    paymentTermsDays: 30,
    bank: { routing8: '07500002', account: '000123456789' },
  },
  {
    code: 'V-US-02',
    legalName: 'Great Lakes Office Rentals LLC',
    vendor: true,
    taxId: '36-5550199',
    address: { street: '1 E Wacker Dr', city: 'Chicago', postalCode: '60601', region: 'IL', country: 'US' },
    email: 'leasing@greatlakes.example',
    currency: 'USD',
    paymentTermsDays: 10,
    bank: { routing8: '02100002', account: '9876543210' },
  },
];

/** Creates the demo parties once (a party already there by code is left alone). */
export async function seedPartiesDemo(db: Database, ctx: ServiceContext): Promise<number> {
  let made = 0;
  await db.tx(async (tx) => {
    for (const { bank, ...input } of DEMO_PARTIES) {
      if ((await findParties(tx, ctx.companyId, { name: input.legalName })).length) continue;
      const party = await createParty(tx, ctx, input);
      await addBankAccount(
        tx,
        ctx,
        party.id,
        'routing8' in bank
          ? {
              kind: 'us',
              routingNumber: routing(bank.routing8),
              accountNumber: bank.account,
              label: 'Operating',
            }
          : { kind: 'iban', iban: makeIban(bank.country, bank.bban), bic: bank.bic, label: 'Main' },
      );
      made++;
    }
  });
  return made;
}
