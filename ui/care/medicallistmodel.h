#pragma once

#include "care/care.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The medical settlements under a filter, newest settled first, read by keyset pages of kPage
// rows as the view scrolls. A voided settlement is grey and says so.
class MedicalListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Settled,
        Name,
        CitizenId,
        Township,
        Hospital,
        Stay,
        Total,
        Insurance,
        Subsidy,
        Self,
        Remark,
        ColumnCount
    };
    static constexpr int kPage = 200;

    explicit MedicalListModel(core::Database& db, QObject* parent = nullptr);
    void setFilter(const core::MedicalFilter& filter);
    const core::MedicalFilter& filter() const { return m_filter; }
    void reload();
    const core::MedicalSettlement& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    int totalCount() const { return m_total; }
    const QString& lastError() const { return m_error; }
    void setPageSize(int rows) { m_page = rows > 0 ? rows : kPage; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database& m_db;
    core::MedicalFilter m_filter;
    QList<core::MedicalSettlement> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
    int m_total = 0;
    int m_page = kPage;
    QString m_error;
};

} // namespace youfu::ui
