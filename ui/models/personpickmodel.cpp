#include "models/personpickmodel.h"

#include "registry/registrysearchstore.h"

#include <QStringList>

namespace youfu::ui {

PersonPickModel::PersonPickModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

PersonPickModel::PersonPickModel(core::Database& db, Layout layout, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_layout(layout)
{}

void PersonPickModel::clear()
{
    beginResetModel();
    m_query = core::RegistryQuery();
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

QString PersonPickModel::oneLine(const core::PersonRow& r)
{
    QStringList parts{r.name, r.maskedCitizenId};
    if (r.birthDate.isValid())
        parts << tr("born %1").arg(r.birthDate.year());
    if (!r.townshipName.isEmpty())
        parts << r.townshipName;
    return parts.join(QStringLiteral(" · "));
}

void PersonPickModel::setQuery(const core::RegistryQuery& query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    core::RegistrySearchStore store(m_db);
    m_total = store.count(query);
    // The first window comes with the reset: the view has rows at once.
    m_rows = store.page(query, 0, kWindow);
    if (m_rows.size() < kWindow)
        m_total = m_rows.size();
    endResetModel();
}

qint64 PersonPickModel::personIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PersonPickModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonPickModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_layout == Layout::OneLine ? 1 : ColumnCount;
}

QVariant PersonPickModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::PersonRow& r = m_rows.at(index.row());
    if (m_layout == Layout::OneLine)
        return oneLine(r);
    switch (index.column()) {
    case Name:
        return r.name;
    case CitizenId:
        return r.maskedCitizenId;
    case Township:
        return r.townshipName;
    case Categories:
        return r.categories;
    default:
        return {};
    }
}

QVariant PersonPickModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_layout == Layout::OneLine)
        return section == 0 ? QVariant(tr("Person")) : QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case CitizenId:
        return tr("Citizen ID");
    case Township:
        return tr("Township");
    case Categories:
        return tr("Categories");
    default:
        return {};
    }
}

bool PersonPickModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void PersonPickModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const QList<core::PersonRow> more =
        core::RegistrySearchStore(m_db).page(m_query, int(m_rows.size()), kWindow);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the registry shrank under us: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace youfu::ui
