#pragma once

#include "appraisal/appraisal.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// One township's indicators: title, numerator, denominator, rate, target, score — or "no
// records yet" where its area has none. Double-click opens the records behind a figure.
class UnitIndicatorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Numerator,
        Denominator,
        Rate,
        Target,
        Score,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    // The scheme's indicators, in its order, with the township's results (missing: none yet).
    void setResults(const QList<core::AppraisalIndicator>& indicators,
                    const QList<core::IndicatorResult>& results);
    QString code(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::AppraisalIndicator indicator;
        core::IndicatorResult result;
    };
    QList<Row> m_rows;
};

} // namespace youfu::ui
