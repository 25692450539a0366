#pragma once

#include "petition/petition.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The 信访 case list under a filter, newest first, read by keyset pages of kPage lines as the
// view scrolls. The deadline column says the days in words ("2 days left", "5 days overdue")
// and is coloured amber within 3 days, red when overdue: never colour alone.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Received,
        Petitioners,
        Channel,
        Subject,
        Township,
        Status,
        Flags,
        Responsible,
        Deadline,
        ColumnCount
    };
    static constexpr int kPage = 200;
    static constexpr int BadgeRole = Qt::UserRole + 2; // int(core::DeadlineBadge)

    explicit CaseListModel(core::Database& db, QObject* parent = nullptr);
    void setFilter(const core::CaseFilter& filter);
    const core::CaseFilter& filter() const { return m_filter; }
    void reload();
    core::CaseLine rowAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 when not (yet) read
    int totalCount() const { return m_total; }
    const QString& lastError() const { return m_error; }
    void setPageSize(int rows) { m_page = rows > 0 ? rows : kPage; } // tests ask for small pages

    // "2 days left", "due today", "5 days overdue"; empty when no clock runs.
    static QString deadlineWords(const core::CaseLine& line);
    static QString flagWords(const core::CaseLine& line);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QDate today() const;

    core::Database& m_db;
    core::CaseFilter m_filter;
    QList<core::CaseLine> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
    int m_total = 0;
    int m_page = kPage;
    QString m_error;
};

} // namespace youfu::ui
