#pragma once

#include "archive/completeness.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The persons with missing documents (completeness view). The ordered ids are read once;
// the rows are read a window at a time when the view shows them, so 100,000 lines scroll
// like 100.
class IncompletePersonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Township,
        Name,
        CitizenId,
        Categories,
        ArchiveNumber,
        Missing,
        ColumnCount
    };

    explicit IncompletePersonModel(core::Database& db, QObject* parent = nullptr);
    void setFilter(const core::CompletenessFilter& filter);
    qint64 personIdAt(int row) const;
    // Why the list could not be read (then it has no rows); empty when it was.
    const QString& lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    const core::IncompletePersonRow* rowAt(int row) const;

    static constexpr int kWindow = 200;
    core::Database& m_db;
    core::CompletenessFilter m_filter;
    QList<qint64> m_ids;
    mutable QHash<qint64, core::IncompletePersonRow> m_cache;
    mutable QString m_error;
};

} // namespace youfu::ui
