#include "dialogs/lenddialog.h"

#include "dialogs/dialogparts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace youfu::ui {

LendDialog::LendDialog(const QString& archiveNumber, const QDate& today, Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("lendDialog"));
    setWindowTitle(tr("Lend the file"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(tr("Lend the file %1").arg(archiveNumber),
                                       tr("A file that is out cannot be lent again until it comes back."), this));
    auto* form = new QFormLayout;
    m_borrower = new QLineEdit(this);
    m_borrower->setObjectName(QStringLiteral("borrower"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_expected = new QDateEdit(today.addDays(14), this);
    m_expected->setObjectName(QStringLiteral("expectedReturn"));
    m_expected->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expected->setCalendarPopup(true);
    m_expected->setMinimumDate(today);
    form->addRow(tr("&Borrower:"), m_borrower);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Expected return:"), m_expected);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

core::LoanDraft LendDialog::draft() const
{
    return {m_borrower->text().trimmed(), m_unit->text().trimmed(), m_purpose->text().trimmed(), QDate(),
            m_expected->date()};
}

void LendDialog::accept()
{
    const core::Status s = m_submit ? m_submit(draft()) : core::Status::success();
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
