#include "payment/bankfilestore.h"

#include "common/clock.h"
#include "common/phasetimer.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/rawstatement.h"
#include "db/sqlexec.h"
#include "io/sheet.h"
#include "payment/bankrules.h"
#include "report/atomicfile.h"
#include "security/fieldcipher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::BankFileStore)
};

struct RollHead
{
    QString title;
    bool approved = false;
};

LineState lineStateOf(const QString& key)
{
    if (key == QLatin1String("held"))
        return LineState::Held;
    if (key == QLatin1String("paid"))
        return LineState::Paid;
    if (key == QLatin1String("failed"))
        return LineState::Failed;
    return LineState::Pending;
}

Result<RollHead> readRoll(Database& db, qint64 rollId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT title, state FROM payment_rolls WHERE id = ?"));
    q.addBindValue(rollId);
    if (Status s = runSingle(q, Tr::tr("There is no payment roll number %1.").arg(rollId)); !s)
        return s;
    RollHead h;
    h.title = q.value(0).toString();
    h.approved = q.value(1).toString() == QLatin1String("approved");
    return h;
}

Result<BankTemplate> readTemplate(Database& db, qint64 templateId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, name, bank_name, columns, header_row, encoding, format, "
                             "summary_line, active FROM bank_templates WHERE id = ?"));
    q.addBindValue(templateId);
    if (Status s = runSingle(q, Tr::tr("There is no bank template number %1.").arg(templateId)); !s)
        return s;
    BankTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.bankName = q.value(2).toString();
    t.columns = BankRules::columnsFromText(q.value(3).toString());
    t.headerRow = q.value(4).toBool();
    t.gbk = q.value(5).toString() == QLatin1String("gb18030");
    t.xlsx = q.value(6).toString() == QLatin1String("xlsx");
    t.summaryLine = q.value(7).toBool();
    t.active = q.value(8).toBool();
    return t;
}

// The roll's lines with their accounts decrypted: only the pending ones, or every line with
// its state (to match a result file).
Result<QList<BankLine>> readLines(Database& db, qint64 rollId, bool pendingOnly,
                                  QHash<qint64, LineState>* states)
{
    auto cipher = FieldCipher::forDatabase(db);
    if (!cipher)
        return cipher.status();
    // Two passes in the order the rows are stored: the lines by sequence, then their persons
    // by id (a join would look each person up at random, a page read per line of 200,000).
    const QByteArray pending =
        pendingOnly ? QByteArrayLiteral("AND state = 'pending' ") : QByteArray();
    const QByteArray linesSql =
        QByteArrayLiteral("SELECT id, seq, person_name, amount_fen, bank_name, township_name, "
                          "village_name, state, person_id FROM payment_lines WHERE roll_id = ? ") +
        pending + QByteArrayLiteral("ORDER BY seq");
    RawStatement q(db, linesSql.constData());
    if (Status s = q.prepared(); !s)
        return s;
    q.bind(1, rollId);
    // Banks, townships and villages repeat: one shared copy of each text.
    QHash<QString, QString> shared;
    const auto once = [&shared](QString text) {
        auto it = shared.constFind(text);
        if (it == shared.cend())
            it = shared.insert(text, text);
        return it.value();
    };
    QList<BankLine> lines;
    QList<qint64> personOf;
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.status();
        if (!row.value())
            break;
        BankLine l;
        l.lineId = q.int64(0);
        l.seq = int(q.int64(1));
        l.name = q.text(2);
        l.amountFen = q.int64(3);
        l.bankName = once(q.text(4));
        l.townshipName = once(q.text(5));
        l.villageName = once(q.text(6));
        if (states)
            states->insert(l.lineId, lineStateOf(q.text(7)));
        personOf << q.int64(8);
        lines.append(std::move(l));
    }
    const QByteArray personsSql =
        QByteArrayLiteral("SELECT id, citizen_id, bank_account_enc FROM persons WHERE id IN "
                          "(SELECT person_id FROM payment_lines WHERE roll_id = ? ") +
        pending + QByteArrayLiteral(")");
    RawStatement p(db, personsSql.constData());
    if (Status s = p.prepared(); !s)
        return s;
    p.bind(1, rollId);
    QHash<qint64, QPair<QString, QString>> persons; // id → citizen ID, account
    persons.reserve(lines.size());
    for (;;) {
        auto row = p.next();
        if (!row)
            return row.status();
        if (!row.value())
            break;
        auto account = cipher.value()->decrypt(p.text(2));
        if (!account)
            return account.status();
        persons.insert(p.int64(0), {p.text(1), account.value()});
    }
    QList<BankLine> out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto it = persons.constFind(personOf.at(i));
        if (it == persons.cend()) {
            if (states)
                states->remove(lines.at(i).lineId);
            continue; // as the join did: a line without its person is not read
        }
        BankLine& l = lines[i];
        l.citizenId = it.value().first;
        l.account = it.value().second;
        out.append(std::move(l));
    }
    return out;
}

Status xlsxFailed(lxw_error e)
{
    return Status::failure(Tr::tr("The bank's Excel file could not be written: %1.")
                               .arg(QString::fromUtf8(lxw_strerror(e))));
}

// The rows as an xlsx workbook, every cell text (accounts and IDs stay whole), in a temporary
// file beside `path` (never in a shared temporary folder: it holds account numbers).
Result<QByteArray> xlsxBytes(const QList<QStringList>& rows, const QString& path)
{
    QTemporaryFile temp(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral(".bank-XXXXXX.xlsx")));
    if (!temp.open())
        return Result<QByteArray>::failure(
            Tr::tr("The bank's file cannot be written in %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    temp.close();
    const QByteArray name = QFile::encodeName(temp.fileName());
    lxw_workbook* wb = workbook_new(name.constData());
    if (!wb)
        return Result<QByteArray>::failure(Tr::tr("The bank's Excel file could not be started."));
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* textFormat = workbook_add_format(wb);
    format_set_num_format(textFormat, "@");
    lxw_error e = ws ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;
    QList<int> widths;
    for (int r = 0; r < rows.size() && e == LXW_NO_ERROR; ++r) {
        const QStringList& row = rows.at(r);
        for (int c = 0; c < row.size() && e == LXW_NO_ERROR; ++c) {
            if (widths.size() <= c)
                widths << 6;
            widths[c] = qMax(widths[c], int(row.at(c).toUtf8().size()) + 2);
            if (row.at(c).isEmpty())
                continue;
            e = worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c),
                                       row.at(c).toUtf8().constData(), textFormat);
        }
    }
    for (int c = 0; c < widths.size() && ws; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), qMin(widths[c], 40), textFormat);
    const lxw_error closed = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        return xlsxFailed(e);
    if (closed != LXW_NO_ERROR)
        return xlsxFailed(closed);
    QFile in(temp.fileName());
    if (!in.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Tr::tr("The bank's Excel file could not be read back."));
    return in.readAll();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<BankFileWritten> BankFileStore::writeBankFile(const Actor& actor, qint64 rollId,
                                                     qint64 templateId, const QString& path)
{
    bool placed = false;
    auto written = AuditedWrite::produce<BankFileWritten>(
        m_db, actor, Authority::of(Permission::ExportBankFile),
        AuditNote(QStringLiteral("payment.bank_file"), QStringLiteral("payment_roll"),
                  QString::number(rollId)),
        [&](WriteScope& w) -> Result<BankFileWritten> {
            auto roll = readRoll(m_db, rollId);
            if (!roll)
                return roll.status();
            if (!roll.value().approved)
                return Result<BankFileWritten>::failure(
                    Tr::tr("Only an approved roll goes to the bank: this roll is not approved "
                           "yet."));
            auto tmpl = readTemplate(m_db, templateId);
            if (!tmpl)
                return tmpl.status();
            const BankTemplate& t = tmpl.value();
            if (!t.active)
                return Result<BankFileWritten>::failure(
                    Tr::tr("The bank template “%1” is no longer in use.").arg(t.name));
            if (Status s = BankRules::checkTemplate(t); !s)
                return s;
            auto lines = readLines(m_db, rollId, true, nullptr);
            if (!lines)
                return lines.status();
            if (lines.value().isEmpty())
                return Result<BankFileWritten>::failure(
                    Tr::tr("No line of this roll is waiting for the bank."));
            for (const BankLine& l : lines.value()) {
                if (l.account.isEmpty())
                    return Result<BankFileWritten>::failure(
                        Tr::tr("%1 (line %2) has no bank account any more: hold the line or "
                               "enter the account first.")
                            .arg(l.name)
                            .arg(l.seq));
            }
            const auto rows = BankRules::batchRows(t, lines.value(), roll.value().title);
            QByteArray bytes;
            if (t.xlsx) {
                auto x = xlsxBytes(rows, path);
                if (!x)
                    return x.status();
                bytes = x.value();
            } else {
                bytes = BankRules::csvBytes(t, rows);
            }
            BankFileWritten out;
            out.lines = int(lines.value().size());
            for (const BankLine& l : lines.value())
                out.totalFen += l.amountFen;
            out.sha256 = sha256Hex(bytes);
            w.entry().after = QJsonObject{
                {QStringLiteral("roll"), rollId},
                {QStringLiteral("template"), t.id},
                {QStringLiteral("template_name"), t.name},
                {QStringLiteral("format"), t.xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv")},
                {QStringLiteral("lines"), out.lines},
                {QStringLiteral("total_fen"), out.totalFen},
                {QStringLiteral("sha256"), out.sha256},
                {QStringLiteral("file"), QFileInfo(path).fileName()}};
            // The last step of the change: a file that is in place is one that is recorded.
            const Status put = writeFileAtomically(path, [&](QIODevice& dev) -> Status {
                if (dev.write(bytes) != bytes.size())
                    return Status::failure(Tr::tr("The bank's file could not be written."));
                return Status::success();
            });
            if (!put)
                return put;
            placed = true;
            return out;
        });
    if (!written && placed)
        QFile::remove(path); // the audit entry was not kept: neither is the file
    return written;
}

Result<ReturnPreview> BankFileStore::previewReturn(const Actor& actor, qint64 rollId,
                                                   const QString& path, const QDate& fileDate)
{
    if (Status s = require(actor, Permission::ManagePayments); !s)
        return s;
    PhaseTimer phase("bank return");
    auto roll = readRoll(m_db, rollId);
    if (!roll)
        return roll.status();
    if (!roll.value().approved)
        return Result<ReturnPreview>::failure(
            Tr::tr("The bank's result is taken only on an approved roll: this roll is not "
                   "approved."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ReturnPreview>::failure(
            Tr::tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Result<ReturnPreview>::failure(
            Tr::tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    file.close();
    phase.lap("hash");
    auto reader = openSheet(path);
    if (!reader)
        return reader.status();
    QList<SheetRow> rows;
    for (;;) {
        SheetRow row;
        auto more = reader.value()->next(row);
        if (!more)
            return more.status();
        if (!more.value())
            break;
        rows << row;
    }
    phase.lap("read sheet");
    const QDate day = fileDate.isValid() ? fileDate : m_db.clock().today();
    auto read = BankRules::readReturn(rows, day);
    if (!read)
        return read.status();
    rows = QList<SheetRow>(); // the cells are no longer needed: freed before the lines are read
    phase.lap("read return rows");
    QHash<qint64, LineState> states;
    auto lines = readLines(m_db, rollId, false, &states);
    if (!lines)
        return lines.status();
    phase.lap("read and decrypt lines");
    ReturnPreview p;
    p.rollId = rollId;
    p.fileName = QFileInfo(path).fileName();
    p.sha256 = QString::fromLatin1(hash.result().toHex());
    p.rows = BankRules::match(read.value(), lines.value(), states);
    phase.lap("match");
    return p;
}

Result<BankReturnSummary> BankFileStore::recordReturn(const Actor& actor,
                                                      const ReturnPreview& preview)
{
    return PaymentStore(m_db).recordReturn(actor, preview.rollId, preview.fileName, preview.sha256,
                                           preview.rows);
}

} // namespace youfu::core
