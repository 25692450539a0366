#include "dialogs/settingsdialog.h"

#include "care/care.h"
#include "care/medicalstore.h"
#include "care/recuperationstore.h"
#include "dialogs/dialogparts.h"
#include "security/permission.h"
#include "security/sessionpolicy.h"
#include "settings/settingsstore.h"
#include "township/zeroreportstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

SettingsDialog::SettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* pc = new QGroupBox(tr("This computer"), this);
    auto* pcForm = new QFormLayout(pc);
    m_language = new QComboBox(pc);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString lang =
        QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    pcForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(pc);

    auto* office = new QGroupBox(tr("The office (shared by everyone using this database)"), this);
    auto* officeForm = new QFormLayout(office);
    core::SettingsStore store(*session.db);
    m_office = new QLineEdit(store.officeName(), office);
    m_office->setObjectName(QStringLiteral("officeName"));
    m_countyName = new QLineEdit(
        store.value(core::SettingsStore::kCountyName, QStringLiteral("武冈市")), office);
    m_countyCode = new QLineEdit(
        store.value(core::SettingsStore::kCountyCode, QStringLiteral("430581")), office);
    m_countyCode->setInputMask(QStringLiteral("999999"));
    officeForm->addRow(tr("&Office name:"), m_office);
    officeForm->addRow(tr("&County:"), m_countyName);
    officeForm->addRow(tr("County co&de:"), m_countyCode);
    m_idleMinutes = new QSpinBox(office);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(core::kMinIdleLogoutMinutes, core::kMaxIdleLogoutMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(core::idleLogoutMinutes(store));
    officeForm->addRow(tr("Log out after &idle time:"), m_idleMinutes);
    const bool mayEdit = core::isAllowed(session.actor.roles, core::Permission::ManageSettings) &&
                         !session.db->isReadOnly();
    for (QLineEdit* e : {m_office, m_countyName, m_countyCode})
        e->setReadOnly(!mayEdit);
    m_idleMinutes->setReadOnly(!mayEdit);
    if (!mayEdit)
        officeForm->addRow(new QLabel(tr("Only the system administrator changes these."), office));
    layout->addWidget(office);

    // The section's rules: the zero reports' deadline, the recuperation interval, the yearly
    // cap of the medical subsidy.
    auto* section = new QGroupBox(tr("The section's rules"), this);
    auto* sectionForm = new QFormLayout(section);
    m_zeroDeadlineHours = new QSpinBox(section);
    m_zeroDeadlineHours->setObjectName(QStringLiteral("zeroDeadlineHours"));
    m_zeroDeadlineHours->setRange(1, 168);
    m_zeroDeadlineHours->setSuffix(tr(" h after the day"));
    m_zeroDeadlineHours->setValue(core::ZeroReportStore(*session.db).deadlineHours());
    sectionForm->addRow(tr("&Zero report due:"), m_zeroDeadlineHours);
    m_recuperationYears = new QSpinBox(section);
    m_recuperationYears->setObjectName(QStringLiteral("recuperationYears"));
    m_recuperationYears->setRange(0, 10);
    m_recuperationYears->setSuffix(tr(" years"));
    m_recuperationYears->setValue(core::RecuperationStore(*session.db).intervalYears());
    sectionForm->addRow(tr("&Recuperation not again within:"), m_recuperationYears);
    m_medicalCapYuan = new QSpinBox(section);
    m_medicalCapYuan->setObjectName(QStringLiteral("medicalCapYuan"));
    m_medicalCapYuan->setRange(0, 1000000);
    m_medicalCapYuan->setSingleStep(1000);
    m_medicalCapYuan->setSuffix(tr(" yuan a year"));
    m_medicalCapYuan->setValue(int(core::MedicalStore(*session.db).capFen() / 100));
    sectionForm->addRow(tr("&Medical subsidy cap:"), m_medicalCapYuan);
    const bool readOnlyDb = session.db->isReadOnly();
    m_zeroDeadlineHours->setReadOnly(
        readOnlyDb || !core::isAllowed(session.actor.roles, core::Permission::ManageTownships));
    const bool mayCare =
        !readOnlyDb && core::isAllowed(session.actor.roles, core::Permission::ManageCare);
    m_recuperationYears->setReadOnly(!mayCare);
    m_medicalCapYuan->setReadOnly(!mayCare);
    if (m_zeroDeadlineHours->isReadOnly() && !mayCare)
        sectionForm->addRow(
            new QLabel(tr("The clerk and the section chief change these."), section));
    layout->addWidget(section);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString oldLang =
        settings.value(QStringLiteral("language"), QStringLiteral("system")).toString();
    const QString newLang = m_language->currentData().toString();
    settings.setValue(QStringLiteral("language"), newLang);

    if (!m_office->isReadOnly()) {
        core::SettingsStore store(*m_session.db);
        const QList<QPair<QString, QString>> values = {
            {core::SettingsStore::kOfficeName, m_office->text().trimmed()},
            {core::SettingsStore::kCountyName, m_countyName->text().trimmed()},
            {core::SettingsStore::kCountyCode, m_countyCode->text().trimmed()},
            {core::kIdleLogoutMinutesKey, QString::number(m_idleMinutes->value())}};
        for (const auto& [key, value] : values) {
            if (store.value(key) == value)
                continue;
            if (core::Status s = store.set(m_session.actor, key, value); !s) {
                showError(m_error, s.error());
                return;
            }
        }
    }
    if (!m_zeroDeadlineHours->isReadOnly()) {
        core::ZeroReportStore zero(*m_session.db);
        if (zero.deadlineHours() != m_zeroDeadlineHours->value()) {
            if (core::Status s =
                    zero.setDeadlineHours(m_session.actor, m_zeroDeadlineHours->value());
                !s) {
                showError(m_error, s.error());
                return;
            }
        }
    }
    if (!m_recuperationYears->isReadOnly()) {
        core::SettingsStore store(*m_session.db);
        const QList<QPair<QString, int>> care = {
            {QString::fromLatin1(core::kRecuperationIntervalKey),
             core::RecuperationStore(*m_session.db).intervalYears() == m_recuperationYears->value()
                 ? -1
                 : m_recuperationYears->value()},
            {QString::fromLatin1(core::kMedicalCapKey),
             core::MedicalStore(*m_session.db).capFen() == qint64(m_medicalCapYuan->value()) * 100
                 ? -1
                 : m_medicalCapYuan->value()}};
        for (const auto& [key, value] : care) {
            if (value < 0)
                continue;
            const QString text = key == QLatin1String(core::kMedicalCapKey)
                                     ? QString::number(qint64(value) * 100)
                                     : QString::number(value);
            if (core::Status s =
                    store.set(m_session.actor, key, text, core::Permission::ManageCare);
                !s) {
                showError(m_error, s.error());
                return;
            }
        }
    }
    if (oldLang != newLang)
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used from the next start of Youfu."));
    QDialog::accept();
}

} // namespace youfu::ui
