#pragma once

#include "statistics/statistics.h"

#include <QAbstractTableModel>

namespace youfu::ui {

// One table of the year's statistics (a few dozen rows at most: held whole): the label
// column, then the figures as printed; the total row in bold.
class StatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit StatTableModel(QObject* parent = nullptr);

    void setTable(const core::StatTable& table);
    const core::StatTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::StatTable m_table;
};

} // namespace youfu::ui
