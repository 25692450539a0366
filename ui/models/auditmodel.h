#pragma once

#include "audit/auditentry.h"
#include "audit/auditquery.h"
#include "security/actor.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The audit log, newest first, fetched a page at a time as the view scrolls; in the office's
// words (core::AuditWording): who by name, the action's title, what changed field by field.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        User,
        Action,
        Record,
        Details,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    AuditModel(core::Database& db, const core::Actor& actor, QObject* parent = nullptr);
    void setFilter(const core::AuditFilter& filter);
    const core::AuditFilter& filter() const { return m_filter; }
    void reload();
    const QString& lastError() const { return m_error; }
    core::AuditEntry entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void append(const QList<core::AuditEntry>& entries);

    core::Database& m_db;
    core::Actor m_actor;
    core::AuditFilter m_filter;
    core::AuditPeople m_people;
    QList<core::AuditEntry> m_rows;
    QList<QStringList> m_lines; // the rendered changes, one list per row
    bool m_atEnd = false;
    QString m_error;
};

} // namespace youfu::ui
