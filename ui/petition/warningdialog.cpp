#include "petition/warningdialog.h"

#include "dialogs/dialogparts.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "visit/visitrules.h"
#include "widgets/personchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

WarningDialog::WarningDialog(Session& session, const QString& townshipCode, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("warningDialog"));
    setWindowTitle(tr("Report a warning"));
    const QDate today = session.db->clock().today();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Report a warning"),
        tr("Early signs that someone may petition: who reported them and what is expected."),
        this));
    auto* form = new QFormLayout;
    auto date = [this](const QDate& d, const char* name) {
        auto* e = new QDateEdit(d, this);
        e->setObjectName(QLatin1String(name));
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return e;
    };
    m_reportedOn = date(today, "warningReportedOn");
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("warningTownship"));
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    if (const int i = m_township->findData(townshipCode); i >= 0)
        m_township->setCurrentIndex(i);
    m_reporter = new QComboBox(this);
    m_reporter->setObjectName(QStringLiteral("warningReporter"));
    m_reporter->setEditable(true); // one of the staff, or a name typed
    m_reporter->setInsertPolicy(QComboBox::NoInsert);
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("warningGroup"));
    m_group->setPlaceholderText(tr("e.g. 部分参战退役人员"));
    m_persons = new PersonChooser(*session.db, true, this);
    m_persons->setObjectName(QStringLiteral("warningPersons"));
    m_expected = new QLineEdit(this);
    m_expected->setObjectName(QStringLiteral("warningExpected"));
    m_expected->setPlaceholderText(tr("e.g. 计划于12月10日集体赴省上访"));
    m_whenKnown = new QCheckBox(tr("&Known:"), this);
    m_whenKnown->setObjectName(QStringLiteral("warningWhenKnown"));
    m_expectedOn = date(today, "warningExpectedOn");
    m_expectedOn->setEnabled(false);
    auto* when = new QHBoxLayout;
    when->addWidget(m_whenKnown);
    when->addWidget(m_expectedOn, 1);
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("warningRisk"));
    for (const core::RiskLevel r :
         {core::RiskLevel::Normal, core::RiskLevel::Elevated, core::RiskLevel::High})
        m_risk->addItem(core::VisitRules::riskTitle(r), int(r));

    form->addRow(tr("Reported &on:"), m_reportedOn);
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Reporter:"), m_reporter);
    form->addRow(tr("&Group:"), m_group);
    auto* personsLabel = new QLabel(tr("&Persons:"), this);
    personsLabel->setBuddy(m_persons->searchBox());
    form->addRow(personsLabel, m_persons);
    form->addRow(tr("&Expected:"), m_expected);
    form->addRow(tr("Expected o&n:"), when);
    form->addRow(tr("R&isk:"), m_risk);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Report"));
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &WarningDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &WarningDialog::reject);
    connect(m_whenKnown, &QCheckBox::toggled, m_expectedOn, &QWidget::setEnabled);
    connect(m_township, &QComboBox::currentIndexChanged, this, &WarningDialog::fillReporters);
    fillReporters();
}

void WarningDialog::fillReporters()
{
    m_reporter->clear();
    auto staff =
        core::WarningStore(*m_session.db).staff(m_township->currentData().toString(), true);
    if (!staff) {
        showError(m_error, staff.error());
        return;
    }
    for (const core::InfoStaff& s : staff.value())
        m_reporter->addItem(s.group.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, s.group), s.id);
    m_reporter->setCurrentIndex(staff->isEmpty() ? -1 : 0);
}

void WarningDialog::accept()
{
    core::WarningReport w;
    w.reportedOn = m_reportedOn->date();
    w.townshipCode = m_township->currentData().toString();
    const int i = m_reporter->currentIndex();
    const QString typed = m_reporter->currentText().trimmed();
    if (i >= 0 && m_reporter->itemText(i) == typed) {
        w.reporterId = m_reporter->itemData(i).toLongLong();
    } else {
        w.reporterName = typed;
    }
    w.group = m_group->text().trimmed();
    w.personIds = m_persons->personIds();
    w.expected = m_expected->text().trimmed();
    if (m_whenKnown->isChecked())
        w.expectedOn = m_expectedOn->date();
    w.risk = core::RiskLevel(m_risk->currentData().toInt());
    auto id = core::WarningStore(*m_session.db).report(m_session.actor, w);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_reported = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
