#include "care/medicallistmodel.h"

#include "care/carerules.h"
#include "care/medicalstore.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace youfu::ui {

MedicalListModel::MedicalListModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void MedicalListModel::setFilter(const core::MedicalFilter& filter)
{
    m_filter = filter;
    reload();
}

void MedicalListModel::reload()
{
    // A view (or the model tester) asking for more while the reset is signalled waits.
    const QScopedValueRollback<bool> guard(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_atEnd = false;
    core::MedicalStore store(m_db);
    auto total = store.count(m_filter);
    m_total = total ? total.value() : 0;
    if (!total) {
        m_error = total.error();
        m_atEnd = true;
    }
    auto first =
        m_atEnd ? core::Result<QList<core::MedicalSettlement>>(QList<core::MedicalSettlement>{})
                : store.page(m_filter, {}, m_page);
    if (!first) {
        m_error = first.error();
        m_atEnd = true;
    } else {
        m_rows = first.value();
        m_atEnd = m_atEnd || m_rows.size() < m_page;
    }
    endResetModel();
}

int MedicalListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int MedicalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MedicalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MedicalListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::MedicalSettlement& m = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && m.voided)
        return QBrush(QColor(QRgb(0x8a8a8a)));
    if (role == Qt::TextAlignmentRole && index.column() >= Total && index.column() <= Self)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Settled:
        return m.settledOn.toString(Qt::ISODate);
    case Name:
        return m.name;
    case CitizenId:
        return m.maskedCitizenId;
    case Township:
        return m.townshipName;
    case Hospital:
        return m.hospital;
    case Stay:
        return tr("%1 to %2")
            .arg(m.admittedOn.toString(Qt::ISODate), m.dischargedOn.toString(Qt::ISODate));
    case Total:
        return core::carerules::yuan(m.totalFen);
    case Insurance:
        return core::carerules::yuan(m.insuranceFen);
    case Subsidy:
        return core::carerules::yuan(m.subsidyFen);
    case Self:
        return core::carerules::yuan(m.selfFen);
    case Remark:
        if (m.voided)
            return tr("Voided: %1").arg(m.voidReason);
        if (!m.capOverride.isEmpty())
            return tr("Over the cap: %1").arg(m.capOverride);
        return m.note;
    default:
        return {};
    }
}

QVariant MedicalListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Settled:
        return tr("Settled");
    case Name:
        return tr("Name");
    case CitizenId:
        return tr("Citizen ID");
    case Township:
        return tr("Township");
    case Hospital:
        return tr("Hospital");
    case Stay:
        return tr("In hospital");
    case Total:
        return tr("Total (yuan)");
    case Insurance:
        return tr("Insurance");
    case Subsidy:
        return tr("Subsidy");
    case Self:
        return tr("Paid by the person");
    case Remark:
        return tr("Remark");
    default:
        return {};
    }
}

bool MedicalListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void MedicalListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_busy || m_rows.isEmpty())
        return;
    const QScopedValueRollback<bool> guard(m_busy, true);
    const core::MedicalCursor after{m_rows.last().settledOn, m_rows.last().id};
    auto page = core::MedicalStore(m_db).page(m_filter, after, m_page);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < m_page;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

} // namespace youfu::ui
