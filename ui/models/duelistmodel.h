#pragma once

#include "visit/visit.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The "visits due" list under a filter, read by keyset pages of kPage lines as the view
// scrolls (the 100,000th line costs what the first does).
class DueListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        State,
        Person,
        CitizenId,
        Township,
        Risk,
        Leader,
        Plan,
        ColumnCount
    };
    static constexpr int kPage = 100;

    explicit DueListModel(core::Database& db, QObject* parent = nullptr);
    void setFilter(const core::DueFilter& filter);
    const core::DueFilter& filter() const { return m_filter; }
    void reload();
    core::DueVisit rowAt(int row) const;
    int totalCount() const { return m_total; }
    // Why the list could not be read (then it shows no rows); empty when it was.
    const QString& lastError() const { return m_error; }
    void setPageSize(int rows) { m_page = rows > 0 ? rows : kPage; } // tests ask for small pages

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database& m_db;
    core::DueFilter m_filter;
    QList<core::DueVisit> m_rows;
    core::DueCursor m_after;
    bool m_atEnd = true;
    bool m_busy = false; // a reset or a fetch under way: views may ask again from inside it
    int m_total = 0;
    int m_page = kPage;
    QString m_error;
};

} // namespace youfu::ui
