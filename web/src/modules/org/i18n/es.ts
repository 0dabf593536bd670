import type { OrgMessages } from './en.ts';

// Organización — español
export const orgEs: OrgMessages = {
  'orgRoles.subtitle':
    'Lo que puede hacer cada rol. Los cinco roles predefinidos son fijos; un rol de la empresa tiene los permisos que marque.',
  'orgRoles.legendOwn': '✓* solo en los departamentos propios del miembro',
  'orgRoles.listTitle': 'Roles de la empresa',
  'orgRoles.new': 'Nuevo rol',
  'orgRoles.builtin': 'Predefinido',
  'orgRoles.builtinHint':
    'Los roles predefinidos no se pueden cambiar. Cree un rol propio para otro conjunto.',
  'orgRoles.custom': 'Rol de la empresa',
  'orgRoles.members': 'Personas',
  'orgRoles.permissionCount': 'Permisos',
  'orgRoles.editFor': 'Editar {name}',
  'orgRoles.deleteFor': 'Eliminar {name}',
  'orgRoles.confirmDelete': '¿Eliminar el rol «{name}»?',
  'orgRoles.inUse':
    'El rol «{name}» lo {count, plural, one {tiene # persona} other {tienen # personas}}. Deles otro rol en la página Personas y luego elimínelo.',
  'orgRoles.createTitle': 'Nuevo rol',
  'orgRoles.editTitle': 'Editar el rol {name}',
  'orgRoles.name': 'Nombre',
  'orgRoles.description': 'Descripción',
  'orgRoles.permissions': 'Permisos',
  'orgRoles.permissionsHint': 'Marque lo que el rol puede hacer. Solo puede dar permisos que usted tiene.',
  'orgRoles.ownDepartments': 'solo en sus propios departamentos',
  'orgRoles.departmentScoped': 'departamento',
  'orgRoles.selectedCount': '{count, plural, one {# seleccionado} other {# seleccionados}}',
  'orgRoles.saved': 'Rol guardado.',
  'orgRoles.assignHint': 'Solo quien puede gestionar roles puede cambiar un rol.',
  'orgRoles.builtinGroup': 'Roles predefinidos',
  'orgRoles.customGroup': 'Roles de la empresa',
  'orgRoles.module.audit': 'Auditoría',
  'orgRoles.module.banking': 'Banca',
  'orgRoles.module.files': 'Archivos',
  'orgRoles.module.jobs': 'Tareas en segundo plano',
  'orgRoles.module.ledger': 'Contabilidad',
  'orgRoles.module.me': 'Mi cuenta',
  'orgRoles.module.org': 'Organización',
  'orgRoles.module.parties': 'Clientes y proveedores',
  'orgRoles.module.payments': 'Pagos',
  'orgRoles.module.purchasing': 'Compras',
  'orgRoles.module.sales': 'Ventas',
  'orgRoles.module.tax': 'Impuestos',
  'orgRoles.module.work': 'Supervisión',

  // What each permission allows, for the roles editor and matrix: those the core dictionary (web/src/i18n)
  // does not name yet. They belong to their modules' catalogues once those modules have their own.
  'perm.banking.payment_runs.file':
    'Descargar el fichero bancario de una remesa liberada (cuentas de proveedores en claro; cada descarga se audita)',
  'perm.banking.payment_runs.manage':
    'Proponer, editar, liberar y descargar remesas de pago (ficheros bancarios)',
  'perm.banking.payment_runs.read': 'Ver remesas de pago',
  'perm.files.read': 'Ver y descargar adjuntos de los registros que puede leer',
  'perm.files.write': 'Adjuntar y quitar archivos de los registros que puede cambiar',
  'perm.ledger.accounts.manage': 'Cambiar el plan de cuentas',
  'perm.ledger.entries.draft': 'Preparar asientos',
  'perm.ledger.period.lock': 'Bloquear y desbloquear periodos, cerrar ejercicios',
  'perm.ledger.post': 'Contabilizar y revertir asientos',
  'perm.ledger.rates.manage': 'Mantener los tipos de cambio',
  'perm.ledger.read': 'Ver cuentas, asientos e informes',
  'perm.org.owners.manage': 'Dar o quitar el rol de propietario',
  'perm.org.roles.manage':
    'Crear, cambiar y eliminar los roles propios de la empresa y asignarlos a personas',
  'perm.payments.manage':
    'Registrar cobros, pagos a proveedores, reembolsos y aplicaciones de crédito; anularlos',
  'perm.payments.read': 'Ver pagos, asignaciones y crédito de clientes',
  'perm.payments.settings': 'Elegir la cuenta y el límite de cancelación y las cuentas de crédito',
  'perm.purchasing.approve': 'Aprobar y contabilizar facturas de proveedores',
  'perm.purchasing.manage': 'Introducir, capturar, importar y enviar facturas de proveedores',
  'perm.purchasing.read': 'Ver facturas de proveedores, la bandeja de captura y las cuentas por pagar',
  'perm.sales.issue': 'Emitir facturas y notas de crédito (números legales, contabilización)',
  'perm.sales.manage':
    'Redactar borradores de facturas y notas de crédito, enviarlas por correo, cambiar ajustes y series de ventas',
  'perm.sales.read': 'Ver facturas, notas de crédito, series de numeración y cuentas por cobrar',
  'perm.tax.calculate': 'Previsualizar los totales al redactar una factura (no se guarda nada)',
  'perm.tax.manage': 'Crear y cambiar códigos de impuestos',
  'perm.tax.read': 'Ver códigos de impuestos y calcular totales de documentos',
};
