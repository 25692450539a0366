#pragma once

#include "app/session.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// A commendation or deduction for a township, with its reason (增加表彰/扣分); or, given an
// adjustment's id, voiding it with a reason (作废). The store does the change on OK and the
// dialog stays open with the store's words when it refuses.
class UnitAdjustDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds an adjustment to the township's appraisal of `year`.
    UnitAdjustDialog(Session& session, int year, const QString& townshipCode,
                     const QString& townshipName, QWidget* parent = nullptr);
    // Voids adjustment `adjustmentId` (`what` describes it).
    UnitAdjustDialog(Session& session, qint64 adjustmentId, const QString& what,
                     QWidget* parent = nullptr);

    void accept() override;

private:
    void build(const QString& title, const QString& subtitle, bool adding);

    Session& m_session;
    int m_year = 0;
    QString m_township;
    qint64 m_voidId = 0;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_points = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
