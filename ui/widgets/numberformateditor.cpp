#include "widgets/numberformateditor.h"

#include "approval/approvalrules.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>

namespace youfu::ui {

namespace {

const QString kYearNone;

// The year's place in the pattern, as core reads it.
QString yearPart(const QString& style)
{
    return style.isEmpty() ? QString() : style.left(1) + QStringLiteral("{year}") + style.mid(1);
}

} // namespace

NumberFormatEditor::NumberFormatEditor(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("numberPrefix"));
    m_prefix->setPlaceholderText(tr("e.g. 县民优审"));
    form->addRow(tr("&Prefix:"), m_prefix);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("numberYear"));
    m_year->addItem(tr("in 〔〕, as 〔2026〕"), QStringLiteral("〔〕"));
    m_year->addItem(tr("in （）, as （2026）"), QStringLiteral("（）"));
    m_year->addItem(tr("not shown"), kYearNone);
    form->addRow(tr("&Year:"), m_year);
    m_digits = new QSpinBox(this);
    m_digits->setObjectName(QStringLiteral("numberDigits"));
    m_digits->setRange(3, 6);
    m_digits->setValue(4);
    m_digits->setSuffix(tr(" digits"));
    form->addRow(tr("&Sequence:"), m_digits);
    m_suffix = new QLineEdit(QStringLiteral("号"), this);
    m_suffix->setObjectName(QStringLiteral("numberSuffix"));
    form->addRow(tr("S&uffix:"), m_suffix);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("numberPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Next number:"), m_preview);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("numberProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(m_problem);
    connect(m_prefix, &QLineEdit::textChanged, this, &NumberFormatEditor::refreshPreview);
    connect(m_suffix, &QLineEdit::textChanged, this, &NumberFormatEditor::refreshPreview);
    connect(m_year, &QComboBox::currentIndexChanged, this, &NumberFormatEditor::refreshPreview);
    connect(m_digits, &QSpinBox::valueChanged, this, &NumberFormatEditor::refreshPreview);
    setFormat(core::ApprovalRules::defaultNumberFormat());
}

void NumberFormatEditor::setFormat(const QString& pattern)
{
    static const QRegularExpression parts(QStringLiteral(
        "^([^{}]*?)(〔\\{year\\}〕|（\\{year\\}）)?\\{seq(?::0?(\\d))?\\}([^{}]*)$"));
    QRegularExpressionMatch m = parts.match(pattern);
    if (!m.hasMatch())
        m = parts.match(core::ApprovalRules::defaultNumberFormat());
    const QString year = m.captured(2);
    const QSignalBlocker b1(m_prefix), b2(m_year), b3(m_digits), b4(m_suffix);
    m_prefix->setText(m.captured(1));
    m_year->setCurrentIndex(
        std::max(0, m_year->findData(year.isEmpty() ? kYearNone : year.left(1) + year.right(1))));
    m_digits->setValue(m.captured(3).isEmpty() ? 4 : m.captured(3).toInt());
    m_suffix->setText(m.captured(4));
    refreshPreview();
}

QString NumberFormatEditor::format() const
{
    return m_prefix->text().trimmed() + yearPart(m_year->currentData().toString()) +
           QStringLiteral("{seq:0%1}").arg(m_digits->value()) + m_suffix->text().trimmed();
}

void NumberFormatEditor::setNextNumber(int year, int sequence)
{
    m_nextYear = year;
    m_nextSequence = sequence;
    refreshPreview();
}

QString NumberFormatEditor::problem() const
{
    const QString text = m_prefix->text() + m_suffix->text();
    if (text.contains(QLatin1Char('{')) || text.contains(QLatin1Char('}')))
        return tr("The prefix and the suffix cannot contain { or }.");
    if (m_prefix->text().trimmed().isEmpty())
        return tr("Enter the prefix, for example 县民优审.");
    if (m_year->currentData().toString().isEmpty())
        return tr("Numbers start again at 1 every year, so the year must be part of the number: "
                  "choose 〔〕 or （）.");
    if (const core::Status s = core::ApprovalRules::checkNumberFormat(format()); !s)
        return s.error();
    return QString();
}

void NumberFormatEditor::refreshPreview()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_preview->setText(why.isEmpty()
                           ? core::ApprovalRules::formatNumber(format(), m_nextYear, m_nextSequence)
                           : QStringLiteral("—"));
    Q_EMIT changed();
}

} // namespace youfu::ui
