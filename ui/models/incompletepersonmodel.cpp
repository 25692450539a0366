#include "models/incompletepersonmodel.h"

#include "archive/completenessstore.h"

namespace youfu::ui {

IncompletePersonModel::IncompletePersonModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void IncompletePersonModel::setFilter(const core::CompletenessFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_cache.clear();
    m_ids.clear();
    m_error.clear();
    auto ids = core::CompletenessStore(m_db).incompletePersonIds(filter);
    if (ids)
        m_ids = ids.takeValue();
    else
        m_error = ids.error();
    endResetModel();
}

qint64 IncompletePersonModel::personIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

const core::IncompletePersonRow* IncompletePersonModel::rowAt(int row) const
{
    const qint64 id = personIdAt(row);
    if (!id)
        return nullptr;
    auto it = m_cache.constFind(id);
    if (it == m_cache.constEnd()) {
        if (m_cache.size() > 20 * kWindow)
            m_cache.clear(); // keep memory flat while scrolling far
        const int start = row - row % kWindow;
        auto window =
            core::CompletenessStore(m_db).incompleteRows(m_ids.mid(start, kWindow), m_filter);
        if (!window) {
            m_error = window.error(); // the cells stay empty
            return nullptr;
        }
        for (const core::IncompletePersonRow& r : window.value())
            m_cache.insert(r.personId, r);
        it = m_cache.constFind(id);
        if (it == m_cache.constEnd())
            return nullptr; // completed meanwhile
    }
    return &it.value();
}

int IncompletePersonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IncompletePersonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncompletePersonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::IncompletePersonRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case Township:
        return r->townshipName;
    case Name:
        return r->name;
    case CitizenId:
        return r->maskedCitizenId;
    case Categories:
        return r->categoryName;
    case ArchiveNumber:
        return r->archiveNumber.isEmpty() ? tr("(no archive)") : r->archiveNumber;
    case Missing:
        return r->missingKinds;
    default:
        return {};
    }
}

QVariant IncompletePersonModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Township:
        return tr("Township");
    case Name:
        return tr("Name");
    case CitizenId:
        return tr("Citizen ID");
    case Categories:
        return tr("Categories");
    case ArchiveNumber:
        return tr("Archive number");
    case Missing:
        return tr("Missing documents");
    default:
        return {};
    }
}

} // namespace youfu::ui
