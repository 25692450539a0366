#include "payment/decisiondialog.h"

#include "dialogs/dialogparts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QFormLayout* formOf(QDialog* d)
{
    return d->findChild<QFormLayout*>(QStringLiteral("decisionForm"));
}
} // namespace

DecisionDialog::DecisionDialog(const QString& title, const QString& subtitle, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("paymentDecisionDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(title, subtitle, this));
    auto* form = new QFormLayout;
    form->setObjectName(QStringLiteral("decisionForm"));
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

void DecisionDialog::setDecisions(const QString& label, const QList<QPair<QString, int>>& decisions)
{
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("decisionChoice"));
    for (const auto& d : decisions)
        m_decision->addItem(d.first, d.second);
    formOf(this)->addRow(label, m_decision);
}

void DecisionDialog::setDate(const QString& label, const QDate& date)
{
    m_date = new QDateEdit(date, this);
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    formOf(this)->addRow(label, m_date);
}

void DecisionDialog::setText(const QString& label, bool required, const QString& missing)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setTabChangesFocus(true);
    m_required = required;
    m_missing = missing;
    formOf(this)->addRow(label, m_text);
}

void DecisionDialog::accept()
{
    Values v;
    v.decision = m_decision ? m_decision->currentData().toInt() : 0;
    v.date = m_date ? m_date->date() : QDate();
    v.text = m_text ? m_text->toPlainText().trimmed() : QString();
    if (m_required && v.text.isEmpty()) {
        showError(m_error, m_missing.isEmpty() ? tr("Please write the reason.") : m_missing);
        return;
    }
    if (m_act) {
        if (const core::Status s = m_act(v); !s) {
            showError(m_error, s.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace youfu::ui
