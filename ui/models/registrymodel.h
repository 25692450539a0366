#pragma once

#include "registry/registryquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The registry list over RegistrySearchStore. It never holds all rows: it counts the matches,
// loads the first page and fetches further pages of kPageSize as the view scrolls
// (canFetchMore/fetchMore). Sorting and filtering happen in SQL; a new query resets the model.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Sex,
        CitizenId,
        BirthDate,
        Township,
        Village,
        Categories,
        Status,
        KeyPerson,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;

    explicit RegistryModel(core::Database& db, QObject* parent = nullptr);

    void setQuery(const core::RegistryQuery& query);
    const core::RegistryQuery& query() const { return m_query; }
    // Re-reads count and first page (after a change), keeping the query.
    void reload();
    qint64 totalCount() const { return m_total; }
    // Why the last search could not be made ("" when it was): never shown as "nobody matches".
    const QString& lastError() const { return m_error; }
    qint64 personIdAt(int row) const;
    // The column the current sort uses, or -1.
    int sortColumn() const;
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 count);

private:
    core::Database& m_db;
    core::RegistryQuery m_query;
    QList<core::PersonRow> m_rows;
    qint64 m_total = 0;
    QString m_error;
    bool m_fetching = false;
    QDate m_today;
};

} // namespace youfu::ui
