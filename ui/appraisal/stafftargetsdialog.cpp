#include "appraisal/stafftargetsdialog.h"

#include "appraisal/schemerules.h"
#include "dialogs/dialogparts.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace youfu::ui {

StaffTargetsDialog::StaffTargetsDialog(const QString& personName, int year,
                                       QList<core::StaffTarget> targets, Save save, QWidget* parent)
    : QDialog(parent), m_targets(std::move(targets)), m_save(std::move(save))
{
    setObjectName(QStringLiteral("staffTargetsDialog"));
    setWindowTitle(tr("Targets of %1").arg(personName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Targets of %1 for %2").arg(personName).arg(year),
        tr("The scheme's targets, adjusted for this person. The weights add up to 100 points; "
           "say why a target differs."),
        this));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Indicator"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Target"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Weight (points)"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Why adjusted"), this), 0, 3);
    int row = 1;
    for (const core::StaffTarget& t : m_targets) {
        auto* title = new QLabel(t.title, this);
        auto* target = new QDoubleSpinBox(this);
        target->setObjectName(QStringLiteral("target_") + t.code);
        if (core::SchemeRules::isRate(t.code)) {
            target->setRange(0.1, 100.0);
            target->setDecimals(1);
            target->setSuffix(QStringLiteral("%"));
            target->setValue(t.target / 10.0);
        } else {
            target->setRange(1, 100000);
            target->setDecimals(0);
            target->setValue(t.target);
        }
        title->setBuddy(target);
        auto* weight = new QDoubleSpinBox(this);
        weight->setObjectName(QStringLiteral("weight_") + t.code);
        weight->setRange(0.0, 100.0);
        weight->setDecimals(1);
        weight->setValue(t.weight / 10.0);
        auto* note = new QLineEdit(t.note, this);
        note->setObjectName(QStringLiteral("note_") + t.code);
        grid->addWidget(title, row, 0);
        grid->addWidget(target, row, 1);
        grid->addWidget(weight, row, 2);
        grid->addWidget(note, row, 3);
        m_target << target;
        m_weight << weight;
        m_note << note;
        ++row;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, this, &StaffTargetsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &StaffTargetsDialog::reject);
    layout->addWidget(box);
}

QList<core::StaffTarget> StaffTargetsDialog::targets() const
{
    QList<core::StaffTarget> out = m_targets;
    for (int i = 0; i < out.size(); ++i) {
        const bool rate = core::SchemeRules::isRate(out[i].code);
        out[i].target = int(std::lround(m_target[i]->value() * (rate ? 10.0 : 1.0)));
        out[i].weight = int(std::lround(m_weight[i]->value() * 10.0));
        out[i].note = m_note[i]->text().trimmed();
    }
    return out;
}

void StaffTargetsDialog::accept()
{
    const core::Status s = m_save(targets());
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
