#pragma once

#include "appraisal/staffrules.h"
#include "common/result.h"

#include <QDialog>
#include <QList>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// A staff member's targets for the year: per indicator the target (a rate in % or a count),
// the weight in points and why it differs from the scheme. Saved on OK through `save`.
class StaffTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<core::Status(const QList<core::StaffTarget>&)>;

    StaffTargetsDialog(const QString& personName, int year, QList<core::StaffTarget> targets,
                       Save save, QWidget* parent = nullptr);

    QList<core::StaffTarget> targets() const;
    void accept() override;

private:
    QList<core::StaffTarget> m_targets;
    QList<QDoubleSpinBox*> m_target;
    QList<QDoubleSpinBox*> m_weight;
    QList<QLineEdit*> m_note;
    Save m_save;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
