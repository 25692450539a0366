#include "models/registrymodel.h"

#include "common/isotime.h"
#include "db/database.h"
#include "registry/categoryrules.h"
#include "registry/registrysearchstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

namespace youfu::ui {

using core::RegistryQuery;

namespace {
// Which SQL sort a column header asks for; sex and categories have none.
bool sortFor(int column, RegistryQuery::Sort* out)
{
    switch (column) {
    case RegistryModel::Name:
        *out = RegistryQuery::Sort::Name;
        return true;
    case RegistryModel::CitizenId:
        *out = RegistryQuery::Sort::CitizenId;
        return true;
    case RegistryModel::BirthDate:
        *out = RegistryQuery::Sort::BirthDate;
        return true;
    case RegistryModel::Township:
        *out = RegistryQuery::Sort::Township;
        return true;
    case RegistryModel::Village:
        *out = RegistryQuery::Sort::Village;
        return true;
    case RegistryModel::Status:
        *out = RegistryQuery::Sort::Status;
        return true;
    case RegistryModel::KeyPerson:
        *out = RegistryQuery::Sort::KeyPerson;
        return true;
    default:
        return false;
    }
}
} // namespace

RegistryModel::RegistryModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void RegistryModel::setQuery(const core::RegistryQuery& query)
{
    m_query = query;
    reload();
}

void RegistryModel::reload()
{
    beginResetModel();
    m_today = m_db.clock().today();
    const core::RegistrySearchStore store(m_db);
    m_error.clear();
    m_total = 0;
    m_rows.clear();
    if (auto total = store.countOrError(m_query); !total) {
        m_error = total.error();
    } else if (total.value() > 0) {
        auto first = store.pageOrError(m_query, 0, kPageSize);
        if (first) {
            m_total = total.value();
            m_rows = first.takeValue();
        } else {
            m_error = first.error();
        }
    }
    {
        // The first page is here already; a fetch asked for from inside the reset signal
        // would insert rows while listeners still handle the reset.
        const QScopedValueRollback<bool> guard(m_fetching, true);
        endResetModel();
    }
    Q_EMIT totalCountChanged(m_total);
}

qint64 RegistryModel::personIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool RegistryModel::isSortable(int column)
{
    RegistryQuery::Sort s;
    return sortFor(column, &s);
}

int RegistryModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c) {
        RegistryQuery::Sort s;
        if (sortFor(c, &s) && s == m_query.sort)
            return c;
    }
    return -1;
}

int RegistryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::PersonRow& r = m_rows.at(index.row());
    if (role == PersonIdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Sex:
            return r.sex;
        case CitizenId:
            return r.maskedCitizenId;
        case BirthDate:
            if (!r.birthDate.isValid())
                return QString();
            // The year, never the day: beside the masked ID the full date would fill in
            // the stars.
            return tr("%1 (%2)")
                .arg(r.birthDate.year())
                .arg(core::CategoryRules::ageOn(r.birthDate, m_today));
        case Township:
            return r.townshipName;
        case Village:
            return r.villageName;
        case Categories:
            return r.categories;
        case Status:
            return core::personStatusTitle(r.status);
        case KeyPerson:
            return r.keyPerson ? tr("Key person") : QString();
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Categories && !r.categories.isEmpty())
            return r.categories;
        if (index.column() == BirthDate && r.birthDate.isValid())
            return tr("Born in %1, aged %2")
                .arg(r.birthDate.year())
                .arg(core::CategoryRules::ageOn(r.birthDate, m_today));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Sex || index.column() == Status || index.column() == KeyPerson)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == KeyPerson && r.keyPerson)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.status != core::PersonStatus::Active)
            return QBrush(QColor(0x80, 0x80, 0x80)); // no longer in care: greyed, still listed
        return {};
    }
    if (role == Qt::FontRole && index.column() == CitizenId) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    return {};
}

QVariant RegistryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Sex:
        return tr("Sex");
    case CitizenId:
        return tr("Citizen ID");
    case BirthDate:
        return tr("Born (age)");
    case Township:
        return tr("Township");
    case Village:
        return tr("Village / community");
    case Categories:
        return tr("Categories");
    case Status:
        return tr("Status");
    case KeyPerson:
        return tr("Key person");
    }
    return {};
}

bool RegistryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RegistryModel::fetchMore(const QModelIndex& parent)
{
    // Views (and QAbstractItemModelTester) may ask again from inside rowsInserted.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    auto read = core::RegistrySearchStore(m_db).pageOrError(m_query, int(m_rows.size()), kPageSize);
    if (!read)
        m_error = read.error();
    const QList<core::PersonRow> more = read ? read.takeValue() : QList<core::PersonRow>();
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the list shrank under us: stop asking
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void RegistryModel::sort(int column, Qt::SortOrder order)
{
    RegistryQuery::Sort s;
    if (!sortFor(column, &s))
        return;
    if (s == m_query.sort && order == m_query.order)
        return;
    m_query.sort = s;
    m_query.order = order;
    reload();
}

} // namespace youfu::ui
