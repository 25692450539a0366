#pragma once

#include "petition/warning.h"

#include <QAbstractTableModel>
#include <QList>

namespace youfu::ui {

// Information staff (信息员) as a table: township, name, phone, group, serving since / until.
class InfoStaffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Township,
        Name,
        Phone,
        Group,
        Since,
        Until,
        ColumnCount
    };

    explicit InfoStaffModel(QObject* parent = nullptr);
    void setStaff(const QList<core::InfoStaff>& staff);
    core::InfoStaff staffAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<core::InfoStaff> m_staff;
};

} // namespace youfu::ui
