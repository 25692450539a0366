#include "care/medicaldialog.h"

#include "care/carerules.h"
#include "care/medicalstore.h"
#include "dialogs/dialogparts.h"
#include "widgets/personchooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QDoubleSpinBox* moneyBox(QWidget* parent, const char* name)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setDecimals(2);
    box->setRange(0, 99999999.99);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    return box;
}

qint64 fenOf(const QDoubleSpinBox* box)
{
    return qRound64(box->value() * 100);
}
} // namespace

MedicalDialog::MedicalDialog(Session& session, qint64 personId, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("medicalDialog"));
    setWindowTitle(tr("New medical settlement"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeDialogHeader(tr("New medical settlement"),
                         tr("Copy the sums from the hospital's one-stop settlement slip."), this));
    auto* form = new QFormLayout;
    m_person = new PersonChooser(*session.db, false, this);
    m_person->setObjectName(QStringLiteral("medicalPerson"));
    m_person->searchBox()->setObjectName(QStringLiteral("medicalPersonSearch"));
    if (personId > 0)
        m_person->setPersonIds({personId});
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person->searchBox());
    form->addRow(personLabel, m_person);

    m_hospital = new QComboBox(this);
    m_hospital->setObjectName(QStringLiteral("medicalHospital"));
    m_hospital->setEditable(true);
    m_hospital->addItems({QString::fromUtf8("武冈市人民医院"), QString::fromUtf8("武冈市中医医院"),
                          QString::fromUtf8("武冈市妇幼保健院"),
                          QString::fromUtf8("邵阳市中心医院"),
                          QString::fromUtf8("邵阳市第一人民医院")});
    m_hospital->setCurrentIndex(-1);
    m_hospital->lineEdit()->setObjectName(QStringLiteral("medicalHospitalEdit"));
    form->addRow(tr("&Hospital:"), m_hospital);

    const QDate today = session.db->clock().today();
    auto dateBox = [&](const char* name) {
        auto* d = new QDateEdit(today, this);
        d->setObjectName(QLatin1String(name));
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return d;
    };
    m_admitted = dateBox("medicalAdmitted");
    m_discharged = dateBox("medicalDischarged");
    m_settled = dateBox("medicalSettled");
    form->addRow(tr("&Admitted:"), m_admitted);
    form->addRow(tr("&Discharged:"), m_discharged);
    form->addRow(tr("S&ettled:"), m_settled);

    m_total = moneyBox(this, "medicalTotal");
    m_insurance = moneyBox(this, "medicalInsurance");
    m_subsidy = moneyBox(this, "medicalSubsidy");
    m_self = moneyBox(this, "medicalSelf");
    form->addRow(tr("&Total cost (yuan):"), m_total);
    form->addRow(tr("Paid by &insurance:"), m_insurance);
    form->addRow(tr("Paid by the &subsidy:"), m_subsidy);
    form->addRow(tr("Paid by the pers&on:"), m_self);

    m_cap = new QLabel(this);
    m_cap->setObjectName(QStringLiteral("medicalCap"));
    m_cap->setWordWrap(true);
    form->addRow(tr("This year:"), m_cap);
    m_capReason = new QLineEdit(this);
    m_capReason->setObjectName(QStringLiteral("medicalCapReason"));
    m_capReason->setPlaceholderText(tr("Only when the subsidy goes over the cap"));
    form->addRow(tr("Over the cap &because:"), m_capReason);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("medicalNote"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MedicalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MedicalDialog::reject);
    layout->addWidget(buttons);

    connect(m_person, &PersonChooser::changed, this, &MedicalDialog::refreshCap);
    connect(m_settled, &QDateEdit::dateChanged, this, &MedicalDialog::refreshCap);
    for (QDoubleSpinBox* box : {m_total, m_insurance, m_subsidy, m_self})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MedicalDialog::refreshCap);
    refreshCap();
}

void MedicalDialog::refreshCap()
{
    const qint64 person = m_person->personId();
    if (person <= 0) {
        m_cap->setText(tr("Choose the person to see the subsidy of the year."));
        return;
    }
    const int year = m_settled->date().year();
    auto cap = core::MedicalStore(*m_session.db).capFor(person, year, fenOf(m_subsidy));
    if (!cap) {
        m_cap->setText(cap.error());
        return;
    }
    using core::carerules::yuan;
    QString text = tr("subsidy %1 of the %2 yuan cap used in %3; %4 yuan left.")
                       .arg(yuan(cap->usedFen), yuan(cap->capFen))
                       .arg(year)
                       .arg(yuan(cap->leftFen));
    if (cap->exceeds)
        text += QLatin1Char(' ') + tr("This subsidy goes over the cap: write the reason.");
    const qint64 sum = fenOf(m_insurance) + fenOf(m_subsidy) + fenOf(m_self);
    if (fenOf(m_total) > 0 && sum != fenOf(m_total))
        text +=
            QLatin1Char(' ') + tr("The three parts make %1 yuan, not the total.").arg(yuan(sum));
    m_cap->setText(text);
    m_cap->setStyleSheet(cap->exceeds ? QStringLiteral("color: #b0413e;") : QString());
}

void MedicalDialog::accept()
{
    core::MedicalDraft d;
    d.personId = m_person->personId();
    d.hospital = m_hospital->currentText();
    d.admittedOn = m_admitted->date();
    d.dischargedOn = m_discharged->date();
    d.settledOn = m_settled->date();
    d.totalFen = fenOf(m_total);
    d.insuranceFen = fenOf(m_insurance);
    d.subsidyFen = fenOf(m_subsidy);
    d.selfFen = fenOf(m_self);
    d.capOverride = m_capReason->text();
    d.note = m_note->text();
    auto id = core::MedicalStore(*m_session.db).add(m_session.actor, d);
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
