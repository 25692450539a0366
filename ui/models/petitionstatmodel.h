#pragma once

#include "petition/petition.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// The petition statistics as a table: one row per month / channel / subject / township and the
// 合计 row the store puts last; the rates in per cent with one decimal, "—" when nothing was
// there to count.
class PetitionStatModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Cases,
        AcceptedOnTime,
        AnsweredOnTime,
        Satisfaction,
        ColumnCount
    };

    explicit PetitionStatModel(QObject* parent = nullptr);
    void setRows(const QList<core::PetitionStatRow>& rows, const QString& firstTitle);
    const QList<core::PetitionStatRow>& rows() const { return m_rows; }
    // "87.5%", or "—" when `of` is 0.
    static QString rate(int part, int of);
    // Every row's cells as shown (the export).
    QList<QStringList> lines() const;
    QStringList headers() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QString cell(const core::PetitionStatRow& r, int column) const;

    QList<core::PetitionStatRow> m_rows;
    QString m_firstTitle;
};

} // namespace youfu::ui
