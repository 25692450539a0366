#include "dialogs/keypersondialog.h"

#include "dialogs/dialogparts.h"
#include "security/userstore.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/personchooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

QComboBox* KeyPersonDialog::userCombo(Session& session, QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString(), qint64(0));
    if (const auto users = core::UserStore(*session.db).all(); users)
        for (const core::User& u : users.value())
            if (!u.disabled)
                box->addItem(u.displayName, u.id);
    box->setToolTip(tr("A user, or type the name of somebody without a login"));
    return box;
}

void KeyPersonDialog::setUser(QComboBox* box, qint64 userId, const QString& name)
{
    const int i = userId > 0 ? box->findData(userId) : -1;
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(name);
}

void KeyPersonDialog::readUser(const QComboBox* box, qint64* userId, QString* name)
{
    const QString text = box->currentText().trimmed();
    const int i = box->findText(text);
    *userId = i > 0 ? box->itemData(i).toLongLong() : 0;
    *name = *userId > 0 ? QString() : text;
}

KeyPersonDialog::KeyPersonDialog(Session& session, const core::KeyPersonRecord& current,
                                 QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("keyPersonDialog"));
    setWindowTitle(current.id ? tr("Change key-person record") : tr("New key person"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(),
        tr("Saving starts a new record from the date given; the earlier one stays in the history."),
        this));
    auto* form = new QFormLayout;
    m_person = new PersonChooser(*session.db, false, this);
    form->addRow(tr("&Person:"), m_person);
    qobject_cast<QLabel*>(form->labelForField(m_person))->setBuddy(m_person->searchBox());
    if (current.personId > 0) {
        m_person->setPersonIds({current.personId});
        m_person->setEnabled(false);
    }
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    for (core::KeyPersonReason r :
         {core::KeyPersonReason::LongPetition, core::KeyPersonReason::Hardship,
          core::KeyPersonReason::SeriousIllness, core::KeyPersonReason::ElderlyAlone,
          core::KeyPersonReason::MentalDisorder, core::KeyPersonReason::Other})
        m_reason->addItem(core::VisitRules::reasonTitle(r), int(r));
    m_reason->setCurrentIndex(m_reason->findData(int(current.reason)));
    form->addRow(tr("&Reason:"), m_reason);
    m_reasonText = new QLineEdit(current.reasonText, this);
    m_reasonText->setObjectName(QStringLiteral("reasonText"));
    form->addRow(tr("&In words:"), m_reasonText);
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("risk"));
    for (core::RiskLevel r :
         {core::RiskLevel::Normal, core::RiskLevel::Elevated, core::RiskLevel::High})
        m_risk->addItem(core::VisitRules::riskTitle(r), int(r));
    m_risk->setCurrentIndex(m_risk->findData(int(current.risk)));
    form->addRow(tr("Ris&k:"), m_risk);
    m_leader = userCombo(session, this, "leader");
    setUser(m_leader, current.leaderUserId, current.leaderName);
    form->addRow(tr("Responsible &leader:"), m_leader);
    m_worker = userCombo(session, this, "worker");
    setUser(m_worker, current.workerUserId, current.workerName);
    form->addRow(tr("Responsible &worker:"), m_worker);
    const QDate today = session.db->clock().today();
    m_since = new QDateEdit(today, this);
    m_since->setObjectName(QStringLiteral("since"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Since:"), m_since);
    m_review =
        new QDateEdit(current.reviewOn.isValid() ? current.reviewOn : today.addMonths(6), this);
    m_review->setObjectName(QStringLiteral("reviewOn"));
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Re&view on:"), m_review);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KeyPersonDialog::reject);
    resize(620, 480);
}

core::KeyPersonRecord KeyPersonDialog::record() const
{
    core::KeyPersonRecord r;
    r.personId = m_person->personId();
    r.reason = core::KeyPersonReason(m_reason->currentData().toInt());
    r.reasonText = m_reasonText->text().trimmed();
    r.risk = core::RiskLevel(m_risk->currentData().toInt());
    readUser(m_leader, &r.leaderUserId, &r.leaderName);
    readUser(m_worker, &r.workerUserId, &r.workerName);
    r.since = m_since->date();
    r.reviewOn = m_review->date();
    return r;
}

void KeyPersonDialog::accept()
{
    const core::KeyPersonRecord r = record();
    const QStringList problems = core::VisitRules::checkKeyPerson(r);
    if (!problems.isEmpty()) {
        showError(m_error, problems.join(QLatin1Char('\n')));
        return;
    }
    auto saved = core::VisitStore(*m_session.db).setKeyPerson(m_session.actor, r);
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace youfu::ui
