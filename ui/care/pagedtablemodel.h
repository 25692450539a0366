#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>
#include <QStringList>

#include <functional>

namespace youfu::ui {

// A register read in pages of kPage rows as the view scrolls (the care and township
// registers). `fetch(offset, limit)` reads a page from the store; `cell(row, column, role)`
// says what a cell shows. A page that cannot be read ends the list and leaves lastError().
template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int kPage = 200;
    using Fetch = std::function<core::Result<QList<Row>>(int offset, int limit)>;
    using Cell = std::function<QVariant(const Row& row, int column, int role)>;

    PagedTableModel(QStringList headers, Cell cell, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_headers(std::move(headers)), m_cell(std::move(cell))
    {}

    // Reads again from the start with `fetch`; false (and lastError()) when it failed.
    bool reload(Fetch fetch)
    {
        beginResetModel();
        m_fetch = std::move(fetch);
        m_rows.clear();
        m_error.clear();
        m_atEnd = false;
        readPage();
        endResetModel();
        return m_error.isEmpty();
    }
    const Row& rowAt(int row) const { return m_rows.at(row); }
    const QString& lastError() const { return m_error; }
    void setPageSize(int rows) { m_page = rows > 0 ? rows : kPage; } // tests ask for small pages

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
            return QVariant();
        return m_cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override
    {
        if (o == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_headers.size())
            return m_headers.at(section);
        return QAbstractTableModel::headerData(section, o, role);
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_atEnd && m_fetch;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (m_busy || !canFetchMore(parent))
            return;
        const QScopedValueRollback<bool> guard(m_busy, true);
        auto read = m_fetch(int(m_rows.size()), m_page);
        if (!read) {
            m_error = read.error();
            m_atEnd = true;
            return;
        }
        const QList<Row> rows = read.takeValue();
        m_atEnd = rows.size() < m_page;
        if (rows.isEmpty())
            return;
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }

private:
    void readPage()
    {
        auto read = m_fetch(0, m_page);
        if (!read) {
            m_error = read.error();
            m_atEnd = true;
            return;
        }
        m_rows = read.takeValue();
        m_atEnd = m_rows.size() < m_page;
    }

    QStringList m_headers;
    Cell m_cell;
    Fetch m_fetch;
    QList<Row> m_rows;
    QString m_error;
    bool m_atEnd = true;
    bool m_busy = false;
    int m_page = kPage;
};

} // namespace youfu::ui
