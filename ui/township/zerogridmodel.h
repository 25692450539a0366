#pragma once

#include "township/zeroreport.h"

#include <QAbstractTableModel>

namespace youfu::ui {

// The month grid of the zero reports: one row per township (at most a few dozen, read at once
// by ZeroReportStore::monthGrid in one query), a column per day with its symbol and colour,
// then the month's reporting rate and on-time rate.
class ZeroGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int(ZeroDayStatus) of a day cell
        ReportIdRole                   // the report's id, 0 when none
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setGrid(const core::ZeroMonthGrid& grid);
    const core::ZeroMonthGrid& grid() const { return m_grid; }
    int days() const;
    // The day a column shows (invalid for the name and rate columns).
    QDate dayOf(int column) const;
    int columnOf(const QDate& day) const;
    int rowOf(const QString& townshipCode) const;
    QString townshipAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    core::ZeroMonthGrid m_grid;
};

} // namespace youfu::ui
