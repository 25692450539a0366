#pragma once

#include "common/result.h"
#include "io/sheet.h"
#include "payment/payment.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// Pure rules of the bank's files (no database): a template's columns, the batch file's rows
// and bytes, reading a result file, and matching its rows to the roll's lines.
class BankRules
{
public:
    static QList<BankColumn> allColumns();
    static QString columnKey(BankColumn c);   // 'seq', 'account', …
    static bool columnFromKey(const QString& key, BankColumn* out);
    static QString columnTitle(BankColumn c); // 序号, 账号, 户名, 身份证号, 金额, 开户行, …
    static QString columnsToText(const QList<BankColumn>& columns); // "seq,account,…"
    static QList<BankColumn> columnsFromText(const QString& text);  // empty when not valid
    // A template needs a name, a bank, the account, name and amount columns, each once.
    static Status checkTemplate(const BankTemplate& t);

    // 1234567 → "12345.67" (the bank's amounts: yuan, two decimals, no separators).
    static QString bankAmount(qint64 fen);

    // The batch file's rows as text: the header (when the template has one), one row per line
    // in `lines` order, and the summary line (合计, count, total) when asked. Accounts,
    // IDs and amounts as text, never numbers.
    static QList<QStringList> batchRows(const BankTemplate& t, const QList<BankLine>& lines,
                                        const QString& note);
    // The CSV bytes of those rows in the template's encoding (GB18030 or UTF-8 without BOM),
    // CRLF line ends, quoted where needed.
    static QByteArray csvBytes(const BankTemplate& t, const QList<QStringList>& rows);

    // A bank's result file, read as a sheet (any format the roster import reads): finds the
    // header row by its captions (账号/卡号, 户名/姓名, 身份证号, 金额/交易金额, 状态/处理结果/
    // 结果, 失败原因/备注, 日期/交易日期), then one BankReturnRow per data row. A row whose
    // state says 成功 is paid; anything else failed with the reason given. `fileDate` is the
    // paid day of rows that carry none. Fails, in the clerk's words, when no header is found.
    static Result<QList<BankReturnRow>> readReturn(const QList<SheetRow>& rows,
                                                   const QDate& fileDate);

    // Matches each row to the roll's `lines` (those sent to the bank: pending, paid, failed):
    // by account and amount, and by ID when the row has one. Exactly one line → Paid or
    // Failed (Done when that line already has a result); several → Ambiguous; none →
    // Unmatched; a line matched by an earlier row of the file → Duplicate. Never guesses.
    static QList<MatchedRow> match(const QList<BankReturnRow>& rows,
                                   const QList<BankLine>& lines,
                                   const QHash<qint64, LineState>& lineStates);

    static QString outcomeTitle(MatchOutcome o); // 已发放, 发放失败, 未匹配, 无法确定, 重复, 已有结果
};

} // namespace youfu::core
