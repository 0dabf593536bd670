import { defineCatalog } from '../i18n/index.ts';

/**
 * The HTTP layer's own error messages, and the generic wording of the kernel's error helpers (`notFound`,
 * `forbidden()`, `unauthenticated()` without a message of their own), in the request's language.
 */
export const httpText = defineCatalog('http', {
  en: {
    notFound: 'The record was not found.',
    notFoundId: '{id} was not found.',
    forbidden: 'You do not have permission to do this.',
    unauthenticated: 'Sign in first, or send a valid API token.',
    invalidRequest: 'The request is not valid.',
    invalidField: '{field}: {message}',
    bodyTooLarge: 'The request body is larger than {limit} bytes.',
    bodyTooLargePlain: 'The request body is too large.',
    jsonOnly: 'Send the body as JSON (Content-Type: application/json).',
    invalidJson: 'The request body is not valid JSON.',
    notUnderstood: 'The request could not be understood.',
    internal: 'Something went wrong on our side; it has been logged. Try again.',
    notMember: 'You are not an active member of this company.',
    tokenOtherCompany: 'This API token belongs to another company.',
    chooseCompany: 'Choose a company: send the X-Company-Id header.',
    csrfMissing:
      'The request is missing its CSRF token (X-CSRF-Token header); reload the page and try again.',
    memberOnly: 'This needs a company member.',
    idempotencyBodyTooLarge: 'The request body is larger than the {max} bytes allowed.',
    idempotencyKeyLong: 'Idempotency-Key is at most 200 characters.',
    idempotencyRunning: 'The first request with this Idempotency-Key is still running.',
    idempotencyNotRecorded: 'Idempotency-Key could not be recorded; retry.',
    idempotencyOtherRequest: 'This Idempotency-Key was already used with a different request; use a new key.',
    idempotencyAbandoned:
      'The first request with this Idempotency-Key did not finish (the server stopped). Check whether it took effect, then retry with a new key.',
    idempotencySecretShownOnce:
      'The first request with this Idempotency-Key succeeded, and its answer held a secret that is shown only once, so it was not kept. Nothing was created twice: use what the first answer gave, or revoke it and send a new request with a new key.',
  },
  cs: {
    notFound: 'Záznam nebyl nalezen.',
    notFoundId: 'Záznam {id} nebyl nalezen.',
    forbidden: 'K této akci nemáte oprávnění.',
    unauthenticated: 'Nejprve se přihlaste, nebo pošlete platný API token.',
    invalidRequest: 'Požadavek není platný.',
    invalidField: '{field}: {message}',
    bodyTooLarge: 'Tělo požadavku je větší než {limit} bajtů.',
    bodyTooLargePlain: 'Tělo požadavku je příliš velké.',
    jsonOnly: 'Pošlete tělo jako JSON (Content-Type: application/json).',
    invalidJson: 'Tělo požadavku není platný JSON.',
    notUnderstood: 'Požadavku se nepodařilo porozumět.',
    internal: 'Na naší straně se něco pokazilo; chyba je zaznamenána. Zkuste to znovu.',
    notMember: 'Nejste aktivním členem této společnosti.',
    tokenOtherCompany: 'Tento API token patří jiné společnosti.',
    chooseCompany: 'Vyberte společnost: pošlete hlavičku X-Company-Id.',
    csrfMissing: 'Požadavku chybí CSRF token (hlavička X-CSRF-Token); obnovte stránku a zkuste to znovu.',
    memberOnly: 'Tato akce vyžaduje člena společnosti.',
    idempotencyBodyTooLarge: 'Tělo požadavku je větší než povolených {max} bajtů.',
    idempotencyKeyLong: 'Idempotency-Key může mít nejvýše 200 znaků.',
    idempotencyRunning: 'První požadavek s tímto Idempotency-Key ještě běží.',
    idempotencyNotRecorded: 'Idempotency-Key se nepodařilo zaznamenat; zkuste to znovu.',
    idempotencyOtherRequest: 'Tento Idempotency-Key už byl použit s jiným požadavkem; použijte nový klíč.',
    idempotencyAbandoned:
      'První požadavek s tímto Idempotency-Key nedoběhl (server se zastavil). Ověřte, zda se provedl, a pak to zkuste znovu s novým klíčem.',
    idempotencySecretShownOnce:
      'První požadavek s tímto Idempotency-Key uspěl a jeho odpověď obsahovala tajný údaj, který se zobrazuje jen jednou, takže nebyla uložena. Nic nevzniklo dvakrát: použijte, co vrátila první odpověď, nebo to zrušte a pošlete nový požadavek s novým klíčem.',
  },
  es: {
    notFound: 'No se encontró el registro.',
    notFoundId: 'No se encontró {id}.',
    forbidden: 'No tiene permiso para hacer esto.',
    unauthenticated: 'Inicie sesión primero o envíe un token de API válido.',
    invalidRequest: 'La solicitud no es válida.',
    invalidField: '{field}: {message}',
    bodyTooLarge: 'El cuerpo de la solicitud supera los {limit} bytes.',
    bodyTooLargePlain: 'El cuerpo de la solicitud es demasiado grande.',
    jsonOnly: 'Envíe el cuerpo como JSON (Content-Type: application/json).',
    invalidJson: 'El cuerpo de la solicitud no es un JSON válido.',
    notUnderstood: 'No se pudo entender la solicitud.',
    internal: 'Algo falló por nuestra parte; ha quedado registrado. Inténtelo de nuevo.',
    notMember: 'No es miembro activo de esta empresa.',
    tokenOtherCompany: 'Este token de API pertenece a otra empresa.',
    chooseCompany: 'Elija una empresa: envíe la cabecera X-Company-Id.',
    csrfMissing:
      'A la solicitud le falta su token CSRF (cabecera X-CSRF-Token); recargue la página e inténtelo de nuevo.',
    memberOnly: 'Esto requiere un miembro de la empresa.',
    idempotencyBodyTooLarge: 'El cuerpo de la solicitud supera los {max} bytes permitidos.',
    idempotencyKeyLong: 'Idempotency-Key tiene como máximo 200 caracteres.',
    idempotencyRunning: 'La primera solicitud con esta Idempotency-Key todavía se está ejecutando.',
    idempotencyNotRecorded: 'No se pudo registrar la Idempotency-Key; vuelva a intentarlo.',
    idempotencyOtherRequest: 'Esta Idempotency-Key ya se usó con otra solicitud; use una clave nueva.',
    idempotencyAbandoned:
      'La primera solicitud con esta Idempotency-Key no terminó (el servidor se detuvo). Compruebe si surtió efecto y vuelva a intentarlo con una clave nueva.',
    idempotencySecretShownOnce:
      'La primera solicitud con esta Idempotency-Key tuvo éxito y su respuesta contenía un secreto que solo se muestra una vez, así que no se guardó. No se creó nada dos veces: use lo que dio la primera respuesta, o revóquelo y envíe una solicitud nueva con una clave nueva.',
  },
});
