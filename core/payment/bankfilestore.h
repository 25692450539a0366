#pragma once

#include "common/result.h"
#include "payment/payment.h"
#include "payment/paymentstore.h"
#include "security/actor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// What writing a bank file did.
struct BankFileWritten
{
    int lines = 0;
    qint64 totalFen = 0;
    QString sha256; // hex, of the file's bytes
};

// A bank result file read and matched, not yet recorded: the clerk sees it first.
struct ReturnPreview
{
    qint64 rollId = 0;
    QString fileName; // the name only, as recorded
    QString sha256;
    QList<MatchedRow> rows;
    int count(MatchOutcome o) const
    {
        int n = 0;
        for (const MatchedRow& r : rows)
            n += r.outcome == o ? 1 : 0;
        return n;
    }
};

// The bank's files: the batch file of an approved roll and the result file the bank sends
// back. Bank account numbers are decrypted only here, only with Permission::ExportBankFile,
// and the export is one audit entry (payment.bank_file: roll, template, lines, total, the
// file's SHA-256) in the same transaction that puts the file in place (0600, atomically): a
// file that cannot be recorded is not written.
class BankFileStore
{
public:
    explicit BankFileStore(Database& db) : m_db(db) {}

    // The roll's pending lines (held ones never go to the bank), in seq order.
    Result<BankFileWritten> writeBankFile(const Actor& actor, qint64 rollId, qint64 templateId,
                                          const QString& path);
    // Reads `path` (xlsx, xls or CSV in any encoding the roster import reads), BankRules::
    // readReturn and BankRules::match against the roll's lines. Nothing is written.
    // Needs Permission::ManagePayments (accounts are decrypted to match).
    Result<ReturnPreview> previewReturn(const Actor& actor, qint64 rollId, const QString& path,
                                        const QDate& fileDate);
    // PaymentStore::recordReturn of a preview.
    Result<BankReturnSummary> recordReturn(const Actor& actor, const ReturnPreview& preview);

private:
    Database& m_db;
};

} // namespace youfu::core
