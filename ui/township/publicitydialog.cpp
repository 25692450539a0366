#include "township/publicitydialog.h"

#include "dialogs/dialogparts.h"
#include "registry/areastore.h"
#include "township/publicityrules.h"
#include "township/publicitystore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

PublicityDialog::PublicityDialog(const Session& session, qint64 id, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id)
{
    setObjectName(QStringLiteral("publicityDialog"));
    setWindowTitle(id > 0 ? tr("Correct publicity") : tr("New publicity"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        id > 0 ? tr("Correct publicity") : tr("New publicity"),
        tr("Brochures and materials handed to a township, or a policy session held."), this));
    m_form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (core::PublicityKind k : {core::PublicityKind::Materials, core::PublicityKind::Session})
        m_kind->addItem(core::PublicityRules::kindTitle(k), int(k));
    m_form->addRow(tr("&Kind:"), m_kind);
    m_date = new QDateEdit(session.db->clock().today(), this);
    m_date->setObjectName(QStringLiteral("onDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addRow(tr("&Date:"), m_date);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("township"));
    m_township->addItem(tr("Whole county"), QString());
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    m_form->addRow(tr("&Township:"), m_township);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_titleLabel = new QLabel(tr("&Materials:"), this);
    m_titleLabel->setBuddy(m_title);
    m_form->addRow(m_titleLabel, m_title);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copies"));
    m_copies->setRange(0, 1000000);
    m_form->addRow(tr("&Copies:"), m_copies);
    m_audience = new QSpinBox(this);
    m_audience->setObjectName(QStringLiteral("audience"));
    m_audience->setRange(0, 100000);
    m_form->addRow(tr("&Audience:"), m_audience);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_form->addRow(tr("&Place:"), m_place);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_form->addRow(tr("&Note:"), m_note);
    layout->addLayout(m_form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublicityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublicityDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PublicityDialog::kindChanged);

    if (id > 0) {
        auto r = core::PublicityStore(*session.db).byId(id);
        if (!r) {
            showError(m_error, r.error());
        } else {
            m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(r->kind))));
            m_date->setDate(r->onDate);
            m_township->setCurrentIndex(std::max(0, m_township->findData(r->townshipCode)));
            m_title->setText(r->title);
            m_copies->setValue(r->copies);
            m_audience->setValue(r->audience);
            m_place->setText(r->place);
            m_note->setText(r->note);
        }
    }
    kindChanged();
}

void PublicityDialog::kindChanged()
{
    const bool session =
        core::PublicityKind(m_kind->currentData().toInt()) == core::PublicityKind::Session;
    m_titleLabel->setText(session ? tr("&Subject:") : tr("&Materials:"));
    m_form->setRowVisible(m_copies, !session);
    m_form->setRowVisible(m_audience, session);
    m_form->setRowVisible(m_place, session);
}

core::PublicityRecord PublicityDialog::collect() const
{
    core::PublicityRecord r;
    r.id = m_id;
    r.kind = core::PublicityKind(m_kind->currentData().toInt());
    r.onDate = m_date->date();
    r.townshipCode = m_township->currentData().toString();
    r.title = m_title->text();
    if (r.kind == core::PublicityKind::Materials) {
        r.copies = m_copies->value();
    } else {
        r.audience = m_audience->value();
        r.place = m_place->text();
    }
    r.note = m_note->text();
    return r;
}

void PublicityDialog::accept()
{
    auto saved = core::PublicityStore(*m_session.db).save(m_session.actor, collect());
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace youfu::ui
