#pragma once

#include "registry/registryquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The persons that match a search, for picking one: fetched a window at a time through the
// registry's search store, so a search over 200,000 persons costs what a screenful costs.
// As a table (name, masked ID, township, categories) or as one line per person
// (name · masked ID · birth year · township: never the full birth date beside a masked ID).
class PersonPickModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        CitizenId,
        Township,
        Categories,
        ColumnCount
    };

    enum class Layout
    {
        Table,
        OneLine
    };

    explicit PersonPickModel(core::Database& db, QObject* parent = nullptr);
    PersonPickModel(core::Database& db, Layout layout, QObject* parent = nullptr);
    void setQuery(const core::RegistryQuery& query);
    // No rows (nothing searched yet).
    void clear();
    // 李卫民 · 430581********0115 · born 1950 · 城关镇
    static QString oneLine(const core::PersonRow& row);
    qint64 personIdAt(int row) const;
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    static constexpr int kWindow = 100;
    core::Database& m_db;
    Layout m_layout = Layout::Table;
    core::RegistryQuery m_query;
    QList<core::PersonRow> m_rows;
    qint64 m_total = 0;
};

} // namespace youfu::ui
