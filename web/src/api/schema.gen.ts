// Generated from GET /api/v1/openapi.json by `npm run gen:api` (scripts/gen-api-types.ts): do not edit.
// The contract test fails when this file is stale.

export interface paths {
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify this company's audit chain (a job) */
        post: operations["postAuditVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up an invitation link */
        get: operations["getAuthInvitationsByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation as a new person (an existing account signs in and uses /me/invitations/accept) */
        post: operations["postAuthInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link
         * @description Ends every session of the user and invalidates every other reset link. `revokeApiTokens` (default true) also revokes all their API tokens, in case whoever had the password made some.
         */
        post: operations["postAuthPasswordResetComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["postAuthSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: operations["postAuthSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bank and cash accounts (active ones; ?all=true for closed ones too) */
        get: operations["getBankingAccounts"];
        put?: never;
        /** Add a bank or cash account linked to a ledger asset account */
        post: operations["postBankingAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bank account */
        get: operations["getBankingAccountsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, set as default for its currency, close or reopen a bank account */
        patch: operations["patchBankingAccountsById"];
        trace?: never;
    };
    "/banking/accounts/{id}/auto-match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose matches for the account's unreconciled lines (replaces earlier proposals) */
        post: operations["postBankingAccountsByIdAutoMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open items a line can be matched with by hand: invoices, bills, payments, ledger lines */
        get: operations["getBankingAccountsByIdCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}/csv-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a CSV sample with a mapping, saving nothing: the first lines, or the error naming the line */
        post: operations["postBankingAccountsByIdCsvPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's saved CSV mappings */
        get: operations["getBankingAccountsByIdMappings"];
        /** Save a CSV mapping by name (replaces the one with that name) */
        put: operations["putBankingAccountsByIdMappings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}/open-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statement lines of the account not reconciled yet, oldest first */
        get: operations["getBankingAccountsByIdOpenLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reconciliations of an account (?status=proposed for the workbench), strongest first, with lines, items and reasons */
        get: operations["getBankingAccountsByIdReconciliations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/accounts/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's imported statements, newest first, with continuity */
        get: operations["getBankingAccountsByIdStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a statement file into a bank account: send the file itself as the body (not JSON)
         * @description The body is the raw OFX / QFX, CAMT.053 XML or CSV file, at most STEWARD_MAX_UPLOAD_BYTES (413 beyond, before reading it all). All or nothing; lines already imported are skipped; dryRun=true reports without saving.
         */
        post: operations["postBankingImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/lines/{id}/entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a statement line as a journal entry (bank fee, interest) and mark it reconciled */
        post: operations["postBankingLinesByIdEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/reconciliations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposed match */
        post: operations["postBankingReconciliationsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/reconciliations/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo an accepted reconciliation: void the payments and reverse the entries it created, free its lines */
        post: operations["postBankingReconciliationsByIdUndo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/reconciliations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept proposed matches in bulk (records the receipts and payments) */
        post: operations["postBankingReconciliationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/reconciliations/manual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match lines with items by hand and accept at once */
        post: operations["postBankingReconciliationsManual"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statement with its lines and their reconciliation */
        get: operations["getBankingStatementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banking/statements/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reconciliation report of a statement: matched, unmatched, differences */
        get: operations["getBankingStatementsByIdReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create another company (you become its owner) */
        post: operations["postCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current company */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change company settings */
        patch: operations["patchCompany"];
        trace?: never;
    };
    "/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List departments */
        get: operations["getDepartments"];
        put?: never;
        /** Create a department */
        post: operations["postDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department and its members */
        get: operations["getDepartmentsById"];
        put?: never;
        post?: never;
        /** Delete a department */
        delete: operations["deleteDepartmentsById"];
        options?: never;
        head?: never;
        /** Change a department */
        patch: operations["patchDepartmentsById"];
        trace?: never;
    };
    "/departments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a person to a department */
        post: operations["postDepartmentsByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/departments/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from a department */
        delete: operations["deleteDepartmentsByIdMembersByUserId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dunning/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue customers as of a date with their dunning level and letter (writes nothing); levels=1,15:10.00,30:25.00 */
        get: operations["getDunningProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dunning/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the dunning letters (all overdue customers, or partyIds) by e-mail; audited per customer */
        post: operations["postDunningSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's attachments (without their content), and whether they may still be removed */
        get: operations["getFiles"];
        put?: never;
        /**
         * Attach a file to a record: send the file itself as the body (PDF, PNG, JPEG, XLSX, CSV or plain text; its own Content-Type), not JSON
         * @description The body is the raw file, at most STEWARD_MAX_UPLOAD_BYTES (default 10 MB). The type is decided from the file's first bytes; HTML, SVG, XML and programs are refused with 415.
         */
        post: operations["postFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an attachment (only while its record is not posted or closed) */
        delete: operations["deleteFilesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (always as an attachment, with its stored type) */
        get: operations["getFilesByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Home figures for the caller: cash, receivables, payables, income vs expense, approvals, tasks, drafts */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations */
        get: operations["getInvitations"];
        put?: never;
        /** Invite someone by e-mail */
        post: operations["postInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation */
        delete: operations["deleteInvitationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs of the company */
        get: operations["getJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job and its progress */
        get: operations["getJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chart of accounts */
        get: operations["getLedgerAccounts"];
        put?: never;
        /** Open an account */
        post: operations["postLedgerAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an account without postings */
        delete: operations["deleteLedgerAccountsById"];
        options?: never;
        head?: never;
        /** Change or deactivate an account */
        patch: operations["patchLedgerAccountsById"];
        trace?: never;
    };
    "/ledger/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import accounts from CSV/XLSX (code,name,type,subtype,parent,currency,name_en,name_cs,name_es,default_department,default_cost_centre,default_project,default_partner); dryRun checks only */
        post: operations["postLedgerAccountsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/accounts/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the chart of accounts from a template (generic, us, cz, es) */
        post: operations["postLedgerAccountsTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/dimensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dimensions whose balances are tracked (department, cost_centre, project, partner) */
        get: operations["getLedgerDimensions"];
        /** Set the tracked dimensions; a newly tracked one is backfilled from the posted lines */
        put: operations["putLedgerDimensions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journal, newest first */
        get: operations["getLedgerEntries"];
        put?: never;
        /** Save a draft entry (with post: true, post it at once — needs ledger.post) */
        post: operations["postLedgerEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry with its lines */
        get: operations["getLedgerEntriesById"];
        /** Replace a draft */
        put: operations["putLedgerEntriesById"];
        post?: never;
        /** Delete an unposted entry */
        delete: operations["deleteLedgerEntriesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/entries/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a draft or submitted entry */
        post: operations["postLedgerEntriesByIdPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/entries/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a posted entry on a date */
        post: operations["postLedgerEntriesByIdReverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/entries/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for approval */
        post: operations["postLedgerEntriesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/entries/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post up to 10,000 entries at once, all or nothing (send an Idempotency-Key) */
        post: operations["postLedgerEntriesBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/fiscal-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiscal years and their periods */
        get: operations["getLedgerFiscalYears"];
        put?: never;
        /** Open a fiscal year (12 monthly periods) */
        post: operations["postLedgerFiscalYears"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/fiscal-years/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a fiscal year: income and expense into retained earnings, periods locked */
        post: operations["postLedgerFiscalYearsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/fiscal-years/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed fiscal year (reverses the closing entry), with a reason */
        post: operations["postLedgerFiscalYearsByIdReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/periods/{period}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock a period (YYYY-MM) */
        post: operations["postLedgerPeriodsByPeriodLock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/periods/{period}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock a period, with a reason */
        post: operations["postLedgerPeriodsByPeriodUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates */
        get: operations["getLedgerRates"];
        put?: never;
        /** Set exchange rates (base per unit) */
        post: operations["postLedgerRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/recurring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recurring entries */
        get: operations["getLedgerRecurring"];
        put?: never;
        /** Create a recurring entry (RFC 5545 RRULE) */
        post: operations["postLedgerRecurring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/recurring/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recurring entry */
        get: operations["getLedgerRecurringById"];
        put?: never;
        post?: never;
        /** Delete a recurring entry that never generated anything */
        delete: operations["deleteLedgerRecurringById"];
        options?: never;
        head?: never;
        /** Change or deactivate a recurring entry */
        patch: operations["patchLedgerRecurringById"];
        trace?: never;
    };
    "/ledger/recurring/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate the due occurrences of one recurring entry */
        post: operations["postLedgerRecurringByIdRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/recurring/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate every due occurrence of the active recurring entries (through a date, default today) */
        post: operations["postLedgerRecurringRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/reports/balance-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance sheet at the end of a day */
        get: operations["getLedgerReportsBalanceSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/reports/cash-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cash-flow statement (direct or indirect); CSV columns section,code,account,amount */
        get: operations["getLedgerReportsCashFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/reports/income-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Income statement for a period */
        get: operations["getLedgerReportsIncomeStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/reports/income-statement/comparative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Income statement with columns: previous period, same period last year, or month by month */
        get: operations["getLedgerReportsIncomeStatementComparative"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/reports/register/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's lines with running balance */
        get: operations["getLedgerReportsRegisterByAccountId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger/reports/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trial balance at the end of a day */
        get: operations["getLedgerReportsTrialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I, in which company, with which rights */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my name or language */
        patch: operations["patchMe"];
        trace?: never;
    };
    "/me/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the current company of this session */
        post: operations["postMeCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations to my e-mail address */
        get: operations["getMeInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept one of my pending invitations */
        post: operations["postMeInvitationsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation link addressed to me */
        post: operations["postMeInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password */
        post: operations["postMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens in this company */
        get: operations["getMeTokens"];
        put?: never;
        /** Create an API token (shown once) */
        post: operations["postMeTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: operations["deleteMeTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off */
        post: operations["postMeTotpDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in on */
        post: operations["postMeTotpEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor setup */
        post: operations["postMeTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers and vendors: filter by role, q (name, code, VAT id, e-mail), active, country; ?format=csv|xlsx */
        get: operations["getParties"];
        put?: never;
        /** Create a customer and/or vendor */
        post: operations["postParties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer or vendor with contacts and masked bank accounts */
        get: operations["getPartiesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer or vendor (contacts, when given, replace the list) */
        patch: operations["patchPartiesById"];
        trace?: never;
    };
    "/parties/{id}/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bank accounts of a party, masked (last four characters) */
        get: operations["getPartiesByIdBankAccounts"];
        put?: never;
        /** Add a bank account: IBAN (+ BIC) or US routing + account number; validated, stored encrypted */
        post: operations["postPartiesByIdBankAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{id}/bank-accounts/{bankAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a bank account (kept for history; the next one becomes primary) */
        delete: operations["deletePartiesByIdBankAccountsByBankAccountId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{id}/bank-accounts/{bankAccountId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full IBAN or account number (recorded in the audit trail) */
        post: operations["postPartiesByIdBankAccountsByBankAccountIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's open-item statement as of a date; ?format=pdf for the PDF in the customer's language */
        get: operations["getPartiesByIdStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{id}/statement/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the statement to the customer (through the outbox; recorded in the audit trail) */
        post: operations["postPartiesByIdStatementEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import customers/vendors from CSV or XLSX; dryRun checks every row and writes nothing */
        post: operations["postPartiesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CSV template for POST /parties/import: every column it reads and one example row */
        get: operations["getPartiesImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment runs, newest first */
        get: operations["getPaymentRuns"];
        put?: never;
        /** Propose a run: open bills due by a day (optionally one vendor) in the bank account currency */
        post: operations["postPaymentRuns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run with its items */
        get: operations["getPaymentRunsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft run */
        post: operations["postPaymentRunsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-runs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the bank file of a released run (SEPA XML or NACHA); the read is audited */
        get: operations["getPaymentRunsByIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-runs/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Drop a bill from the proposal or change the amount paid */
        patch: operations["patchPaymentRunsByIdItemsByItemId"];
        trace?: never;
    };
    "/payment-runs/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release (or submit for approval): pay the bills, post, write the bank file. Once only (Idempotency-Key) */
        post: operations["postPaymentRunsByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments, newest first (filter by kind, party, bank account, status); ?format=csv|xlsx */
        get: operations["getPayments"];
        put?: never;
        /** Record a receipt, vendor payment, refund or application of credit with its allocations (Idempotency-Key) */
        post: operations["postPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment with its allocations */
        get: operations["getPaymentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a payment: reverse its entry and settlements (documents reopen) */
        post: operations["postPaymentsByIdVoid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active company bank accounts a payment can move through (id, name, currency) */
        get: operations["getPaymentsBankAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers' credit balances (over-payments not yet applied or refunded) */
        get: operations["getPaymentsCredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/open-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open invoices (receivables) or bills (payables) a payment can settle */
        get: operations["getPaymentsOpenItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Write-off account and limit, customer credit and vendor advance accounts */
        get: operations["getPaymentsSettings"];
        /** Change the write-off account and limit and the credit accounts */
        put: operations["putPaymentsSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the people of the company (a manager or an assistant sees the members of their own departments and themself) */
        get: operations["getPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person (with only the departments the caller may see) */
        get: operations["getPeopleById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person's role, title or manager */
        patch: operations["patchPeopleById"];
        trace?: never;
    };
    "/people/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate: sessions and tokens stop working at once */
        post: operations["postPeopleByIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a password reset link by mail (or, with no mail configured, give it to an owner)
         * @description With mail configured the link is e-mailed to the person only and the response has `link: null`. Without mail, only an owner gets the link, for themself or for a person who is an owner nowhere and belongs to no company where the caller is not an owner; anything else is 403 (the operator runs `steward user reset-password EMAIL`).
         */
        post: operations["postPeopleByIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate */
        post: operations["postPeopleByIdReactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a person a role, built-in or the company's own (never one holding more than yours) */
        put: operations["putPeopleByIdRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission a role can hold, with its module, scope and whether it writes */
        get: operations["getPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vendor bills, newest first (status: draft … paid, void, open, overdue, all); ?format=csv|xlsx */
        get: operations["getPurchasingBills"];
        put?: never;
        /** Create a draft bill. A possible duplicate answers 409 with details.candidates; send confirmDuplicate: true to save anyway */
        post: operations["postPurchasingBills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bill with its lines and settlements */
        get: operations["getPurchasingBillsById"];
        /** Replace a draft bill (send version to refuse overwriting another change) */
        put: operations["putPurchasingBillsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted bill: decides its approval request (the maker cannot approve their own bill) */
        post: operations["postPurchasingBillsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new draft bill like this one (vendor, currency, lines), dated today with the same payment term */
        post: operations["postPurchasingBillsByIdDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post an approved bill to the ledger (AP / expense or asset / input tax) */
        post: operations["postPurchasingBillsByIdPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted bill with a reason: it returns to draft */
        post: operations["postPurchasingBillsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for approval (approved at once when no policy holds it) */
        post: operations["postPurchasingBillsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/bills/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a bill that is not posted, with a reason */
        post: operations["postPurchasingBillsByIdVoid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/captures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review inbox: documents being read, ready for review or failed (all=true: every one) */
        get: operations["getPurchasingCaptures"];
        put?: never;
        /** Start a capture: an inbox entry to upload the bill (PDF or photo) to */
        post: operations["postPurchasingCaptures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/captures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One captured document: status, text, fields with confidences and the proposed bill */
        get: operations["getPurchasingCapturesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/captures/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a reviewed document into a draft bill (createVendor: true creates the vendor read from it) */
        post: operations["postPurchasingCapturesByIdConvert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/captures/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a document from the inbox (not a bill) */
        post: operations["postPurchasingCapturesByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/captures/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the uploaded document (a background job: text layer or OCR, then the proposal) */
        post: operations["postPurchasingCapturesByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/open-payables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posted bills with an open amount, earliest due first (asOf, partyId, currency, dueBefore) */
        get: operations["getPurchasingOpenPayables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchasing/ubl-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a received UBL 2.1 / Peppol BIS 3.0 invoice as a draft bill (vendor by VAT id; createVendor to create it) */
        post: operations["postPurchasingUblImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/ap-aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payables aging as of a date; buckets=30,60,90; ?format=csv (party,currency,current,1-30,…,total) */
        get: operations["getReportsApAging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/ar-aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Receivables aging as of a date; buckets=30,60,90; ?format=csv (party,currency,current,1-30,…,total) */
        get: operations["getReportsArAging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/cash-forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Expected cash by week from open receivables (in) and payables (out), one currency */
        get: operations["getReportsCashForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles and their permissions: the five built-in roles, then the company's own */
        get: operations["getRoles"];
        put?: never;
        /** Create a role: a name and permissions you hold yourself */
        post: operations["postRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One role */
        get: operations["getRolesById"];
        put?: never;
        post?: never;
        /** Delete a company role nobody holds */
        delete: operations["deleteRolesById"];
        options?: never;
        head?: never;
        /** Change a company role's name, description or permissions (built-in roles cannot change) */
        patch: operations["patchRolesById"];
        trace?: never;
    };
    "/sales/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices and credit notes, newest first or by `sort` (status: draft, issued, partially_paid, paid, credited, open, overdue; issue dates from/to); the first page carries the totals of the whole filtered set per currency */
        get: operations["getSalesInvoices"];
        put?: never;
        /** Create a draft invoice (no number until it is issued) */
        post: operations["postSalesInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice or credit note (by id or number) with lines, tax breakdown and settlements */
        get: operations["getSalesInvoicesById"];
        /** Replace a draft (send version to refuse overwriting someone else’s change) */
        put: operations["putSalesInvoicesById"];
        post?: never;
        /** Delete a draft (issued documents are credited, never deleted) */
        delete: operations["deleteSalesInvoicesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Credit an issued invoice in full (no lines) or in part; issue: true issues it at once (needs sales.issue) */
        post: operations["postSalesInvoicesByIdCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new draft invoice like this one: same customer, currency and lines, dated today with the same payment term */
        post: operations["postSalesInvoicesByIdDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail an issued invoice to the customer (or "to"), in the customer’s language */
        post: operations["postSalesInvoicesByIdEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: legal number, buyer snapshot, exchange rate, posting (send an Idempotency-Key) */
        post: operations["postSalesInvoicesByIdIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF of an issued invoice or credit note (lang: en, cs, es; default the buyer’s) */
        get: operations["getSalesInvoicesByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/{id}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The UBL 2.1 / Peppol BIS Billing 3.0 XML of an issued invoice or credit note */
        get: operations["getSalesInvoicesByIdUbl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/invoices/issue-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue up to 10,000 drafts at once, all or nothing, numbered in creation order */
        post: operations["postSalesInvoicesIssueBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/open-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open receivables (invoices positive, credit notes negative), optionally as of a date */
        get: operations["getSalesOpenItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Numbering series */
        get: operations["getSalesSeries"];
        put?: never;
        /** Create a numbering series (pattern tokens {YYYY} {YY} {NNNNN}) */
        post: operations["postSalesSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales/series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a series (pattern and reset only before its first number) */
        patch: operations["patchSalesSeriesById"];
        trace?: never;
    };
    "/sales/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales settings */
        get: operations["getSalesSettings"];
        /** Change sales settings */
        put: operations["putSalesSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Global search: invoices, bills, customers and vendors, journal entries, tasks and people by number, name, amount or reference — only the kinds the caller may read */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the first company and its owner */
        post: operations["postSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/setup-checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The new company's first steps, each ticked from real data */
        get: operations["getSetupChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/setup/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether first-run setup is needed */
        get: operations["getSetupStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute line nets, the tax breakdown and totals of a document (nothing is stored) */
        post: operations["postTaxCalculate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax codes */
        get: operations["getTaxCodes"];
        put?: never;
        /** Create a tax code */
        post: operations["postTaxCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax/codes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a tax code (documents already issued keep their own copy of rate and category) */
        patch: operations["patchTaxCodesById"];
        trace?: never;
    };
    "/tax/codes/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a country's usual tax codes (CZ, ES, DE, US or generic); existing codes are kept */
        post: operations["postTaxCodesDefaults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved views of one list */
        get: operations["getViews"];
        put?: never;
        /** Save a view of a list (filters and sort) for myself */
        post: operations["postViews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of my views */
        delete: operations["deleteViewsById"];
        options?: never;
        head?: never;
        /** Rename one of my views, change its parameters or make it my default */
        patch: operations["patchViewsById"];
        trace?: never;
    };
    "/work/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approval requests, newest first */
        get: operations["getWorkApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request: levels, approvers still needed, decisions */
        get: operations["getWorkApprovalsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve; deciding a decided request is a 409 */
        post: operations["postWorkApprovalsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (comment required); deciding a decided request is a 409 */
        post: operations["postWorkApprovalsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/approvals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The maker withdraws the request */
        post: operations["postWorkApprovalsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/approvals/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide several requests with one comment (each in its own transaction) */
        post: operations["postWorkApprovalsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Working days, hours and holidays (for SLA time) */
        put: operations["putWorkCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delegations from or to me (everyone for owners and admins) */
        get: operations["getWorkDelegations"];
        put?: never;
        /** Delegate my approvals for a date range, or set myself out of office */
        post: operations["postWorkDelegations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a delegation */
        delete: operations["deleteWorkDelegationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My work: my tasks, my queues, requests waiting on me, my submitted requests */
        get: operations["getWorkInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first (a page; nextCursor for older ones) */
        get: operations["getWorkNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What I receive by e-mail */
        get: operations["getWorkNotificationsPreferences"];
        /** Choose instant e-mail, a daily digest or none, and mute kinds */
        put: operations["putWorkNotificationsPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read (all when no ids) */
        post: operations["postWorkNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread (the bell polls this) */
        get: operations["getWorkNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approval policies (current versions) and the actions that can need approval */
        get: operations["getWorkPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/policies/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or change the policy of an action (a new version; requests in flight keep theirs) */
        put: operations["putWorkPoliciesByAction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/queues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A department queue's auto-assignment and SLA (business hours) */
        put: operations["putWorkQueuesById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create tasks from a template on a schedule: an RRULE (e.g. FREQ=WEEKLY;BYDAY=MO), or workingDayOfMonth N (the Nth working day of each month, company holidays skipped) */
        post: operations["postWorkSchedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks: mine (assignee=me), a queue (departmentId + queue=true), overdue, by status — only tasks of the caller's departments and tasks they are on, unless they see every department */
        get: operations["getWorkTasks"];
        put?: never;
        /** Create a task (no assignee: it goes to the department queue, auto-assigned if the queue says so) — in a department the caller reaches */
        post: operations["postWorkTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task with checklist, comments and links */
        get: operations["getWorkTasksById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign or reassign (null: back to the queue) */
        post: operations["postWorkTasksByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick or untick a checklist item */
        post: operations["postWorkTasksByIdChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a task */
        post: operations["postWorkTasksByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a record of any module */
        post: operations["postWorkTasksByIdLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a task (SLA time stops while waiting) */
        post: operations["postWorkTasksByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/tasks/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a queued task (one taker wins; the other gets a 409) */
        post: operations["postWorkTasksByIdTake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Team: workload per person, overdue and at-risk work, approvals waiting, throughput per week */
        get: operations["getWorkTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Task templates (checklists): those of the caller's departments and of no department */
        get: operations["getWorkTemplates"];
        put?: never;
        /** Create or replace a template (by name) */
        post: operations["postWorkTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/work/templates/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a task from a template (in the template's department) */
        post: operations["postWorkTemplatesByIdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountImportReport: {
            created: number;
            dryRun: boolean;
            errors: {
                field: string;
                message: string;
                row: number;
            }[];
            rows: number;
        };
        AccountRegister: {
            currency: string;
            items: {
                /** @description decimal amount, e.g. 1234.50 */
                balance: string;
                /** @description decimal amount, e.g. 1234.50 */
                credit: string;
                date: string;
                /** @description decimal amount, e.g. 1234.50 */
                debit: string;
                description: string;
                entryId: string;
                lineNo: number;
                memo: string | null;
                number: string;
            }[];
            nextCursor: string | null;
        };
        AgingDocument: {
            bucket: string;
            daysPastDue: number;
            documentId: string;
            dueDate: string;
            issueDate: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note" | "bill" | "vendor_credit";
            number: string;
            open: string;
            /** @description integer minor units, as a string */
            openMinor: string;
            paymentReference: string | null;
        };
        AgingReport: {
            asOf: string;
            buckets: {
                fromDays: number | null;
                key: string;
                toDays: number | null;
            }[];
            rows: {
                amounts: string[];
                amountsMinor: string[];
                currency: string;
                documents: components["schemas"]["AgingDocument"][];
                maxDaysPastDue: number;
                partyId: string;
                partyName: string;
                total: string;
                /** @description integer minor units, as a string */
                totalMinor: string;
            }[];
            /** @enum {string} */
            side: "ar" | "ap";
            totals: {
                amounts: string[];
                amountsMinor: string[];
                currency: string;
                total: string;
                /** @description integer minor units, as a string */
                totalMinor: string;
            }[];
        };
        ApprovalPolicy: {
            action: string;
            active: boolean;
            definition: {
                condition?: components["schemas"]["JsonValue"];
                expiresAfterHours?: number;
                levels: {
                    approvers: ({
                        departmentId?: string;
                        /** @enum {string} */
                        type: "department_manager";
                    } | {
                        role: ("owner" | "admin" | "manager" | "assistant") | string;
                        /** @enum {string} */
                        type: "role";
                    } | {
                        emails?: string[];
                        /** @enum {string} */
                        type: "people";
                        userIds?: string[];
                    })[];
                    name: string;
                    need?: number;
                }[];
                /** @enum {string} */
                onExpiry?: "expire" | "escalate";
                tiers?: {
                    levels: {
                        approvers: ({
                            departmentId?: string;
                            /** @enum {string} */
                            type: "department_manager";
                        } | {
                            role: ("owner" | "admin" | "manager" | "assistant") | string;
                            /** @enum {string} */
                            type: "role";
                        } | {
                            emails?: string[];
                            /** @enum {string} */
                            type: "people";
                            userIds?: string[];
                        })[];
                        name: string;
                        need?: number;
                    }[];
                    when?: components["schemas"]["JsonValue"];
                }[];
            };
            id: string;
            name: string;
            updatedAt: string;
            version: number;
        };
        ApprovalRequest: {
            action: string;
            approversNeeded: {
                approvers: string[];
                level: number;
                name: string;
                need: number;
            }[];
            createdAt: string;
            currentLevel: number;
            data: components["schemas"]["JsonObject"];
            decidedAt: string | null;
            decisions: {
                at: string;
                by: string;
                comment: string | null;
                decision: string;
                level: number;
                onBehalfOf: string | null;
            }[];
            entityId: string;
            entityType: string;
            expiresAt: string | null;
            id: string;
            levels: {
                approvedBy: string[];
                approvers: string[];
                name: string;
                need: number;
            }[];
            maker: string | null;
            makerName: string | null;
            policyVersion: number;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
            subject: components["schemas"]["ApprovalSubject"];
            subjectHidden: boolean;
            summary: string;
            waitingOn: string[];
        };
        ApprovalSubject: {
            date: string | null;
            dueDate: string | null;
            kind: string;
            lines: {
                accountCode: string;
                accountName: string;
                credit: string | null;
                currency: string;
                debit: string | null;
                memo: string | null;
            }[];
            number: string | null;
            party: string | null;
            title: string;
            total: {
                amount: string;
                currency: string;
            } | null;
        } | null;
        AuditEvent: {
            action: string;
            actorId: string | null;
            actorName: string;
            actorType: string;
            changes?: components["schemas"]["JsonValue"];
            entityId: string;
            entityType: string;
            id: string;
            occurredAt: string;
            requestId: string | null;
            seq: string;
        };
        BalanceSheet: {
            /** @description decimal amount, e.g. 1234.50 */
            assets: string;
            currency: string;
            /** @description decimal amount, e.g. 1234.50 */
            equity: string;
            /** @description decimal amount, e.g. 1234.50 */
            liabilities: string;
            rows: {
                account: string;
                accountId: string | null;
                /** @description decimal amount, e.g. 1234.50 */
                amount: string;
                code: string;
                /** @enum {string} */
                section: "assets" | "liabilities" | "equity";
            }[];
            /** @description assets − liabilities − equity: zero for the whole company; by dimension, the untagged other sides */
            untagged: string;
        };
        BankAccount: {
            accountNumber: string | null;
            active: boolean;
            bankName: string;
            bic: string | null;
            currency: string;
            iban: string | null;
            id: string;
            isDefault: boolean;
            /** @enum {string} */
            kind: "bank" | "cash";
            ledgerAccountId: string;
            name: string;
            routingNumber: string | null;
        };
        BankAccountList: {
            items: components["schemas"]["BankAccount"][];
        };
        BankAutoMatchResult: {
            byRule: {
                [key: string]: number;
            };
            candidates: number;
            lines: number;
            proposals: number;
        };
        BankCandidateList: {
            items: {
                currency: string;
                date: string;
                id: string;
                /** @enum {string} */
                kind: "invoice" | "credit_note" | "bill" | "vendor_credit" | "payment" | "ledger_line";
                label: string;
                number: string | null;
                /** @description Still open, signed like the bank amount */
                open: string;
                partyId: string | null;
                partyName: string | null;
                paymentReference: string | null;
            }[];
        };
        BankCsvMapping: {
            bankAccountId: string;
            id: string;
            mapping: {
                amount: {
                    column: string | number;
                } | {
                    credit: string | number;
                    debit: string | number;
                };
                bankTransactionId?: string | number;
                bookingDate: string | number;
                counterpartyIban?: string | number;
                counterpartyName?: string | number;
                currency?: string | number;
                /** @enum {string} */
                dateFormat: "YYYY-MM-DD" | "DD.MM.YYYY" | "D.M.YYYY" | "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYYMMDD";
                /** @enum {string} */
                decimalSeparator: "," | ".";
                /** @enum {string} */
                delimiter: "," | ";" | "\t" | "|";
                /** @enum {string} */
                encoding: "utf-8" | "windows-1250" | "windows-1252";
                headerRow: boolean;
                reference?: string | number;
                /** @enum {string} */
                sign?: "credit_positive" | "debit_positive";
                skipLines?: number;
                text?: string | number;
                /** @enum {string} */
                thousandsSeparator: "" | " " | "." | "," | "'";
                valueDate?: string | number;
            };
            name: string;
        };
        BankCsvMappingList: {
            items: components["schemas"]["BankCsvMapping"][];
        };
        BankCsvPreview: {
            lines: {
                amount: string;
                /** @description integer minor units, as a string */
                amountMinor: string;
                bankTransactionId: string | null;
                bookingDate: string;
                counterpartyIban: string | null;
                counterpartyName: string | null;
                reference: string | null;
                remittance: string | null;
                /** @description Where in the file the line came from */
                source: string;
                valueDate: string | null;
            }[];
            total: number;
        };
        BankImportResult: {
            /** @enum {string} */
            continuity: "ok" | "flagged" | "unknown";
            dryRun: boolean;
            duplicates: number;
            imported: number;
            statements: {
                bankStatementId: string | null;
                /** @enum {string} */
                continuity: "ok" | "flagged" | "unknown";
                continuityNote: string;
                duplicates: number;
                id: string | null;
                imported: number;
                periodFrom: string | null;
                periodTo: string | null;
            }[];
        };
        BankMatchReason: {
            data?: {
                [key: string]: string | number;
            };
            /** @description The reason in English */
            detail: string;
            /** @enum {string} */
            field: "amount" | "reference" | "counterparty_iban" | "counterparty_name" | "date" | "sum";
            /** @description Message key for the web UI */
            key?: string;
        };
        BankReconciliation: {
            bankAccountId: string;
            createdEntryIds: string[];
            createdPaymentIds: string[];
            currency: string;
            decidedAt: string | null;
            difference: string;
            id: string;
            items: {
                amount: string;
                id: string;
                kind: string;
                label: string;
                partyId: string | null;
            }[];
            lines: {
                amount: string;
                bookingDate: string;
                counterpartyName: string | null;
                id: string;
                reference: string | null;
                remittance: string | null;
            }[];
            /** @enum {string} */
            origin: "auto" | "manual" | "entry";
            reasons: components["schemas"]["BankMatchReason"][];
            rule: string;
            score: number;
            /** @enum {string} */
            status: "proposed" | "accepted" | "rejected" | "undone";
            undoneAt: string | null;
        };
        BankReconciliationList: {
            items: components["schemas"]["BankReconciliation"][];
        };
        BankReconciliationReport: {
            currency: string;
            differences: {
                acceptedDifferences: string;
                closingVersusLedger: string | null;
                ledgerBalance: string | null;
                statementArithmetic: string | null;
            };
            reconciliations: components["schemas"]["BankReconciliation"][];
            statement: components["schemas"]["BankStatement"];
            totals: {
                inflow: string;
                lines: number;
                matched: number;
                matchedAmount: string;
                outflow: string;
                unmatched: number;
                unmatchedAmount: string;
            };
            unmatchedLines: {
                amount: string;
                /** @description integer minor units, as a string */
                amountMinor: string;
                bankAccountId: string;
                bankTransactionId: string | null;
                bookingDate: string;
                counterpartyIban: string | null;
                counterpartyName: string | null;
                currency: string;
                id: string;
                position: number;
                reconciliationId: string | null;
                reference: string | null;
                remittance: string | null;
                /** @description Where in the file the line came from */
                source: string;
                statementId: string;
                valueDate: string | null;
            }[];
        };
        BankStatement: {
            bankAccountId: string;
            bankStatementId: string | null;
            closing: string | null;
            /** @enum {string} */
            continuity: "ok" | "flagged" | "unknown";
            continuityNote: string;
            currency: string;
            duplicateCount: number;
            fileName: string;
            format: string;
            id: string;
            importedAt: string;
            lineCount: number;
            opening: string | null;
            openingDerived: boolean;
            periodFrom: string | null;
            periodTo: string | null;
            reconciledCount: number;
        };
        BankStatementLine: {
            amount: string;
            bankAccountId: string;
            bankTransactionId: string | null;
            bookingDate: string;
            counterpartyIban: string | null;
            counterpartyName: string | null;
            currency: string;
            id: string;
            position: number;
            reconciliationId: string | null;
            reference: string | null;
            remittance: string | null;
            /** @description Where in the file the line came from */
            source: string;
            statementId: string;
            valueDate: string | null;
        };
        BankStatementLineList: {
            items: components["schemas"]["BankStatementLine"][];
        };
        BankStatementList: {
            items: components["schemas"]["BankStatement"][];
        };
        BankStatementWithLines: components["schemas"]["BankStatement"] & {
            lines: components["schemas"]["BankStatementLine"][];
        };
        Bill: {
            approvalRequestId: string | null;
            approvedBy: string | null;
            captureId: string | null;
            createdAt: string;
            createdBy: string | null;
            currency: string;
            daysOverdue: number;
            /**
             * Format: date
             * @example 2026-03-31
             */
            dueDate: string;
            entryId: string | null;
            id: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            issueDate: string;
            /** @enum {string} */
            kind: "bill" | "vendor_credit";
            lines: components["schemas"]["BillLine"][];
            /** @description decimal amount in the currency, e.g. 1234.50 */
            net: string;
            notes: string;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            open: string;
            /** @description integer minor units, as a string */
            openMinor: string;
            /** @description Posted, not fully paid, and past its due date */
            overdue: boolean;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            paid: string;
            payableAccountId: string | null;
            paymentReference: string | null;
            postedAt: string | null;
            pricesIncludeTax: boolean;
            returnReason: string | null;
            reverseChargeRate: string | null;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            selfAssessedTax: string;
            /** @enum {string} */
            source: "manual" | "capture" | "ubl";
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "posted" | "partially_paid" | "paid" | "void";
            submittedBy: string | null;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            tax: string;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            total: string;
            /** @description integer minor units, as a string */
            totalMinor: string;
            updatedAt: string;
            vendorId: string;
            vendorInvoiceNumber: string;
            vendorName: string;
            vendorVatId: string | null;
            version: number;
            voidReason: string | null;
        };
        BillDetail: components["schemas"]["Bill"] & {
            settlements: {
                /** @description decimal amount in the currency, e.g. 1234.50 */
                amount: string;
                /**
                 * Format: date
                 * @example 2026-03-31
                 */
                date: string;
                reversedAt: string | null;
                settlementId: string;
            }[];
        };
        BillLine: {
            accountId: string;
            description: string;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            gross: string;
            id: string;
            lineNo: number;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            net: string;
            quantity: string;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            tax: string;
            taxCategory: string;
            taxCodeId: string;
            taxRate: string;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            unitPrice: string;
        };
        Capture: {
            billId: string | null;
            contentType: string | null;
            createdAt: string;
            error: string | null;
            fields: {
                currency?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                dueDate?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                grossTotal?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                invoiceNumber?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                issueDate?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                netTotal?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                taxRate?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                taxTotal?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                vendorName?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
                vendorVatId?: {
                    confidence: number;
                    source: string;
                    value: string;
                };
            };
            fileId: string | null;
            fileName: string;
            id: string;
            jobId: string | null;
            language: string | null;
            /** @enum {string|null} */
            method: "pdf_text" | "pdf_ocr" | "image_ocr" | null;
            ocrConfidence: number | null;
            proposal: components["schemas"]["CaptureProposal"] | Record<string, never>;
            /** @enum {string} */
            status: "awaiting_file" | "queued" | "reading" | "ready" | "failed" | "converted" | "dismissed";
            text: string | null;
            updatedAt: string;
        };
        CaptureProposal: {
            accountId: string | null;
            confidence: {
                [key: string]: number;
            };
            currency: string | null;
            dueDate: string | null;
            issueDate: string | null;
            /** @enum {string|null} */
            learnedFrom: "vendor_memory" | "tax_rate" | null;
            lines: {
                accountId: string;
                description: string;
                quantity: string;
                taxCode: string;
                unitPrice: string;
            }[];
            net: string | null;
            pricesIncludeTax: boolean;
            tax: string | null;
            taxCode: string | null;
            taxRate: string | null;
            total: string | null;
            vendorId: string | null;
            vendorInvoiceNumber: string | null;
            vendorName: string | null;
            vendorVatId: string | null;
        };
        CashFlowStatement: {
            /** @description decimal amount, e.g. 1234.50 */
            closing: string;
            currency: string;
            from: string;
            /** @enum {string} */
            method: "direct" | "indirect";
            /** @description decimal amount, e.g. 1234.50 */
            netChange: string;
            /** @description decimal amount, e.g. 1234.50 */
            opening: string;
            rows: {
                account: string;
                /** @description decimal amount, e.g. 1234.50 */
                amount: string;
                code: string;
                /** @enum {string} */
                section: "opening" | "operating" | "investing" | "financing" | "closing";
            }[];
            to: string;
            totals: {
                /** @description decimal amount, e.g. 1234.50 */
                financing: string;
                /** @description decimal amount, e.g. 1234.50 */
                investing: string;
                /** @description decimal amount, e.g. 1234.50 */
                operating: string;
            };
        };
        CashForecast: {
            asOf: string;
            currency: string;
            opening: string;
            /** @description cash in the bank on asOf: the ledger balances of the bank accounts in this currency */
            openingMinor: string;
            series: {
                cumulative: string;
                inflow: string;
                /** @description integer minor units, as a string */
                inflowMinor: string;
                net: string;
                /** @description integer minor units, as a string */
                netMinor: string;
                outflow: string;
                /** @description integer minor units, as a string */
                outflowMinor: string;
                weekEnd: string;
                weekStart: string;
            }[];
            weeks: number;
        };
        Company: {
            baseCurrency: string;
            country: string | null;
            fiscalYearStartMonth: number;
            id: string;
            legalName: string;
            locale: string;
            name: string;
            timeZone: string;
        } | null;
        ComparativeIncomeStatement: {
            columns: {
                from: string;
                label: string;
                to: string;
            }[];
            currency: string;
            expenses: string[];
            income: string[];
            net: string[];
            rows: {
                account: string;
                accountId: string;
                amounts: string[];
                code: string;
                /** @enum {string} */
                type: "asset" | "liability" | "equity" | "income" | "expense";
            }[];
        };
        CustomerStatement: {
            asOf: string;
            company: {
                legalName: string;
                name: string;
            };
            groups: {
                currency: string;
                documents: components["schemas"]["AgingDocument"][];
                overdue: string;
                /** @description integer minor units, as a string */
                overdueMinor: string;
                total: string;
                /** @description integer minor units, as a string */
                totalMinor: string;
            }[];
            /** @enum {string} */
            lang: "en" | "cs" | "es";
            party: components["schemas"]["Party"];
            payTo: {
                accountNumber: string | null;
                bic: string | null;
                currency: string;
                iban: string | null;
                routingNumber: string | null;
            }[];
        };
        Delegation: {
            endsOn: string;
            fromUserId: string;
            id: string;
            /** @enum {string} */
            kind: "delegation" | "out_of_office";
            reason: string | null;
            revoked: boolean;
            startsOn: string;
            toUserId: string;
        };
        Department: {
            code: string;
            id: string;
            managerId: string | null;
            managerName: string | null;
            memberCount: number;
            name: string;
            parentId: string | null;
        };
        DepartmentDetail: components["schemas"]["Department"] & {
            members: {
                email: string;
                jobTitle: string | null;
                name: string;
                userId: string;
            }[];
        };
        DunningProposal: {
            items: {
                body: string;
                currency: string;
                documents: components["schemas"]["AgingDocument"][];
                fee: string | null;
                /** @enum {string} */
                lang: "en" | "cs" | "es";
                level: number;
                maxDaysPastDue: number;
                overdue: string;
                /** @description integer minor units, as a string */
                overdueMinor: string;
                partyId: string;
                partyName: string;
                subject: string;
                to: string | null;
            }[];
        };
        DunningSent: {
            sent: {
                level: number;
                mailId: string;
                partyId: string;
                to: string;
            }[];
            skipped: {
                partyId: string;
                reason: string;
            }[];
        };
        /** @description The one error model. `details` holds facts about the error: a request that does not fit the contract (422 `validation`) carries `fields`, one per wrong field, `{ path, code, params, message }` (platform/http/fields.ts); a rule a service checks names its field in `field` (the message is about it). */
        Error: {
            error: {
                /** @description Stable machine-readable code, e.g. `not_found`. */
                code: string;
                details?: components["schemas"]["JsonValue"];
                /** @description What was wrong and how to fix it. */
                message: string;
            };
        };
        File: {
            contentType: string;
            createdAt: string;
            entityId: string;
            entityType: string;
            id: string;
            name: string;
            sha256: string;
            size: number;
            uploadedBy: string | null;
        };
        FiscalYear: {
            closedAt: string | null;
            endDate: string;
            id: string;
            name: string;
            periods: components["schemas"]["LedgerPeriod"][];
            startDate: string;
        };
        FiscalYearCloseResult: {
            accountsClosed: number;
            closingEntry: {
                approvalRequestId?: string;
                date: string;
                description: string;
                id: string;
                number: string | null;
                reference: string | null;
                /** @enum {string} */
                status: "posted" | "pending_approval";
            } | null;
            fiscalYearId: string;
            name: string;
            /** @description decimal amount, e.g. 1234.50 */
            netIncome: string;
        };
        FiscalYearReopenResult: {
            fiscalYearId: string;
            reversalId: string | null;
        };
        HomeFigures: {
            /** @description work.approvals.read */
            approvalsWaiting: number | null;
            /** @description Ledger balance of each active bank and cash account (banking.read + ledger.read). */
            cash: {
                accounts: {
                    /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                    balance: string;
                    bankAccountId: string;
                    currency: string;
                    /** @enum {string} */
                    kind: "bank" | "cash";
                    name: string;
                }[];
                totals: {
                    /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                    amount: string;
                    currency: string;
                }[];
            } | null;
            drafts: {
                /** @description Bills I started (purchasing.manage). */
                bills: number | null;
                /** @description Journal drafts I saved (ledger.entries.draft). */
                entries: number | null;
                /** @description The company's draft invoices (sales.manage). */
                invoices: number | null;
            };
            /** @description The last six months, this one last, in the base currency (ledger.read). */
            incomeExpense: {
                currency: string;
                months: {
                    /** @description Positive when money was spent. */
                    expenses: string;
                    /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                    income: string;
                    /** @description YYYY-MM */
                    month: string;
                }[];
            } | null;
            /** @description Per currency (purchasing.read). */
            payables: {
                currency: string;
                /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                dueThisWeek: string;
                dueThisWeekCount: number;
                /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                overdue: string;
                overdueCount: number;
            }[] | null;
            /** @description Per currency (sales.read). */
            receivables: {
                currency: string;
                /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                open: string;
                openCount: number;
                /** @description Decimal string in the currency of its row, e.g. "1234.50". */
                overdue: string;
                overdueCount: number;
            }[] | null;
            /** @description My active tasks and my departments’ queues (work.tasks.read). */
            tasks: {
                dueToday: number;
                mine: number;
                overdue: number;
                queue: number;
            } | null;
            today: string;
            /** @description The Sunday that ends this week: "due this week" runs to it. */
            weekEnd: string;
        };
        IncomeStatement: {
            currency: string;
            /** @description decimal amount, e.g. 1234.50 */
            expenses: string;
            /** @description decimal amount, e.g. 1234.50 */
            income: string;
            /** @description decimal amount, e.g. 1234.50 */
            net: string;
            rows: {
                account: string;
                accountId: string;
                /** @description decimal amount, e.g. 1234.50 */
                amount: string;
                code: string;
                /** @enum {string} */
                type: "asset" | "liability" | "equity" | "income" | "expense";
            }[];
        };
        Invitation: {
            createdAt: string;
            customRoleId: string | null;
            departmentIds: string[];
            email: string;
            expiresAt: string;
            id: string;
            role: ("owner" | "admin" | "manager" | "assistant" | "auditor") | "custom";
            roleName: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
        };
        Invoice: {
            baseCurrency: string;
            breakdown: {
                category: string;
                exemptionCode: string | null;
                exemptionReason: string | null;
                rate: string;
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                tax: string;
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                taxable: string;
            }[];
            buyer: {
                address: {
                    additional: string;
                    city: string;
                    country: string | null;
                    postalCode: string;
                    region: string;
                    street: string;
                };
                email: string;
                language: string;
                name: string;
                taxId: string | null;
                vatId: string | null;
            } | null;
            buyerReference: string;
            createdAt: string;
            creditedInvoiceId: string | null;
            currency: string;
            customer: string;
            daysOverdue: number;
            dueDate: string | null;
            exchangeRate: string | null;
            id: string;
            issuedAt: string | null;
            issueDate: string | null;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            ledgerEntryId: string | null;
            lines: {
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                amount: string;
                description: string;
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                discount: string;
                discountAmount: string | null;
                discountPercent: string | null;
                exemptionCode: string | null;
                exemptionReason: string | null;
                itemId: string | null;
                lineNo: number;
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                net: string;
                quantity: string;
                revenueAccountId: string | null;
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                tax: string;
                taxCategory: string;
                taxCode: string;
                taxCodeId: string;
                taxRate: string;
                unit: string;
                unitPrice: string;
            }[];
            /**
             * @description A decimal amount, e.g. "1234.50"
             * @example 1234.50
             */
            net: string;
            notes: string;
            number: string | null;
            /**
             * @description A decimal amount, e.g. "1234.50"
             * @example 1234.50
             */
            open: string;
            orderReference: string;
            overdue: boolean;
            /**
             * @description A decimal amount, e.g. "1234.50"
             * @example 1234.50
             */
            paid: string;
            partyId: string;
            paymentReference: string | null;
            pricesIncludeTax: boolean;
            receivableAccountId: string | null;
            /** @enum {string} */
            rounding: "line" | "document";
            seller: {
                city?: string;
                country?: string;
                email?: string;
                endpoint?: {
                    id: string;
                    scheme: string;
                };
                logoFileId?: string;
                name?: string;
                phone?: string;
                postalCode?: string;
                registrationId?: string;
                street?: string;
                vatId?: string;
                website?: string;
            } | null;
            seriesId: string;
            /** @enum {string} */
            status: "draft" | "issued" | "partially_paid" | "paid" | "credited";
            /**
             * @description A decimal amount, e.g. "1234.50"
             * @example 1234.50
             */
            tax: string;
            /**
             * @description A decimal amount, e.g. "1234.50"
             * @example 1234.50
             */
            total: string;
            updatedAt: string;
            version: number;
        };
        InvoiceDetail: components["schemas"]["Invoice"] & {
            settlements: {
                /**
                 * @description A decimal amount, e.g. "1234.50"
                 * @example 1234.50
                 */
                amount: string;
                date: string;
                reversedAt: string | null;
                settlementId: string;
            }[];
        };
        Job: {
            createdAt: string;
            finishedAt: string | null;
            id: string;
            kind: string;
            message: string | null;
            progress: number;
            result?: components["schemas"]["JsonValue"];
            status: string;
        };
        JournalEntry: {
            date: string;
            description: string;
            draftLines: {
                account: string;
                amount?: string;
                costCentre?: string | null;
                credit?: string;
                currency?: string;
                debit?: string;
                departmentId?: string | null;
                memo?: string | null;
                partner?: string | null;
                project?: string | null;
                rate?: string;
            }[] | null;
            id: string;
            lines: components["schemas"]["JournalLine"][] | null;
            number: string | null;
            postedAt: string | null;
            reference: string | null;
            reversalOfId: string | null;
            reversedById: string | null;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "posted";
        };
        JournalEntrySummary: {
            date: string;
            description: string;
            id: string;
            number: string | null;
            postedAt: string | null;
            reference: string | null;
            reversalOfId: string | null;
            reversedById: string | null;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "posted";
            /** @description Sum of the debits in the base currency, decimal */
            total: string;
        };
        JournalLine: {
            accountCode: string;
            accountId: string;
            accountName: string;
            baseAmount: string;
            costCentre: string | null;
            credit: string | null;
            currency: string;
            debit: string | null;
            departmentId: string | null;
            lineNo: number;
            memo: string | null;
            partner: string | null;
            project: string | null;
            rate: string;
        };
        /** @description A JSON object. */
        JsonObject: {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description Any JSON value. */
        JsonValue: string | number | boolean | null | unknown[] | {
            [key: string]: unknown;
        };
        LedgerAccount: {
            active: boolean;
            code: string;
            currency: string | null;
            defaultDimensions: {
                costCentre?: string;
                departmentId?: string;
                partner?: string;
                project?: string;
            };
            fullName: string;
            id: string;
            name: string;
            names: {
                [key: string]: string;
            };
            parentId: string | null;
            subtype: string | null;
            /** @enum {string} */
            type: "asset" | "liability" | "equity" | "income" | "expense";
        };
        LedgerPeriod: {
            endDate: string;
            fiscalYearId: string;
            id: string;
            lockedAt: string | null;
            startDate: string;
        };
        Me: {
            companies: {
                id: string;
                name: string;
                role: string;
            }[];
            company: components["schemas"]["Company"];
            currentCompanyId: string | null;
            departments: {
                code: string;
                id: string;
                isManager: boolean;
                name: string;
            }[];
            permissions: string[];
            role: string | null;
            totpEnabled: boolean;
            user: {
                email: string;
                id: string;
                locale: string | null;
                name: string;
            };
            /** @enum {string} */
            via: "session" | "token";
        };
        Notification: {
            body: string;
            createdAt: string;
            entityId: string | null;
            entityType: string | null;
            id: string;
            kind: string;
            read: boolean;
            title: string;
        };
        NumberingSeries: {
            active: boolean;
            code: string;
            id: string;
            isDefault: boolean;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            name: string;
            pattern: string;
            /** @enum {string|null} */
            rounding: "line" | "document" | null;
            yearlyReset: boolean;
        };
        OpenPayable: {
            controlAccountId: string | null;
            currency: string;
            documentId: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            dueDate: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            issueDate: string;
            /** @enum {string} */
            kind: "bill" | "vendor_credit";
            number: string;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            open: string;
            /** @description integer minor units, as a string */
            openMinor: string;
            partyId: string;
            partyName: string;
            paymentReference: string | null;
            /** @description decimal amount in the currency, e.g. 1234.50 */
            total: string;
            /** @description integer minor units, as a string */
            totalMinor: string;
        };
        Party: {
            active: boolean;
            address: components["schemas"]["PartyAddress"];
            bankAccounts: components["schemas"]["PartyBankAccount"][];
            code: string;
            contacts: components["schemas"]["PartyContact"][];
            createdAt: string;
            /** @description Decimal in the party currency; null = no limit */
            creditLimit: string | null;
            /** @description The limit in integer minor units, as a string */
            creditLimitMinor: string | null;
            currency: string;
            customer: boolean;
            email: string;
            expenseAccountId: string | null;
            id: string;
            /** @enum {string} */
            language: "en" | "cs" | "es";
            legalName: string;
            notes: string;
            paymentTermsDays: number;
            phone: string;
            revenueAccountId: string | null;
            taxCodeId: string | null;
            taxId: string | null;
            updatedAt: string;
            vatId: string | null;
            vendor: boolean;
        };
        PartyAddress: {
            additional: string;
            city: string;
            country: string | null;
            postalCode: string;
            region: string;
            street: string;
        };
        PartyBankAccount: {
            /** @enum {string|null} */
            accountType: "checking" | "savings" | null;
            bic: string | null;
            createdAt: string;
            currency: string | null;
            id: string;
            /** @enum {string} */
            kind: "iban" | "us";
            label: string;
            last4: string;
            /** @description e.g. "•••• 3000" */
            masked: string;
            partyId: string;
            primary: boolean;
            routingNumber: string | null;
        };
        PartyBankAccountList: {
            items: components["schemas"]["PartyBankAccount"][];
        };
        PartyBankDetails: components["schemas"]["PartyBankAccount"] & {
            accountNumber: string | null;
            iban: string | null;
        };
        PartyContact: {
            email: string;
            id: string;
            name: string;
            phone: string;
            role: string;
        };
        PartyImportReport: {
            bankAccounts: number;
            created: number;
            dryRun: boolean;
            errors: {
                column: string | null;
                /** @description Line in the file (the header is line 1) */
                line: number;
                message: string;
            }[];
            rows: number;
            updated: number;
        };
        PartyPage: {
            items: components["schemas"]["PartySummary"][];
            nextCursor: string | null;
        };
        PartySummary: {
            active: boolean;
            address: components["schemas"]["PartyAddress"];
            code: string;
            createdAt: string;
            /** @description Decimal in the party currency; null = no limit */
            creditLimit: string | null;
            /** @description The limit in integer minor units, as a string */
            creditLimitMinor: string | null;
            currency: string;
            customer: boolean;
            email: string;
            expenseAccountId: string | null;
            id: string;
            /** @enum {string} */
            language: "en" | "cs" | "es";
            legalName: string;
            notes: string;
            paymentTermsDays: number;
            phone: string;
            revenueAccountId: string | null;
            taxCodeId: string | null;
            taxId: string | null;
            updatedAt: string;
            vatId: string | null;
            vendor: boolean;
        };
        Payment: {
            /** @description All of them on one payment; in a list only with documentId, then those to that document */
            allocations: components["schemas"]["PaymentAllocation"][];
            amount: string;
            bankAccountId: string | null;
            createdAt: string;
            /** @description The part left as customer credit or vendor advance */
            credit: string;
            currency: string;
            date: string;
            id: string;
            journalEntryId: string | null;
            /** @enum {string} */
            kind: "receipt" | "vendor_payment" | "customer_refund" | "credit_application";
            memo: string;
            number: string;
            partyId: string;
            partyName: string;
            paymentRunId: string | null;
            rate: string | null;
            reference: string;
            /** @enum {string} */
            status: "posted" | "voided";
            writeOff: string;
        };
        PaymentAllocation: {
            amount: string;
            documentId: string;
            documentKind: string;
            documentNumber: string;
            id: string;
            writeOff: string;
        };
        PaymentBankAccountList: {
            items: {
                currency: string;
                id: string;
                name: string;
            }[];
        };
        PaymentCreditBalanceList: {
            items: {
                credit: string;
                currency: string;
                partyId: string;
                partyName: string;
            }[];
        };
        PaymentInput: {
            /** @default [] */
            allocations: {
                amount: string;
                documentId: string;
                writeOff?: string;
            }[];
            /** @description Receipts and vendor payments: true to keep what is not allocated as customer credit or vendor advance; without it such a payment is refused (422, details.reason payments.unallocated_needs_confirmation) */
            allowUnallocated?: boolean;
            amount: string;
            bankAccountId?: string | null;
            currency: string;
            date: string;
            /** @enum {string} */
            kind: "receipt" | "vendor_payment" | "customer_refund" | "credit_application";
            memo?: string;
            partyId: string;
            rate?: string | null;
            reference?: string;
        };
        PaymentOpenItem: {
            controlAccountId: string;
            currency: string;
            documentId: string;
            dueDate: string | null;
            issueDate: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note" | "bill" | "vendor_credit";
            number: string;
            open: string;
            partyId: string;
            partyName: string;
            paymentReference: string | null;
            total: string;
        };
        PaymentOpenItemList: {
            items: components["schemas"]["PaymentOpenItem"][];
        };
        PaymentPage: {
            items: components["schemas"]["Payment"][];
            nextCursor: string | null;
        };
        PaymentRun: {
            approvalRequestId: string | null;
            bankAccountId: string;
            count: number;
            createdAt: string;
            currency: string;
            dueBy: string;
            executionDate: string;
            file: {
                id: string;
                name: string;
                sha256: string;
            } | null;
            /** @enum {string} */
            format: "sepa" | "nacha";
            id: string;
            items: components["schemas"]["PaymentRunItem"][];
            note: string;
            number: string;
            partyId: string | null;
            releasedAt: string | null;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "released" | "cancelled";
            total: string;
        };
        PaymentRunInput: {
            bankAccountId: string;
            dueBy: string;
            executionDate: string;
            note?: string;
            partyId?: string | null;
        };
        PaymentRunItem: {
            amount: string;
            controlAccountId: string;
            documentId: string;
            documentNumber: string;
            dueDate: string | null;
            id: string;
            included: boolean;
            open: string;
            partyId: string;
            partyName: string;
            paymentId: string | null;
            paymentReference: string | null;
            position: number;
        };
        PaymentRunPage: {
            items: components["schemas"]["PaymentRunSummary"][];
            nextCursor: string | null;
        };
        PaymentRunSummary: {
            approvalRequestId: string | null;
            bankAccountId: string;
            count: number;
            createdAt: string;
            currency: string;
            dueBy: string;
            executionDate: string;
            file: {
                id: string;
                name: string;
                sha256: string;
            } | null;
            /** @enum {string} */
            format: "sepa" | "nacha";
            id: string;
            note: string;
            number: string;
            partyId: string | null;
            releasedAt: string | null;
            /** @enum {string} */
            status: "draft" | "pending_approval" | "released" | "cancelled";
            total: string;
        };
        PaymentSettings: {
            customerCreditAccount: string | null;
            vendorCreditAccount: string | null;
            writeOffAccount: string | null;
            writeOffLimit: string;
        };
        Permission: {
            description: string;
            module: string;
            name: string;
            /** @enum {string} */
            scope: "company" | "department";
            write: boolean;
        };
        Person: {
            customRoleId: string | null;
            departments: {
                code: string;
                id: string;
                name: string;
            }[];
            email: string;
            id: string;
            jobTitle: string | null;
            name: string;
            reportsToId: string | null;
            reportsToName: string | null;
            role: ("owner" | "admin" | "manager" | "assistant" | "auditor") | "custom";
            roleName: string;
            /** @enum {string} */
            status: "active" | "inactive";
        };
        QueuedMail: {
            mailId: string;
            to: string;
        };
        RecurringEntry: {
            active: boolean;
            description: string;
            generated: number;
            id: string;
            lastOccurrence: string | null;
            lines: {
                account: string;
                amount?: string;
                costCentre?: string | null;
                credit?: string;
                currency?: string;
                debit?: string;
                departmentId?: string | null;
                memo?: string | null;
                partner?: string | null;
                project?: string | null;
                rate?: string;
            }[];
            name: string;
            post: boolean;
            reference: string | null;
            rrule: string;
            startDate: string;
        };
        RecurringRun: {
            failures: {
                message: string;
                templateId: string;
            }[];
            generated: {
                entryId: string;
                occurrence: string;
                /** @enum {string} */
                status: "draft" | "posted";
                templateId: string;
            }[];
            through: string;
        };
        Role: {
            builtin: boolean;
            description: string;
            id: string;
            memberCount: number;
            name: string;
            permissions: {
                description: string;
                name: string;
                /** @enum {string} */
                reach: "company" | "departments";
                scope: string;
            }[];
            role: string;
        };
        SalesSettings: {
            paymentTermsDays: number;
            pricesIncludeTax: boolean;
            receivableAccountId: string | null;
            revenueAccountId: string | null;
            /** @enum {string} */
            rounding: "line" | "document";
            seller: {
                city?: string;
                country?: string;
                email?: string;
                endpoint?: {
                    id: string;
                    scheme: string;
                };
                logoFileId?: string;
                name?: string;
                phone?: string;
                postalCode?: string;
                registrationId?: string;
                street?: string;
                vatId?: string;
                website?: string;
            };
        };
        SavedView: {
            id: string;
            isDefault: boolean;
            list: string;
            name: string;
            params: {
                [key: string]: string;
            };
        };
        SearchHit: {
            amount: string | null;
            currency: string | null;
            date: string | null;
            detail: string | null;
            exact: boolean;
            id: string;
            /** @enum {string} */
            kind: "invoice" | "bill" | "party" | "entry" | "task" | "person";
            link: string;
            score: number;
            status: string | null;
            title: string | null;
        };
        SearchResult: {
            hits: components["schemas"]["SearchHit"][];
            kinds: ("invoice" | "bill" | "party" | "entry" | "task" | "person")[];
            query: string;
        };
        SetupChecklist: {
            done: number;
            steps: {
                done: boolean;
                /** @enum {string} */
                key: "company" | "taxes" | "bank" | "firstInvoice" | "firstReconciliation";
                link: string;
            }[];
            total: number;
        };
        Task: {
            assignee: string | null;
            assigneeId: string | null;
            atRisk: boolean;
            checklist?: {
                done: boolean;
                position: number;
                text: string;
            }[];
            comments?: {
                at: string;
                author: string | null;
                body: string;
                id: string;
            }[];
            createdAt: string;
            department: string | null;
            departmentId: string | null;
            description: string;
            doneAt: string | null;
            dueDate: string | null;
            escalated: boolean;
            id: string;
            kind: string;
            links?: {
                entityId: string;
                entityType: string;
            }[];
            overdue: boolean;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            requester: string | null;
            slaHours: number | null;
            slaUsedHours: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "waiting" | "done" | "cancelled";
            title: string;
        };
        TaskTemplate: {
            checklist: string[];
            departmentId: string | null;
            dueDays: number | null;
            id: string;
            name: string;
            title: string;
        };
        TaxCalculation: {
            breakdown: {
                category: string;
                exemptionCode: string | null;
                exemptionReason: string | null;
                rate: string;
                /** @description A decimal amount, e.g. "1234.50" */
                tax: string;
                /** @description A decimal amount, e.g. "1234.50" */
                taxable: string;
            }[];
            currency: string;
            lines: {
                /** @description A decimal amount, e.g. "1234.50" */
                amount: string;
                category: string;
                /** @description A decimal amount, e.g. "1234.50" */
                discount: string;
                /** @description A decimal amount, e.g. "1234.50" */
                gross: string;
                /** @description A decimal amount, e.g. "1234.50" */
                net: string;
                rate: string;
                /** @description A decimal amount, e.g. "1234.50" */
                tax: string;
                taxCode: string;
            }[];
            /** @description A decimal amount, e.g. "1234.50" */
            net: string;
            /** @description A decimal amount, e.g. "1234.50" */
            tax: string;
            /** @description A decimal amount, e.g. "1234.50" */
            total: string;
        };
        TaxCode: {
            active: boolean;
            /** @enum {string} */
            category: "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";
            code: string;
            exemptionCode: string | null;
            exemptionReason: string | null;
            id: string;
            inputAccountId: string | null;
            /** @enum {string} */
            kind: "standard" | "reduced" | "zero" | "exempt" | "reverse_charge" | "out_of_scope";
            name: string;
            outputAccountId: string | null;
            rate: string;
        };
        TrialBalance: {
            currency: string;
            rows: {
                account: string;
                accountId: string;
                code: string;
                /** @description decimal amount, e.g. 1234.50 */
                credit: string;
                /** @description decimal amount, e.g. 1234.50 */
                debit: string;
                /** @enum {string} */
                type: "asset" | "liability" | "equity" | "income" | "expense";
            }[];
            /** @description decimal amount, e.g. 1234.50 */
            totalCredit: string;
            /** @description decimal amount, e.g. 1234.50 */
            totalDebit: string;
        };
        UblImportResult: {
            bill: components["schemas"]["Bill"];
            vendorCreated: boolean;
            warnings: string[];
        };
        UnreadCount: {
            unread: number;
        };
    };
    responses: {
        /** @description Malformed request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Conflict */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not allowed */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Invalid input */
        InvalidInput: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not signed in */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAudit: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                cursor?: string;
                entityId?: string;
                entityType?: string;
                format?: "json" | "csv" | "xlsx";
                from?: string;
                limit?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getAuthInvitationsByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyName: string;
                        email: string;
                        existingUser: boolean;
                        role: string;
                        roleName: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postAuthInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyId: string;
                        userId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postAuthPasswordResetComplete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @default true */
                    revokeApiTokens?: boolean;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companies: {
                            id: string;
                            name: string;
                            role: string;
                        }[];
                        currentCompanyId: string | null;
                        user: {
                            email: string;
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postAuthSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccounts: {
        parameters: {
            query?: {
                all?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountNumber?: string | null;
                    bankName?: string;
                    bic?: string | null;
                    currency: string;
                    iban?: string | null;
                    isDefault?: boolean;
                    /**
                     * @default bank
                     * @enum {string}
                     */
                    kind?: "bank" | "cash";
                    ledgerAccountId: string;
                    name: string;
                    routingNumber?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchBankingAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    bankName?: string;
                    bic?: string | null;
                    isDefault?: boolean;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingAccountsByIdAutoMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dateWindowDays?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAutoMatchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccountsByIdCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankCandidateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingAccountsByIdCsvPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    mapping: {
                        amount: {
                            column: string | number;
                        } | {
                            credit: string | number;
                            debit: string | number;
                        };
                        bankTransactionId?: string | number;
                        bookingDate: string | number;
                        counterpartyIban?: string | number;
                        counterpartyName?: string | number;
                        currency?: string | number;
                        /** @enum {string} */
                        dateFormat: "YYYY-MM-DD" | "DD.MM.YYYY" | "D.M.YYYY" | "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYYMMDD";
                        /** @enum {string} */
                        decimalSeparator: "," | ".";
                        /** @enum {string} */
                        delimiter: "," | ";" | "\t" | "|";
                        /** @enum {string} */
                        encoding: "utf-8" | "windows-1250" | "windows-1252";
                        headerRow: boolean;
                        reference?: string | number;
                        /** @enum {string} */
                        sign?: "credit_positive" | "debit_positive";
                        skipLines?: number;
                        text?: string | number;
                        /** @enum {string} */
                        thousandsSeparator: "" | " " | "." | "," | "'";
                        valueDate?: string | number;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankCsvPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccountsByIdMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankCsvMappingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putBankingAccountsByIdMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mapping: {
                        amount: {
                            column: string | number;
                        } | {
                            credit: string | number;
                            debit: string | number;
                        };
                        bankTransactionId?: string | number;
                        bookingDate: string | number;
                        counterpartyIban?: string | number;
                        counterpartyName?: string | number;
                        currency?: string | number;
                        /** @enum {string} */
                        dateFormat: "YYYY-MM-DD" | "DD.MM.YYYY" | "D.M.YYYY" | "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYYMMDD";
                        /** @enum {string} */
                        decimalSeparator: "," | ".";
                        /** @enum {string} */
                        delimiter: "," | ";" | "\t" | "|";
                        /** @enum {string} */
                        encoding: "utf-8" | "windows-1250" | "windows-1252";
                        headerRow: boolean;
                        reference?: string | number;
                        /** @enum {string} */
                        sign?: "credit_positive" | "debit_positive";
                        skipLines?: number;
                        text?: string | number;
                        /** @enum {string} */
                        thousandsSeparator: "" | " " | "." | "," | "'";
                        valueDate?: string | number;
                    };
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankCsvMapping"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccountsByIdOpenLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankStatementLineList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccountsByIdReconciliations: {
        parameters: {
            query?: {
                status?: "proposed" | "accepted" | "rejected" | "undone";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReconciliationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingAccountsByIdStatements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankStatementList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingImports: {
        parameters: {
            query: {
                account: string;
                dryRun?: "true" | "false";
                fileName?: string;
                format: "ofx" | "camt053" | "csv";
                mapping?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Imported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingLinesByIdEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReconciliation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingReconciliationsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingReconciliationsByIdUndo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReconciliation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingReconciliationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReconciliationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postBankingReconciliationsManual: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: {
                        amount?: string;
                        id: string;
                        /** @enum {string} */
                        kind: "invoice" | "credit_note" | "bill" | "vendor_credit" | "payment" | "ledger_line";
                    }[];
                    lineIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReconciliation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingStatementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankStatementWithLines"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getBankingStatementsByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReconciliationReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    baseCurrency: string;
                    country?: string;
                    fiscalYearStartMonth?: number;
                    legalName?: string;
                    /** @enum {string} */
                    locale?: "en" | "cs" | "es";
                    name: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    country?: string;
                    fiscalYearStartMonth?: number;
                    legalName?: string;
                    /** @enum {string} */
                    locale?: "en" | "cs" | "es";
                    name?: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getDepartments: {
        parameters: {
            query?: {
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                limit?: number;
                parentId?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Department"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    managerId?: string | null;
                    name: string;
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getDepartmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteDepartmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchDepartmentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    managerId?: string | null;
                    name?: string;
                    parentId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postDepartmentsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Added */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteDepartmentsByIdMembersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getDunningProposal: {
        parameters: {
            query: {
                asOf: string;
                levels?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DunningProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postDunningSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    asOf: string;
                    levels?: {
                        fee?: string | null;
                        level: number;
                        minDays: number;
                    }[];
                    partyIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DunningSent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getFiles: {
        parameters: {
            query: {
                entityId: string;
                entityType: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canDelete: boolean;
                        canUpload: boolean;
                        items: components["schemas"]["File"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postFiles: {
        parameters: {
            query: {
                entityId: string;
                entityType: string;
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Attached */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This kind of file is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteFilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getFilesByIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeFigures"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getInvitations: {
        parameters: {
            query?: {
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                limit?: number;
                status?: "pending" | "accepted" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    departmentIds?: string[];
                    email: string;
                    jobTitle?: string;
                    role: ("owner" | "admin" | "manager" | "assistant" | "auditor") | string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailed: boolean;
                        existingUser: boolean | null;
                        id: string;
                        link: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteInvitationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getJobs: {
        parameters: {
            query?: {
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Job"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerAccounts: {
        parameters: {
            query?: {
                active?: "true" | "false";
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LedgerAccount"][];
                        nextCursor: null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    currency?: string | null;
                    defaultDimensions?: {
                        costCentre?: string;
                        departmentId?: string;
                        partner?: string;
                        project?: string;
                    };
                    name: string;
                    names?: {
                        [key: string]: string;
                    };
                    parentId?: string | null;
                    subtype?: string | null;
                    /** @enum {string} */
                    type: "asset" | "liability" | "equity" | "income" | "expense";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteLedgerAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchLedgerAccountsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    code?: string;
                    defaultDimensions?: {
                        costCentre?: string;
                        departmentId?: string;
                        partner?: string;
                        project?: string;
                    };
                    name?: string;
                    names?: {
                        [key: string]: string;
                    };
                    subtype?: string | null;
                    /** @enum {string} */
                    type?: "asset" | "liability" | "equity" | "income" | "expense";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerAccountsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    dryRun?: boolean;
                    /** @enum {string} */
                    format: "csv" | "xlsx";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerAccountsTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    template: "generic" | "us" | "cz" | "es";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        replaced: number;
                        template: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerDimensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tracked: ("department" | "cost_centre" | "project" | "partner")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putLedgerDimensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tracked: ("department" | "cost_centre" | "project" | "partner")[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tracked: ("department" | "cost_centre" | "project" | "partner")[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerEntries: {
        parameters: {
            query?: {
                accountId?: string;
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                from?: string;
                limit?: number;
                q?: string;
                status?: "draft" | "pending_approval" | "posted";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JournalEntrySummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    description: string;
                    lines: {
                        account: string;
                        amount?: string;
                        costCentre?: string | null;
                        credit?: string;
                        currency?: string;
                        debit?: string;
                        departmentId?: string | null;
                        memo?: string | null;
                        partner?: string | null;
                        project?: string | null;
                        rate?: string;
                    }[];
                    post?: boolean;
                    reference?: string | null;
                    tags?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putLedgerEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    description: string;
                    lines: {
                        account: string;
                        amount?: string;
                        costCentre?: string | null;
                        credit?: string;
                        currency?: string;
                        debit?: string;
                        departmentId?: string | null;
                        memo?: string | null;
                        partner?: string | null;
                        project?: string | null;
                        rate?: string;
                    }[];
                    reference?: string | null;
                    tags?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteLedgerEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerEntriesByIdPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerEntriesByIdReverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    correctedCopy?: boolean;
                    date: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        copy: components["schemas"]["JournalEntry"] & (Record<string, never> | null);
                        reversal: {
                            approvalRequestId?: string;
                            date: string;
                            description: string;
                            id: string;
                            number: string | null;
                            reference: string | null;
                            /** @enum {string} */
                            status: "posted" | "pending_approval";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerEntriesByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerEntriesBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entries: {
                        date: string;
                        description: string;
                        lines: {
                            account: string;
                            amount?: string;
                            costCentre?: string | null;
                            credit?: string;
                            currency?: string;
                            debit?: string;
                            departmentId?: string | null;
                            memo?: string | null;
                            partner?: string | null;
                            project?: string | null;
                            rate?: string;
                        }[];
                        reference?: string | null;
                        tags?: {
                            [key: string]: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            approvalRequestId?: string;
                            date: string;
                            description: string;
                            id: string;
                            number: string | null;
                            reference: string | null;
                            /** @enum {string} */
                            status: "posted" | "pending_approval";
                        }[];
                        posted: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerFiscalYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FiscalYear"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerFiscalYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYear"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerFiscalYearsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    retainedEarnings: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearCloseResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerFiscalYearsByIdReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearReopenResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerPeriodsByPeriodLock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPeriod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerPeriodsByPeriodUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPeriod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerRates: {
        parameters: {
            query?: {
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            currency: string;
                            date: string;
                            rate: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rates: {
                        currency: string;
                        date: string;
                        rate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        saved: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerRecurring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecurringEntry"][];
                        nextCursor: null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerRecurring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    description: string;
                    lines: {
                        account: string;
                        amount?: string;
                        costCentre?: string | null;
                        credit?: string;
                        currency?: string;
                        debit?: string;
                        departmentId?: string | null;
                        memo?: string | null;
                        partner?: string | null;
                        project?: string | null;
                        rate?: string;
                    }[];
                    name: string;
                    post?: boolean;
                    reference?: string | null;
                    rrule: string;
                    startDate: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerRecurringById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteLedgerRecurringById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchLedgerRecurringById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    description?: string;
                    lines?: {
                        account: string;
                        amount?: string;
                        costCentre?: string | null;
                        credit?: string;
                        currency?: string;
                        debit?: string;
                        departmentId?: string | null;
                        memo?: string | null;
                        partner?: string | null;
                        project?: string | null;
                        rate?: string;
                    }[];
                    name?: string;
                    post?: boolean;
                    reference?: string | null;
                    rrule?: string;
                    startDate?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerRecurringByIdRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    through?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postLedgerRecurringRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    through?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerReportsBalanceSheet: {
        parameters: {
            query: {
                asOf: string;
                dimension?: "department" | "cost_centre" | "project" | "partner";
                format?: "json" | "csv" | "xlsx" | "pdf";
                value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON); with ?format=pdf its PDF, with ?format=csv|xlsx a spreadsheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceSheet"];
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerReportsCashFlow: {
        parameters: {
            query: {
                dimension?: "department" | "cost_centre" | "project" | "partner";
                format?: "json" | "csv" | "xlsx";
                from: string;
                method?: "direct" | "indirect";
                to: string;
                value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashFlowStatement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerReportsIncomeStatement: {
        parameters: {
            query: {
                dimension?: "department" | "cost_centre" | "project" | "partner";
                format?: "json" | "csv" | "xlsx" | "pdf";
                from: string;
                to: string;
                value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON); with ?format=pdf its PDF, with ?format=csv|xlsx a spreadsheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomeStatement"];
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerReportsIncomeStatementComparative: {
        parameters: {
            query: {
                compare?: "previous" | "last-year" | "monthly";
                dimension?: "department" | "cost_centre" | "project" | "partner";
                format?: "json" | "csv" | "xlsx";
                from: string;
                to: string;
                value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComparativeIncomeStatement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerReportsRegisterByAccountId: {
        parameters: {
            query?: {
                cursor?: string;
                dimension?: "department" | "cost_centre" | "project" | "partner";
                from?: string;
                limit?: number;
                to?: string;
                value?: string;
            };
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountRegister"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getLedgerReportsTrialBalance: {
        parameters: {
            query: {
                asOf: string;
                dimension?: "department" | "cost_centre" | "project" | "partner";
                format?: "json" | "csv" | "xlsx" | "pdf";
                value?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (JSON); with ?format=pdf its PDF, with ?format=csv|xlsx a spreadsheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialBalance"];
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    locale?: "en" | "cs" | "es";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyId: string;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getMeInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            companyId: string;
                            companyName: string;
                            customRoleId: string | null;
                            expiresAt: string;
                            id: string;
                            role: ("owner" | "admin" | "manager" | "assistant" | "auditor") | "custom";
                            roleName: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeInvitationsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyId: string;
                        userId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyId: string;
                        userId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getMeTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            expiresAt: string | null;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    expiresAt?: string | null;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        token: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteMeTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeTotpDisable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeTotpEnable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postMeTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        uri: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getParties: {
        parameters: {
            query?: {
                active?: "true" | "false" | "all";
                country?: string;
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                limit?: number;
                q?: string;
                role?: "customer" | "vendor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postParties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: {
                        additional?: string;
                        city?: string;
                        country?: string | null;
                        postalCode?: string;
                        region?: string;
                        street?: string;
                    };
                    code?: string;
                    contacts?: {
                        email?: "" | string;
                        name: string;
                        phone?: string;
                        role?: string;
                    }[];
                    creditLimit?: string | null;
                    currency?: string;
                    customer?: boolean;
                    email?: "" | string;
                    expenseAccountId?: string | null;
                    /** @enum {string} */
                    language?: "en" | "cs" | "es";
                    legalName: string;
                    notes?: string;
                    paymentTermsDays?: number;
                    phone?: string;
                    revenueAccountId?: string | null;
                    taxCodeId?: string | null;
                    taxId?: string | null;
                    vatId?: string | null;
                    vendor?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPartiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchPartiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: {
                        additional?: string;
                        city?: string;
                        country?: string | null;
                        postalCode?: string;
                        region?: string;
                        street?: string;
                    };
                    code?: string;
                    contacts?: {
                        email?: "" | string;
                        name: string;
                        phone?: string;
                        role?: string;
                    }[];
                    creditLimit?: string | null;
                    currency?: string;
                    customer?: boolean;
                    email?: "" | string;
                    expenseAccountId?: string | null;
                    /** @enum {string} */
                    language?: "en" | "cs" | "es";
                    legalName?: string;
                    notes?: string;
                    paymentTermsDays?: number;
                    phone?: string;
                    revenueAccountId?: string | null;
                    taxCodeId?: string | null;
                    taxId?: string | null;
                    vatId?: string | null;
                    vendor?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPartiesByIdBankAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyBankAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPartiesByIdBankAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountNumber?: string;
                    /** @enum {string|null} */
                    accountType?: "checking" | "savings" | null;
                    bic?: string | null;
                    currency?: string | null;
                    iban?: string;
                    /** @enum {string} */
                    kind?: "iban" | "us";
                    label?: string;
                    primary?: boolean;
                    routingNumber?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyBankAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deletePartiesByIdBankAccountsByBankAccountId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankAccountId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPartiesByIdBankAccountsByBankAccountIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankAccountId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyBankDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPartiesByIdStatement: {
        parameters: {
            query: {
                asOf: string;
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement (JSON), or its PDF with ?format=pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerStatement"];
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPartiesByIdStatementEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    asOf: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedMail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPartiesImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: string;
                    dryRun?: boolean;
                    /** @enum {string} */
                    format: "csv" | "xlsx";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPartiesImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template (CSV) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentRuns: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "draft" | "pending_approval" | "released" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRunPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPaymentRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRunInput"];
            };
        };
        responses: {
            /** @description Proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentRunsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPaymentRunsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentRunsByIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bank file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchPaymentRunsByIdItemsByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: string;
                    included?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPaymentRunsByIdRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPayments: {
        parameters: {
            query?: {
                bankAccountId?: string;
                cursor?: string;
                documentId?: string;
                format?: "json" | "csv" | "xlsx";
                kind?: "receipt" | "vendor_payment" | "customer_refund" | "credit_application";
                limit?: number;
                partyId?: string;
                status?: "posted" | "voided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPaymentsByIdVoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    date: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentsBankAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBankAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentsCredit: {
        parameters: {
            query?: {
                partyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentCreditBalanceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentsOpenItems: {
        parameters: {
            query: {
                currency?: string;
                partyId?: string;
                side: "receivables" | "payables";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentOpenItemList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPaymentsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putPaymentsSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerCreditAccount: string | null;
                    vendorCreditAccount: string | null;
                    writeOffAccount: string | null;
                    writeOffLimit: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPeople: {
        parameters: {
            query?: {
                cursor?: string;
                departmentId?: string;
                format?: "json" | "csv" | "xlsx";
                limit?: number;
                q?: string;
                role?: ("owner" | "admin" | "manager" | "assistant" | "auditor") | string;
                status?: "active" | "inactive";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jobTitle?: string | null;
                    name?: string;
                    reportsToId?: string | null;
                    /** @enum {string} */
                    role?: "owner" | "admin" | "manager" | "assistant" | "auditor";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPeopleByIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPeopleByIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailed: boolean;
                        link: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPeopleByIdReactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putPeopleByIdRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        role: string;
                        roleId: string;
                        roleName: string;
                        userId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Permission"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPurchasingBills: {
        parameters: {
            query?: {
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                limit?: number;
                q?: string;
                status?: "draft" | "submitted" | "approved" | "posted" | "partially_paid" | "paid" | "void" | "open" | "overdue" | "all";
                vendorId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Bill"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    confirmDuplicate?: boolean;
                    /** @description default: the vendor's currency */
                    currency?: string;
                    /**
                     * Format: date
                     * @description default: issue date + the vendor's payment terms
                     * @example 2026-03-31
                     */
                    dueDate?: string | null;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate: string;
                    lines: {
                        /** @description expense or asset ledger account: id or code */
                        accountId: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @description decimal > 0, up to 4 decimals
                         * @default 1
                         */
                        quantity?: string;
                        /** @description tax code id or code */
                        taxCode: string;
                        /** @description decimal */
                        unitPrice: string;
                    }[];
                    notes?: string;
                    /** @description AP account; default: the payables account */
                    payableAccountId?: string | null;
                    paymentReference?: string | null;
                    pricesIncludeTax?: boolean;
                    reverseChargeRate?: string | null;
                    vendorId: string;
                    vendorInvoiceNumber: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPurchasingBillsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putPurchasingBillsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    confirmDuplicate?: boolean;
                    /** @description default: the vendor's currency */
                    currency?: string;
                    /**
                     * Format: date
                     * @description default: issue date + the vendor's payment terms
                     * @example 2026-03-31
                     */
                    dueDate?: string | null;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate: string;
                    lines: {
                        /** @description expense or asset ledger account: id or code */
                        accountId: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @description decimal > 0, up to 4 decimals
                         * @default 1
                         */
                        quantity?: string;
                        /** @description tax code id or code */
                        taxCode: string;
                        /** @description decimal */
                        unitPrice: string;
                    }[];
                    notes?: string;
                    /** @description AP account; default: the payables account */
                    payableAccountId?: string | null;
                    paymentReference?: string | null;
                    pricesIncludeTax?: boolean;
                    reverseChargeRate?: string | null;
                    vendorId: string;
                    vendorInvoiceNumber: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBillsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBillsByIdDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBillsByIdPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description posting date; default: the issue date
                     * @example 2026-03-31
                     */
                    date?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBillsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBillsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingBillsByIdVoid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPurchasingCaptures: {
        parameters: {
            query?: {
                all?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Capture"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingCaptures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capture"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPurchasingCapturesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capture"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingCapturesByIdConvert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    confirmDuplicate?: boolean;
                    createVendor?: boolean;
                    /** @description default: the vendor's currency */
                    currency?: string;
                    /**
                     * Format: date
                     * @description default: issue date + the vendor's payment terms
                     * @example 2026-03-31
                     */
                    dueDate?: string | null;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate: string;
                    lines: {
                        /** @description expense or asset ledger account: id or code */
                        accountId: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @description decimal > 0, up to 4 decimals
                         * @default 1
                         */
                        quantity?: string;
                        /** @description tax code id or code */
                        taxCode: string;
                        /** @description decimal */
                        unitPrice: string;
                    }[];
                    notes?: string;
                    /** @description AP account; default: the payables account */
                    payableAccountId?: string | null;
                    paymentReference?: string | null;
                    pricesIncludeTax?: boolean;
                    reverseChargeRate?: string | null;
                    vendorId?: string;
                    vendorInvoiceNumber: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingCapturesByIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capture"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingCapturesByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capture"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getPurchasingOpenPayables: {
        parameters: {
            query?: {
                asOf?: string;
                currency?: string;
                dueBefore?: string;
                partyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OpenPayable"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postPurchasingUblImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountId?: string;
                    confirmDuplicate?: boolean;
                    createVendor?: boolean;
                    xml: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UblImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getReportsApAging: {
        parameters: {
            query: {
                asOf: string;
                buckets?: string;
                currency?: string;
                format?: "json" | "csv";
                partyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aging report (JSON), or its CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgingReport"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getReportsArAging: {
        parameters: {
            query: {
                asOf: string;
                buckets?: string;
                currency?: string;
                format?: "json" | "csv";
                partyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aging report (JSON), or its CSV with ?format=csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgingReport"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getReportsCashForecast: {
        parameters: {
            query: {
                asOf: string;
                currency: string;
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CashForecast"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name: string;
                    permissions: {
                        name: string;
                        /**
                         * @default company
                         * @enum {string}
                         */
                        reach?: "company" | "departments";
                    }[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    name?: string;
                    permissions?: {
                        name: string;
                        /**
                         * @default company
                         * @enum {string}
                         */
                        reach?: "company" | "departments";
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesInvoices: {
        parameters: {
            query?: {
                cursor?: string;
                format?: "json" | "csv" | "xlsx";
                /** @description Issued on or after (YYYY-MM-DD) */
                from?: string;
                kind?: "invoice" | "credit_note";
                limit?: number;
                partyId?: string;
                q?: string;
                /** @description created, number, customer, issueDate, dueDate, total or status; -total descends */
                sort?: string;
                status?: ("draft" | "issued" | "partially_paid" | "paid" | "credited") | "open" | "overdue";
                /** @description Issued on or before (YYYY-MM-DD) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Invoice"][];
                        nextCursor: string | null;
                        totals?: {
                            count: number;
                            currency: string;
                            /**
                             * @description A decimal amount, e.g. "1234.50"
                             * @example 1234.50
                             */
                            open: string;
                            /**
                             * @description A decimal amount, e.g. "1234.50"
                             * @example 1234.50
                             */
                            total: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesInvoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buyerReference?: string;
                    currency?: string;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    dueDate?: string | null;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate?: string | null;
                    /** @enum {string} */
                    kind?: "invoice" | "credit_note";
                    lines: {
                        description: string;
                        discountAmount?: string | null;
                        /** @description 0–100, or empty for none */
                        discountPercent?: string | null;
                        itemId?: string | null;
                        /** @description decimal > 0, up to 4 decimals (credit with a credit note) */
                        quantity: string;
                        revenueAccountId?: string | null;
                        /** @description tax code id or code */
                        taxCode: string;
                        /** @default C62 */
                        unit?: string;
                        /** @description decimal, currency decimals + 4 */
                        unitPrice: string;
                    }[];
                    notes?: string;
                    orderReference?: string;
                    partyId: string;
                    pricesIncludeTax?: boolean;
                    /** @enum {string} */
                    rounding?: "line" | "document";
                    seriesId?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesInvoicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putSalesInvoicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buyerReference?: string;
                    currency?: string;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    dueDate?: string | null;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate?: string | null;
                    /** @enum {string} */
                    kind?: "invoice" | "credit_note";
                    lines: {
                        description: string;
                        discountAmount?: string | null;
                        /** @description 0–100, or empty for none */
                        discountPercent?: string | null;
                        itemId?: string | null;
                        /** @description decimal > 0, up to 4 decimals (credit with a credit note) */
                        quantity: string;
                        revenueAccountId?: string | null;
                        /** @description tax code id or code */
                        taxCode: string;
                        /** @default C62 */
                        unit?: string;
                        /** @description decimal, currency decimals + 4 */
                        unitPrice: string;
                    }[];
                    notes?: string;
                    orderReference?: string;
                    partyId: string;
                    pricesIncludeTax?: boolean;
                    /** @enum {string} */
                    rounding?: "line" | "document";
                    seriesId?: string | null;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteSalesInvoicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesInvoicesByIdCreditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description issue the credit note at once */
                    issue?: boolean;
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate?: string;
                    lines?: {
                        description: string;
                        discountAmount?: string | null;
                        /** @description 0–100, or empty for none */
                        discountPercent?: string | null;
                        itemId?: string | null;
                        /** @description decimal > 0, up to 4 decimals (credit with a credit note) */
                        quantity: string;
                        revenueAccountId?: string | null;
                        /** @description tax code id or code */
                        taxCode: string;
                        /** @default C62 */
                        unit?: string;
                        /** @description decimal, currency decimals + 4 */
                        unitPrice: string;
                    }[];
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesInvoicesByIdDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesInvoicesByIdEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mailId: string;
                        to: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesInvoicesByIdIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesInvoicesByIdPdf: {
        parameters: {
            query?: {
                lang?: "en" | "cs" | "es";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesInvoicesByIdUbl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UBL XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesInvoicesIssueBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: string[];
                    /**
                     * Format: date
                     * @example 2026-03-31
                     */
                    issueDate?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issued: number;
                        items: {
                            id: string;
                            issueDate: string;
                            number: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesOpenItems: {
        parameters: {
            query?: {
                asOf?: string;
                currency?: string;
                partyId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            controlAccountId: string | null;
                            currency: string;
                            documentId: string;
                            dueDate: string;
                            issueDate: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            number: string;
                            /**
                             * @description A decimal amount, e.g. "1234.50"
                             * @example 1234.50
                             */
                            open: string;
                            openMinor: string;
                            partyId: string;
                            partyName: string;
                            paymentReference: string | null;
                            /**
                             * @description A decimal amount, e.g. "1234.50"
                             * @example 1234.50
                             */
                            total: string;
                            /** @description Minor units (invoices positive, credit notes negative) */
                            totalMinor: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NumberingSeries"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSalesSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    code: string;
                    isDefault?: boolean;
                    /** @enum {string} */
                    kind: "invoice" | "credit_note";
                    name: string;
                    /** @description tokens {YYYY} {YY} {NNNNN}; e.g. INV-{YYYY}-{NNNNN} */
                    pattern: string;
                    /** @enum {string|null} */
                    rounding?: "line" | "document" | null;
                    /** @default true */
                    yearlyReset?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberingSeries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchSalesSeriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    code?: string;
                    isDefault?: boolean;
                    /** @enum {string} */
                    kind?: "invoice" | "credit_note";
                    name?: string;
                    /** @description tokens {YYYY} {YY} {NNNNN}; e.g. INV-{YYYY}-{NNNNN} */
                    pattern?: string;
                    /** @enum {string|null} */
                    rounding?: "line" | "document" | null;
                    /** @default true */
                    yearlyReset?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberingSeries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSalesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putSalesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    paymentTermsDays?: number;
                    pricesIncludeTax?: boolean;
                    receivableAccountId?: string | null;
                    revenueAccountId?: string | null;
                    /** @enum {string} */
                    rounding?: "line" | "document";
                    seller?: {
                        city?: string;
                        country?: string;
                        email?: string;
                        endpoint?: {
                            id: string;
                            scheme: string;
                        };
                        logoFileId?: string;
                        name?: string;
                        phone?: string;
                        postalCode?: string;
                        registrationId?: string;
                        street?: string;
                        vatId?: string;
                        website?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSearch: {
        parameters: {
            query: {
                limit?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyName: string;
                    country?: string;
                    currency: string;
                    email: string;
                    fiscalYearStartMonth?: number;
                    /** @enum {string} */
                    locale?: "en" | "cs" | "es";
                    name: string;
                    password: string;
                    setupToken: string;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyId: string;
                        userId: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSetupChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupChecklist"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needed: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postTaxCalculate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currency: string;
                    lines: {
                        discount?: {
                            percent: string;
                        } | {
                            amount: string;
                        } | null;
                        quantity: string;
                        /** @description tax code id or code */
                        taxCode: string;
                        unitPrice: string;
                    }[];
                    /** @default false */
                    pricesIncludeTax?: boolean;
                    /**
                     * @default document
                     * @enum {string}
                     */
                    rounding?: "line" | "document";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCalculation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getTaxCodes: {
        parameters: {
            query?: {
                active?: "true" | "false";
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TaxCode"][];
                        nextCursor: null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postTaxCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /**
                     * @description UNCL5305 VAT category
                     * @enum {string}
                     */
                    category: "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";
                    code: string;
                    /** @description VATEX code, e.g. VATEX-EU-AE */
                    exemptionCode?: string | null;
                    exemptionReason?: string | null;
                    inputAccountId?: string | null;
                    /** @enum {string} */
                    kind: "standard" | "reduced" | "zero" | "exempt" | "reverse_charge" | "out_of_scope";
                    name: string;
                    outputAccountId?: string | null;
                    /** @description percent as a decimal string, e.g. "21" or "8.875" */
                    rate: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchTaxCodesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /**
                     * @description UNCL5305 VAT category
                     * @enum {string}
                     */
                    category?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";
                    code?: string;
                    /** @description VATEX code, e.g. VATEX-EU-AE */
                    exemptionCode?: string | null;
                    exemptionReason?: string | null;
                    inputAccountId?: string | null;
                    /** @enum {string} */
                    kind?: "standard" | "reduced" | "zero" | "exempt" | "reverse_charge" | "out_of_scope";
                    name?: string;
                    outputAccountId?: string | null;
                    /** @description percent as a decimal string, e.g. "21" or "8.875" */
                    rate?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postTaxCodesDefaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    country: "CZ" | "ES" | "DE" | "US" | "generic";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TaxCode"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getViews: {
        parameters: {
            query: {
                list: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedView"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isDefault?: boolean;
                    /** @example sales.invoices */
                    list: string;
                    name: string;
                    /**
                     * @description The list URL search parameters
                     * @example {
                     *       "status": "draft",
                     *       "sort": "-total"
                     *     }
                     */
                    params: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteViewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    patchViewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isDefault?: boolean;
                    name?: string;
                    /**
                     * @description The list URL search parameters
                     * @example {
                     *       "status": "draft",
                     *       "sort": "-total"
                     *     }
                     */
                    params?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkApprovals: {
        parameters: {
            query?: {
                action?: string;
                entityId?: string;
                mine?: "true" | "false";
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "expired";
                waitingOnMe?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApprovalRequest"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkApprovalsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkApprovalsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkApprovalsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkApprovalsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkApprovalsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string | null;
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            error?: string;
                            id: string;
                            ok: boolean;
                            status?: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putWorkCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dayEnd: string;
                    dayStart: string;
                    holidays?: {
                        day: string;
                        name: string;
                    }[];
                    timeZone?: string | null;
                    workDays: number[];
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Delegation"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endsOn: string;
                    fromUserId?: string;
                    /** @enum {string} */
                    kind?: "delegation" | "out_of_office";
                    reason?: string;
                    startsOn: string;
                    toUserId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delegation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    deleteWorkDelegationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queue: components["schemas"]["Task"][];
                        submitted: components["schemas"]["ApprovalRequest"][];
                        tasks: components["schemas"]["Task"][];
                        waitingOnMe: components["schemas"]["ApprovalRequest"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkNotifications: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Notification"][];
                        nextCursor: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkNotificationsPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        email: "instant" | "digest" | "off";
                        mutedKinds: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putWorkNotificationsPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    email: "instant" | "digest" | "off";
                    mutedKinds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        email: "instant" | "digest" | "off";
                        mutedKinds: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actions: {
                            action: string;
                            description: string;
                        }[];
                        items: components["schemas"]["ApprovalPolicy"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putWorkPoliciesByAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                action: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    definition: components["schemas"]["JsonObject"];
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    putWorkQueuesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    atRiskPercent?: number;
                    /** @enum {string} */
                    autoAssign: "none" | "round_robin" | "least_loaded";
                    slaHours?: number | null;
                };
            };
        };
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId?: string | null;
                    rrule?: string | null;
                    startDate: string;
                    template: string;
                    workingDayOfMonth?: number | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkTasks: {
        parameters: {
            query?: {
                assignee?: "me";
                departmentId?: string;
                overdue?: "true" | "false";
                queue?: "true" | "false";
                status?: "open" | "in_progress" | "waiting" | "done" | "cancelled" | "active";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Task"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId?: string | null;
                    checklist?: string[];
                    departmentId?: string | null;
                    description?: string;
                    dueDate?: string | null;
                    kind?: string;
                    links?: {
                        entityId: string;
                        entityType: string;
                    }[];
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    slaHours?: number | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkTasksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasksByIdAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasksByIdChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    done: boolean;
                    position: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasksByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasksByIdLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entityId: string;
                    entityType: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasksByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "in_progress" | "waiting" | "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTasksByIdTake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvalsWaiting: components["schemas"]["ApprovalRequest"][];
                        atRisk: components["schemas"]["Task"][];
                        departments: {
                            code: string;
                            id: string;
                            name: string;
                        }[];
                        overdue: components["schemas"]["Task"][];
                        people: {
                            approvalsWaiting: number;
                            atRisk: number;
                            email: string;
                            inProgress: number;
                            name: string;
                            open: number;
                            overdue: number;
                            userId: string;
                            waiting: number;
                        }[];
                        throughput: {
                            approvalsDecided: number;
                            tasksDone: number;
                            week: string;
                        }[];
                        unassigned: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    getWorkTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TaskTemplate"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checklist: string[];
                    departmentId?: string | null;
                    description?: string;
                    dueDays?: number | null;
                    name: string;
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    title: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
    postWorkTemplatesByIdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["InvalidInput"];
        };
    };
}
