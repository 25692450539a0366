#include "township/workerdialog.h"

#include "dialogs/dialogparts.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace youfu::ui {

WorkerDialog::WorkerDialog(Session& session, const core::InfoStaff& worker, QWidget* parent)
    : QDialog(parent), m_session(session), m_worker(worker)
{
    setObjectName(QStringLiteral("workerDialog"));
    const bool isNew = worker.id == 0;
    setWindowTitle(isNew ? tr("New township worker") : tr("Edit township worker"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeDialogHeader(windowTitle(),
                         tr("The township's special-care worker (优抚专干) or an information staff "
                            "member (信息员)."),
                         this));
    auto* form = new QFormLayout;
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("workerTownship"));
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    m_township->setCurrentIndex(std::max(0, m_township->findData(worker.townshipCode)));
    m_duty = new QComboBox(this);
    m_duty->setObjectName(QStringLiteral("workerDuty"));
    m_duty->addItem(tr("Special-care worker"), int(core::StaffDuty::Care));
    m_duty->addItem(tr("Information staff"), int(core::StaffDuty::Info));
    m_duty->setCurrentIndex(std::max(0, m_duty->findData(int(worker.duty))));
    m_name = new QLineEdit(worker.name, this);
    m_name->setObjectName(QStringLiteral("workerName"));
    m_name->setMaxLength(40);
    m_phone = new QLineEdit(worker.phone, this);
    m_phone->setObjectName(QStringLiteral("workerPhone"));
    m_phone->setMaxLength(30);
    m_group = new QLineEdit(worker.group, this);
    m_group->setObjectName(QStringLiteral("workerGroup"));
    m_group->setPlaceholderText(tr("The group they sit inside; empty for the township's own"));
    m_since =
        new QDateEdit(worker.since.isValid() ? worker.since : session.db->clock().today(), this);
    m_since->setObjectName(QStringLiteral("workerSince"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(worker.note, this);
    m_note->setObjectName(QStringLiteral("workerNote"));
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Duty:"), m_duty);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("Serving &since:"), m_since);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkerDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void WorkerDialog::accept()
{
    core::InfoStaff w = m_worker;
    w.townshipCode = m_township->currentData().toString();
    w.duty = core::StaffDuty(m_duty->currentData().toInt());
    w.name = m_name->text().trimmed();
    w.phone = m_phone->text().trimmed();
    w.group = m_group->text().trimmed();
    w.since = m_since->date();
    w.note = m_note->text().trimmed();
    auto id = core::WarningStore(*m_session.db).saveStaff(m_session.actor, w);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_saved = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
