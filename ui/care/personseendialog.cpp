#include "care/personseendialog.h"

#include "care/freeclinicstore.h"
#include "dialogs/dialogparts.h"
#include "widgets/personchooser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace youfu::ui {

PersonSeenDialog::PersonSeenDialog(const Session& session, qint64 clinicId, QWidget* parent)
    : QDialog(parent), m_session(session), m_clinicId(clinicId)
{
    setObjectName(QStringLiteral("personSeenDialog"));
    setWindowTitle(tr("Person seen"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Person seen at the free clinic"),
        tr("Type a name or part of the citizen ID and take the person from the registry."), this));
    auto* form = new QFormLayout;
    m_person = new PersonChooser(*session.db, false, this);
    m_person->setObjectName(QStringLiteral("person"));
    form->addRow(tr("&Person:"), m_person);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_person)))
        label->setBuddy(m_person->searchBox());
    m_finding = new QPlainTextEdit(this);
    m_finding->setObjectName(QStringLiteral("finding"));
    m_finding->setTabChangesFocus(true);
    m_finding->setFixedHeight(60);
    form->addRow(tr("&Finding:"), m_finding);
    m_followUp = new QLineEdit(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    form->addRow(tr("F&ollow-up:"), m_followUp);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonSeenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonSeenDialog::reject);
}

void PersonSeenDialog::accept()
{
    core::FreeClinicPerson p;
    p.personId = m_person->personId();
    p.finding = m_finding->toPlainText();
    p.followUp = m_followUp->text();
    if (core::Status s =
            core::FreeClinicStore(*m_session.db).setPerson(m_session.actor, m_clinicId, p);
        !s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
