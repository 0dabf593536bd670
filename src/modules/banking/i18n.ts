import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The banking module's error messages in English, Czech and Spanish (`error.*`), answered in the request's
 * Accept-Language. A checker's reason after "IBAN …:" comes from the kernel and is English; so are the item
 * words of describeItem ("invoice INV-7") and status codes named in a message.
 */
export const bankingText = defineCatalog('banking', {
  en: {
    'error.noLines': 'Pick at least one statement line of this company.',
    'error.ibanInvalid': 'IBAN {iban}: {problem}',
    'error.bicInvalid': 'BIC {bic}: {problem}',
    'error.routingInvalid': 'Routing number {routingNumber}: {problem}',
    'error.routingWithoutAccount': 'A US routing number needs the account number too.',
    'error.accountNumberInvalid': 'Account number {accountNumber}: {problem}',
    'error.noIdentifier':
      'A bank account needs an IBAN, or an account number (with the routing number in the US).',
    'error.ledgerAccountMissing': 'Ledger account {id} does not exist; pick an asset account from the chart.',
    'error.ledgerAccountNotAsset':
      'Ledger account {code} {name} is not an active asset account; a bank account posts to one (e.g. 1000 Bank).',
    'error.ledgerAccountCurrency':
      'Ledger account {code} {name} is kept in {accountCurrency}; the bank account is in {currency}. Pick an account in {currencyAgain} or one without a fixed currency.',
    'error.unknownCurrency': '{currency} is not a currency Steward knows.',
    'error.nameTaken': 'Another bank account is already called "{name}"; choose another name.',
    'error.mappingRace': 'The mapping "{name}" was saved by someone else at the same time; try again.',
    'error.statementLineTaken':
      'A statement line of this match is already reconciled (by someone else just now, or by another match); run auto-match again.',
    'error.itemTaken':
      'A payment or ledger line of this match is already reconciled with another statement line.',
    'error.notProposed': 'Reconciliation {id} is {status}, not proposed; refresh the list.',
    'error.noLongerProposal': 'Reconciliation {id} is not a proposal (any more); refresh the list.',
    'error.undoNotAccepted': 'Reconciliation {id} is {status}; only an accepted one can be undone.',
    'error.oneAccountAtATime': 'Match lines of one bank account at a time.',
    'error.chosenLineReconciled': 'A chosen line is already reconciled; undo that first.',
    'error.itemNotOpen':
      "{kind} {id} is not open on this account's currency ({currency}); pick an open item.",
    'error.oneItemMismatch':
      'The lines total {total}; {item} has {open} open. Pick items that add up, or book the difference as an entry.',
    'error.itemsMismatch':
      'The lines total {total} but the items {items}; pick items that add up to the lines.',
    'error.lineReconciled': 'This line is already reconciled; undo that first.',
    'error.entryAccountMissing':
      'Ledger account {id} does not exist; pick one from the chart (e.g. bank fees).',
    'error.entryOwnAccount': "Pick the other side of the entry, not the bank's own account.",
    'error.entryAwaitsApproval': 'The entry waits for approval; reconcile the line once it is posted.',
    'error.lineRace': 'This line was reconciled by someone else just now.',
    'error.statementCurrency':
      'The statement{n, plural, =0 {} one { (statement # in the file)} other { (statement # in the file)}} is in {statementCurrency}; bank account "{name}" is in {currency}. Import it into the {statementCurrencyAgain} account.',
    'error.statementIban':
      'The statement{n, plural, =0 {} one { (statement # in the file)} other { (statement # in the file)}} is for IBAN {statementIban}, not for "{name}" ({iban}). Pick the right account.',
    'error.statementAccount':
      'The statement{n, plural, =0 {} one { (statement # in the file)} other { (statement # in the file)}} is for account {number}, not for "{name}" ({accountNumber}). Pick the right account.',
    'error.duplicateTransaction':
      'The file has the bank transaction id {bankTransactionId} twice: at {first} and at {source}. Ask the bank for a corrected export.',
    'error.mappingRequired': 'A CSV statement needs a mapping; save one for this account first.',
    'error.accountClosed': 'Bank account "{name}" is closed; reopen it before importing.',
    'error.clashName': 'Bank account "{account}" already has the name "{name}"; choose another.',
    'error.clashIban': 'Bank account "{account}" already has the IBAN {iban}; choose another.',
    'error.clashLedger': 'Bank account "{account}" already has that ledger account; choose another.',
  },
  cs: {
    'error.noLines': 'Vyberte alespoň jeden řádek výpisu této společnosti.',
    'error.ibanInvalid': 'IBAN {iban}: {problem}',
    'error.bicInvalid': 'BIC {bic}: {problem}',
    'error.routingInvalid': 'Směrové číslo banky {routingNumber}: {problem}',
    'error.routingWithoutAccount': 'K americkému směrovému číslu banky patří i číslo účtu.',
    'error.accountNumberInvalid': 'Číslo účtu {accountNumber}: {problem}',
    'error.noIdentifier': 'Bankovní účet potřebuje IBAN, nebo číslo účtu (v USA se směrovým číslem banky).',
    'error.ledgerAccountMissing': 'Účet hlavní knihy {id} neexistuje; vyberte účet aktiv z účtového rozvrhu.',
    'error.ledgerAccountNotAsset':
      'Účet hlavní knihy {code} {name} není aktivní účet aktiv; bankovní účet se účtuje na takový (např. 1000 Banka).',
    'error.ledgerAccountCurrency':
      'Účet hlavní knihy {code} {name} je vedený v {accountCurrency}; bankovní účet je v {currency}. Vyberte účet v {currencyAgain} nebo účet bez pevné měny.',
    'error.unknownCurrency': '{currency} není měna, kterou Steward zná.',
    'error.nameTaken': 'Jiný bankovní účet se už jmenuje „{name}“; zvolte jiný název.',
    'error.mappingRace': 'Mapování „{name}“ ve stejnou chvíli uložil někdo jiný; zkuste to znovu.',
    'error.statementLineTaken':
      'Řádek výpisu v tomto párování je už spárovaný (právě teď někým jiným, nebo jiným párováním); spusťte automatické párování znovu.',
    'error.itemTaken':
      'Platba nebo řádek hlavní knihy v tomto párování je už spárovaný s jiným řádkem výpisu.',
    'error.notProposed': 'Párování {id} je ve stavu {status}, ne navrženo; obnovte seznam.',
    'error.noLongerProposal': 'Párování {id} (už) není návrh; obnovte seznam.',
    'error.undoNotAccepted': 'Párování {id} je ve stavu {status}; vrátit lze jen přijaté párování.',
    'error.oneAccountAtATime': 'Párujte řádky vždy jen jednoho bankovního účtu.',
    'error.chosenLineReconciled': 'Vybraný řádek je už spárovaný; nejprve párování vraťte.',
    'error.itemNotOpen':
      '{kind} {id} není otevřená položka v měně tohoto účtu ({currency}); vyberte otevřenou položku.',
    'error.oneItemMismatch':
      'Řádky dávají celkem {total}; {item} má otevřeno {open}. Vyberte položky, které sedí, nebo rozdíl zaúčtujte jako zápis.',
    'error.itemsMismatch':
      'Řádky dávají celkem {total}, ale položky {items}; vyberte položky, jejichž součet odpovídá řádkům.',
    'error.lineReconciled': 'Tento řádek je už spárovaný; nejprve párování vraťte.',
    'error.entryAccountMissing':
      'Účet hlavní knihy {id} neexistuje; vyberte jeden z účtového rozvrhu (např. bankovní poplatky).',
    'error.entryOwnAccount': 'Vyberte protistranu zápisu, ne vlastní účet banky.',
    'error.entryAwaitsApproval': 'Zápis čeká na schválení; řádek spárujte, až bude zaúčtován.',
    'error.lineRace': 'Tento řádek právě teď spároval někdo jiný.',
    'error.statementCurrency':
      'Výpis{n, plural, =0 {} one { (výpis č. # v souboru)} few { (výpis č. # v souboru)} other { (výpis č. # v souboru)}} je v {statementCurrency}; bankovní účet „{name}“ je v {currency}. Importujte jej do účtu v {statementCurrencyAgain}.',
    'error.statementIban':
      'Výpis{n, plural, =0 {} one { (výpis č. # v souboru)} few { (výpis č. # v souboru)} other { (výpis č. # v souboru)}} je pro IBAN {statementIban}, ne pro „{name}“ ({iban}). Vyberte správný účet.',
    'error.statementAccount':
      'Výpis{n, plural, =0 {} one { (výpis č. # v souboru)} few { (výpis č. # v souboru)} other { (výpis č. # v souboru)}} je pro účet {number}, ne pro „{name}“ ({accountNumber}). Vyberte správný účet.',
    'error.duplicateTransaction':
      'Soubor obsahuje ID bankovní transakce {bankTransactionId} dvakrát: na {first} a na {source}. Požádejte banku o opravený export.',
    'error.mappingRequired': 'Výpis v CSV potřebuje mapování; nejprve jej pro tento účet uložte.',
    'error.accountClosed': 'Bankovní účet „{name}“ je uzavřený; před importem jej znovu otevřete.',
    'error.clashName': 'Bankovní účet „{account}“ už má název „{name}“; zvolte jiný.',
    'error.clashIban': 'Bankovní účet „{account}“ už má IBAN {iban}; zvolte jiný.',
    'error.clashLedger': 'Bankovní účet „{account}“ už tento účet hlavní knihy používá; zvolte jiný.',
  },
  es: {
    'error.noLines': 'Elija al menos una línea de extracto de esta empresa.',
    'error.ibanInvalid': 'IBAN {iban}: {problem}',
    'error.bicInvalid': 'BIC {bic}: {problem}',
    'error.routingInvalid': 'Número de ruta bancaria {routingNumber}: {problem}',
    'error.routingWithoutAccount':
      'Un número de ruta bancaria de EE. UU. necesita también el número de cuenta.',
    'error.accountNumberInvalid': 'Número de cuenta {accountNumber}: {problem}',
    'error.noIdentifier':
      'Una cuenta bancaria necesita un IBAN o un número de cuenta (con el número de ruta bancaria en EE. UU.).',
    'error.ledgerAccountMissing':
      'La cuenta contable {id} no existe; elija una cuenta de activo del plan de cuentas.',
    'error.ledgerAccountNotAsset':
      'La cuenta contable {code} {name} no es una cuenta de activo activa; una cuenta bancaria contabiliza en una (p. ej. 1000 Bancos).',
    'error.ledgerAccountCurrency':
      'La cuenta contable {code} {name} se lleva en {accountCurrency}; la cuenta bancaria está en {currency}. Elija una cuenta en {currencyAgain} o una sin moneda fija.',
    'error.unknownCurrency': '{currency} no es una moneda que Steward conozca.',
    'error.nameTaken': 'Otra cuenta bancaria ya se llama «{name}»; elija otro nombre.',
    'error.mappingRace':
      'Otra persona guardó la correspondencia «{name}» al mismo tiempo; inténtelo de nuevo.',
    'error.statementLineTaken':
      'Una línea de extracto de esta conciliación ya está conciliada (por otra persona ahora mismo o por otra conciliación); vuelva a ejecutar la conciliación automática.',
    'error.itemTaken':
      'Un pago o una línea contable de esta conciliación ya está conciliado con otra línea de extracto.',
    'error.notProposed': 'La conciliación {id} está en estado {status}, no propuesta; actualice la lista.',
    'error.noLongerProposal': 'La conciliación {id} (ya) no es una propuesta; actualice la lista.',
    'error.undoNotAccepted':
      'La conciliación {id} está en estado {status}; solo se puede deshacer una aceptada.',
    'error.oneAccountAtATime': 'Concilie las líneas de una sola cuenta bancaria a la vez.',
    'error.chosenLineReconciled': 'Una línea elegida ya está conciliada; deshaga antes esa conciliación.',
    'error.itemNotOpen':
      '{kind} {id} no está pendiente en la moneda de esta cuenta ({currency}); elija una partida pendiente.',
    'error.oneItemMismatch':
      'Las líneas suman {total}; {item} tiene {open} pendiente. Elija partidas que cuadren o contabilice la diferencia como asiento.',
    'error.itemsMismatch':
      'Las líneas suman {total}, pero las partidas {items}; elija partidas que sumen lo mismo que las líneas.',
    'error.lineReconciled': 'Esta línea ya está conciliada; deshaga antes esa conciliación.',
    'error.entryAccountMissing':
      'La cuenta contable {id} no existe; elija una del plan de cuentas (p. ej. comisiones bancarias).',
    'error.entryOwnAccount': 'Elija la contrapartida del asiento, no la propia cuenta del banco.',
    'error.entryAwaitsApproval': 'El asiento espera aprobación; concilie la línea cuando esté contabilizado.',
    'error.lineRace': 'Otra persona acaba de conciliar esta línea.',
    'error.statementCurrency':
      'El extracto{n, plural, =0 {} one { (extracto n.º # del archivo)} other { (extracto n.º # del archivo)}} está en {statementCurrency}; la cuenta bancaria «{name}» está en {currency}. Impórtelo en la cuenta en {statementCurrencyAgain}.',
    'error.statementIban':
      'El extracto{n, plural, =0 {} one { (extracto n.º # del archivo)} other { (extracto n.º # del archivo)}} es del IBAN {statementIban}, no de «{name}» ({iban}). Elija la cuenta correcta.',
    'error.statementAccount':
      'El extracto{n, plural, =0 {} one { (extracto n.º # del archivo)} other { (extracto n.º # del archivo)}} es de la cuenta {number}, no de «{name}» ({accountNumber}). Elija la cuenta correcta.',
    'error.duplicateTransaction':
      'El archivo tiene el id de transacción bancaria {bankTransactionId} dos veces: en {first} y en {source}. Pida al banco una exportación corregida.',
    'error.mappingRequired':
      'Un extracto CSV necesita una correspondencia de columnas; guarde antes una para esta cuenta.',
    'error.accountClosed': 'La cuenta bancaria «{name}» está cerrada; vuelva a abrirla antes de importar.',
    'error.clashName': 'La cuenta bancaria «{account}» ya tiene el nombre «{name}»; elija otro.',
    'error.clashIban': 'La cuenta bancaria «{account}» ya tiene el IBAN {iban}; elija otro.',
    'error.clashLedger': 'La cuenta bancaria «{account}» ya usa esa cuenta contable; elija otra.',
  },
});
