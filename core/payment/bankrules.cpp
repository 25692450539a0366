#include "payment/bankrules.h"

#include "io/cellcleaner.h"
#include "io/sheetvalue.h"
#include "registry/personrules.h"
#include "report/csvwriter.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::BankRules)
};

// The captions written into the bank's file: the bank's own words, whatever the language of
// the program's windows.
QString fileCaption(BankColumn c)
{
    switch (c) {
    case BankColumn::Seq:
        return QStringLiteral("序号");
    case BankColumn::Account:
        return QStringLiteral("账号");
    case BankColumn::Name:
        return QStringLiteral("户名");
    case BankColumn::CitizenId:
        return QStringLiteral("身份证号");
    case BankColumn::Amount:
        return QStringLiteral("金额");
    case BankColumn::Bank:
        return QStringLiteral("开户行");
    case BankColumn::Township:
        return QStringLiteral("乡镇");
    case BankColumn::Village:
        return QStringLiteral("村（社区）");
    case BankColumn::Note:
        return QStringLiteral("摘要");
    }
    return QString();
}

// The columns of a result file, found by their captions.
enum class ReturnField
{
    Account,
    Name,
    CitizenId,
    Amount,
    State,
    Reason,
    Date
};

const QList<QPair<ReturnField, QStringList>>& captionSynonyms()
{
    static const QList<QPair<ReturnField, QStringList>> table = {
        {ReturnField::Account,
         {QStringLiteral("账号"), QStringLiteral("帐号"), QStringLiteral("卡号"),
          QStringLiteral("账户"), QStringLiteral("帐户"), QStringLiteral("卡号/账号"),
          QStringLiteral("账号/卡号"), QStringLiteral("收款账号"), QStringLiteral("收款帐号"),
          QStringLiteral("收款人账号"), QStringLiteral("收款卡号"), QStringLiteral("银行账号"),
          QStringLiteral("银行卡号"), QStringLiteral("客户账号"), QStringLiteral("入账账号"),
          QStringLiteral("账户号码"), QStringLiteral("存折号")}},
        {ReturnField::Name,
         {QStringLiteral("户名"), QStringLiteral("姓名"), QStringLiteral("收款人"),
          QStringLiteral("收款人姓名"), QStringLiteral("收款人户名"), QStringLiteral("账户名称"),
          QStringLiteral("账户名"), QStringLiteral("客户姓名"), QStringLiteral("客户名称")}},
        {ReturnField::CitizenId,
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("身份证"),
          QStringLiteral("证件号码"), QStringLiteral("证件号"), QStringLiteral("公民身份号码")}},
        {ReturnField::Amount,
         {QStringLiteral("金额"), QStringLiteral("交易金额"), QStringLiteral("发放金额"),
          QStringLiteral("实发金额"), QStringLiteral("代发金额"), QStringLiteral("入账金额"),
          QStringLiteral("转账金额")}},
        {ReturnField::State,
         {QStringLiteral("状态"), QStringLiteral("处理结果"), QStringLiteral("结果"),
          QStringLiteral("交易状态"), QStringLiteral("处理状态"), QStringLiteral("交易结果"),
          QStringLiteral("入账状态"), QStringLiteral("入账结果"), QStringLiteral("代发结果")}},
        {ReturnField::Reason,
         {QStringLiteral("失败原因"), QStringLiteral("备注"), QStringLiteral("原因"),
          QStringLiteral("错误信息"), QStringLiteral("错误原因"), QStringLiteral("说明"),
          QStringLiteral("返回信息"), QStringLiteral("附言")}},
        {ReturnField::Date,
         {QStringLiteral("日期"), QStringLiteral("交易日期"), QStringLiteral("处理日期"),
          QStringLiteral("入账日期"), QStringLiteral("发放日期"), QStringLiteral("记账日期"),
          QStringLiteral("交易时间"), QStringLiteral("处理时间")}},
    };
    return table;
}

// 金额（元）, " 账 号 ", 状态: → 金额, 账号, 状态.
QString captionKey(const QString& shown)
{
    QString t = CellCleaner::withoutSpaces(CellCleaner::halfWidth(shown));
    static const QRegularExpression unit(QStringLiteral("[(（][^)）]*[)）]$"));
    t.remove(unit);
    while (t.endsWith(u':') || t.endsWith(u'：') || t.endsWith(u'*'))
        t.chop(1);
    return t;
}

bool fieldOf(const QString& caption, ReturnField* out)
{
    const QString key = captionKey(caption);
    for (const auto& [field, words] : captionSynonyms()) {
        if (words.contains(key)) {
            *out = field;
            return true;
        }
    }
    return false;
}

QString cellText(const SheetRow& row, int column)
{
    if (column < 0 || column >= row.cells.size())
        return QString();
    return CellCleaner::shown(row.cells.at(column)).trimmed();
}

SheetCell cellAt(const SheetRow& row, int column)
{
    if (column < 0 || column >= row.cells.size())
        return SheetCell();
    return row.cells.at(column);
}

QString accountOf(const SheetCell& cell)
{
    if (cell.isEmpty())
        return QString();
    const CleanCell c = CellCleaner::bankAccount(cell);
    if (!c.refused())
        return c.text;
    return PersonRules::normaliseBankAccount(CellCleaner::halfWidth(CellCleaner::shown(cell)));
}

QString idOf(const SheetCell& cell)
{
    return CellCleaner::withoutSpaces(CellCleaner::halfWidth(CellCleaner::shown(cell))).toUpper();
}

// 2026-12-10, 2026/12/10, 2026.12.10, 2026年12月10日, 20261210, with or without a time;
// a date cell, or a number that is an Excel serial day.
QDate dateOf(const SheetCell& cell)
{
    if (cell.kind == SheetCell::Kind::Date && cell.date.isValid())
        return cell.date;
    if (cell.kind == SheetCell::Kind::Number) {
        const double n = cell.number;
        if (n >= 19000101 && n <= 21001231)
            return QDate::fromString(QString::number(qint64(n)), QStringLiteral("yyyyMMdd"));
        if (n > 20000 && n < 80000)
            return excelSerialToDate(n, false);
        return QDate();
    }
    QString t = CellCleaner::halfWidth(CellCleaner::shown(cell)).trimmed();
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?$"));
    if (const auto m = re.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:\\s.*)?$"));
    if (const auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return QDate();
}

// 成功, 处理成功, 交易成功, 已入账… are paid; 失败, 交易失败, 不成功, 未入账… and anything else
// are not.
bool stateIsSuccess(const QString& state)
{
    const QString s = CellCleaner::withoutSpaces(CellCleaner::halfWidth(state)).toUpper();
    if (s.isEmpty())
        return false;
    static const QStringList negative = {
        QStringLiteral("失败"), QStringLiteral("不"), QStringLiteral("未"),  QStringLiteral("退"),
        QStringLiteral("拒"),   QStringLiteral("错"), QStringLiteral("FAIL")};
    for (const QString& n : negative)
        if (s.contains(n))
            return false;
    static const QStringList positive = {QStringLiteral("成功"), QStringLiteral("已入账"),
                                         QStringLiteral("已到账"), QStringLiteral("已发放"),
                                         QStringLiteral("SUCCESS")};
    for (const QString& p : positive)
        if (s.contains(p))
            return true;
    return s == QStringLiteral("S");
}

bool isSummaryRow(const SheetRow& row)
{
    for (int c = 0; c < qMin(3, int(row.cells.size())); ++c) {
        const QString t = CellCleaner::withoutSpaces(cellText(row, c));
        if (t.startsWith(QStringLiteral("合计")) || t.startsWith(QStringLiteral("总计")) ||
            t.startsWith(QStringLiteral("小计")) || t.startsWith(QStringLiteral("共计")))
            return true;
    }
    return false;
}

QString accountKey(const QString& account)
{
    // Most accounts are plain ASCII digits already: nothing to clean.
    if (std::all_of(account.cbegin(), account.cend(),
                    [](QChar ch) { return ch >= QLatin1Char('0') && ch <= QLatin1Char('9'); }))
        return account;
    return PersonRules::normaliseBankAccount(CellCleaner::halfWidth(account));
}

} // namespace

QList<BankColumn> BankRules::allColumns()
{
    return {BankColumn::Seq,       BankColumn::Account, BankColumn::Name,
            BankColumn::CitizenId, BankColumn::Amount,  BankColumn::Bank,
            BankColumn::Township,  BankColumn::Village, BankColumn::Note};
}

QString BankRules::columnKey(BankColumn c)
{
    switch (c) {
    case BankColumn::Seq:
        return QStringLiteral("seq");
    case BankColumn::Account:
        return QStringLiteral("account");
    case BankColumn::Name:
        return QStringLiteral("name");
    case BankColumn::CitizenId:
        return QStringLiteral("citizen_id");
    case BankColumn::Amount:
        return QStringLiteral("amount");
    case BankColumn::Bank:
        return QStringLiteral("bank");
    case BankColumn::Township:
        return QStringLiteral("township");
    case BankColumn::Village:
        return QStringLiteral("village");
    case BankColumn::Note:
        return QStringLiteral("note");
    }
    return QString();
}

bool BankRules::columnFromKey(const QString& key, BankColumn* out)
{
    for (BankColumn c : allColumns()) {
        if (columnKey(c) == key) {
            if (out)
                *out = c;
            return true;
        }
    }
    return false;
}

QString BankRules::columnTitle(BankColumn c)
{
    switch (c) {
    case BankColumn::Seq:
        return Tr::tr("No.");
    case BankColumn::Account:
        return Tr::tr("Account");
    case BankColumn::Name:
        return Tr::tr("Account holder");
    case BankColumn::CitizenId:
        return Tr::tr("Citizen ID");
    case BankColumn::Amount:
        return Tr::tr("Amount");
    case BankColumn::Bank:
        return Tr::tr("Bank branch");
    case BankColumn::Township:
        return Tr::tr("Township");
    case BankColumn::Village:
        return Tr::tr("Village (community)");
    case BankColumn::Note:
        return Tr::tr("Memo");
    }
    return QString();
}

QString BankRules::columnsToText(const QList<BankColumn>& columns)
{
    QStringList keys;
    for (BankColumn c : columns)
        keys << columnKey(c);
    return keys.join(u',');
}

QList<BankColumn> BankRules::columnsFromText(const QString& text)
{
    QList<BankColumn> out;
    QSet<QString> seen;
    for (const QString& part : text.split(u',')) {
        const QString key = part.trimmed();
        BankColumn c;
        if (!columnFromKey(key, &c) || seen.contains(key))
            return {};
        seen.insert(key);
        out << c;
    }
    return out;
}

Status BankRules::checkTemplate(const BankTemplate& t)
{
    if (t.name.trimmed().isEmpty())
        return Status::failure(Tr::tr("Give the bank template a name."));
    if (t.bankName.trimmed().isEmpty())
        return Status::failure(Tr::tr("Name the bank the template is for."));
    for (BankColumn c : t.columns) {
        if (t.columns.count(c) > 1)
            return Status::failure(
                Tr::tr("The column “%1” is in the template more than once.").arg(columnTitle(c)));
    }
    for (BankColumn c : {BankColumn::Account, BankColumn::Name, BankColumn::Amount}) {
        if (!t.columns.contains(c))
            return Status::failure(
                Tr::tr("The bank's file needs the column “%1”.").arg(columnTitle(c)));
    }
    return Status::success();
}

QString BankRules::bankAmount(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QStringLiteral("%1.%2").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QList<QStringList> BankRules::batchRows(const BankTemplate& t, const QList<BankLine>& lines,
                                        const QString& note)
{
    QList<QStringList> rows;
    if (t.headerRow) {
        QStringList header;
        for (BankColumn c : t.columns)
            header << fileCaption(c);
        rows << header;
    }
    qint64 total = 0;
    int n = 0;
    for (const BankLine& l : lines) {
        ++n;
        total += l.amountFen;
        QStringList row;
        for (BankColumn c : t.columns) {
            switch (c) {
            case BankColumn::Seq:
                row << QString::number(n);
                break;
            case BankColumn::Account:
                row << l.account;
                break;
            case BankColumn::Name:
                row << l.name;
                break;
            case BankColumn::CitizenId:
                row << l.citizenId;
                break;
            case BankColumn::Amount:
                row << bankAmount(l.amountFen);
                break;
            case BankColumn::Bank:
                row << l.bankName;
                break;
            case BankColumn::Township:
                row << l.townshipName;
                break;
            case BankColumn::Village:
                row << l.villageName;
                break;
            case BankColumn::Note:
                row << note;
                break;
            }
        }
        rows << row;
    }
    if (t.summaryLine) {
        QStringList summary = {QStringLiteral("合计"), QString::number(n), bankAmount(total)};
        while (summary.size() < t.columns.size())
            summary << QString();
        rows << summary;
    }
    return rows;
}

QByteArray BankRules::csvBytes(const BankTemplate& t, const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& cell : row)
            fields << csvField(cell);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    if (!t.gbk)
        return text.toUtf8();
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

Result<QList<BankReturnRow>> BankRules::readReturn(const QList<SheetRow>& rows,
                                                   const QDate& fileDate)
{
    // The header: the first row (of the first 30) naming the account, the amount and the state.
    int headerIndex = -1;
    QHash<ReturnField, int> columns;
    for (int i = 0; i < rows.size() && i < 30 && headerIndex < 0; ++i) {
        QHash<ReturnField, int> found;
        for (int c = 0; c < rows.at(i).cells.size(); ++c) {
            ReturnField f;
            if (fieldOf(cellText(rows.at(i), c), &f) && !found.contains(f))
                found.insert(f, c);
        }
        if (found.contains(ReturnField::Account) && found.contains(ReturnField::Amount) &&
            found.contains(ReturnField::State)) {
            headerIndex = i;
            columns = found;
        }
    }
    if (headerIndex < 0)
        return Result<QList<BankReturnRow>>::failure(
            Tr::tr("This does not look like a bank's result file: no row names the account "
                   "(账号 or 卡号), the amount (金额) and the result (状态 or 处理结果)."));
    const auto col = [&](ReturnField f) { return columns.value(f, -1); };

    QList<BankReturnRow> out;
    for (int i = headerIndex + 1; i < rows.size(); ++i) {
        const SheetRow& r = rows.at(i);
        const SheetCell accountCell = cellAt(r, col(ReturnField::Account));
        const SheetCell amountCell = cellAt(r, col(ReturnField::Amount));
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (isSummaryRow(r) && !CellCleaner::shown(accountCell).contains(digit))
            continue; // 合计 / 总计: no account of its own
        if (amountCell.isEmpty() && cellAt(r, col(ReturnField::State)).isEmpty())
            continue; // blank, or a footer (制表人 …)
        BankReturnRow row;
        row.row = r.number;
        row.account = accountOf(accountCell);
        row.name = CellCleaner::withoutSpaces(cellText(r, col(ReturnField::Name)));
        row.citizenId = idOf(cellAt(r, col(ReturnField::CitizenId)));
        const CleanCell amount = CellCleaner::amount(amountCell);
        if (amount.refused() || amount.isEmpty())
            return Result<QList<BankReturnRow>>::failure(
                Tr::tr("Row %1 of the bank's file: “%2” is not an amount in yuan.")
                    .arg(r.number)
                    .arg(CellCleaner::shown(amountCell)));
        row.amountFen = amount.fen;
        const QString state = cellText(r, col(ReturnField::State));
        row.success = stateIsSuccess(state);
        if (row.success) {
            const QDate d = dateOf(cellAt(r, col(ReturnField::Date)));
            row.paidOn = d.isValid() ? d : fileDate;
        } else {
            const QString reason = cellText(r, col(ReturnField::Reason));
            row.reason = !reason.isEmpty()  ? reason
                         : !state.isEmpty() ? state
                                            : Tr::tr("The bank gave no result.");
        }
        out << row;
    }
    return out;
}

QList<MatchedRow> BankRules::match(const QList<BankReturnRow>& rows, const QList<BankLine>& lines,
                                   const QHash<qint64, LineState>& lineStates)
{
    // The lines sent to the bank, by account.
    QMultiHash<QString, const BankLine*> byAccount;
    byAccount.reserve(lines.size());
    for (const BankLine& l : lines) {
        if (lineStates.value(l.lineId, LineState::Pending) == LineState::Held)
            continue;
        byAccount.insert(accountKey(l.account), &l);
    }
    QSet<qint64> matched;
    matched.reserve(rows.size());
    QList<MatchedRow> out;
    out.reserve(rows.size());
    QList<const BankLine*> sameAccount;
    QList<const BankLine*> candidates;
    for (const BankReturnRow& row : rows) {
        MatchedRow m;
        m.row = row;
        const QString account = accountKey(row.account);
        if (account.isEmpty()) {
            m.outcome = MatchOutcome::Unmatched;
            m.note = Tr::tr("The row gives no account number.");
            out << m;
            continue;
        }
        sameAccount.clear();
        for (auto [it, end] = byAccount.equal_range(account); it != end; ++it)
            sameAccount << it.value();
        candidates.clear();
        bool otherAmount = false;
        bool otherId = false;
        for (const BankLine* l : sameAccount) {
            if (l->amountFen != row.amountFen) {
                otherAmount = true;
                continue;
            }
            if (!row.citizenId.isEmpty() &&
                l->citizenId.compare(row.citizenId, Qt::CaseInsensitive) != 0) {
                otherId = true;
                continue;
            }
            candidates << l;
        }
        if (candidates.isEmpty()) {
            m.outcome = MatchOutcome::Unmatched;
            m.note =
                sameAccount.isEmpty()
                    ? Tr::tr("No line of this roll was sent to the account %1.").arg(row.account)
                : otherId && !otherAmount
                    ? Tr::tr("The citizen ID %1 is not the one of the line paid to this "
                             "account.")
                          .arg(row.citizenId)
                    : Tr::tr("The roll sent another amount to the account %1, not %2 yuan.")
                          .arg(row.account, bankAmount(row.amountFen));
            out << m;
            continue;
        }
        if (candidates.size() > 1) {
            m.outcome = MatchOutcome::Ambiguous;
            m.note = Tr::tr("%n line(s) of the roll have this account and amount and the row "
                            "gives no citizen ID to tell them apart: record it by hand.",
                            nullptr, int(candidates.size()));
            out << m;
            continue;
        }
        const BankLine* line = candidates.first();
        m.lineId = line->lineId;
        const LineState state = lineStates.value(line->lineId, LineState::Pending);
        if (matched.contains(line->lineId)) {
            m.outcome = MatchOutcome::Duplicate;
            m.note = Tr::tr("An earlier row of this file is about the same line.");
        } else if (state == LineState::Paid || state == LineState::Failed) {
            m.outcome = MatchOutcome::Done;
            m.note = Tr::tr("This line already has the bank's result; it is left as it was.");
        } else {
            m.outcome = row.success ? MatchOutcome::Paid : MatchOutcome::Failed;
        }
        matched.insert(line->lineId);
        out << m;
    }
    return out;
}

QString BankRules::outcomeTitle(MatchOutcome o)
{
    switch (o) {
    case MatchOutcome::Paid:
        return Tr::tr("Paid");
    case MatchOutcome::Failed:
        return Tr::tr("Failed");
    case MatchOutcome::Unmatched:
        return Tr::tr("Not matched");
    case MatchOutcome::Ambiguous:
        return Tr::tr("Cannot tell");
    case MatchOutcome::Duplicate:
        return Tr::tr("Duplicate");
    case MatchOutcome::Done:
        return Tr::tr("Already recorded");
    }
    return QString();
}

} // namespace youfu::core
