#include "payment/templatedialog.h"

#include "dialogs/dialogparts.h"
#include "payment/bankrules.h"
#include "payment/paymentstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

using core::BankColumn;
using core::BankRules;

TemplateDialog::TemplateDialog(Session& session, const core::BankTemplate& t, QWidget* parent)
    : QDialog(parent), m_session(session), m_template(t)
{
    setObjectName(QStringLiteral("bankTemplateDialog"));
    setWindowTitle(t.id > 0 ? tr("Bank template") : tr("New bank template"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(), tr("The columns and format of the batch file the bank takes."), this));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(t.name, this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_bank = new QLineEdit(t.bankName, this);
    m_bank->setObjectName(QStringLiteral("templateBank"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Bank:"), m_bank);

    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("templateColumns"));
    QList<BankColumn> order = t.columns;
    for (BankColumn c : BankRules::allColumns())
        if (!order.contains(c))
            order << c;
    for (BankColumn c : order) {
        auto* item = new QListWidgetItem(BankRules::columnTitle(c), m_columns);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(t.columns.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setCurrentRow(0);
    auto* up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("columnUp"));
    auto* down = new QPushButton(tr("Move do&wn"), this);
    down->setObjectName(QStringLiteral("columnDown"));
    auto* moves = new QVBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_columns, 1);
    columns->addLayout(moves);
    auto* columnsLabel = new QLabel(tr("&Columns (ticked, in order):"), this);
    columnsLabel->setBuddy(m_columns);
    form->addRow(columnsLabel, columns);

    m_header = new QCheckBox(tr("A he&ader row"), this);
    m_header->setChecked(t.headerRow);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("templateEncoding"));
    m_encoding->addItem(tr("GB18030 (Excel on Chinese Windows)"), true);
    m_encoding->addItem(tr("UTF-8"), false);
    m_encoding->setCurrentIndex(t.gbk ? 0 : 1);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("templateFormat"));
    m_format->addItem(tr("CSV"), false);
    m_format->addItem(tr("Excel workbook (xlsx)"), true);
    m_format->setCurrentIndex(t.xlsx ? 1 : 0);
    m_summary = new QCheckBox(tr("A la&st line with the count and total"), this);
    m_summary->setChecked(t.summaryLine);
    m_active = new QCheckBox(tr("In u&se"), this);
    m_active->setChecked(t.active);
    form->addRow(QString(), m_header);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_summary);
    form->addRow(QString(), m_active);
    layout->addLayout(form, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    resize(560, 560);
}

void TemplateDialog::move(int by)
{
    const int row = m_columns->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_columns->count())
        return;
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
}

core::BankTemplate TemplateDialog::value() const
{
    core::BankTemplate t = m_template;
    t.name = m_name->text().trimmed();
    t.bankName = m_bank->text().trimmed();
    t.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            t.columns << BankColumn(m_columns->item(i)->data(Qt::UserRole).toInt());
    t.headerRow = m_header->isChecked();
    t.gbk = m_encoding->currentData().toBool();
    t.xlsx = m_format->currentData().toBool();
    t.summaryLine = m_summary->isChecked();
    t.active = m_active->isChecked();
    return t;
}

void TemplateDialog::accept()
{
    const core::BankTemplate t = value();
    if (const core::Status s = BankRules::checkTemplate(t); !s) {
        showError(m_error, s.error());
        return;
    }
    auto saved = core::PaymentStore(*m_session.db).saveTemplate(m_session.actor, t);
    if (!saved) {
        showError(m_error, saved.error());
        return;
    }
    m_savedId = saved.value();
    QDialog::accept();
}

} // namespace youfu::ui
