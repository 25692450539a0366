#include "township/sessiondialog.h"

#include "dialogs/dialogparts.h"
#include "township/trainingrules.h"
#include "township/trainingstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

#include <cmath>

namespace youfu::ui {

SessionDialog::SessionDialog(Session& session, const core::TrainingSession& training,
                             QWidget* parent)
    : QDialog(parent), m_session(session), m_training(training)
{
    setObjectName(QStringLiteral("sessionDialog"));
    const bool isNew = training.id == 0;
    setWindowTitle(isNew ? tr("New training session") : tr("Edit training session"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(), tr("A session planned or held; attendance is marked once it is held."),
        this));
    auto* form = new QFormLayout;
    const QDate today = session.db->clock().today();
    m_day = new QDateEdit(training.heldOn.isValid() ? training.heldOn : today, this);
    m_day->setObjectName(QStringLiteral("sessionDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sessionKind"));
    for (auto k : {core::TrainingKind::AnnualTownship, core::TrainingKind::MonthlyStudy,
                   core::TrainingKind::Exchange})
        m_kind->addItem(core::TrainingRules::kindTitle(k), int(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(training.kind))));
    m_topic = new QLineEdit(training.topic, this);
    m_topic->setObjectName(QStringLiteral("sessionTopic"));
    m_topic->setMaxLength(100);
    m_trainer = new QLineEdit(training.trainer, this);
    m_trainer->setObjectName(QStringLiteral("sessionTrainer"));
    m_trainer->setMaxLength(60);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("sessionHours"));
    m_hours->setRange(0, 24);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(training.minutes > 0 ? training.minutes / 60.0 : 3.0);
    m_place = new QLineEdit(training.place, this);
    m_place->setObjectName(QStringLiteral("sessionPlace"));
    m_place->setMaxLength(100);
    m_note = new QLineEdit(training.note, this);
    m_note->setObjectName(QStringLiteral("sessionNote"));
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("T&rainer:"), m_trainer);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    layout->addWidget(buttons);
    m_topic->setFocus();
}

void SessionDialog::accept()
{
    core::TrainingSession s = m_training;
    s.heldOn = m_day->date();
    s.kind = core::TrainingKind(m_kind->currentData().toInt());
    s.topic = m_topic->text().trimmed();
    s.trainer = m_trainer->text().trimmed();
    s.minutes = int(std::lround(m_hours->value() * 60));
    s.place = m_place->text().trimmed();
    s.note = m_note->text().trimmed();
    auto id = core::TrainingStore(*m_session.db).saveSession(m_session.actor, s);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_saved = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
