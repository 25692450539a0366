#include "care/batchdialog.h"

#include "care/recuperationstore.h"
#include "dialogs/dialogparts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

BatchDialog::BatchDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("New recuperation batch"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(tr("New recuperation batch"),
                                       tr("Persons are added to the batch once it is saved."),
                                       this));
    auto* form = new QFormLayout;
    auto line = [&](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_title = line("batchTitle");
    m_place = line("batchPlace");
    m_escort = line("batchEscort");
    m_note = line("batchNote");
    const QDate first = session.db->clock().today().addMonths(1);
    m_starts = new QDateEdit(first, this);
    m_starts->setObjectName(QStringLiteral("batchStarts"));
    m_ends = new QDateEdit(first.addDays(6), this);
    m_ends->setObjectName(QStringLiteral("batchEnds"));
    for (QDateEdit* d : {m_starts, m_ends}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&First day:"), m_starts);
    form->addRow(tr("&Last day:"), m_ends);
    form->addRow(tr("&Escort:"), m_escort);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BatchDialog::reject);
    layout->addWidget(buttons);
    connect(m_starts, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (m_ends->date() < d)
            m_ends->setDate(d.addDays(6));
    });
}

void BatchDialog::accept()
{
    core::BatchDraft d;
    d.title = m_title->text();
    d.place = m_place->text();
    d.startsOn = m_starts->date();
    d.endsOn = m_ends->date();
    d.escort = m_escort->text();
    d.note = m_note->text();
    auto id = core::RecuperationStore(*m_session.db).addBatch(m_session.actor, d);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
