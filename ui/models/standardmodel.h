#pragma once

#include "policy/benefitstandard.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// Every line of the policy book, by category with its history (a book holds hundreds of
// lines, not thousands, so it is loaded whole). Superseded lines are greyed.
class StandardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Category, Item, Grade, Nature, Residence, Amount, EffectiveFrom, State, Basis, ColumnCount };

    explicit StandardModel(core::Database& db, QObject* parent = nullptr);
    void reload();
    core::BenefitStandard standardAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    core::Database& m_db;
    QList<core::BenefitStandard> m_rows;
    QList<int> m_state; // 0 in force, 1 superseded, 2 future
};

} // namespace youfu::ui
