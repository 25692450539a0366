#include "models/paymentlinemodel.h"

#include "common/isotime.h"
#include "db/database.h"
#include "payment/paymentrules.h"
#include "policy/policyrules.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace youfu::ui {

PaymentLineModel::PaymentLineModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void PaymentLineModel::setFilter(const core::LineFilter& filter)
{
    m_filter = filter;
    reload();
}

void PaymentLineModel::clear()
{
    beginResetModel();
    m_filter = core::LineFilter();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

void PaymentLineModel::reload()
{
    if (m_filter.rollId <= 0) {
        clear();
        return;
    }
    const QScopedValueRollback<bool> guard(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    const core::PaymentListStore store(m_db);
    auto total = store.lineCount(m_filter);
    if (!total) {
        m_error = total.error();
    } else if (auto first = store.linesPage(m_filter, 0, m_page); !first) {
        m_error = first.error();
    } else {
        m_total = total.value();
        m_rows = first.takeValue();
        m_atEnd = m_rows.size() < m_page;
    }
    endResetModel();
}

bool PaymentLineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void PaymentLineModel::fetchMore(const QModelIndex& parent)
{
    if (m_busy || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_busy, true);
    auto read = core::PaymentListStore(m_db).linesPage(m_filter, m_rows.last().seq, m_page);
    if (!read) {
        m_error = read.error();
        m_atEnd = true;
        return;
    }
    const QList<core::PaymentLine> more = read.takeValue();
    m_atEnd = more.size() < m_page;
    if (more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

core::PaymentLine PaymentLineModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::PaymentLine();
}

QString PaymentLineModel::noteOf(const core::PaymentLine& line)
{
    QStringList words;
    switch (line.state) {
    case core::LineState::Held:
        words << line.problem;
        break;
    case core::LineState::Failed:
        words << line.failReason;
        break;
    case core::LineState::Paid:
        if (line.paidOn.isValid())
            words << tr("paid on %1").arg(core::toIsoDate(line.paidOn));
        break;
    case core::LineState::Pending:
        break;
    }
    if (line.reissuedBy > 0)
        words << tr("re-issued");
    if (line.reissueOf > 0)
        words << tr("re-issue of an earlier line");
    words.removeAll(QString());
    return words.join(QStringLiteral("；"));
}

int PaymentLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentLineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::PaymentLine& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return r.seq;
        case Name:
            return r.personName;
        case CitizenId:
            return r.maskedCitizenId;
        case Township:
            return r.townshipName;
        case Village:
            return r.villageName;
        case Categories:
            return r.categoriesText;
        case Amount:
            return core::PolicyRules::yuan(r.amountFen);
        case Bank:
            return r.bankName;
        case State:
            return core::PaymentRules::lineStateTitle(r.state);
        case Note:
            return noteOf(r);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Seq))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool problem = r.state == core::LineState::Held || r.state == core::LineState::Failed;
    if (role == Qt::ForegroundRole && problem && r.reissuedBy == 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::UserRole)
        return r.id;
    return QVariant();
}

QVariant PaymentLineModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Seq:
        return tr("No.");
    case Name:
        return tr("Name");
    case CitizenId:
        return tr("Citizen ID");
    case Township:
        return tr("Township");
    case Village:
        return tr("Village");
    case Categories:
        return tr("Categories");
    case Amount:
        return tr("Amount (yuan)");
    case Bank:
        return tr("Bank");
    case State:
        return tr("State");
    case Note:
        return tr("Note");
    }
    return QVariant();
}

} // namespace youfu::ui
