import { defineCatalog } from '../i18n/index.ts';

/** The database layer's error messages (translatePgError: what a refused write means and how to fix it), in the request's language. */
export const dbText = defineCatalog('db', {
  en: {
    'error.duplicate': 'This would create a duplicate ({constraint}).',
    'error.foreignKey': 'This refers to a record that does not exist or is still in use ({constraint}).',
    'error.badText': 'Text may not contain the NUL character (\\u0000) or invalid UTF-8.',
    'error.badDate': 'A date or time value is not valid.',
    'error.busy': 'The database was busy with a conflicting change; try again.',
    'error.outOfRange':
      'A number is too large (or otherwise out of range) to store; use a smaller amount, quantity or rate.',
    'error.badPattern': 'A search pattern is not valid; check backslashes and special characters.',
    'error.rejectedValue': 'The database rejected a value ({constraint}).',
  },
  cs: {
    'error.duplicate': 'Vznikl by duplicitní záznam ({constraint}).',
    'error.foreignKey': 'Odkazuje to na záznam, který neexistuje nebo se stále používá ({constraint}).',
    'error.badText': 'Text nesmí obsahovat znak NUL (\\u0000) ani neplatné UTF-8.',
    'error.badDate': 'Hodnota data nebo času není platná.',
    'error.busy': 'Databáze právě zpracovávala kolidující změnu; zkuste to znovu.',
    'error.outOfRange':
      'Číslo je pro uložení příliš velké (nebo jinak mimo rozsah); použijte menší částku, množství nebo sazbu.',
    'error.badPattern': 'Vyhledávací vzor není platný; zkontrolujte zpětná lomítka a speciální znaky.',
    'error.rejectedValue': 'Databáze odmítla hodnotu ({constraint}).',
  },
  es: {
    'error.duplicate': 'Esto crearía un duplicado ({constraint}).',
    'error.foreignKey':
      'Esto hace referencia a un registro que no existe o que todavía está en uso ({constraint}).',
    'error.badText': 'El texto no puede contener el carácter NUL (\\u0000) ni UTF-8 no válido.',
    'error.badDate': 'Un valor de fecha u hora no es válido.',
    'error.busy': 'La base de datos estaba ocupada con un cambio en conflicto; inténtelo de nuevo.',
    'error.outOfRange':
      'Un número es demasiado grande (o está fuera de rango) para guardarlo; use un importe, una cantidad o un tipo menor.',
    'error.badPattern':
      'Un patrón de búsqueda no es válido; revise las barras invertidas y los caracteres especiales.',
    'error.rejectedValue': 'La base de datos rechazó un valor ({constraint}).',
  },
});
