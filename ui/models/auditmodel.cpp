#include "models/auditmodel.h"

#include <QColor>

namespace youfu::ui {

namespace {
QString details(const core::AuditEntry& e)
{
    if (e.beforeJson.isEmpty())
        return e.afterJson;
    if (e.afterJson.isEmpty())
        return e.beforeJson;
    return e.beforeJson + QStringLiteral(" → ") + e.afterJson;
}
} // namespace

AuditModel::AuditModel(core::Database& db, const core::Actor& actor, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(actor)
{
    reload();
}

void AuditModel::setFilter(const core::AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    // The first page is read inside the reset: a view that fetches on reset finds it there.
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    auto page = core::AuditQuery(m_db).page(m_actor, m_filter, 0, kPageSize);
    if (page) {
        m_rows = page.value();
        m_atEnd = m_rows.size() < kPageSize;
    } else {
        m_error = page.error();
        m_atEnd = true;
    }
    endResetModel();
}

core::AuditEntry AuditModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : core::AuditEntry();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id;
    auto page = core::AuditQuery(m_db).page(m_actor, m_filter, before, kPageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += page.value();
    endInsertRows();
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::AuditEntry& e = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return e.actorLogin;
        case Action:
            return e.action;
        case Record:
            return e.entity;
        case RecordId:
            return e.entityId;
        case Details:
            return details(e).left(300);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Details) {
        return details(e);
    } else if (role == Qt::ForegroundRole && (e.action == QLatin1String("login.failure") ||
                                              e.action == QLatin1String("login.locked"))) {
        return QColor(0xb0, 0x00, 0x20);
    } else if (role == Qt::UserRole) {
        return e.id;
    }
    return QVariant();
}

QVariant AuditModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case RecordId:
        return tr("Record no.");
    case Details:
        return tr("Details");
    }
    return QVariant();
}

} // namespace youfu::ui
