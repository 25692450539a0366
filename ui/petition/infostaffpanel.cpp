#include "petition/infostaffpanel.h"

#include "dialogs/dialogparts.h"
#include "models/infostaffmodel.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

InfoStaffPanel::InfoStaffPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("infoStaffPanel"));
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("staffTownshipFilter"));
    m_filter->addItem(tr("All townships"), QString());
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("staffTownship"));
    if (session.db) {
        for (const core::Township& t : core::AreaStore(*session.db).townships()) {
            m_filter->addItem(t.name, t.code);
            m_township->addItem(t.name, t.code);
        }
    }
    auto* filterLabel = new QLabel(tr("To&wnship:"), this);
    filterLabel->setBuddy(m_filter);
    m_currentOnly = new QCheckBox(tr("Serving on&ly"), this);
    m_currentOnly->setObjectName(QStringLiteral("staffServingOnly"));
    m_currentOnly->setChecked(true);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_currentOnly);
    top->addStretch();
    layout->addLayout(top);

    m_model = new InfoStaffModel(this);
    m_table = makeListTable(m_model, "infoStaffTable", this);
    fitColumns(m_table, InfoStaffModel::Group);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("staffPhone"));
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("staffGroup"));
    m_group->setPlaceholderText(tr("The group they sit inside; empty for the township's own"));
    auto date = [this](const QDate& d, const char* name) {
        auto* e = new QDateEdit(d, this);
        e->setObjectName(QLatin1String(name));
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return e;
    };
    m_since = date(today, "staffSince");
    m_until = date(today, "staffUntil");
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("staffNote"));
    form->addRow(tr("Townshi&p:"), m_township);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("Pho&ne:"), m_phone);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("Ser&ving since:"), m_since);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("A&dd new"), this);
    add->setObjectName(QStringLiteral("newStaff"));
    auto* save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveStaff"));
    auto* untilLabel = new QLabel(tr("&Until:"), this);
    untilLabel->setBuddy(m_until);
    m_end = new QPushButton(tr("&End service"), this);
    m_end->setObjectName(QStringLiteral("endStaff"));
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addStretch();
    buttons->addWidget(untilLabel);
    buttons->addWidget(m_until);
    buttons->addWidget(m_end);
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &InfoStaffPanel::reload);
    connect(m_currentOnly, &QCheckBox::toggled, this, &InfoStaffPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InfoStaffPanel::showChosen);
    connect(add, &QPushButton::clicked, this, &InfoStaffPanel::clearForm);
    connect(save, &QPushButton::clicked, this, &InfoStaffPanel::save);
    connect(m_end, &QPushButton::clicked, this, &InfoStaffPanel::endService);
    reload();
}

void InfoStaffPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    auto staff = core::WarningStore(*m_session.db)
                     .staff(m_filter->currentData().toString(), m_currentOnly->isChecked());
    if (!staff) {
        m_model->setStaff({});
        showError(m_error, staff.error());
    } else {
        m_model->setStaff(staff.value());
    }
    clearForm();
}

qint64 InfoStaffPanel::chosenId() const
{
    return m_model->staffAt(m_table->currentIndex().row()).id;
}

void InfoStaffPanel::showChosen()
{
    const core::InfoStaff s = m_model->staffAt(m_table->currentIndex().row());
    if (s.id == 0)
        return;
    m_editing = s.id;
    m_township->setCurrentIndex(std::max(0, m_township->findData(s.townshipCode)));
    m_name->setText(s.name);
    m_phone->setText(s.phone);
    m_group->setText(s.group);
    m_since->setDate(s.since.isValid() ? s.since : m_session.db->clock().today());
    m_note->setText(s.note);
    m_end->setEnabled(!s.until.isValid());
}

void InfoStaffPanel::clearForm()
{
    m_editing = 0;
    const int filtered = m_township->findData(m_filter->currentData());
    if (filtered >= 0)
        m_township->setCurrentIndex(filtered);
    m_name->clear();
    m_phone->clear();
    m_group->clear();
    m_note->clear();
    if (m_session.db)
        m_since->setDate(m_session.db->clock().today());
    m_end->setEnabled(false);
}

void InfoStaffPanel::save()
{
    core::InfoStaff s;
    if (m_editing != 0)
        s = m_model->staffAt(m_table->currentIndex().row());
    s.id = m_editing;
    s.townshipCode = m_township->currentData().toString();
    s.name = m_name->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.group = m_group->text().trimmed();
    s.since = m_since->date();
    s.note = m_note->text().trimmed();
    auto id = core::WarningStore(*m_session.db).saveStaff(m_session.actor, s);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    Q_EMIT statusMessage(tr("%1 is saved as information staff.").arg(s.name));
    reload();
}

void InfoStaffPanel::endService()
{
    const core::InfoStaff s = m_model->staffAt(m_table->currentIndex().row());
    if (s.id == 0) {
        showError(m_error, tr("Choose the information staff member whose service ends."));
        return;
    }
    if (core::Status st =
            core::WarningStore(*m_session.db).endStaff(m_session.actor, s.id, m_until->date());
        !st) {
        showError(m_error, st.error());
        return;
    }
    Q_EMIT statusMessage(tr("%1 no longer serves as information staff.").arg(s.name));
    reload();
}

} // namespace youfu::ui
