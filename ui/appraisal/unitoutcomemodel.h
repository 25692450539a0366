#pragma once

#include "appraisal/appraisal.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// The townships of a year's unit appraisal: points, adjustment, total, grade, veto. One row per
// township (a county has a few dozen): loaded whole.
class UnitOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Township,
        Points,
        Adjustment,
        Total,
        Grade,
        Veto,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setOutcomes(const QList<core::UnitOutcome>& outcomes);
    const core::UnitOutcome* outcome(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::UnitOutcome> m_rows;
};

} // namespace youfu::ui
