#include "models/auditmodel.h"

#include "audit/auditwording.h"

#include <QColor>

namespace youfu::ui {

using core::AuditWording;

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
    m_lines.clear();
    m_atEnd = false;
    m_error.clear();
    // Names as they are now: a user renamed since shows under the new name.
    if (auto people = core::AuditQuery(m_db).people(m_actor))
        m_people = people.value();
    else
        m_error = people.error();
    auto page = core::AuditQuery(m_db).page(m_actor, m_filter, 0, kPageSize);
    if (page) {
        append(page.value());
        m_atEnd = m_rows.size() < kPageSize;
    } else {
        m_error = page.error();
        m_atEnd = true;
    }
    endResetModel();
}

void AuditModel::append(const QList<core::AuditEntry>& entries)
{
    if (core::Status s = core::AuditQuery(m_db).addPersons(m_actor, entries, &m_people); !s)
        m_error = s.error(); // the persons then go by their numbers
    // Rendered once, from the masked copy the query hands out.
    for (const core::AuditEntry& e : entries) {
        m_rows << e;
        m_lines << AuditWording::changeLines(e.entity, e.beforeJson, e.afterJson,
                                             m_people.categoryNameByCode);
    }
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
    append(page.value());
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
            return m_people.nameOf(e.actorLogin);
        case Action:
            return AuditWording::actionTitle(e.action);
        case Record:
            return AuditWording::recordText(e.entity, e.entityId, m_people.subjectName(e));
        case Details:
            return m_lines[index.row()].join(tr("; ")).left(300);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case User:
            return e.actorLogin; // the login the log keeps, for checking
        case Action:
            return e.action;
        case Details:
            return m_lines[index.row()].join(QLatin1Char('\n'));
        }
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
        return tr("Done by");
    case Action:
        return tr("Action");
    case Record:
        return tr("Subject");
    case Details:
        return tr("Content");
    }
    return QVariant();
}

} // namespace youfu::ui
