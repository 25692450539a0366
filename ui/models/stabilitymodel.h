#pragma once

#include "petition/warning.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// The stability view (稳定形势): one row per township, the ones needing most attention first
// (by score); overdue cases and the counts that may cost the county its assessment (group and
// beyond-level petitions, high-risk warnings) in red, other attention in amber.
class StabilityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Township,
        OpenCases,
        Overdue,
        Group,
        Beyond,
        OpenWarnings,
        HighRisk,
        KeyPersonsOverdue,
        ColumnCount
    };

    explicit StabilityModel(QObject* parent = nullptr);
    // Sorts by score (highest first), then keeps the townships' order.
    void setLines(QList<core::StabilityLine> lines);
    const QList<core::StabilityLine>& lines() const { return m_lines; }
    core::StabilityLine lineAt(int row) const;
    // "3个乡镇有逾期案件，1起集体访…": the summary line above the table.
    QString summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    static int value(const core::StabilityLine& l, int column);

    QList<core::StabilityLine> m_lines;
};

} // namespace youfu::ui
