#pragma once

#include "petition/warning.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace youfu::ui {

// Township workers (信息员, 优抚专干) as a table: township, name, phone, group, serving since /
// until, duty; on the 乡镇工作 page also the hours of training this year. Rows are shown 200
// at a time (canFetchMore/fetchMore).
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
        Duty,
        TrainingHours, // only with setTrainingMinutes
        ColumnCount
    };

    explicit InfoStaffModel(QObject* parent = nullptr);
    void setStaff(const QList<core::InfoStaff>& staff);
    core::InfoStaff staffAt(int row) const;
    // Phones as 139****1234 (a reader without RevealSensitive).
    void setMaskPhones(bool mask);
    // Shows the TrainingHours column: minutes of training this year by staff id.
    void setTrainingMinutes(const QHash<qint64, int>& minutes);

    static constexpr int kPage = 200;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<core::InfoStaff> m_staff;
    QHash<qint64, int> m_minutes;
    int m_shown = 0;
    bool m_mask = false;
    bool m_withTraining = false;
};

} // namespace youfu::ui
