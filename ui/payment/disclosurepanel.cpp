#include "payment/disclosurepanel.h"

#include "dialogs/dialogparts.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "registry/areastore.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "widgets/filechooser.h"
#include "widgets/printpreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

using core::DisclosureFormat;
using core::PaymentRules;

DisclosurePanel::DisclosurePanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("disclosurePanel"));
    const QDate today = session.db->clock().today();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto date = [this](const QDate& d, const char* name, const QString& format) {
        auto* e = new QDateEdit(d, this);
        e->setObjectName(QLatin1String(name));
        e->setDisplayFormat(format);
        e->setCalendarPopup(format.size() > 7);
        return e;
    };
    // The month of the newest approved regular roll: this month's roll is usually still a draft,
    // and only an approved roll is made public.
    QDate month = PaymentRules::monthOf(today);
    if (auto rolls = core::PaymentListStore(*session.db).rolls())
        for (const core::PaymentRoll& r : rolls.value())
            if (r.kind == core::RollKind::Regular && r.state == core::RollState::Approved) {
                month = r.month;
                break;
            }
    m_month = date(month, "disclosureMonth", QStringLiteral("yyyy-MM"));
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("disclosureTownship"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    m_maskName = new QCheckBox(tr("Mask the given &name (张*明)"), this);
    m_maskName->setObjectName(QStringLiteral("disclosureMaskName"));
    m_id = new QComboBox(this);
    m_id->setObjectName(QStringLiteral("disclosureId"));
    m_id->addItem(tr("Masked (first 6 and last 4 digits)"), int(core::IdDisclosure::Masked));
    m_id->addItem(tr("Left out"), int(core::IdDisclosure::Omitted));
    m_from = date(today, "disclosureFrom", QStringLiteral("yyyy-MM-dd"));
    m_to = date(today.addDays(7), "disclosureTo", QStringLiteral("yyyy-MM-dd"));
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("disclosurePhone"));
    m_office = new QLineEdit(this);
    m_office->setObjectName(QStringLiteral("disclosureOffice"));
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("To&wnship:"), m_township);
    form->addRow(QString(), m_maskName);
    form->addRow(tr("&ID number:"), m_id);
    auto* periodLabel = new QLabel(tr("&Displayed from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("Supervision &phone:"), m_phone);
    form->addRow(tr("Issuing offi&ce:"), m_office);
    layout->addLayout(form);
    auto* note = new QLabel(tr("A disclosure never shows phone numbers, bank accounts or "
                               "addresses. It is displayed for at least 7 days."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5a6473;"));
    layout->addWidget(note);
    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    QPushButton* previewButton = button(tr("P&review and print…"), "previewDisclosure");
    QPushButton* xlsx = button(tr("&Excel…"), "disclosureXlsx");
    QPushButton* html = button(tr("Web pa&ge (HTML)…"), "disclosureHtml");
    QPushButton* pdf = button(tr("&Save as PDF…"), "disclosurePdf");
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    const bool manage = core::isAllowed(session.actor.roles, core::Permission::ManagePayments);
    for (QPushButton* b : {xlsx, html, pdf})
        b->setEnabled(manage);
    connect(previewButton, &QPushButton::clicked, this, &DisclosurePanel::preview);
    connect(xlsx, &QPushButton::clicked, this, [this] { save(DisclosureFormat::Xlsx); });
    connect(html, &QPushButton::clicked, this, [this] { save(DisclosureFormat::Html); });
    connect(pdf, &QPushButton::clicked, this, [this] { save(DisclosureFormat::Pdf); });
}

void DisclosurePanel::reload()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const core::PaymentSettings s = core::PaymentListStore(*m_session.db).settings();
    m_maskName->setChecked(s.disclosureMaskName);
    m_id->setCurrentIndex(m_id->findData(int(s.disclosureId)));
    m_phone->setText(s.supervisionPhone);
    m_office->setText(core::SettingsStore(*m_session.db).officeName());
}

core::DisclosureOptions DisclosurePanel::options() const
{
    core::DisclosureOptions o;
    o.month = PaymentRules::monthOf(m_month->date());
    o.townshipCode = m_township->currentData().toString();
    o.maskName = m_maskName->isChecked();
    o.id = core::IdDisclosure(m_id->currentData().toInt());
    o.startsOn = m_from->date();
    o.endsOn = m_to->date();
    o.supervisionPhone = m_phone->text().trimmed();
    o.office = m_office->text().trimmed();
    return o;
}

bool DisclosurePanel::preview()
{
    m_error->hide();
    const core::DisclosureOptions o = options();
    if (const core::Status s = PaymentRules::checkDisclosure(o); !s) {
        showError(m_error, s.error());
        return false;
    }
    auto rows = core::PaymentListStore(*m_session.db).disclosureRows(o);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    const QString county =
        core::SettingsStore(*m_session.db).value(core::SettingsStore::kCountyName);
    const core::OfficialDocument doc = core::DisclosureExport::document(rows.value(), o, county);
    showPrintPreview(this, doc,
                     tr("Disclosure %1").arg(PaymentRules::monthTitle(o.month)) +
                         QStringLiteral(".pdf"));
    return true;
}

bool DisclosurePanel::writeTo(DisclosureFormat format, const QString& path)
{
    auto rows =
        core::DisclosureExport::write(*m_session.db, m_session.actor, options(), format, path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(tr("%n recipient(s) written to %1.", nullptr, rows.value())
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void DisclosurePanel::save(DisclosureFormat format)
{
    const QString ext = format == DisclosureFormat::Xlsx   ? QStringLiteral("xlsx")
                        : format == DisclosureFormat::Html ? QStringLiteral("html")
                                                           : QStringLiteral("pdf");
    const QString filter = format == DisclosureFormat::Xlsx   ? tr("Excel workbook (*.xlsx)")
                           : format == DisclosureFormat::Html ? tr("Web page (*.html)")
                                                              : tr("PDF (*.pdf)");
    const QString name =
        tr("Disclosure %1").arg(PaymentRules::monthTitle(options().month)) + QLatin1Char('.') + ext;
    const QString path =
        chooseSaveFile(this, tr("Save the disclosure"), QDir::home().filePath(name), filter);
    if (!path.isEmpty())
        writeTo(format, path);
}

} // namespace youfu::ui
