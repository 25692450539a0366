#include "petition/stepdialog.h"

#include "dialogs/dialogparts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace youfu::ui {

StepDialog::StepDialog(const QString& title, const QString& subtitle, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("petitionStepDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(title, subtitle, this));
    m_form = new QFormLayout;
    layout->addLayout(m_form, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stepOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    resize(560, 360);
}

QDateEdit* StepDialog::addDate(const QString& label, const QDate& value, const QDate& maximum)
{
    m_date = new QDateEdit(value, this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (maximum.isValid())
        m_date->setMaximumDate(maximum);
    m_form->addRow(label, m_date);
    return m_date;
}

QComboBox* StepDialog::addChoice(const QString& label, const QList<QPair<QString, QVariant>>& items,
                                 const char* objectName)
{
    auto* c = new QComboBox(this);
    c->setObjectName(QLatin1String(objectName));
    for (const auto& item : items)
        c->addItem(item.first, item.second);
    m_form->addRow(label, c);
    return c;
}

QLineEdit* StepDialog::addLine(const QString& label, const char* objectName)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(QLatin1String(objectName));
    m_form->addRow(label, e);
    return e;
}

QSpinBox* StepDialog::addDays(const QString& label, int minimum, int maximum, int value)
{
    auto* s = new QSpinBox(this);
    s->setObjectName(QStringLiteral("stepDays"));
    s->setRange(minimum, maximum);
    s->setValue(value);
    s->setSuffix(tr(" days"));
    m_form->addRow(label, s);
    return s;
}

QPlainTextEdit* StepDialog::addText(const QString& label, const char* objectName)
{
    auto* t = new QPlainTextEdit(this);
    t->setObjectName(QLatin1String(objectName));
    t->setTabChangesFocus(true);
    t->setFixedHeight(t->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(label, t);
    return t;
}

QDate StepDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

void StepDialog::accept()
{
    const QString error = m_save ? m_save() : QString();
    if (!error.isEmpty()) {
        showError(m_error, error);
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
