#include "care/freeclinicdialog.h"

#include "care/freeclinicstore.h"
#include "dialogs/dialogparts.h"
#include "registry/areastore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

FreeClinicDialog::FreeClinicDialog(const Session& session, qint64 id, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id)
{
    setObjectName(QStringLiteral("freeClinicDialog"));
    setWindowTitle(id > 0 ? tr("Correct free clinic") : tr("New free clinic"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        id > 0 ? tr("Correct free clinic") : tr("New free clinic"),
        tr("A free clinic held for entitled persons: who came, and what follows."), this));
    auto* form = new QFormLayout;
    m_date = new QDateEdit(session.db->clock().today(), this);
    m_date->setObjectName(QStringLiteral("heldOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("township"));
    m_township->addItem(QString(), QString());
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    form->addRow(tr("&Township:"), m_township);
    m_hospital = new QLineEdit(this);
    m_hospital->setObjectName(QStringLiteral("hospital"));
    m_hospital->setPlaceholderText(tr("the hospital that sent the doctors"));
    form->addRow(tr("&Hospital:"), m_hospital);
    m_doctors = new QLineEdit(this);
    m_doctors->setObjectName(QStringLiteral("doctors"));
    form->addRow(tr("D&octors:"), m_doctors);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    form->addRow(tr("&Place:"), m_place);
    m_seen = new QSpinBox(this);
    m_seen->setObjectName(QStringLiteral("personsSeen"));
    m_seen->setRange(0, 100000);
    m_seen->setSuffix(tr(" persons"));
    form->addRow(tr("Persons s&een:"), m_seen);
    m_followUp = new QPlainTextEdit(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setTabChangesFocus(true);
    m_followUp->setFixedHeight(70);
    form->addRow(tr("&Follow-up:"), m_followUp);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FreeClinicDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FreeClinicDialog::reject);

    if (id > 0) {
        auto c = core::FreeClinicStore(*session.db).byId(id);
        if (!c) {
            showError(m_error, c.error());
            return;
        }
        m_date->setDate(c->heldOn);
        m_township->setCurrentIndex(std::max(0, m_township->findData(c->townshipCode)));
        m_hospital->setText(c->hospital);
        m_doctors->setText(c->doctors);
        m_place->setText(c->place);
        m_seen->setValue(c->personsSeen);
        m_followUp->setPlainText(c->followUp);
        m_note->setText(c->note);
    }
}

core::FreeClinic FreeClinicDialog::collect() const
{
    core::FreeClinic c;
    c.id = m_id;
    c.heldOn = m_date->date();
    c.townshipCode = m_township->currentData().toString();
    c.hospital = m_hospital->text();
    c.doctors = m_doctors->text();
    c.place = m_place->text();
    c.personsSeen = m_seen->value();
    c.followUp = m_followUp->toPlainText();
    c.note = m_note->text();
    return c;
}

void FreeClinicDialog::accept()
{
    auto saved = core::FreeClinicStore(*m_session.db).save(m_session.actor, collect());
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace youfu::ui
