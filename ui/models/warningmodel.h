#pragma once

#include "petition/warning.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// Early-warning reports (苗头性信息): reported on, township, group and persons, what is expected
// and when, the risk in words and colour, and whether it is resolved.
class WarningModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReportedOn,
        Township,
        Reporter,
        Group,
        Expected,
        ExpectedOn,
        Risk,
        State,
        ColumnCount
    };

    explicit WarningModel(QObject* parent = nullptr);
    void setWarnings(const QList<core::WarningReport>& warnings);
    core::WarningReport warningAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<core::WarningReport> m_warnings;
};

} // namespace youfu::ui
