#pragma once

#include "payment/paymentliststore.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The lines of one roll under a filter (township, text, problems only), in seq order, read by
// keyset pages of kPage lines (PaymentListStore::linesPage) as the view scrolls: a roll of
// 200,000 lines opens like one of 200. Held and failed lines are coloured and say why in words.
class PaymentLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Name,
        CitizenId,
        Township,
        Village,
        Categories,
        Amount,
        Bank,
        State,
        Note,
        ColumnCount
    };
    static constexpr int kPage = 200;

    explicit PaymentLineModel(core::Database& db, QObject* parent = nullptr);
    void setFilter(const core::LineFilter& filter);
    const core::LineFilter& filter() const { return m_filter; }
    void reload();
    void clear();
    core::PaymentLine rowAt(int row) const;
    int totalCount() const { return m_total; }
    const QString& lastError() const { return m_error; }
    void setPageSize(int rows) { m_page = rows > 0 ? rows : kPage; } // tests ask for small pages

    // "账户不存在", "无银行账户", "2026-12-08 paid"…: what the state column's note says.
    static QString noteOf(const core::PaymentLine& line);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database& m_db;
    core::LineFilter m_filter;
    QList<core::PaymentLine> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
    int m_total = 0;
    int m_page = kPage;
    QString m_error;
};

} // namespace youfu::ui
